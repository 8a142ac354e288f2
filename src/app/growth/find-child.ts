/** A child as listed to a kader: its place in the list, name and code. */
export interface ListedChild {
  id: string;
  name: string;
  code: string;
}

export type FoundChild = { result: 'found'; id: string } | { result: 'not_found' | 'ambiguous' | 'done' | 'list' };

const DONE = new Set(['selesai', 'sudah', 'cukup', 'beres', 'tidak', 'tdk', 'gak', 'nggak', 'done', 'no', 'finish', 'finished', 'stop', 'rengse', 'atos', 'parantos', 'henteu']);
const LIST = new Set(['daftar', 'list', 'lihat daftar', 'daptar']);

const fold = (text: string): string => text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9 ]+/g, ' ').replace(/\s+/g, ' ').trim();

/**
 * Which child a kader means: a number from the list, a child code, a name (or its unique start);
 * "selesai" ends the session and "daftar" shows the list again. Two children of one name are
 * `ambiguous` (the kader then types the number or code).
 *
 * @example
 * findChild('2', [{ id: 'a', name: 'Asep', code: 'ASEP24' }, { id: 'b', name: 'Budi', code: 'BUDI25' }]); // { result: 'found', id: 'b' }
 * findChild('budi25', list); // { result: 'found', id: 'b' }
 */
export function findChild(text: string, items: readonly ListedChild[]): FoundChild {
  const said = fold(text).replace(/^(no|nomor|nomer|anak|child) /, '');
  if (said === '') return { result: 'not_found' };
  if (DONE.has(said)) return { result: 'done' };
  if (LIST.has(said)) return { result: 'list' };
  if (/^\d+$/.test(said)) {
    const item = items[Number(said) - 1];
    return item ? { result: 'found', id: item.id } : { result: 'not_found' };
  }
  const compact = said.replace(/ /g, '');
  const byCode = items.find((c) => fold(c.code).replace(/ /g, '') === compact);
  if (byCode) return { result: 'found', id: byCode.id };
  for (const test of [(name: string) => name === said, (name: string) => said.length >= 2 && name.startsWith(said)]) {
    const matches = items.filter((c) => test(fold(c.name)));
    if (matches.length === 1) return { result: 'found', id: matches[0]!.id };
    if (matches.length > 1) return { result: 'ambiguous' };
  }
  return { result: 'not_found' };
}

/**
 * The one child named in a free message ("Budi bb 9,2", "BUDI25 9,2 kg"), by whole name or code;
 * none when no child or two children are named, so the person is asked rather than guessed for.
 *
 * @example
 * childNamedIn('budi bb 9,2', [{ id: 'a', name: 'Asep' }, { id: 'b', name: 'Budi' }]); // 'b'
 * childNamedIn('bb 9,2', list); // undefined
 */
export function childNamedIn(text: string, items: ReadonlyArray<{ id: string; name: string; code?: string }>): string | undefined {
  const said = ` ${fold(text)} `;
  const named = items.filter((c) => {
    const name = fold(c.name);
    const code = c.code === undefined ? '' : fold(c.code).replace(/ /g, '');
    return (name !== '' && said.includes(` ${name} `)) || (code !== '' && said.includes(` ${code} `));
  });
  return named.length === 1 ? named[0]!.id : undefined;
}
