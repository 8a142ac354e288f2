import type { Action, ActionOutcome, Json } from '../../engine/index.js';
import { puslingNotice, REJECTION_REASONS, type PuslingCommand, type RejectionReason } from '../../domain/pusling/index.js';
import type { Translate } from '../../i18n/catalog.js';
import type { Lang } from '../../shared/lang.js';
import type { AppDeps } from '../ports.js';
import { queueLine, requestDetail } from '../pusling/chat-texts.js';
import { puslingActorOf, type PuslingActor } from '../pusling/pusling-actor.js';
import { PuslingService, type PuslingOutcome } from '../pusling/pusling-service.js';
import { readReasons } from '../pusling/reasons-answer.js';
import { reasonsText, renderPusling, visitDay } from '../pusling/words.js';

type Deps = Pick<AppDeps, 'clock' | 'ids' | 'contacts' | 'registry' | 'pusling' | 'puslingJobs'>;

/** After this many unreadable reason answers the flow stops kindly. */
const MAX_TRIES = 3;

const str = (value: Json | undefined): string => (typeof value === 'string' ? value : '');

/**
 * Pusling in the chat: asking for a visit (kader, lurah, puskesmas), the coordinator's ranked queue
 * and decisions, and STATUS PUSLING for everyone involved. Access is re-checked in the service on
 * every call; a denial is a result the flow answers kindly.
 *
 * @example
 * await puslingActions(deps)['pusling.rw_options'](context); // { result: 'many', data: { items: [{ id: 'kel-margahayu/01', text: 'RW 01 Margahayu' }, …] } }
 */
