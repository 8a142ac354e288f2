import { z } from 'zod';
import { defineAction, type ActionContext, type ActionOutcome, type DeclaredAction } from '../../engine/index.js';
import { puslingNotice, REJECTION_REASONS, type PuslingCommand } from '../../domain/pusling/index.js';
import type { Translate } from '../../i18n/catalog.js';
import type { Lang } from '../../shared/lang.js';
import { effectId } from '../effects/effect-id.js';
import { turnRef } from '../effects/turn-ref.js';
import { queueLine, requestDetail } from '../pusling/chat-texts.js';
import { puslingActorFrom, type PuslingActor } from '../pusling/pusling-actor.js';
import { askerIn } from '../contacts/asker.js';
import { PuslingPlanner, type PuslingOutcome, type PuslingPlanDeps, type PuslingServiceError } from '../pusling/pusling-service.js';
import { readReasons } from '../pusling/reasons-answer.js';
import { reasonsText, renderPusling, visitDay } from '../pusling/words.js';

type Deps = PuslingPlanDeps;

/** After this many unreadable reason answers the flow stops kindly. */
const MAX_TRIES = 3;

/**
 * Every way a Pusling service call can fail; each is a result the flow may answer (`pusling.error.<code>`).
 * A new service error missing here fails to compile: `submit` and `decide` return it as their result.
 */
const FAILURES = ['parent', 'outside_area', 'not_decider', 'date_taken', 'capacity_full', 'invalid', 'illegal_transition', 'merge_target_invalid', 'unknown_area', 'duplicate', 'not_found', 'conflict', 'not_coordinator'] as const satisfies readonly PuslingServiceError[];

const timeRange = z.object({ start: z.string(), end: z.string() });
/** The request as the flow gathered it; `rwKey` is `<kelurahanId>/<rw>`. */
const requestArgs = z.object({
  rwKey: z.string(),
  reasons: z.array(z.string()),
  date1: z.string().optional(),
  date2: z.string().optional(),
  people: z.number(),
});
/** The coordinator's decision; `action` is fixed by the step, the rest are the answers it needs. */
const decisionArgs = z.object({
  id: z.string(),
  action: z.enum(['schedule', 'merge', 'postpone', 'reject']),
  date: z.string().optional(),
  time: timeRange.optional(),
  place: z.string().optional(),
  team: z.string().optional(),
  into: z.string().optional(),
  until: z.string().optional(),
  reason: z.string().optional(),
});
type Decision = z.output<typeof decisionArgs>;

const areaOf = (rwKey: string): { kelurahanId: string; rw: string } => {
  const [kelurahanId = '', rw = ''] = rwKey.split('/');
  return { kelurahanId, rw };
};
const datesOf = (args: { date1?: string | undefined; date2?: string | undefined }): string[] => [args.date1, args.date2].filter((d): d is string => Boolean(d));

/**
 * Pusling in the chat: asking for a visit (kader, lurah, puskesmas), the coordinator's ranked queue
 * and decisions, and STATUS PUSLING for everyone involved. Access is re-checked in the service on
 * every call; a denial is a result the flow answers kindly. Nothing is written here: a request or a
 * decision is a `pusling.*` effect (id derived from the turn) that the turn's commit applies.
 *
 * @example
 * await puslingActions(deps)[0].run(context); // { result: 'many', data: { items: [{ id: 'kel-margahayu/01', text: 'RW 01 Margahayu' }, …] } }
 */
