import { normalizeInput } from '../../shared/numbers/normalize-input.js';

/**
 * Text reduced to letters, digits and single spaces, for comparing answers with labels:
 * "Laki-laki!" and "laki laki" become the same.
 *
 * @example
 * matchForm(' Laki-Laki! '); // 'laki laki'
 * matchForm('Pérémpuan');    // 'perempuan'
 */
export function matchForm(text: string): string {
  return normalizeInput(text)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * Damerau–Levenshtein distance (one transposition counts as one edit), for small typos in labels.
 * Past `limit` only "more than limit" matters: texts whose lengths differ by more get `limit + 1`
 * without the table, so a 4,000-letter reply costs nothing against a short label.
 *
 * @example
 * editDistance('prempuan', 'perempuan'); // 1
 * editDistance('perempuan', 'x'.repeat(4000), 2); // 3
 */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  const at = (i: number, j: number): number => d[i]?.[j] ?? 0;
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, at(i - 2, j - 2) + 1);
      d[i]![j] = best;
    }
  }
  return at(a.length, b.length);
}
