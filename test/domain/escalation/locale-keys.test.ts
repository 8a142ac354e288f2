import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  CONDITION_CODES,
  alertMessage,
  buildLurahDigest,
  digestPeriod,
  dueEscalations,
  familyAdviceMessage,
  lurahDigestMessages,
  lurahEscalationNotice,
  lurahUrgentNotice,
  type Alert,
  type MessageRef,
} from '../../../src/domain/escalation/index.js';
import { T0, alertFor, episode } from './fixtures.js';

const load = (lang: string): Record<string, string> =>
  JSON.parse(readFileSync(new URL(`../../../locales/${lang}.json`, import.meta.url), 'utf8')) as Record<string, string>;
const LOCALES = { id: load('id'), en: load('en'), su: load('su') };
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

function emitted(): MessageRef[] {
  const messages: MessageRef[] = [];
  for (const condition of CONDITION_CODES) {
    const alert = alertFor(condition);
    messages.push(alertMessage(alert, 'kader'), alertMessage(alert, 'puskesmas'));
    messages.push(alertMessage({ ...alert, level: 'puskesmas' }, 'puskesmas'));
    const advice = familyAdviceMessage(alert);
    if (advice) messages.push(advice);
    const urgent = lurahUrgentNotice(alert, T0);
    if (urgent) messages.push(urgent.message);
    const toLurah: Alert = { ...alert, level: 'puskesmas', ackDueAt: T0 };
    const escalated = dueEscalations([toLurah], T0)[0];
    const notice = escalated && lurahEscalationNotice(escalated);
    if (notice) messages.push(notice.message);
  }
  const period = digestPeriod(T0);
  const busy = buildLurahDigest({
    kelurahanId: 'kel-jatimulya', period, alerts: [], pusling: [],
    episodes: [episode({ openedAt: new Date(period.from.getTime() + 1) })],
  });
  const quiet = buildLurahDigest({ kelurahanId: 'kel-jatimulya', period, episodes: [], alerts: [], pusling: [] });
  messages.push(...lurahDigestMessages(busy), ...lurahDigestMessages(quiet));
  return messages;
}

describe('escalation locale texts', () => {
  it('have the same keys and placeholders in id, en and su', () => {
    const keys = Object.keys(LOCALES.id).sort();
    for (const lang of ['en', 'su'] as const) {
      expect(Object.keys(LOCALES[lang]).sort()).toEqual(keys);
      for (const key of keys) expect([key, placeholders(LOCALES[lang][key] ?? '')]).toEqual([key, placeholders(LOCALES.id[key] ?? '')]);
    }
  });

  it('cover every key the code emits, and every placeholder is given by params or refs', () => {
    for (const message of emitted()) {
      const text = LOCALES.id[message.key];
      expect(text, message.key).toBeDefined();
      const given = [...Object.keys(message.params), ...Object.keys(message.refs ?? {})];
      for (const name of placeholders(text ?? '')) expect(given, `${message.key} {${name}}`).toContain(name);
      for (const ref of Object.values(message.refs ?? {})) {
        if (ref.kind === 'locale') expect(LOCALES.id[ref.id], ref.id).toBeDefined();
      }
    }
  });

  it('name every condition', () => {
    for (const code of CONDITION_CODES) expect(LOCALES.id[`escalation.condition.${code}`]).toBeDefined();
  });
});