export function puslingActions(deps: Deps): DeclaredAction[] {
  const service = new PuslingPlanner(deps);
  const actorOf = async (context: Pick<ActionContext, 'contact' | 'once'>) => puslingActorFrom(await askerIn(deps, context));
  const kelurahanName = async (id: string) => (await deps.registry.kelurahan(id))?.name ?? id;

  const failure = (t: Translate, lang: Lang, outcome: Exclude<PuslingOutcome, { ok: true }>) => ({
    result: outcome.error,
    data: { text: t(lang, `pusling.error.${outcome.error}`) },
  });

  return [
    defineAction({
      name: 'pusling.rw_options',
      args: z.object({}),
      results: ['one', 'many', 'none', 'denied'],
      run: async ({ contact, once }) => {
        const who = await actorOf({ contact, once });
        if (!who || who.actor.role === 'parent') return { result: 'denied' };
        const choices = await service.rwChoices(who);
        const items = choices.map((c) => ({ id: `${c.kelurahanId}/${c.rw}`, text: `RW ${c.rw} ${c.kelurahanName}` }));
        if (items.length === 0) return { result: 'none' };
        return { result: items.length === 1 ? 'one' : 'many', data: { items, only: items[0]!.id } };
      },
    }),
    defineAction({
      name: 'pusling.pick_rw',
      args: z.object({ id: z.string() }),
      results: ['ok'],
      run: ({ args }) => ({ result: 'ok', data: args.id }),
    }),
    defineAction({
      name: 'pusling.read_reasons',
      args: z.object({ text: z.string(), tries: z.number().optional() }),
      results: ['ok', 'problem', 'gave_up'],
      run: ({ args }) => {
        const reasons = readReasons(args.text);
        if (reasons) return { result: 'ok', data: { reasons, tries: 0 } };
        const tries = (args.tries ?? 0) + 1;
        return { result: tries >= MAX_TRIES ? 'gave_up' : 'problem', data: { tries } };
      },
    }),
    defineAction({
      name: 'pusling.summary',
      args: requestArgs,
      results: ['ok'],
      run: async ({ contact, args, translate }) => {
        const { kelurahanId, rw } = areaOf(args.rwKey);
        const text = translate(contact.lang, 'pusling.request.summary', {
          rw,
          kelurahan: await kelurahanName(kelurahanId),
          reasons: reasonsText(translate, contact.lang, args.reasons),
          dates: datesOf(args).map((d) => visitDay(d, contact.lang)).join('; '),
          people: args.people,
        });
        return { result: 'ok', data: text };
      },
    }),
    defineAction({
      name: 'pusling.submit',
      args: requestArgs,
      results: ['ok', ...FAILURES, 'denied'],
      run: async ({ contact, once, args, now, translate, ref }) => {
        const who = await actorOf({ contact, once });
        if (!who) return { result: 'denied', data: { text: translate(contact.lang, 'pusling.error.outside_area') } };
        const { kelurahanId, rw } = areaOf(args.rwKey);
        const form = { kelurahanId, rw, reasons: args.reasons, preferredDates: datesOf(args), expectedPeople: args.people };
        const outcome = await service.planRequest(who, form, 'chat', effectId('pr', turnRef(ref, 'pusling.submit')), now);
        if (!outcome.ok) return failure(translate, contact.lang, outcome);
        return { result: 'ok', data: { text: translate(contact.lang, 'pusling.request.sent', { rw }) }, effects: [outcome.effect] };
      },
    }),
    defineAction({
      name: 'pusling.queue',
      args: z.object({}),
      results: ['some', 'none', 'denied'],
      run: async ({ contact, once, now, translate }) => {
        const who = await actorOf({ contact, once });
        const ranked = who ? await service.queue(who, now) : 'not_coordinator';
        if (ranked === 'not_coordinator') return { result: 'denied', data: { text: translate(contact.lang, 'pusling.error.not_coordinator') } };
        if (ranked.length === 0) return { result: 'none' };
        const lines: string[] = [];
        for (const [i, r] of ranked.entries()) lines.push(queueLine(translate, contact.lang, r, i + 1, await kelurahanName(r.request.area.kelurahanId)));
        const items = [];
        for (const r of ranked) items.push({ id: r.request.id, text: `RW ${r.request.area.rw} ${await kelurahanName(r.request.area.kelurahanId)}` });
        return { result: 'some', data: { items, text: lines.join('\n') } };
      },
    }),
    defineAction({
      name: 'pusling.detail',
      args: z.object({ id: z.string() }),
      results: ['ok', 'not_found'],
      run: async ({ contact, once, args, translate }) => {
        const who = await actorOf({ contact, once });
        const record = who ? await service.visibleRequest(who, args.id) : null;
        if (!record) return { result: 'not_found', data: { text: translate(contact.lang, 'pusling.error.not_found') } };
        return { result: 'ok', data: { text: requestDetail(translate, contact.lang, record, await kelurahanName(record.request.area.kelurahanId), contact.timezone) } };
      },
    }),
    defineAction({
      name: 'pusling.merge_targets',
      args: z.object({ id: z.string() }),
      results: ['some', 'none'],
      run: async ({ contact, once, args }) => {
        const who = await actorOf({ contact, once });
        const record = who ? await service.visibleRequest(who, args.id) : null;
        if (!who || !record) return { result: 'none' };
        const others = (await service.visible(who)).filter(
          (r) => r._id !== record._id && r.request.area.puskesmasId === record.request.area.puskesmasId && ['requested', 'scheduled', 'postponed'].includes(r.request.state),
        );
        if (others.length === 0) return { result: 'none' };
        const items = [];
        for (const r of others) items.push({ id: r._id, text: `RW ${r.request.area.rw} ${await kelurahanName(r.request.area.kelurahanId)}` });
        return { result: 'some', data: items };
      },
    }),
    defineAction({
      name: 'pusling.decide',
      args: decisionArgs,
      results: ['ok', ...FAILURES, 'denied'],
      run: async ({ contact, once, args, now, translate, ref }) => decide(await actorOf({ contact, once }), contact.lang, args, translate, effectId('pd', turnRef(ref, 'pusling.decide')), now),
    }),
    defineAction({
      name: 'pusling.status',
      args: z.object({}),
      results: ['some', 'none'],
      run: async ({ contact, once, translate }) => {
        const who = await actorOf({ contact, once });
        const records = who ? await service.visible(who) : [];
        if (records.length === 0) return { result: 'none' };
        const blocks: string[] = [];
        for (const record of records.slice(0, 5)) {
          const target = record.request.mergedInto ? (await deps.pusling.get(record.request.mergedInto))?.request : undefined;
          blocks.push(requestDetail(translate, contact.lang, record, await kelurahanName(record.request.area.kelurahanId), contact.timezone, target));
        }
        return { result: 'some', data: blocks.join('\n\n') };
      },
    }),
  ];

  async function decide(who: PuslingActor | null, lang: Lang, args: Decision, translate: Translate, id: string, now: Date): Promise<ActionOutcome<'ok' | 'denied' | PuslingServiceError>> {
    if (!who) return { result: 'denied', data: { text: translate(lang, 'pusling.error.not_decider') } };
    const command = commandOf(args);
    if (!command) return { result: 'invalid', data: { text: translate(lang, 'pusling.error.invalid') } };
    const outcome = await service.planDecision(who, args.id, command, args.time?.end ?? null, id, now);
    if (!outcome.ok) return failure(translate, lang, outcome);
    const target = outcome.record.request.mergedInto ? (await deps.pusling.get(outcome.record.request.mergedInto))?.request : undefined;
    const notice = renderPusling(translate, lang, puslingNotice(outcome.record.request, target), outcome.record.endTime);
    return { result: 'ok', data: { text: translate(lang, `pusling.decided.${command.action}`, { notice }) }, effects: [outcome.effect] };
  }
}

/** The decision the coordinator put together in the flow. */
function commandOf(args: Decision): PuslingCommand | undefined {
  switch (args.action) {
    case 'schedule': {
      const team = (args.team ?? '').split(/\s*(?:,|;|\+|&|\bdan\b|\band\b|\bsareng\b)\s*/i).map((s) => s.trim()).filter(Boolean);
      return { action: 'schedule', date: args.date ?? '', time: args.time?.start ?? '', place: args.place ?? '', team };
    }
    case 'merge':
      return { action: 'merge', intoId: args.into ?? '' };
    case 'postpone':
      return { action: 'postpone', until: args.until ?? '' };
    case 'reject': {
      const reason = REJECTION_REASONS.find((r) => r === args.reason);
      return reason ? { action: 'reject', reason } : undefined;
    }
  }
}
