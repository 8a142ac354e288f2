import type { Json } from '../../engine/index.js';
import { scheduleChangeSchema, type ScheduleChange } from './schedule-change.js';

/** The flow's answers, as its action step passes them (absent answers may be missing). */
type FlowAnswers = Readonly<Record<string, Json | undefined>>;

/**
 * Reads a change from the JADWAL flow's answers, or from a change the preview stored (`change`).
 * Anything malformed gives undefined: flow variables are input, not trusted data.
 *
 * @example
 * changeFromFlow({ kind: 'move', sessionId: 'psy-mawar@2026-03-10', date: '2026-03-12', time: { start: '09:00', end: '12:00' }, place: null });
 */
export function changeFromFlow(args: FlowAnswers): ScheduleChange | undefined {
  const stored = args.change;
  const time = isObject(args.time) ? args.time : {};
  const place = typeof args.place === 'string' && args.place.trim() ? args.place.trim() : null;
  const candidate =
    isObject(stored) ? stored
    : args.kind === 'move' ? { kind: 'move', sessionId: args.sessionId, date: args.date, start: time.start, end: time.end, place }
    : args.kind === 'cancel' ? { kind: 'cancel', sessionId: args.sessionId, note: args.note }
    : args.kind === 'rule' ? { kind: 'rule', rule: ruleOf(args), start: time.start, end: time.end, place }
    : undefined;
  const parsed = scheduleChangeSchema.safeParse(candidate);
  return parsed.success ? parsed.data : undefined;
}

function ruleOf(args: FlowAnswers): Json {
  const number = (value: Json | undefined): number => Number(value);
  switch (args.rule_kind) {
    case 'day_of_month':
      return { kind: 'day_of_month', day: number(args.day) };
    case 'nth_weekday':
      return { kind: 'nth_weekday', n: number(args.n), weekday: number(args.weekday) };
    case 'last_weekday':
      return { kind: 'last_weekday', weekday: number(args.weekday) };
    default:
      return null;
  }
}

function isObject(value: Json | undefined): value is { [key: string]: Json } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
