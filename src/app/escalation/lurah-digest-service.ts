import { buildLurahDigest, digestPeriod, lurahDigestMessages, type LurahDigest } from '../../domain/escalation/index.js';
import type { Lang } from '../../shared/lang.js';
import { OutboundService } from '../outbound.js';
import type { Asker } from '../contacts/asker.js';
import type { EscalationDeps, EscalationReads } from './escalation-deps.js';
import { staffTargets } from './recipients.js';
import { renderMessage } from './render-message.js';

/**
 * The lurah's digest: per RW counts over the last complete week (or month) — new stunting cases,
 * severe cases, overdue follow-ups, Pusling requests and visits — and never a child. Sent weekly by
 * the escalation queue and on demand from the lurah's menu.
 *
 * @example
 * const text = await new LurahDigestReader(reads).forAsker(asker, 'id', now); // what the chat shows
 */
export class LurahDigestReader {
  constructor(private readonly reads: EscalationReads) {}

  /**
   * The digest of the last complete week (or month) before `now`; `upTo` stretches it to that moment
   * (a lurah asking today).
   */
  async digest(kelurahanId: string, now: Date, upTo?: Date): Promise<LurahDigest> {
    const { zone, unit } = this.reads.escalation.digest;
    const complete = digestPeriod(now, zone, unit);
    // Half-open periods: what happened at `upTo` itself is in.
    const period = upTo ? { from: complete.from, to: new Date(upTo.getTime() + 1) } : complete;
    const { episodes, alerts, pusling } = this.reads.escalation;
    return buildLurahDigest({
      kelurahanId,
      period,
      episodes: await episodes.openedIn(kelurahanId, period.from, period.to),
      alerts: await alerts.forDigest(kelurahanId, period.from),
      pusling: await pusling.ofKelurahan(kelurahanId),
    });
  }

  /** The digest as one text for a reader. */
  async text(digest: LurahDigest, lang: Lang, zone: string): Promise<string> {
    const lines = [];
    for (const message of lurahDigestMessages(digest)) lines.push(await renderMessage(this.reads, lang, zone, message));
    return lines.join('\n');
  }

  /**
   * For the lurah who asks from the chat: the digest of each kelurahan they serve, from the last complete
   * period up to now, so what opened today is in it; null for anyone else.
   */
  async forAsker(asker: Asker | null, lang: Lang, now: Date): Promise<string | null> {
    const actor = asker?.actor;
    if (!asker || actor?.role !== 'lurah' || !actor.kelurahanIds?.length) return null;
    const { contact } = asker;
    const texts = [];
    for (const id of actor.kelurahanIds) texts.push(await this.text(await this.digest(id, now, now), lang, contact.timezone));
    return texts.join('\n\n');
  }
}

/**
 * The weekly digest sent by the escalation queue: what `LurahDigestReader` reads, sent through the
 * outbox to every lurah who wrote to the bot.
 *
 * @example
 * await new LurahDigestService(deps).sendAll(); // one message per lurah per kelurahan, once per period
 */
export class LurahDigestService extends LurahDigestReader {
  constructor(private readonly deps: EscalationDeps) {
    super(deps);
  }

  /** The scheduled run: every kelurahan's lurah who wrote to the bot; ref per period, so a rerun sends nothing twice. */
  async sendAll(): Promise<number> {
    const outbound = new OutboundService(this.deps);
    let sent = 0;
    const now = this.deps.clock.now();
    for (const kelurahan of await this.deps.registry.listKelurahan()) {
      const digest = await this.digest(kelurahan._id, now);
      const area = { kelurahanId: kelurahan._id, rw: '-', puskesmasId: kelurahan.puskesmasId };
      for (const { contact } of await staffTargets(this.deps, 'lurah', area)) {
        if (!contact?.lastChannel || !contact.lastAddress || contact.optedOut) continue;
        const text = await this.text(digest, contact.lang, contact.timezone);
        const ref = `digest|${kelurahan._id}|${digest.period.from.toISOString()}|${contact._id}`;
        await outbound.send({ contactId: contact._id, channel: contact.lastChannel, address: contact.lastAddress }, [{ text }], { kind: 'notice', ref });
        sent++;
      }
    }
    this.deps.log.info({ sent }, 'lurah digests sent');
    return sent;
  }
}
