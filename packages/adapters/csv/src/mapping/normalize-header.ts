/**
 * The comparable form of a header or a vocabulary word: accents removed, lower case, every run
 * of spaces, underscores and punctuation turned into one `_`. `Fecha de creación`,
 * `fecha_de_creacion` and ` FECHA DE CREACION ` all become `fecha_de_creacion`.
 */
export function normalizeHeader(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '_')
    .replace(/^_+|_+$/g, '');
}
