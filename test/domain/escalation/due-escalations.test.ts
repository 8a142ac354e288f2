import { describe, expect, it } from 'vitest';
import { applyAlertAction, dueEscalations, isOverdue, lurahEscalationNotice, type Alert } from '../../../src/domain/escalation/index.js';
import { fixedClock } from '../../../src/shared/clock.js';
import { DAY, HOUR, KADER, T0, alertFor } from './fixtures.js';

describe('dueEscalations on a fixed clock', () => {
  it('an urgent alert goes to the puskesmas after 6 hours, then to the lurah 12 hours later', () => {
    const clock = fixedClock(T0);
    let alert = alertFor('severe_wasting', clock.now());
    expect(alert.ackDueAt).toEqual(new Date(T0.getTime() + 6 * HOUR));

    clock.advance(6 * HOUR - 1);
    expect(dueEscalations([alert], clock.now())).toEqual([]);

    clock.advance(1);
    const [first] = dueEscalations([alert], clock.now());
    expect(first).toMatchObject({ alertId: alert.id, from: 'kader', to: 'puskesmas', missedDeadline: new Date(T0.getTime() + 6 * HOUR) });
    expect(first?.newAckDueAt).toEqual(new Date(T0.getTime() + 18 * HOUR));
    expect(first && lurahEscalationNotice(first)).toBeUndefined();
    alert = first!.alert;

    clock.advance(12 * HOUR);
    const [second] = dueEscalations([alert], clock.now());
    expect(second).toMatchObject({ from: 'puskesmas', to: 'lurah', newAckDueAt: new Date(T0.getTime() + 42 * HOUR) });
    alert = second!.alert;
    expect(alert.history.map((h) => [h.action, h.by.role, h.reason])).toEqual([
      ['open', 'system', undefined],
      ['escalate', 'system', 'deadline_missed'],
      ['escalate', 'system', 'deadline_missed'],
    ]);

    clock.advance(30 * DAY);
    expect(dueEscalations([alert], clock.now())).toEqual([]);
    expect(isOverdue(alert, clock.now())).toBe(true);
  });

  it.each([
    ['stunting', 3 * DAY, 7 * DAY],
    ['wasting', 2 * DAY, 3 * DAY],
    ['growth_faltering', 7 * DAY, 7 * DAY],
    ['haz_falling', 14 * DAY, 14 * DAY],
  ] as const)('%s: kader has %i ms, then puskesmas %i ms', (condition, kaderMs, puskesmasMs) => {
    const alert = alertFor(condition);
    expect(dueEscalations([alert], new Date(T0.getTime() + kaderMs - 1))).toEqual([]);
    const [due] = dueEscalations([alert], new Date(T0.getTime() + kaderMs));
    expect(due?.newAckDueAt).toEqual(new Date(T0.getTime() + kaderMs + puskesmasMs));
  });

  it('acknowledged, referred and resolved alerts never escalate', () => {
    const late = new Date(T0.getTime() + 100 * DAY);
    const acked = applyAlertAction(alertFor('severe_wasting'), { action: 'acknowledge' }, KADER, T0);
    const alerts: Alert[] = [
      acked.ok ? acked.alert : alertFor('oedema'),
      { ...alertFor('oedema'), state: 'referred', ackDueAt: null },
      { ...alertFor('stunting'), state: 'resolved', ackDueAt: null },
    ];
    expect(dueEscalations(alerts, late)).toEqual([]);
  });

  it('a worker that was down escalates one level, counting the new deadline from now', () => {
    const late = new Date(T0.getTime() + 10 * DAY);
    const [due] = dueEscalations([alertFor('severe_wasting')], late);
    expect(due).toMatchObject({ to: 'puskesmas', newAckDueAt: new Date(late.getTime() + 12 * HOUR) });
  });

  it('the lurah is told without names when an alert reaches lurah level', () => {
    const atPuskesmas: Alert = { ...alertFor('stunting'), level: 'puskesmas', ackDueAt: T0 };
    const [due] = dueEscalations([atPuskesmas], T0);
    const notice = due && lurahEscalationNotice(due);
    expect(notice).toMatchObject({
      kind: 'escalated_to_lurah',
      rw: '07',
      condition: 'stunting',
      overdueSince: T0,
      responsible: { level: 'puskesmas', puskesmasId: 'pkm-jatimulya', posyanduId: 'psy-melati' },
      message: { key: 'escalation.lurah.escalated' },
    });
    expect(JSON.stringify(notice)).not.toContain('c-1');
  });
});
