import { describe, expect, it } from 'vitest';
import { alertMessage, applyAlertAction } from '../../../src/domain/escalation/index.js';
import { HOUR, KADER, T0, alertFor } from './fixtures.js';

describe('alertMessage', () => {
  it('names the deadline the alert opened with, also once it is acknowledged (the notice goes out a moment later)', () => {
    const alert = alertFor('severe_wasting');
    const acked = applyAlertAction(alert, { action: 'acknowledge' }, KADER, new Date(T0.getTime() + 1000));
    expect(acked.ok && acked.alert.ackDueAt).toBeNull();
    const opened = alertMessage(alert, 'kader');
    expect(opened.refs?.due).toEqual({ kind: 'datetime', id: alert.ackDueAt!.toISOString() });
    expect(acked.ok && alertMessage(acked.alert, 'kader')).toEqual(opened);
    expect(acked.ok && alertMessage(acked.alert, 'puskesmas').refs?.due).toEqual(alertMessage(alert, 'puskesmas').refs?.due);
  });

  it('names the current level\'s deadline when the alert went up to the reader', () => {
    const alert = alertFor('stunting');
    const escalated = { ...alert, level: 'puskesmas' as const, ackDueAt: new Date(T0.getTime() + 72 * HOUR) };
    expect(alertMessage(escalated, 'puskesmas')).toMatchObject({ key: 'escalation.alert.escalated.puskesmas', refs: { due: { kind: 'datetime', id: escalated.ackDueAt.toISOString() } } });
  });
});