export function puslingActions(deps: Deps): Record<string, Action> {
  const service = new PuslingService(deps);
  const actorOf = (contactId: string) => puslingActorOf(deps, contactId);
  const kelurahanName = async (id: string) => (await deps.registry.kelurahan(id))?.name ?? id;

  const failure = (t: Translate, lang: Lang, outcome: Exclude<PuslingOutcome, { ok: true }>): ActionOutcome => ({
    result: outcome.error,
    data: { text: t(lang, `pusling.error.${outcome.error}`) },
  });

  return {
    'pusling.rw_options': async ({ contact }) => {
      const who = await actorOf(contact.id);
      if (!who || who.actor.role === 'parent') return { result: 'denied' };
      const choices = await service.rwChoices(who);
      const items = choices.map((c) => ({ id: `${c.kelurahanId}/${c.rw}`, text: `RW ${c.rw} ${c.kelurahanName}` }));
      if (items.length === 0) return { result: 'none' };
      return { result: items.length === 1 ? 'one' : 'many', data: { items, only: items[0]!.id } };
    },
    'pusling.pick_rw': ({ args }) => ({ result: 'ok', data: str(args.id) }),
    'pusling.read_reasons': ({ args }): ActionOutcome => {
      const reasons = readReasons(str(args.text));
      if (reasons) return { result: 'ok', data: { reasons, tries: 0 } };
      const tries = (typeof args.tries === 'number' ? args.tries : 0) + 1;
      return { result: tries >= MAX_TRIES ? 'gave_up' : 'problem', data: { tries } };
    },
    'pusling.summary': async ({ contact, args, translate }) => {
      const [kelurahanId = '', rw = ''] = str(args.rwKey).split('/');
      const dates = [str(args.date1), str(args.date2)].filter(Boolean);
      const text = translate(contact.lang, 'pusling.request.summary', {
        rw,
        kelurahan: await kelurahanName(kelurahanId),
        reasons: reasonsText(translate, contact.lang, Array.isArray(args.reasons) ? args.reasons.map(String) : []),
        dates: dates.map((d) => visitDay(d, contact.lang)).join('; '),
        people: typeof args.people === 'number' ? args.people : 0,
      });
      return { result: 'ok', data: text };
    },
    'pusling.submit': async ({ contact, args, translate }) => {
      const who = await actorOf(contact.id);
      if (!who) return { result: 'denied', data: { text: translate(contact.lang, 'pusling.error.outside_area') } };
      const [kelurahanId = '', rw = ''] = str(args.rwKey).split('/');
      const outcome = await service.request(
        who,
        {
          kelurahanId,
          rw,
          reasons: Array.isArray(args.reasons) ? args.reasons.map(String) : [],
          preferredDates: [str(args.date1), str(args.date2)].filter(Boolean),
          expectedPeople: typeof args.people === 'number' ? args.people : 0,
        },
        'chat',
      );
      if (!outcome.ok) return failure(translate, contact.lang, outcome);
      return { result: 'ok', data: { text: translate(contact.lang, 'pusling.request.sent', { rw }) } };
    },
    'pusling.queue': async ({ contact, translate }): Promise<ActionOutcome> => {
      const who = await actorOf(contact.id);
      const ranked = who ? await service.queue(who) : 'not_coordinator';
      if (ranked === 'not_coordinator') return { result: 'denied', data: { text: translate(contact.lang, 'pusling.error.not_coordinator') } };
      if (ranked.length === 0) return { result: 'none' };
      const lines: string[] = [];
      for (const [i, r] of ranked.entries()) lines.push(queueLine(translate, contact.lang, r, i + 1, await kelurahanName(r.request.area.kelurahanId)));
      const items = [];
      for (const r of ranked) items.push({ id: r.request.id, text: `RW ${r.request.area.rw} ${await kelurahanName(r.request.area.kelurahanId)}` });
      return { result: 'some', data: { items, text: lines.join('\n') } };
    },
    'pusling.detail': async ({ contact, args, translate }) => {
      const who = await actorOf(contact.id);
      const record = who ? await service.visibleRequest(who, str(args.id)) : null;
      if (!record) return { result: 'not_found', data: { text: translate(contact.lang, 'pusling.error.not_found') } };
      return { result: 'ok', data: { text: requestDetail(translate, contact.lang, record, await kelurahanName(record.request.area.kelurahanId), contact.timezone) } };
    },
    'pusling.merge_targets': async ({ contact, args }) => {
      const who = await actorOf(contact.id);
      const record = who ? await service.visibleRequest(who, str(args.id)) : null;
      if (!who || !record) return { result: 'none' };
      const others = (await service.visible(who)).filter(
        (r) => r._id !== record._id && r.request.area.puskesmasId === record.request.area.puskesmasId && ['requested', 'scheduled', 'postponed'].includes(r.request.state),
      );
      if (others.length === 0) return { result: 'none' };
      const items = [];
      for (const r of others) items.push({ id: r._id, text: `RW ${r.request.area.rw} ${await kelurahanName(r.request.area.kelurahanId)}` });
      return { result: 'some', data: items };
    },
    'pusling.decide': async ({ contact, args, translate }) => decide(await actorOf(contact.id), contact.lang, args, translate),
    'pusling.status': async ({ contact, translate }) => {
      const who = await actorOf(contact.id);
      const records = who ? await service.visible(who) : [];
      if (records.length === 0) return { result: 'none' };
      const blocks: string[] = [];
      for (const record of records.slice(0, 5)) {
        const target = record.request.mergedInto ? (await deps.pusling.get(record.request.mergedInto))?.request : undefined;
        blocks.push(requestDetail(translate, contact.lang, record, await kelurahanName(record.request.area.kelurahanId), contact.timezone, target));
      }
      return { result: 'some', data: blocks.join('\n\n') };
    },
  };

  async function decide(who: PuslingActor | null, lang: Lang, args: Readonly<Record<string, Json>>, translate: Translate): Promise<ActionOutcome> {
    if (!who) return { result: 'denied', data: { text: translate(lang, 'pusling.error.not_decider') } };
    const command = commandOf(args);
    if (!command) return { result: 'invalid', data: { text: translate(lang, 'pusling.error.invalid') } };
    const range = args.time && typeof args.time === 'object' && !Array.isArray(args.time) ? args.time : {};
    const outcome = await service.decide(who, str(args.id), command, typeof range.end === 'string' ? range.end : null);
    if (!outcome.ok) return failure(translate, lang, outcome);
    const target = outcome.record.request.mergedInto ? (await deps.pusling.get(outcome.record.request.mergedInto))?.request : undefined;
    const notice = renderPusling(translate, lang, puslingNotice(outcome.record.request, target), outcome.record.endTime);
    return { result: 'ok', data: { text: translate(lang, `pusling.decided.${command.action}`, { notice }) } };
  }
}

/** The decision the coordinator put together in the flow. */
function commandOf(args: Readonly<Record<string, Json>>): PuslingCommand | undefined {
  switch (args.action) {
    case 'schedule': {
      const range = args.time && typeof args.time === 'object' && !Array.isArray(args.time) ? args.time : {};
      const team = str(args.team).split(/\s*(?:,|;|\+|&|\bdan\b|\band\b|\bsareng\b)\s*/i).map((s) => s.trim()).filter(Boolean);
      return { action: 'schedule', date: str(args.date), time: typeof range.start === 'string' ? range.start : '', place: str(args.place), team };
    }
    case 'merge':
      return { action: 'merge', intoId: str(args.into) };
    case 'postpone':
      return { action: 'postpone', until: str(args.until) };
    case 'reject': {
      const reason = REJECTION_REASONS.find((r) => r === args.reason);
      return reason ? { action: 'reject', reason: reason as RejectionReason } : undefined;
    }
    default:
      return undefined;
  }
}
