import type { Params } from '../i18n/catalog.js';
import type { FlowDefinition, Step } from './definition/types.js';
import type { Scope } from './refs.js';
import type { ContactView, Frame, SessionState } from './session.js';
import type { EngineAssets, EngineResult, OutboundMessage, TurnEffect } from './types.js';

/**
 * The working state of one turn: a private copy of the session and contact, and what the turn has
 * produced so far. The engine mutates only this copy; the caller's objects stay as they were.
 */
export class Turn {
  readonly session: SessionState;
  contact: ContactView;
  readonly messages: OutboundMessage[] = [];
  readonly effects: TurnEffect[] = [];
  steps = 0;
  /** Words typed after a yes in this turn's answer, for the next question if it may take them (`ahead`). */
  ahead: string | undefined;
  private readonly shared = new Map<string, Promise<unknown>>();

  constructor(
    readonly assets: EngineAssets,
    session: SessionState,
    contact: ContactView,
    readonly now: Date,
    /** The turn's reference (the inbound message id, a timeout's token…); action refs derive from it. */
    readonly ref: string,
  ) {
    this.session = structuredClone(session);
    // The last turn's effects were kept for its redelivery only; this turn starts with none.
    delete this.session.effects;
    this.contact = structuredClone(contact);
    this.session.lang = this.contact.lang;
  }

  /**
   * A read the turn's actions share (see `ActionContext.once`): stored state does not change during
   * a turn (its effects are applied after it), so one read per key serves every action.
   */
  readonly once = <T>(key: string, load: () => Promise<T>): Promise<T> => {
    let read = this.shared.get(key) as Promise<T> | undefined;
    if (!read) this.shared.set(key, (read = load()));
    return read;
  };

  get scope(): Scope {
    return { vars: this.session.vars, contact: this.contact };
  }

  get top(): Frame | undefined {
    return this.session.stack[this.session.stack.length - 1];
  }

  t(key: string, params?: Params): string {
    return this.assets.translate(this.contact.lang, key, params);
  }

  say(key: string, params?: Params): void {
    this.messages.push({ text: this.t(key, params) });
  }

  /** The definition the top frame runs on: the pinned revision, else today's when its step still exists. */
  definitionOf(frame: Frame): FlowDefinition | undefined {
    const pinned = this.assets.library.pinned(frame.flow, frame.revision);
    if (pinned) return pinned;
    if (!this.assets.library.has(frame.flow)) return undefined;
    const current = this.assets.library.current(frame.flow);
    if (!current.definition.steps[frame.step]) return undefined;
    frame.revision = current.revision;
    return current.definition;
  }

  stepOf(frame: Frame): Step | undefined {
    return this.definitionOf(frame)?.steps[frame.step];
  }

  push(flowId: string, options: { over?: true } = {}): void {
    const flow = this.assets.library.current(flowId);
    this.session.stack.push({ flow: flowId, revision: flow.revision, step: flow.definition.start, ...options });
    this.effects.push({ type: 'event', name: 'flow_started', data: { flow: flowId } });
  }

  /** Ends every flow: a new conversation starts with no variables left over from the last one. */
  clear(): void {
    this.session.stack = [];
    this.session.vars = {};
    delete this.session.wait;
  }

  result(): EngineResult {
    return { session: this.session, contact: this.contact, messages: this.messages, effects: this.effects };
  }
}
