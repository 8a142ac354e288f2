/**
 * A WHO LMS table as embedded in the bundle: contiguous rows `L,M,S` joined by `;`, one string per sex.
 * Rows start at `firstX` and advance by `1 / rowsPerUnit` (1 day, 1 month or 0.1 cm). Text, not numbers,
 * keeps the figures exactly as WHO prints them and keeps the type checker fast.
 *
 * @example
 * const rows = unpackRows({ file: 'x.csv', firstX: 0, rowsPerUnit: 1, male: '1,2,0.1', female: '1,3,0.1' }, 1);
 * rows[0]; // Float64Array [1, 2, 0.1]
 */
export interface PackedTable {
  file: string;
  firstX: number;
  rowsPerUnit: number;
  male: string;
  female: string;
}

/**
 * Unpacks one sex of a packed table into a flat `[L0, M0, S0, L1, M1, S1, …]` array.
 *
 * @example
 * unpackRows(wfa, 2).length / 3; // 1857 rows
 */
export function unpackRows(table: PackedTable, sex: 1 | 2): Float64Array {
  const rows = (sex === 1 ? table.male : table.female).split(';');
  const flat = new Float64Array(rows.length * 3);
  rows.forEach((row, i) => {
    const [l, m, s] = row.split(',');
    flat[i * 3] = Number(l);
    flat[i * 3 + 1] = Number(m);
    flat[i * 3 + 2] = Number(s);
  });
  return flat;
}
