import { defineElement } from '../internal/define-element.js';
import { NpsGauge } from '../nps-gauge/nps-gauge.js';

/** Registers `<nps-gauge>`; importing this module twice, or with another copy present, is safe. */
defineElement('nps-gauge', NpsGauge);

export { NpsGauge };
