import './styles.css';
import './elements.js';
import { Dashboard } from './dashboard.js';
import { DropPanel } from './ui/drop-panel.js';

const dashboard = new Dashboard();
dashboard.init();
new DropPanel(dashboard).init();
// For the e2e tests and curious users: the state the page shows, read-only by convention.
(globalThis as { tablero?: unknown }).tablero = { dashboard };
