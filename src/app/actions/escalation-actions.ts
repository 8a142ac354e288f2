import { z } from 'zod';
import { defineAction, type DeclaredAction } from '../../engine/index.js';
import type { AlertAction, AlertCommand } from '../../domain/escalation/index.js';
import { AlertDesk } from '../escalation/alert-desk.js';
import type { EscalationReads } from '../escalation/escalation-deps.js';
import { LurahDigestReader } from '../escalation/lurah-digest-service.js';
import { ParentHelpService } from '../escalation/parent-help-service.js';
import { turnRef } from '../effects/turn-ref.js';
import { askerIn } from '../contacts/asker.js';

type ActionDeps = Omit<EscalationReads, 'translate'>;
const CHAT_ACTIONS: readonly AlertAction[] = ['acknowledge', 'note', 'refer', 'resolve'];

/**
 * Alerts in the chat: the PERINGATAN list, one alert and what may be done with it, doing it; the
 * lurah's "Ringkasan wilayah"; a parent's BANTUAN ANAK. Services are built per call with the turn's
 * translator; authorisation is re-checked in them on every call.
 *
 * @example
 * await escalationActions(deps)[0].run({ contact, vars: {}, args: {}, now, translate }); // { result: 'some', data: { items } }
 */
export function escalationActions(deps: ActionDeps): DeclaredAction[] {
  const withTranslate = (translate: EscalationReads['translate']): EscalationReads => ({ ...deps, translate });
  return [
    defineAction({
      name: 'alert.list',
      args: z.object({}),
      results: ['some', 'none', 'parent'],
      run: async ({ contact, once, translate }) => {
        const listed = await new AlertDesk(withTranslate(translate)).list(await askerIn(deps, { contact, once }), contact.lang);
        return listed.result === 'some' ? { result: 'some', data: { items: listed.items, count: listed.items.length } } : { result: listed.result };
      },
    }),
    defineAction({
      name: 'alert.show',
      args: z.object({ alertId: z.string() }),
      results: ['ok', 'view_only', 'gone'],
      run: async ({ contact, once, args, now, translate }) => {
        const shown = await new AlertDesk(withTranslate(translate)).show(await askerIn(deps, { contact, once }), args.alertId, contact.lang, now);
        return shown.result === 'gone' ? { result: 'gone' } : { result: shown.result, data: { detail: shown.detail, actions: shown.actions } };
      },
    }),
    defineAction({
      name: 'alert.act',
      // `action` is the chosen button; an unknown one is an `error` the flow answers, like a refused one.
      args: z.object({ alertId: z.string(), action: z.string(), note: z.string().optional() }),
      results: ['done', 'error'],
      run: async ({ contact, once, args, now, translate, ref }) => {
        const action = CHAT_ACTIONS.find((a) => a === args.action);
        if (!action) return { result: 'error' };
        const command = (args.note !== undefined ? { action, note: args.note } : { action }) as AlertCommand;
        const done = await new AlertDesk(withTranslate(translate)).act(await askerIn(deps, { contact, once }), args.alertId, command, contact.lang, turnRef(ref, 'alert.act'), now);
        return { result: done.result, messages: [{ text: done.text }], ...(done.result === 'done' ? { effects: done.effects } : {}) };
      },
    }),
    defineAction({
      name: 'alert.digest',
      args: z.object({}),
      results: ['ok', 'denied'],
      run: async ({ contact, once, now, translate }) => {
        const text = await new LurahDigestReader(withTranslate(translate)).forAsker(await askerIn(deps, { contact, once }), contact.lang, now);
        return text === null ? { result: 'denied' } : { result: 'ok', messages: [{ text }] };
      },
    }),
    defineAction({
      name: 'alert.help_children',
      args: z.object({}),
      results: ['none', 'one', 'many'],
      run: async ({ contact, translate }) => {
        const kids = await new ParentHelpService(withTranslate(translate)).flaggedChildren(contact.id);
        const items = kids.map((c) => ({ id: c._id, text: c.name }));
        return { result: kids.length === 0 ? 'none' : kids.length === 1 ? 'one' : 'many', data: { items } };
      },
    }),
    defineAction({
      name: 'alert.help_request',
      args: z.object({ childId: z.string() }),
      results: ['denied', 'requested', 'already'],
      run: async ({ contact, once, args, now, translate, ref }) => {
        const asked = await new ParentHelpService(withTranslate(translate)).request(await askerIn(deps, { contact, once }), args.childId, contact.lang, turnRef(ref, 'alert.help_request'), now);
        if (asked.result === 'denied') return { result: 'denied' };
        return { result: asked.result, messages: [{ text: asked.text }], ...(asked.result === 'requested' ? { effects: asked.effects } : {}) };
      },
    }),
  ];
}
