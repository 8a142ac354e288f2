import { z } from 'zod';
import { zoneLabel } from '../../domain/schedule/index.js';
import { askerIn } from '../contacts/asker.js';
import { defineAction, type DeclaredAction } from '../../engine/index.js';
import { audienceLabel, toAudience } from '../broadcast/audience.js';
import { BroadcastPlanner, type BroadcastPlanDeps } from '../broadcast/broadcast-service.js';
import { effectId } from '../effects/effect-id.js';
import { turnRef } from '../effects/turn-ref.js';
import { clockText, localClockText } from '../schedule/render.js';

/** The audience answers of `flows/broadcast.yaml`: a choice id, and the RW when that choice is `rw`. */
const audienceArgs = { audience: z.string(), rw: z.string().optional() };

/**
 * The kader's broadcast (SIARAN) in the chat: may I send, who would get it, send it, cancel it.
 * Whether someone may broadcast is the registry's decision, not the contact's role. Starting and
 * cancelling are `broadcast.*` effects (ids derived from the turn) that the turn's commit applies.
 *
 * @example
 * await broadcastActions(deps)[0].run(context); // { result: 'ok', data: { posyandu: 'Mawar', left: 3, rws: [...] } }
 */
export function broadcastActions(deps: BroadcastPlanDeps): DeclaredAction[] {
  const service = () => new BroadcastPlanner(deps);
  return [
    defineAction({
      name: 'broadcast.check',
      args: z.object({}),
      results: ['ok', 'denied', 'limit', 'active'],
      run: async ({ contact, once, now }) => {
        const status = await service().status(await askerIn(deps, { contact, once }), now);
        switch (status.kind) {
          case 'denied':
            return { result: 'denied' };
          case 'limit':
            return { result: 'limit', data: { per_day: status.perDay } };
          case 'active':
            return { result: 'active', data: { total: status.broadcast.total } };
          case 'ok':
            return {
              result: 'ok',
              data: { posyandu: status.sender.posyandu.name, left: status.left, rws: status.sender.posyandu.rws.map((rw) => ({ id: rw, text: `RW ${rw}` })) },
            };
        }
      },
    }),
    defineAction({
      name: 'broadcast.preview',
      // The flow passes the text too; the preview counts people and does not need it.
      args: z.object({ ...audienceArgs, text: z.string().optional() }),
      results: ['some', 'none', 'none_declared', 'denied'],
      run: async ({ contact, once, args, now }) => {
        const audience = toAudience(args.audience, args.rw);
        if (!audience) return { result: 'none', data: { audience: '' } };
        const count = await service().preview(await askerIn(deps, { contact, once }), audience, now);
        if (!count) return { result: 'denied' };
        const label = audienceLabel(audience);
        // Pregnant and elderly members are only those families who said so: tell the kader how that happens.
        if (count.total === 0) return { result: audience.kind === 'group' ? 'none_declared' : 'none', data: { audience: label } };
        return { result: 'some', data: { audience: label, total: count.total, reach: count.total - count.skipped, skipped: count.skipped } };
      },
    }),
    defineAction({
      name: 'broadcast.start',
      args: z.object({ ...audienceArgs, text: z.string() }),
      results: ['started', 'waiting', 'limit', 'denied', 'active', 'none'],
      run: async ({ contact, once, args, now, ref }) => {
        const audience = toAudience(args.audience, args.rw);
        if (!audience) return { result: 'none' };
        const started = await service().planStart(await askerIn(deps, { contact, once }), args.text, audience, now, effectId('bc', turnRef(ref, 'broadcast.start')));
        switch (started.kind) {
          case 'started': {
            const { broadcast, startsAt } = started;
            const effects = [started.effect];
            if (startsAt <= now) return { result: 'started', data: { total: broadcast.total }, effects };
            const local = (time: string) => clockText(time, contact.lang);
            const data = { total: broadcast.total, time: localClockText(startsAt, broadcast.zone, contact.lang), zone: zoneLabel(broadcast.zone), quiet_start: local(broadcast.quietHours.start), quiet_end: local(broadcast.quietHours.end) };
            return { result: 'waiting', data, effects };
          }
          case 'limit':
            return { result: 'limit', data: { per_day: started.perDay } };
          default:
            return { result: started.kind };
        }
      },
    }),
    defineAction({
      name: 'broadcast.cancel',
      args: z.object({}),
      results: ['cancelled', 'none', 'denied'],
      run: async ({ contact, once, now, ref }) => {
        const cancelled = await service().planCancel(await askerIn(deps, { contact, once }), effectId('bx', turnRef(ref, 'broadcast.cancel')), now);
        return cancelled.kind === 'cancelled' ? { result: 'cancelled', effects: [cancelled.effect] } : { result: cancelled.kind };
      },
    }),
  ];
}
