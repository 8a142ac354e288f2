import { alertVisibility, applyAlertAction, CONDITION_CODES, SEVERITIES, type Actor, type AlertAction, type AlertCommand } from '../../domain/escalation/index.js';
import type { Lang } from '../../shared/lang.js';
import type { AlertScope } from './escalation-ports.js';
import type { AlertRecord } from './escalation-records.js';
import type { Contact } from '../contacts/contact-records.js';
import { effectId } from '../effects/effect-id.js';
import type { AlertChangeEffect } from './alert-effects.js';
import type { Asker } from '../contacts/asker.js';
import type { EscalationReads } from './escalation-deps.js';
import { formatInstant, renderMessage } from './render-message.js';

/** The most alerts one list shows; the newest come first. */
export const LIST_LIMIT = 10;
const CHAT_ACTIONS: readonly AlertAction[] = ['acknowledge', 'note', 'refer', 'resolve'];

export type ListResult = { result: 'parent' | 'none' } | { result: 'some'; items: Array<{ id: string; text: string }> };
export type ShowResult = { result: 'gone' } | { result: 'ok' | 'view_only'; detail: string; actions: Array<{ id: string; text: string }> };
export type ActResult = { result: 'error'; text: string } | { result: 'done'; text: string; effects: AlertChangeEffect[] };

function scopeOf(actor: Actor): AlertScope {
  if (actor.role === 'kader') return { posyanduIds: actor.posyanduIds ?? [] };
  if (actor.role === 'lurah') return { kelurahanIds: actor.kelurahanIds ?? [] };
  if (actor.role === 'puskesmas') return { puskesmasIds: actor.puskesmasIds ?? [] };
  return {};
}

/**
 * Alerts from the chat ("PERINGATAN"): the list a kader, lurah or puskesmas officer may see, one
 * alert's detail with the actions they may take, and taking one. Who sees what and who may do what
 * is the domain's (`alertVisibility`, `applyAlertAction`); the lurah sees places and counts only.
 *
 * @example
 * const desk = new AlertDesk(deps);
 * await desk.list(asker, 'id'); // { result: 'some', items: [{ id: 'al_1', text: 'Sari: gizi buruk (belum ditanggapi)' }] }
 */
/**
 * Newest first; alerts of one moment most urgent first, a parent's own request before what a
 * measurement raised, then by condition: a total order, so the numbers a kader picks from never
 * depend on ids (derived by hashing, they sort at random).
 */
function newestFirst(a: AlertRecord, b: AlertRecord): number {
  const asked = (alert: AlertRecord) => (alert.origin === 'parent_request' ? 0 : 1);
  return (
    b.openedAt.getTime() - a.openedAt.getTime() ||
    SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity) ||
    asked(a) - asked(b) ||
    CONDITION_CODES.indexOf(b.condition) - CONDITION_CODES.indexOf(a.condition) ||
    a.childId.localeCompare(b.childId) ||
    a.id.localeCompare(b.id)
  );
}

export class AlertDesk {
  constructor(private readonly deps: EscalationReads) {}

  async list(asker: Asker | null, lang: Lang): Promise<ListResult> {
    const actor = asker?.actor;
    if (!actor || actor.role === 'parent') return { result: 'parent' };
    const visible = (await this.ofKeptChildren(await this.deps.escalation.alerts.unresolvedIn(scopeOf(actor))))
      .filter((a) => alertVisibility(actor, a.area) !== 'none')
      .sort(newestFirst)
      .slice(0, LIST_LIMIT);
    if (visible.length === 0) return { result: 'none' };
    const items = [];
    for (const alert of visible) items.push({ id: alert.id, text: await this.title(alert, actor, lang) });
    return { result: 'some', items };
  }

  async show(asker: Asker | null, alertId: string, lang: Lang, now: Date): Promise<ShowResult> {
    const actor = asker?.actor;
    const contact = asker?.contact;
    const alert = await this.deps.escalation.alerts.get(alertId);
    if (!actor || !contact || !alert || alert.state === 'resolved' || alertVisibility(actor, alert.area) === 'none') return { result: 'gone' };
    const actions = CHAT_ACTIONS.filter((action) => applyAlertAction(alert, { action, note: '-' } as AlertCommand, actor, now).ok).map((action) => ({
      id: action,
      text: this.deps.translate(lang, `alert.action.${action}`),
    }));
    const detail = await this.detail(alert, actor, contact, lang);
    return { result: actions.length ? 'ok' : 'view_only', detail, actions };
  }

  /**
   * Plans a staff member's action on an alert: the domain transition on the alert as read, returned
   * as an `alert.change` effect (id derived from `ref`) the commit saves. Reads only.
   */
  async act(asker: Asker | null, alertId: string, command: AlertCommand, lang: Lang, ref: string, now: Date): Promise<ActResult> {
    const { escalation, translate } = this.deps;
    const actor = asker?.actor;
    const alert = await escalation.alerts.get(alertId);
    if (!actor || !alert || alertVisibility(actor, alert.area) === 'none') return { result: 'error', text: translate(lang, 'escalation.action.error.outside_area') };
    const outcome = applyAlertAction(alert, command, actor, now);
    if (!outcome.ok) return { result: 'error', text: translate(lang, `escalation.action.error.${outcome.error}`) };
    const effect: AlertChangeEffect = { type: 'alert.change', id: effectId('ac', ref), before: alert, after: outcome.alert };
    return { result: 'done', text: translate(lang, `escalation.action.done.${command.action}`), effects: [effect] };
  }

  /** A child erased (consent withdrawn, data deleted) is processed no more: its alerts leave the desk. */
  private async ofKeptChildren(alerts: readonly AlertRecord[]): Promise<AlertRecord[]> {
    const kept = await Promise.all(alerts.map(async (a) => (await this.deps.children.get(a.childId)) !== null));
    return alerts.filter((_a, i) => kept[i]);
  }

  private async title(alert: AlertRecord, actor: Actor, lang: Lang): Promise<string> {
    const t = this.deps.translate;
    const params = { condition: t(lang, `escalation.condition.${alert.condition}`), rw: alert.area.rw, status: t(lang, `alert.state.${alert.state}`) };
    if (alertVisibility(actor, alert.area) === 'anonymous') return t(lang, 'alert.item.anonymous', params);
    const child = (await this.deps.children.get(alert.childId))?.name ?? '?';
    return t(lang, alert.origin === 'parent_request' ? 'alert.item.parent_request' : 'alert.item.full', { ...params, child });
  }

  private async detail(alert: AlertRecord, actor: Actor, contact: Contact, lang: Lang): Promise<string> {
    const t = this.deps.translate;
    const when = (at: Date) => formatInstant(t, lang, contact.timezone, at.toISOString());
    const lines = [await this.title(alert, actor, lang)];
    if (alertVisibility(actor, alert.area) === 'full' && alert.area.posyanduId) {
      lines.push(await renderMessage(this.deps, lang, contact.timezone, { key: 'alert.detail.place', params: { rw: alert.area.rw }, refs: { posyandu: { kind: 'posyandu', id: alert.area.posyanduId } } }));
    }
    lines.push(t(lang, 'alert.detail.opened', { at: when(alert.openedAt), level: t(lang, `alert.level.${alert.level}`) }));
    if (alert.ackDueAt) lines.push(t(lang, 'alert.detail.due', { at: when(alert.ackDueAt) }));
    const note = alertVisibility(actor, alert.area) === 'full' ? [...alert.history].reverse().find((h) => h.note)?.note : undefined;
    if (note) lines.push(t(lang, 'alert.detail.note', { note }));
    return lines.join('\n');
  }
}
