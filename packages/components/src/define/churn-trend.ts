import { ChurnTrend } from '../churn-trend/churn-trend.js';
import { defineElement } from '../internal/define-element.js';

/** Registers `<churn-trend>`; importing this module twice, or with another copy present, is safe. */
defineElement('churn-trend', ChurnTrend);

export { ChurnTrend };
