import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { MessageRef } from '../../../src/domain/escalation/index.js';
import {
  PUSLING_REASONS,
  REJECTION_REASONS,
  parentHelpToFollowUp,
  puslingAnnouncement,
  puslingNotice,
  type PuslingRequest,
} from '../../../src/domain/pusling/index.js';
import { AREA, T0, request } from './fixtures.js';

const load = (lang: string): Record<string, string> =>
  JSON.parse(readFileSync(new URL(`../../../locales/${lang}.json`, import.meta.url), 'utf8')) as Record<string, string>;
const LOCALES = { id: load('id'), en: load('en'), su: load('su') };
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

const scheduled = request({
  state: 'scheduled',
  schedule: { date: '2026-04-14', time: '08:00', zone: 'Asia/Jakarta', startsAt: T0, place: 'Balai RW 07', team: ['bidan'] },
});
const states: PuslingRequest[] = [
  request(),
  scheduled,
  request({ state: 'merged', mergedInto: 'pr-9' }),
  request({ state: 'postponed', postponedUntil: '2026-05-01' }),
  ...REJECTION_REASONS.map((reason) => request({ state: 'rejected', rejection: { reason } })),
];

describe('pusling locale texts', () => {
  it('have the same keys and placeholders in id, en and su', () => {
    const keys = Object.keys(LOCALES.id).sort();
    for (const lang of ['en', 'su'] as const) {
      expect(Object.keys(LOCALES[lang]).sort()).toEqual(keys);
      for (const key of keys) expect([key, placeholders(LOCALES[lang][key] ?? '')]).toEqual([key, placeholders(LOCALES.id[key] ?? '')]);
    }
  });

  it('cover every key the code emits with all their placeholders', () => {
    const help = (flagged: boolean) =>
      parentHelpToFollowUp({ parentId: 'p', childId: 'c', area: AREA, requestedAt: T0, ...(flagged ? { flaggedConditions: ['wasting' as const] } : {}) });
    const messages: MessageRef[] = [
      ...states.map((r) => puslingNotice(r, request({ id: 'pr-9' }))),
      puslingAnnouncement(scheduled)!,
      ...[help(true), help(false)].flatMap((f) => [f.kaderMessage, f.parentReply]),
    ];
    for (const message of messages) {
      const text = LOCALES.id[message.key];
      expect(text, message.key).toBeDefined();
      const given = [...Object.keys(message.params), ...Object.keys(message.refs ?? {})];
      for (const name of placeholders(text ?? '')) expect(given, `${message.key} {${name}}`).toContain(name);
    }
  });

  it('name every reason', () => {
    for (const reason of PUSLING_REASONS) expect(LOCALES.id[`pusling.reason.${reason}`]).toBeDefined();
  });
});
