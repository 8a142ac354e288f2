import type { Translate } from '../i18n/catalog.js';
import type { ActionRegistry } from './action.js';
import type { Json, Role, Vars } from './definition/types.js';
import type { KeywordTable } from './keywords.js';
import type { FlowLibrary } from './library.js';
import type { ContactView, SessionState } from './session.js';

/**
 * What wakes the engine: a message, a question's timeout, or a flow started from outside (an alert, a
 * reminder reply). A tapped button's message says which question it belongs to (`question`, see
 * `questionIdOf`): a tap on a question no longer open is answered "that question is closed", never
 * taken as an answer to whatever is open now. A typed message has no `question`.
 */
export type EngineInput =
  | { type: 'message'; text: string; question?: string; attachment?: Attachment }
  | { type: 'timeout'; token: string }
  | { type: 'start'; flow: string; vars?: Vars };

/** A photo or file that came with a message's text (its caption) or without any text. */
export type Attachment = 'photo' | 'document';

/**
 * A message for the contact, already in their language; channels decide how to show choices and
 * images. `question` is the id of the open question the choices answer, for the buttons' payloads.
 */
export interface OutboundMessage {
  text: string;
  /** `label` is the short title; `description` a line under it where the channel shows one (WhatsApp lists). */
  choices?: Array<{ id: string; label: string; description?: string }>;
  question?: string;
  image?: string;
}

/** The effects the engine itself produces; the caller carries them out after saving the session. */
export type EngineEffect =
  | { type: 'schedule_timeout'; token: string; at: string }
  | { type: 'opt_out' }
  | { type: 'opt_in' }
  | { type: 'event'; name: string; data?: Record<string, Json> };

/**
 * A state change an action asks for instead of making it: a feature names it `feature.verb` and gives
 * it an id derived from the action's `ref`, so applying the same turn twice changes nothing. The engine
 * passes these through untouched; the caller's commit applies them through the feature's handler.
 *
 * @example
 * const effect = { type: 'growth.record', id: 'ms_3f2a…', measurement }; // FeatureEffect
 */
export interface FeatureEffect {
  readonly type: `${string}.${string}`;
  readonly id: string;
}

/** Everything a turn asks the caller to do: the engine's own effects and the features'. */
export type TurnEffect = EngineEffect | FeatureEffect;

/**
 * Data an action gives its flow: JSON, except that an object member may be `undefined` (it reads as
 * absent), so an action returning differently shaped objects from its branches needs no cast.
 */
export type ActionData = Json | { [key: string]: ActionData | undefined } | ActionData[];

/**
 * What an action returns: a result to branch on, data to store, and optionally messages and effects.
 * A change to the contact is an effect too; the engine sees it through `EngineAssets.contactView`.
 */
export interface ActionOutcome<Result extends string = string> {
  result: Result;
  data?: ActionData;
  messages?: OutboundMessage[];
  effects?: TurnEffect[];
}

/** What an action is given; `args` are the step's arguments as the action's schema read them. */
export interface ActionContext<Args = Readonly<Record<string, Json>>> {
  contact: ContactView;
  vars: Readonly<Vars>;
  args: Args;
  now: Date;
  translate: Translate;
  /**
   * This action call's place in the conversation: the turn's reference and the step count, e.g.
   * `simulator:42#3`. The same turn replayed gives the same ref, so effect ids derived from it repeat.
   * Absent only when an action is called outside a turn.
   */
  ref?: string;
  /**
   * The effects earlier steps of this turn asked for, not applied yet: an action that reads what they
   * change (the charts after a measurement) adds them to what it reads.
   */
  effects?: readonly TurnEffect[];
  /**
   * Shares a read among the turn's actions: the first call with `key` runs `load`, later calls in
   * the same turn get its promise. The key names everything the read depends on that the turn itself
   * may change (a role recognised by an earlier step). Absent outside a turn: then read directly.
   */
  once?: <T>(key: string, load: () => Promise<T>) => Promise<T>;
}

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
  /**
   * How an effect an action returned changes the engine's picture of the contact for the rest of the
   * turn and the session (a language chosen, consent recorded): the caller's commit stores the same
   * effect, so the picture and the stored contact change one way. Absent, effects change no picture.
   *
   * @example
   * contactView: (view, effect) => (effect.type === 'contact.update' ? { ...view, lang: effect.patch.lang ?? view.lang } : view)
   */
  contactView?: (view: ContactView, effect: TurnEffect) => ContactView;
}

export interface EngineResult {
  session: SessionState;
  contact: ContactView;
  messages: OutboundMessage[];
  effects: TurnEffect[];
}

export const DEFAULT_LIMITS: EngineLimits = { maxStepsPerTurn: 100, maxAttempts: 3, waitMinutes: 24 * 60 };
