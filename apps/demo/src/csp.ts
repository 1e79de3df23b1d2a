import './csp-watch.js';
import './styles.css';
import './elements.js';
import type { ChurnTrend, CsatCard, NpsGauge, TicketHeatmap } from '@tablero/components';
import { onViolation, violations } from './csp-watch.js';
import { CSP_POLICY } from './csp-policy.js';
import { dashboardView } from './ingest/period-view.js';
import { applyStrings, LANGS, t, type Lang } from './i18n/strings.js';
import { sampleBuckets, sampleChurn, sampleEnd } from './sample-source.js';
import { DEFAULT_TIME_ZONE } from './time-zones.js';
import { h } from './ui/h.js';

// Every element on the sample's last month, the dashboard's default view, under the strict policy.
const params = new URLSearchParams(location.search);
const lang: Lang = (LANGS as readonly string[]).includes(params.get('lang') ?? '')
  ? (params.get('lang') as Lang)
  : 'es';
const theme = params.get('theme');
document.documentElement.lang = lang;
if (theme === 'light' || theme === 'dark') document.documentElement.dataset.theme = theme;
applyStrings(document, lang);
document.getElementById('csp-intro')!.textContent = t(lang, 'cspIntro', { policy: CSP_POLICY });

const view = dashboardView(
  sampleBuckets(DEFAULT_TIME_ZONE).months,
  sampleEnd(),
  'month',
  DEFAULT_TIME_ZONE,
);
const byId = <T>(id: string) => document.getElementById(id) as T;
const nps = byId<NpsGauge>('nps');
const csat = byId<CsatCard>('csat');
const heatmap = byId<TicketHeatmap>('heatmap');
const churn = byId<ChurnTrend>('churn');
for (const el of [nps, csat, heatmap, churn]) {
  if (theme === 'light' || theme === 'dark') el.setAttribute('theme', theme);
}
heatmap.setAttribute('label', t(lang, 'heatmap'));
churn.setAttribute('label', t(lang, 'churn'));
nps.result = view.current.nps;
nps.previous = view.before.nps;
csat.result = view.current.csat;
csat.previous = view.before.csat;
csat.series = view.csatSeries;
heatmap.result = view.current.matrix;
churn.result = sampleChurn('month', DEFAULT_TIME_ZONE);

function showViolations(): void {
  const count = byId<HTMLElement>('violation-count');
  count.dataset.count = String(violations.length);
  count.textContent = violations.length
    ? t(lang, 'cspCount', { count: violations.length })
    : t(lang, 'cspNone');
  byId<HTMLElement>('violation-list').replaceChildren(
    ...violations.map((v) => h('li', {}, `${v.directive}: ${v.blocked} ${v.sample}`)),
  );
}
onViolation(showViolations);
showViolations();
