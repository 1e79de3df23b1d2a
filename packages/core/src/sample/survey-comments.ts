import type { Prng } from './prng.js';
import type { SampleLanguage } from './sample-vocabulary.js';

export type Sentiment = 'positive' | 'neutral' | 'negative';

/** A few free-text answers per language and mood, so comment lists in the demo are not empty. */
const COMMENTS: Record<SampleLanguage, Record<Sentiment, readonly string[]>> = {
  es: {
    positive: [
      'Muy rápidos y amables, gracias.',
      'Me lo resolvieron a la primera.',
      'Atención excelente, se nota que saben de lo que hablan.',
      'Todo perfecto, muy claro el agente.',
      'Gracias por la paciencia.',
    ],
    neutral: [
      'Bien, aunque tardaron un poco en contestar.',
      'Se resolvió, pero tuve que explicarlo dos veces.',
      'Correcto, sin más.',
    ],
    negative: [
      'Tardaron días en responder.',
      'Me pasaron de un departamento a otro.',
      'El problema volvió a aparecer.',
      'Nadie me dio una solución clara.',
      'Sigo esperando el reembolso.',
    ],
  },
  en: {
    positive: ['Quick and friendly, thanks.', 'Solved on the first try.', 'Great support.'],
    neutral: ['Fine, but the reply took a while.', 'OK in the end.'],
    negative: [
      'Took days to get an answer.',
      'I was passed around between teams.',
      'The issue came back.',
    ],
  },
  pt: {
    positive: [
      'Rápidos e simpáticos, obrigado.',
      'Resolveram à primeira.',
      'Excelente atendimento.',
    ],
    neutral: ['Bem, mas demoraram a responder.', 'Resolvido, sem mais.'],
    negative: [
      'Demoraram dias a responder.',
      'Passaram-me de um departamento para outro.',
      'O problema voltou.',
    ],
  },
};

/** A comment in `language` matching `sentiment`. */
export function surveyComment(prng: Prng, language: SampleLanguage, sentiment: Sentiment): string {
  return prng.pick(COMMENTS[language][sentiment]);
}
