import type { OutboundMessage } from '../engine/index.js';

const KEYCAPS = ['1️⃣', '2️⃣', '3️⃣', '4️⃣', '5️⃣', '6️⃣', '7️⃣', '8️⃣', '9️⃣', '🔟'];

/**
 * Choices as numbered lines under the text, for channels where buttons are unreliable, each title
 * followed by its description when it has one. The numbers are what the choice parser accepts back.
 *
 * @example
 * numberedText({ text: 'Pilih:', choices: [{ id: 'a', label: 'Ya' }] }); // 'Pilih:\n\n1. Ya'
 * numberedText({ text: 'Pilih:', choices: [{ id: 's', label: 'Jadwal', description: 'pindah, batal' }] }); // 'Pilih:\n\n1. Jadwal – pindah, batal'
 */
export function numberedText(message: OutboundMessage, style: 'plain' | 'keycap' = 'plain'): string {
  if (!message.choices?.length) return message.text;
  const lines = message.choices.map((choice, i) => `${style === 'keycap' && i < KEYCAPS.length ? KEYCAPS[i] : `${i + 1}.`} ${choice.label}${choice.description ? ` – ${choice.description}` : ''}`);
  return `${message.text}\n\n${lines.join('\n')}`;
}
