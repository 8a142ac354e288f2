import { MEASUREMENT_WORDS } from '../../shared/vocabulary.js';

/** The measurements a kader or parent reports in one message. */
export type MeasurementField = 'weightKg' | 'lengthCm' | 'headCm' | 'armCm';

/** How length/height was measured: lying (L, recumbent length) or standing (H, height). */
export type MeasurePosition = 'L' | 'H';

/** A label names a field, and "panjang"/PB also says the child lay down. */
export interface MeasurementLabel {
  field: MeasurementField;
  position?: MeasurePosition;
}

// The words themselves are data: locales/vocabulary/measurement.json. PB ("panjang badan") is measured
// lying by definition; TB and "tinggi" are said for babies measured lying too, so they say nothing
// about position.
const { labels, positions, possessiveEndings } = MEASUREMENT_WORDS;
const LABELS: ReadonlyArray<readonly [string, MeasurementLabel]> = [
  ...labels.weight.map((w) => [w, { field: 'weightKg' }] as const),
  ...labels.length.map((w) => [w, { field: 'lengthCm', position: 'L' }] as const),
  ...labels.height.map((w) => [w, { field: 'lengthCm' }] as const),
  ...labels.head.map((w) => [w, { field: 'headCm' }] as const),
  ...labels.arm.map((w) => [w, { field: 'armCm' }] as const),
];

const POSITIONS: ReadonlyArray<readonly [string, MeasurePosition]> = [
  ...positions.lying.map((w) => [w, 'L'] as const),
  ...positions.standing.map((w) => [w, 'H'] as const),
];

// "beratnya 9", Sundanese "beuratna 9", Javanese "bobote 9": the possessive ending (his/her weight) on a label.
const POSSESSIVE = new RegExp(`(?<=\\p{L}{2})(?:${possessiveEndings.join('|')})$`, 'u');

const LABEL_MAP: ReadonlyMap<string, MeasurementLabel> = new Map(LABELS);
const POSITION_MAP: ReadonlyMap<string, MeasurePosition> = new Map(POSITIONS);
const LONGEST = Math.max(...[...LABEL_MAP.keys(), ...POSITION_MAP.keys()].map((w) => w.split(' ').length));

/** Labels people glue to the number ("bb8,5", "lk44"), for splitting them apart. */
export const GLUED_LABEL = new RegExp(`(?<![\\p{L}])(${LABELS.map(([w]) => w).filter((w) => !w.includes(' ')).map(escape).join('|')})(?=\\d)`, 'gu');

function escape(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The label or position word that starts at `words[index]`, longest first, and how many words it spans.
 *
 * @example
 * wordAt(['lingkar', 'kepala', '44'], 0); // { label: { field: 'headCm' }, span: 2 }
 * wordAt(['berdiri'], 0);                 // { position: 'H', span: 1 }
 * wordAt(['beuratna', '9'], 0);           // { label: { field: 'weightKg' }, span: 1 }
 */
export function wordAt(
  words: readonly string[],
  index: number,
): { label: MeasurementLabel; span: number } | { position: MeasurePosition; span: number } | undefined {
  for (let span = Math.min(LONGEST, words.length - index); span >= 1; span--) {
    const phrase = words.slice(index, index + span).join(' ');
    const label = LABEL_MAP.get(phrase) ?? LABEL_MAP.get(phrase.replace(POSSESSIVE, ''));
    if (label) return { label, span };
    const position = POSITION_MAP.get(phrase);
    if (position) return { position, span };
  }
  return undefined;
}
