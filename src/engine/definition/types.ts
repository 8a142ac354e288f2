import type { Role } from '../../shared/role.js';

/**
 * The shape of a flow file (spec version 2). A flow is data: named steps, each of one kind, joined
 * by step ids. The engine walks it; it never runs code from a flow.
 *
 * @example
 * const flow: FlowDefinition = {
 *   spec: 2, id: 'hello', version: 1, start: 'greet',
 *   steps: { greet: { type: 'send', text: 'hello.greeting' } },
 * };
 */
export const SPEC_VERSION = 2;

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type Vars = Record<string, Json>;

/** A literal, or a reference to session data when a string starts with `@` (`@vars.child.name`, `@contact.role`). */
export type ValueRef = Json;

/** A locale key, or a key with parameters whose values may be references. */
export type MessageRef = string | { key: string; params?: Record<string, ValueRef> };

export type { Role };

export interface StaticChoice {
  id: string;
  /** Locale key of the visible label: a short title (a WhatsApp list row shows 24 characters). */
  label: string;
  /** Locale key of a line under the title that says more ("pindah, batal, atur rutin"; 72 characters). */
  description?: string;
  /** Extra words that also pick this choice, in any language. */
  synonyms?: string[];
  /** The choice a plain yes or no picks when no label matched ("iya" at "Maksudnya 8,5 kg?"). */
  means?: 'yes' | 'no';
}

/** Choices built at run time (children, posyandu) from a variable holding `{ id, text, means? }[]`. */
export interface DynamicChoices {
  from: string;
}

export type AnswerSpec =
  | { type: 'number'; unit?: string; min?: number; max?: number; integer?: boolean; example?: string }
  | { type: 'date'; notFuture?: boolean; notPast?: boolean; maxYearsAgo?: number }
  | { type: 'time' }
  | { type: 'time_range' }
  /**
   * `number`: a reply holding a number that picks no option ("iya 8,7") is saved as that number.
   * `name`: a reply that picks no option, asks for nothing else and reads as a name ("Budi" at
   * "Daftarkan anak Anda: 1/2/3") is saved as `{ name }`, for the flow to confirm.
   */
  | { type: 'choice'; options: StaticChoice[] | DynamicChoices; number?: boolean; name?: boolean }
  /** `yes`/`no`: the question's own words beside the ordinary ones ("kirim" at "Kirim siaran ini?"). */
  | { type: 'yesno'; yes?: string[]; no?: string[] }
  | { type: 'phone' }
  | { type: 'text'; minLength?: number; maxLength?: number };

export type Condition =
  | { var: string; equals?: Json; notEquals?: Json; in?: Json[]; exists?: boolean; lt?: number; lte?: number; gt?: number; gte?: number }
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition };

export interface SendStep {
  type: 'send';
  text: MessageRef;
  /** A reference to an image URL, e.g. `@vars.chart_url`. */
  image?: ValueRef;
  next?: string;
}

export interface AskStep {
  type: 'ask';
  prompt: MessageRef;
  answer: AnswerSpec;
  /** The variable the parsed answer is stored in. */
  save: string;
  /** Locale key shown before the prompt when an answer did not fit (else the parser's reason). */
  hint?: string;
  /**
   * The question may be answered by words typed after a yes in the answer before ("ya, tanggal 21
   * April" to "Ada tanggal cadangan?"): it is then not asked.
   */
  ahead?: boolean;
  /**
   * What a reply means here when another flow's reader clearly recognises it ("berat 9,2 panjang 74"
   * at a text question): `switch` goes to that flow with it (a child's name is never a measurement),
   * `offer` asks which was meant (a broadcast may hold numbers), `answer` keeps it as the answer (the
   * values of a correction). Text and choice questions offer by default, others answer.
   */
  reading?: 'switch' | 'offer' | 'answer';
  /**
   * A reply that does not answer this question but answers the one before, corrected ("20 Juli 2027"
   * at "HPL 20 Juli 2026. Dicatat begitu? (YA/TIDAK)"): saved as that answer, and the flow goes on there.
   */
  instead?: { answer: AnswerSpec; save: string; next: string };
  /**
   * Said when the conversation leaves the flow at this question for another (a request's words, MENU):
   * what the person gave here is not on record yet ("Hasil ukur Budi belum dicatat"), and is never
   * dropped in silence.
   */
  unsaved?: MessageRef;
  next: string;
  /** How long the question waits; then the session resumes at `timeout.next`, or ends quietly. */
  timeout?: { minutes: number; next?: string };
}

export interface BranchStep {
  type: 'branch';
  cases: Array<{ when: Condition; next: string }>;
  default: string;
}

export interface ActionStep {
  type: 'action';
  action: string;
  args?: Record<string, ValueRef>;
  /** The variable the action's data is stored in. */
  save?: string;
  /** Next step by the action's result; `default` when the result is not listed. */
  on?: Record<string, string>;
  default?: string;
}

export interface SubflowStep {
  type: 'subflow';
  flow: string;
  next?: string;
}

export interface EndStep {
  type: 'end';
  /** `menu` opens the contact's main menu after the flow ends; `stop` ends every flow, the callers' too (nothing is left to go back to after an erasure). */
  then?: 'menu' | 'stop';
}

export type Step = SendStep | AskStep | BranchStep | ActionStep | SubflowStep | EndStep;

export interface FlowDefinition {
  spec: number;
  id: string;
  version: number;
  description?: string;
  /** Roles allowed to start this flow; absent means everyone who has consented. */
  roles?: Role[];
  /** Words that start this flow from anywhere when no question is waiting, in any language. */
  triggers?: string[];
  /**
   * A reader of free text, provided by the app (`measurement`), that starts this flow when it finds
   * what the flow takes in a message no question is waiting for, before any trigger word.
   */
  reads?: string;
  /**
   * Answers kept when the flow starts again with new words typed at one of its own questions ("ya
   * berat 8,7" at "Apakah diukur hari ini?"): a question already answered is not asked twice.
   */
  keeps?: string[];
  start: string;
  steps: Record<string, Step>;
}

/** A loaded flow: its definition plus a revision hash that sessions pin. */
export interface LoadedFlow {
  readonly definition: FlowDefinition;
  readonly revision: string;
  readonly file: string;
}
