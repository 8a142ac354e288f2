const segmenter = new Intl.Segmenter('id', { granularity: 'grapheme' });

// V8 copies the whole input into every segment object it yields, so segmenting a long text in one
// go costs its length squared (a 200,000-letter message ran the process out of memory). Short
// windows keep the cost linear.
const WINDOW = 64;

/**
 * How many characters people see in a text (grapheme clusters: an emoji with its skin tone is one).
 *
 * @example
 * graphemeCount('Ani 👍🏽'); // 5
 */
export function graphemeCount(text: string): number {
  let count = 0;
  let from = 0;
  let window = WINDOW;
  while (from < text.length) {
    let end = from + window;
    // Never cut a surrogate pair: a lone half would end the cluster before it.
    if (/[\uD800-\uDBFF]/.test(text[end - 1] ?? '')) end += 1;
    let segments = 0;
    let lastStart = 0;
    for (const { index } of segmenter.segment(text.slice(from, end))) {
      segments += 1;
      lastStart = index;
    }
    if (end >= text.length) return count + segments;
    if (segments > 1) {
      // The window's last cluster may go on after it: count the ones before and start again there.
      count += segments - 1;
      from += lastStart;
      window = WINDOW;
    } else {
      window *= 2; // one cluster longer than the window (a pile of combining marks)
    }
  }
  return count;
}
