import type { Lang } from '../../shared/lang.js';
import type { Role, StaffRole } from '../../shared/role.js';

export type { StaffRole };

/**
 * Where a contact came from: the real channels (WhatsApp, Telegram) or the simulator, where anyone
 * holding its token can type any number. A phone joins contacts of one origin only.
 */
export type ContactOrigin = 'platform' | 'simulator';

/** A person the bot talks to, across channels. Phone numbers are E.164. `src/store` persists it. */
export interface Contact {
  _id: string;
  phone: string | null;
  /** Absent on contacts stored before origins: those are `platform` (start-up upkeep sets it). */
  origin?: ContactOrigin;
  lang: Lang;
  /** What the contact is to the bot; staff roles come from the registry (`registry-records.ts`). */
  role: Role | null;
  consentAt: Date | null;
  consentVersion: number | null;
  optedOut: boolean;
  timezone: string;
  posyanduId: string | null;
  rw: string | null;
  kelurahanId: string | null;
  /** The channel and address last heard from: where replies and timeouts go. */
  lastChannel: string | null;
  lastAddress: string | null;
  reminderKinds: string[] | null;
  /** Addresses a channel refused for good (bot blocked, chat gone); broadcasts skip them. Cleared when the person writes again. */
  unreachable?: UnreachableAddress[];
  /** Who else the household has, as the family said (flow `household`): kader broadcasts reach them. */
  groups?: ContactGroup[];
  /** When `pregnant` lapses unless said again (see `src/app/household/household-groups.ts`). */
  pregnantUntil?: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface UnreachableAddress {
  channel: string;
  address: string;
  reason: string;
  at: Date;
}

/** Groups a household can belong to beyond what its children say, as the family told us. */
export type ContactGroup = 'pregnant' | 'elderly';
