import type { Translate } from '../i18n/catalog.js';
import type { Lang } from '../shared/lang.js';
import type { ActionRegistry } from './action.js';
import type { Json, Role, Vars } from './definition/types.js';
import type { KeywordTable } from './keywords.js';
import type { FlowLibrary } from './library.js';
import type { ContactView, SessionState } from './session.js';

/** What wakes the engine: a message, a question's timeout, or a flow started from outside (an alert, a reminder reply). */
export type EngineInput =
  | { type: 'message'; text: string }
  | { type: 'timeout'; token: string }
  | { type: 'start'; flow: string; vars?: Vars };

/** A message for the contact, already in their language; channels decide how to show choices and images. */
export interface OutboundMessage {
  text: string;
  choices?: Array<{ id: string; label: string }>;
  image?: string;
}

/** Side effects the caller carries out after saving the session. */
export type EngineEffect =
  | { type: 'schedule_timeout'; token: string; at: string }
  | { type: 'set_language'; lang: Lang }
  | { type: 'opt_out' }
  | { type: 'opt_in' }
  | { type: 'event'; name: string; data?: Record<string, Json> };

/**
 * Data an action gives its flow: JSON, except that an object member may be `undefined` (it reads as
 * absent), so an action returning differently shaped objects from its branches needs no cast.
 */
export type ActionData = Json | { [key: string]: ActionData | undefined } | ActionData[];

/** What an action returns: a result to branch on, data to store, and optionally messages, effects or contact changes. */
export interface ActionOutcome<Result extends string = string> {
  result: Result;
  data?: ActionData;
  messages?: OutboundMessage[];
  effects?: EngineEffect[];
  contact?: Partial<Pick<ContactView, 'role' | 'consented' | 'lang' | 'facts'>>;
}

/** What an action is given; `args` are the step's arguments as the action's schema read them. */
export interface ActionContext<Args = Readonly<Record<string, Json>>> {
  contact: ContactView;
  vars: Readonly<Vars>;
  args: Args;
  now: Date;
  translate: Translate;
}

/**
 * An action in its old undeclared form (untyped arguments, any result). Declare actions with
 * `defineAction` instead; the registry takes these only through the app's transition adapter.
 */
export type Action = (context: ActionContext) => Promise<ActionOutcome> | ActionOutcome;

/** Which flow answers a contact when nothing else applies. */
export interface Routes {
  onboarding: string;
  language: string;
  menu: Readonly<Record<Role, string>>;
}

export interface EngineLimits {
  maxStepsPerTurn: number;
  maxAttempts: number;
  waitMinutes: number;
}

/**
 * What a reader (`EngineAssets.readers`) finds in a free message: `clear` when it surely holds what the
 * flow takes ("berat 9,2"), so it is taken up wherever a trigger word would be; `weak` when it may
 * ("9,2"), taken up only where nothing else is asked (the menu, or no question at all).
 *
 * @example
 * const readers = { measurement: (text) => (/kg/.test(text) ? 'clear' : undefined) };
 */
export type TextReading = 'clear' | 'weak';
export type TextReader = (text: string) => TextReading | undefined;

export interface EngineAssets {
  library: FlowLibrary;
  translate: Translate;
  keywords: KeywordTable;
  /** Readers named by flows' `reads`; a flow whose reader is missing is never started by one. */
  readers?: Readonly<Record<string, TextReader>>;
  actions: ActionRegistry;
  routes: Routes;
  limits: EngineLimits;
}

export interface EngineResult {
  session: SessionState;
  contact: ContactView;
  messages: OutboundMessage[];
  effects: EngineEffect[];
}

export const DEFAULT_LIMITS: EngineLimits = { maxStepsPerTurn: 100, maxAttempts: 3, waitMinutes: 24 * 60 };
