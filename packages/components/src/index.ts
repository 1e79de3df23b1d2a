// The package entry registers nothing (sideEffects are only in define/*): import
// `@tablero/components/define/<tag>` to register an element, or call defineElement yourself.
export { defineElement } from './internal/define-element.js';
export { THEMES, type Theme } from './internal/tablero-element.js';
export { TOKENS, type TokenName } from './internal/tokens.js';
export { LANGS, type Lang } from './internal/i18n.js';
export * from './events/index.js';
export * from './nps-gauge/index.js';
export * from './churn-trend/index.js';
export * from './ticket-heatmap/index.js';
export * from './csat-card/index.js';
