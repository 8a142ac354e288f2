import type { LoadedFlow, Role } from './definition/types.js';
import type { TextReader } from './types.js';

function words(text: string): string {
  return ` ${text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()} `;
}

/**
 * Finds the flow a free message asks for ("kapan posyandu?" → schedule), by trigger phrases matched
 * on whole words. The longest phrase wins so "jadwal posyandu" beats "jadwal".
 *
 * @example
 * matchTrigger('Kapan posyandu bulan ini?', flows, 'parent'); // 'schedule-next'
 */
export function matchTrigger(text: string, flows: readonly LoadedFlow[], role: Role): string | undefined {
  const said = words(text);
  let best: { flow: string; length: number } | undefined;
  for (const { definition } of flows) {
    if (definition.roles && !definition.roles.includes(role)) continue;
    for (const phrase of definition.triggers ?? []) {
      const wanted = words(phrase);
      if (wanted.trim() && said.includes(wanted) && (!best || wanted.length > best.length)) best = { flow: definition.id, length: wanted.length };
    }
  }
  return best?.flow;
}

/**
 * Finds the flow a reply to a free-text question asks for instead of answering it: trigger words
 * that make up at least half of the reply ("SIARAN" as a child's name, "anak yang belum ditimbang"
 * as a broadcast). A longer text that only mentions them ("Besok jadwal posyandu pindah ke Balai RW")
 * is an answer.
 *
 * @example
 * matchRequest('anak yang belum ditimbang', flows, 'kader'); // 'sweeping-list'
 * matchRequest('Besok posyandu buka jam 08.00 di Balai RW 03, jadwal posyandu tetap', flows, 'kader'); // undefined
 */
export function matchRequest(text: string, flows: readonly LoadedFlow[], role: Role): string | undefined {
  const said = words(text);
  const count = (s: string): number => s.trim().split(' ').filter(Boolean).length;
  let best: { flow: string; words: number } | undefined;
  for (const { definition } of flows) {
    if (definition.roles && !definition.roles.includes(role)) continue;
    for (const phrase of definition.triggers ?? []) {
      const wanted = words(phrase);
      const n = count(wanted);
      if (n > 0 && said.includes(wanted) && n * 2 >= count(said) && (!best || n > best.words)) best = { flow: definition.id, words: n };
    }
  }
  return best?.flow;
}

/**
 * Finds the flow whose reader recognises a free message ("berat 9,2 panjang 74" → measure-parent).
 * A `weak` reading counts only when `weakToo` (at the menu, or when no question waits).
 *
 * @example
 * matchReader('bb 9,2', flows, 'parent', readers, false); // 'measure-parent'
 */
export function matchReader(
  text: string,
  flows: readonly LoadedFlow[],
  role: Role,
  readers: Readonly<Record<string, TextReader>>,
  weakToo: boolean,
): string | undefined {
  for (const { definition } of flows) {
    if (!definition.reads || (definition.roles && !definition.roles.includes(role))) continue;
    const reading = readers[definition.reads]?.(text);
    if (reading === 'clear' || (reading === 'weak' && weakToo)) return definition.id;
  }
  return undefined;
}
