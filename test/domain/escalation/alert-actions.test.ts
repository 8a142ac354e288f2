import { describe, expect, it } from 'vitest';
import {
  alertRecipients,
  applyAlertAction,
  closeAlertForEpisode,
  type Alert,
  type AlertCommand,
  type AlertState,
} from '../../../src/domain/escalation/index.js';
import { HOUR, KADER, LURAH, PARENT, T0, TPG, alertFor } from './fixtures.js';

const AT = new Date(T0.getTime() + HOUR);
const inState = (state: AlertState): Alert => ({ ...alertFor('stunting'), state });

describe('alert state machine', () => {
  it.each<[AlertState, AlertCommand, AlertState | 'illegal_transition' | 'note_required']>([
    ['open', { action: 'acknowledge' }, 'acknowledged'],
    ['open', { action: 'refer' }, 'referred'],
    ['open', { action: 'resolve' }, 'resolved'],
    ['open', { action: 'note', note: 'Sudah ditelepon' }, 'open'],
    ['open', { action: 'escalate' }, 'open'],
    ['acknowledged', { action: 'acknowledge' }, 'illegal_transition'],
    ['acknowledged', { action: 'refer' }, 'referred'],
    ['acknowledged', { action: 'resolve' }, 'resolved'],
    ['acknowledged', { action: 'escalate' }, 'open'],
    ['referred', { action: 'acknowledge' }, 'illegal_transition'],
    ['referred', { action: 'refer' }, 'illegal_transition'],
    ['referred', { action: 'escalate' }, 'illegal_transition'],
    ['referred', { action: 'note', note: 'Kontrol minggu depan' }, 'referred'],
    ['referred', { action: 'resolve' }, 'resolved'],
    ['resolved', { action: 'acknowledge' }, 'illegal_transition'],
    ['resolved', { action: 'note', note: 'x' }, 'illegal_transition'],
    ['resolved', { action: 'resolve' }, 'illegal_transition'],
    ['resolved', { action: 'escalate' }, 'illegal_transition'],
    ['open', { action: 'note', note: '   ' }, 'note_required'],
  ])('%s + %j → %s', (state, command, expected) => {
    const result = applyAlertAction(inState(state), command, TPG, AT);
    if (expected === 'illegal_transition' || expected === 'note_required') {
      expect(result).toEqual({ ok: false, error: expected });
    } else {
      expect(result.ok && result.alert.state).toBe(expected);
    }
  });

  it('records each step as a new history entry and never changes the input alert', () => {
    const alert = alertFor('stunting');
    const acked = applyAlertAction(alert, { action: 'acknowledge', note: ' Akan dikunjungi besok ' }, KADER, AT);
    if (!acked.ok) throw new Error(acked.error);
    expect(alert.state).toBe('open');
    expect(alert.history).toHaveLength(1);
    expect(acked.alert.history).toEqual([
      { at: T0, by: { id: 'system', role: 'system' }, action: 'open', from: null, to: 'open' },
      { at: AT, by: { id: 'u-kader', role: 'kader' }, action: 'acknowledge', from: 'open', to: 'acknowledged', note: 'Akan dikunjungi besok' },
    ]);
    expect(acked.alert.ackDueAt).toBeNull();
  });

  it('manual escalation moves one level up with that level’s deadline', () => {
    const result = applyAlertAction(alertFor('stunting'), { action: 'escalate', note: 'Keluarga menolak kunjungan' }, KADER, AT);
    if (!result.ok) throw new Error(result.error);
    expect(result.alert.level).toBe('puskesmas');
    expect(result.alert.ackDueAt).toEqual(new Date(AT.getTime() + 7 * 24 * HOUR));
    expect(result.alert.history.at(-1)).toMatchObject({ action: 'escalate', level: { from: 'kader', to: 'puskesmas' } });
    expect(result.alert.history.at(-1)).not.toHaveProperty('reason');
  });

  it('cannot escalate above the lurah', () => {
    const top: Alert = { ...alertFor('stunting'), level: 'lurah' };
    expect(applyAlertAction(top, { action: 'escalate' }, TPG, AT)).toEqual({ ok: false, error: 'top_level' });
  });
});

