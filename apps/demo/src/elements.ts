// Registers the four elements through their define/* modules (the package's only side effects).
import '@tablero/components/define/nps-gauge';
import '@tablero/components/define/csat-card';
import '@tablero/components/define/churn-trend';
import '@tablero/components/define/ticket-heatmap';
