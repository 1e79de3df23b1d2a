import { CsatCard } from '../csat-card/csat-card.js';
import { defineElement } from '../internal/define-element.js';

/** Registers `<csat-card>`; importing this module twice, or with another copy present, is safe. */
defineElement('csat-card', CsatCard);

export { CsatCard };