describe('who may act on an alert', () => {
  it.each([
    ['kader acknowledges', KADER, 'stunting', 'kader', 'acknowledge', true],
    ['puskesmas acts on a kader-level alert', TPG, 'growth_faltering', 'kader', 'acknowledge', true],
    ['kader resolves a follow-up', KADER, 'growth_faltering', 'kader', 'resolve', true],
    ['kader may not resolve an urgent case', KADER, 'severe_wasting', 'kader', 'resolve', 'not_resolver'],
    ['puskesmas resolves an urgent case', TPG, 'severe_wasting', 'kader', 'resolve', true],
    ['parent never acts', PARENT, 'stunting', 'kader', 'note', 'parent'],
    ['lurah cannot act before escalation to lurah', LURAH, 'severe_wasting', 'puskesmas', 'acknowledge', 'not_recipient'],
    ['lurah acknowledges at lurah level', LURAH, 'severe_wasting', 'lurah', 'acknowledge', true],
    ['lurah notes at lurah level', LURAH, 'stunting', 'lurah', 'note', true],
    ['lurah may not resolve', LURAH, 'stunting', 'lurah', 'resolve', 'not_recipient'],
    ['lurah may not refer', LURAH, 'stunting', 'lurah', 'refer', 'not_recipient'],
    ['kader of another posyandu', { ...KADER, posyanduIds: ['psy-mawar'] }, 'stunting', 'kader', 'acknowledge', 'outside_area'],
    ['puskesmas of another area', { ...TPG, puskesmasIds: ['pkm-bantargebang'] }, 'stunting', 'kader', 'acknowledge', 'outside_area'],
    ['lurah of another kelurahan', { ...LURAH, kelurahanIds: ['kel-lain'] }, 'stunting', 'lurah', 'note', 'outside_area'],
    ['kader holding only a puskesmas id', { role: 'kader', id: 'k', puskesmasIds: ['pkm-jatimulya'] }, 'stunting', 'kader', 'note', 'outside_area'],
  ] as const)('%s', (_name, actor, condition, level, action, expected) => {
    const alert: Alert = { ...alertFor(condition), level };
    const command = (action === 'note' ? { action, note: 'catatan' } : { action }) as AlertCommand;
    const result = applyAlertAction(alert, command, actor, AT);
    if (expected === true) expect(result.ok).toBe(true);
    else expect(result).toEqual({ ok: false, error: expected });
  });

  it.each([
    ['urgent at kader level', 'severe_wasting', 'kader', ['kader', 'puskesmas']],
    ['follow-up at kader level', 'growth_faltering', 'kader', ['kader']],
    ['follow-up escalated to puskesmas', 'growth_faltering', 'puskesmas', ['kader', 'puskesmas']],
    ['escalated to lurah', 'stunting', 'lurah', ['kader', 'puskesmas', 'lurah']],
  ] as const)('recipients: %s', (_name, condition, level, expected) => {
    expect(alertRecipients({ ...alertFor(condition), level })).toEqual(expected);
  });
});

describe('closeAlertForEpisode', () => {
  it('resolves as the system with the episode’s reason', () => {
    const closed = closeAlertForEpisode(alertFor('stunting'), 'recovered', AT);
    expect(closed.state).toBe('resolved');
    expect(closed.history.at(-1)).toEqual({ at: AT, by: { id: 'system', role: 'system' }, action: 'resolve', from: 'open', to: 'resolved', reason: 'recovered' });
  });

  it('leaves an already resolved alert alone', () => {
    const resolved = inState('resolved');
    expect(closeAlertForEpisode(resolved, 'worsened', AT)).toBe(resolved);
  });
});
