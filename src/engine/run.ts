import type { Json } from './definition/types.js';
import { ROLES } from '../shared/role.js';
import { choicesOf, namesAChoice, parseAnswer } from './answer.js';
import { readName, yesNoRest } from './answers/index.js';
import { evaluate } from './conditions.js';
import type { Keyword } from './keywords.js';
import { matchKeyword } from './keywords.js';
import { flowOpenedByKeyword } from './flow-keywords.js';
import { renderMessage, resolveArgs, resolveRef } from './refs.js';
import type { ContactView, SessionState } from './session.js';
import { matchReader, matchRequest, matchTrigger } from './triggers.js';
import { questionIdOf } from './question-id.js';
import { OFFER_ANSWER, REQUEST, offerPromptKey, readingAt } from './offer.js';
import type { AskStep } from './definition/types.js';
import type { Offer } from './session.js';
import { Turn } from './turn.js';
import type { EngineAssets, EngineInput, EngineResult } from './types.js';

/**
 * The flow engine: one pure transition from (flows, session, input, clock) to (new session, messages,
 * effects). It stores, sends and schedules nothing; named actions are the caller's code.
 *
 * @example
 * const { session, messages, effects } = await runEngine(assets, session, contact, { type: 'message', text: 'MENU' }, now, 'simulator:42');
 *
 * `ref` names the turn (the inbound message id); effects of actions carry ids derived from it, so the
 * caller can apply a replayed turn's effects again and change nothing. Without one, the contact and
 * the clock name the turn.
 */
export async function runEngine(
  assets: EngineAssets,
  session: SessionState,
  contact: ContactView,
  input: EngineInput,
  now: Date,
  ref = `${session.contactId}@${now.toISOString()}`,
): Promise<EngineResult> {
  const turn = new Turn(assets, session, contact, now, ref);
  switch (input.type) {
    case 'timeout':
      if (!onTimeout(turn, input.token)) return turn.result();
      break;
    case 'start':
      turn.clear();
      Object.assign(turn.session.vars, input.vars ?? {});
      turn.push(input.flow);
      break;
    case 'message':
      expireStale(turn);
      if (!onInbound(turn, input)) return turn.result();
      break;
  }
  await advance(turn);
  // A conversation that ended with requests still kept (typed while onboarding) goes on with the next.
  for (let next = nextHeld(turn); next !== undefined; next = nextHeld(turn)) {
    startDefault(turn, next, false);
    await advance(turn);
  }
  return turn.result();
}

/**
 * A question whose time ran out is closed before the message is read, even when its timeout job never
 * ran (a worker down, a job lost): "layanan" typed months after "Mau dicatat? (YA/TIDAK)" is a new
 * request, not a wrong answer to a question the person has long forgotten. A question with its own
 * timeout step is left to that step (the job runs it), so nothing it would say is skipped.
 */
function expireStale(turn: Turn): void {
  const wait = turn.session.wait;
  const frame = turn.top;
  if (!wait || !frame || new Date(wait.expiresAt).getTime() > turn.now.getTime()) return;
  const step = turn.stepOf(frame);
  if (step?.type === 'ask' && step.timeout?.next) return;
  onTimeout(turn, wait.token);
}

/** Returns true when the session should advance after the timeout. */
function onTimeout(turn: Turn, token: string): boolean {
  const wait = turn.session.wait;
  const frame = turn.top;
  if (!wait || wait.token !== token || !frame) return false;
  const step = turn.stepOf(frame);
  delete turn.session.wait;
  if (step?.type === 'ask' && step.timeout?.next) {
    frame.step = step.timeout.next;
    return true;
  }
  turn.clear();
  turn.effects.push({ type: 'event', name: 'session_expired', data: { flow: frame.flow, step: frame.step } });
  return false;
}

/**
 * A tapped button answers its own question or none: a stale tap (yesterday's "1" on a menu long gone)
 * is told so and sees the open question again (or the menu when none is open). A photo without a
 * caption is told the bot reads only words, so it never goes unanswered.
 */
function onInbound(turn: Turn, input: Extract<EngineInput, { type: 'message' }>): boolean {
  const wait = turn.session.wait;
  if (input.question !== undefined) {
    if (wait && turn.top && questionIdOf(wait) === input.question) return onAnswer(turn, input.text);
    turn.say('engine.question_closed');
    return showOpenQuestion(turn);
  }
  if (input.attachment && !input.text.trim()) {
    turn.say(`engine.attachment_without_text.${input.attachment}`);
    return showOpenQuestion(turn);
  }
  return onMessage(turn, input.text);
}

/** The open question again; with none open, the contact's menu (or onboarding) starts. */
function showOpenQuestion(turn: Turn): boolean {
  if (turn.session.wait && turn.top) {
    repeatQuestion(turn);
    return false;
  }
  turn.clear();
  startDefault(turn);
  return true;
}

/** Returns true when the session should advance after the message. */
function onMessage(turn: Turn, text: string): boolean {
  const keyword = matchKeyword(text, turn.assets.keywords);
  if (keyword) return onKeyword(turn, keyword);
  // Before the opted-out answer: HAPUS DATA holds for someone who withdrew consent too.
  const opened = flowOpenedByKeyword(turn.assets, turn.contact, text);
  if (opened && inOnboarding(turn) && turn.top) {
    // Registration is not ended for it: a family that says no goes back to the question, and is not left without a posyandu.
    delete turn.session.wait;
    turn.push(opened, { over: true });
    return true;
  }
  if (opened) {
    sayUnsaved(turn);
    turn.clear();
    turn.push(opened);
    return true;
  }
  // BERHENTI stops what the bot sends unasked (reminders, broadcasts), never its answers; only a
  // contact who also withdrew consent is told how to come back instead, unless a question is open
  // (HAPUS DATA's "Yakin?", the one flow such a contact can open).
  if (turn.contact.optedOut && !turn.contact.consented && !(turn.session.wait && turn.top)) {
    turn.say('engine.opted_out');
    return false;
  }
  const frame = turn.top;
  if (turn.session.wait && frame) return onAnswer(turn, text);
  turn.clear();
  startDefault(turn, text);
  return true;
}

/**
 * Onboarding for a contact not yet onboarded, else the flow a free message starts, else the menu. A
 * message that had to wait for onboarding (a kader's first "kapan posyandu?") is kept (`hold`) and
 * served when onboarding ends, instead of being lost behind it.
 */
function startDefault(turn: Turn, text?: string, weakToo = true): void {
  const { routes } = turn.assets;
  if (!turn.contact.consented || !turn.contact.role) {
    // Only a clear request is kept: a greeting would be served as the menu, ahead of a request typed later.
    if (text?.trim() && isRequest(turn, text)) hold(turn, text);
    return turn.push(routes.onboarding);
  }
  const trigger = text === undefined ? undefined : startedBy(turn, text, weakToo);
  // The words that started a flow often carry its first answer ("BB 8,5 kg"): flows may read them.
  if (trigger && text !== undefined) turn.session.vars.trigger_text = text;
  turn.push(trigger ?? routes.menu[turn.contact.role]);
}

/** The flow a free message starts: a reader's find first (a measurement that also says "anak saya"), then trigger words. */
function startedBy(turn: Turn, text: string, weakToo: boolean): string | undefined {
  const role = turn.contact.role;
  return role ? (readBy(turn, text, weakToo) ?? matchTrigger(text, turn.assets.library.all(), role)) : undefined;
}

/** Requests kept while onboarding, at most: each is served in turn afterwards, so a flood is not. */
const MAX_HELD = 5;

/**
 * Keeps a request typed before onboarding let it through, after any kept before it; the same words
 * again are kept once. False when `MAX_HELD` are kept already: the person is told it was not kept.
 */
function hold(turn: Turn, text: string): boolean {
  const held = heldRequests(turn);
  const words = (t: string) => t.trim().toLowerCase().replace(/\s+/g, ' ');
  if (held.some((h) => words(h) === words(text))) return true;
  if (held.length >= MAX_HELD) return false;
  keepHeld(turn, [...held, text]);
  return true;
}

/**
 * The next request kept, taken off the list, when the conversation has ended (no flow, no question)
 * and onboarding is done: before, serving it would only keep it again. Each call takes one, so the
 * requests end.
 */
function nextHeld(turn: Turn): string | undefined {
  if (turn.top || turn.session.wait || !turn.contact.consented || !turn.contact.role) return undefined;
  const [next, ...rest] = heldRequests(turn);
  keepHeld(turn, rest);
  return next;
}

/** Leaves `held` as the requests kept (none: the variable goes). */
function keepHeld(turn: Turn, held: readonly string[]): void {
  if (held.length) turn.session.vars.first_request = [...held];
  else delete turn.session.vars.first_request;
}

/** The requests kept, oldest first (a session saved before several were kept holds one string). */
function heldRequests(turn: Turn): string[] {
  const held = turn.session.vars.first_request;
  if (typeof held === 'string') return [held];
  return Array.isArray(held) ? held.filter((h): h is string => typeof h === 'string') : [];
}

/** Not consented yet, or consented with onboarding still asking (where the family lives, their children). */
function inOnboarding(turn: Turn): boolean {
  return !turn.contact.consented || turn.session.stack.some((frame) => frame.flow === turn.assets.routes.onboarding);
}

/** Words that clearly start some flow for some role: before onboarding the role may not be known yet. */
function isRequest(turn: Turn, text: string): boolean {
  const flows = turn.assets.library.all();
  const roles = turn.contact.role ? [turn.contact.role] : ROLES;
  return roles.some((role) => matchReader(text, flows, role, turn.assets.readers ?? {}, false) ?? matchTrigger(text, flows, role));
}

function readBy(turn: Turn, text: string, weakToo: boolean): string | undefined {
  const role = turn.contact.role;
  return role ? matchReader(text, turn.assets.library.all(), role, turn.assets.readers ?? {}, weakToo) : undefined;
}

/**
 * Leaves the open question for the flow the message started, which may read its values from
 * `trigger_text`. A flow started again from its own question keeps the answers it `keeps`.
 */
function switchTo(turn: Turn, flow: string, text: string): true {
  const kept = turn.top?.flow === flow ? keptVars(turn, flow) : {};
  if (turn.top && turn.top.flow !== flow) sayUnsaved(turn);
  turn.clear();
  Object.assign(turn.session.vars, kept);
  turn.session.vars.trigger_text = text;
  turn.push(flow);
  return true;
}

/** Leaving a question that holds what someone gave but not yet recorded: they are told (`unsaved`). */
function sayUnsaved(turn: Turn): void {
  const frame = turn.top;
  const step = frame && turn.session.wait ? turn.stepOf(frame) : undefined;
  if (step?.type === 'ask' && step.unsaved) turn.messages.push({ text: renderMessage(step.unsaved, turn.scope, turn.contact.lang, turn.assets.translate) });
}

function keptVars(turn: Turn, flow: string): Record<string, Json> {
  const names = turn.assets.library.current(flow).definition.keeps ?? [];
  return Object.fromEntries(names.flatMap((name) => (turn.session.vars[name] === undefined ? [] : [[name, turn.session.vars[name]!]])));
}

function onKeyword(turn: Turn, keyword: Keyword): boolean {
  turn.effects.push({ type: 'event', name: 'keyword', data: { keyword } });
  switch (keyword) {
    case 'stop':
      turn.clear();
      turn.contact.optedOut = true;
      turn.effects.push({ type: 'opt_out' });
      turn.say('engine.stopped');
      return false;
    case 'start':
      turn.clear();
      if (turn.contact.optedOut) {
        turn.contact.optedOut = false;
        turn.effects.push({ type: 'opt_in' });
      }
      startDefault(turn);
      return true;
    case 'cancel':
      turn.clear();
      turn.say('engine.cancelled');
      return false;
    case 'help':
      turn.say(turn.contact.role ? `help.${turn.contact.role}` : 'help.guest');
      if (turn.session.wait && turn.top) repeatQuestion(turn);
      return false;
    case 'language':
      sayUnsaved(turn);
      turn.clear();
      turn.push(turn.assets.routes.language);
      return true;
    case 'menu':
      sayUnsaved(turn);
      turn.clear();
      startDefault(turn);
      return true;
  }
}

function onAnswer(turn: Turn, text: string): boolean {
  const frame = turn.top!;
  const wait = turn.session.wait!;
  const step = turn.stepOf(frame);
  if (step?.type !== 'ask') {
    // The flow changed under a waiting question and the step is gone: start over kindly.
    turn.clear();
    turn.say('engine.flow_changed');
    startDefault(turn);
    return true;
  }
  const atMenu = turn.contact.consented && turn.contact.role !== null && frame.flow === turn.assets.routes.menu[turn.contact.role];
  // At the menu a measurement wins over a menu label it also contains ("anak saya berat 9,2").
  const read = atMenu ? readBy(turn, text, false) : undefined;
  if (read) return switchTo(turn, read, text);
  // At the menu a flow's own words ("siaran", "skrining") open that flow, even where a sub-menu's
  // title shares a word ("Siaran & jadwal"): only a number or a whole title picks a menu row.
  const shortcut = atMenu && !namesAChoice(step.answer, text, turn.scope, turn.assets.translate) ? matchTrigger(text, turn.assets.library.all(), turn.contact.role!) : undefined;
  if (shortcut && shortcut !== frame.flow) return switchTo(turn, shortcut, text);
  if (wait.offer) return onOfferAnswer(turn, step, wait.offer, text);
  const parsed = parseAnswer(step.answer, text, turn.scope, turn.assets.translate, turn.now);
  const before = turn.session.vars.trigger_text;
  if (parsed.ok) {
    // A whole title typed at a choice ("Antrian Pusling" at the menu) is that choice, even where it is
    // also another flow's words: only a choice found inside a longer message is offered.
    const reading = namesAChoice(step.answer, text, turn.scope, turn.assets.translate) ? 'answer' : readingAt(step);
    // "berat 9,2 panjang 74" typed as a child's name or a broadcast: it fits the question, but it is a
    // measurement. It is taken up there, or the bot asks which was meant; never kept as a name in silence.
    const other = reading === 'answer' || !turn.contact.consented ? undefined : readBy(turn, text, false);
    if (other && other !== frame.flow) {
      if (reading === 'switch') return switchTo(turn, other, text);
      openWait(turn, step, { flow: other, reads: turn.assets.library.current(other).definition.reads ?? '', text });
      return false;
    }
    // "SIARAN" typed where a child's name is asked, "anak yang belum ditimbang" as a broadcast: words
    // that ask for another flow are offered, never kept as the answer in silence, nor followed blindly
    // (a name may be a word).
    const request = reading === 'answer' || !turn.contact.consented || !turn.contact.role ? undefined : matchRequest(text, turn.assets.library.all(), turn.contact.role);
    if (request && request !== frame.flow) {
      openWait(turn, step, { flow: request, reads: REQUEST, text });
      return false;
    }
    // "ya berat 9,2" at "Apakah diukur hari ini?": the yes is heard, and so is the new value, which
    // restarts the measurement with it beside the earlier words (never dropped behind the yes); the
    // yes is kept when the flow keeps that answer, so the question is not asked again.
    // "tidak, 20 Juli 2027" at "Dicatat begitu?": the no comes with the correction, which is taken.
    // So does "ya, 20 Agustus 2027": a yes to a date other than the one shown must not record the shown
    // one; the date typed is checked and shown for a yes of its own.
    if (step.answer.type === 'yesno' && takenInstead(turn, step, yesNoRest(text, step.answer))) return true;
    const rest = step.answer.type === 'yesno' && parsed.value === true && !step.ahead ? yesNoRest(text, step.answer) : '';
    if (rest && turn.contact.consented && readBy(turn, rest, false) === frame.flow) {
      turn.session.vars[step.save] = parsed.value;
      return switchTo(turn, frame.flow, typeof before === 'string' ? `${before}\n${rest}` : rest);
    }
    turn.session.vars[step.save] = parsed.value;
    delete turn.session.wait;
    frame.step = step.next;
    if (step.answer.type === 'yesno' && parsed.value === true) turn.ahead = yesNoRest(text, step.answer) || undefined;
    return true;
  }
  // "20 Juli 2027" at "Dicatat begitu? (YA/TIDAK)": the answer before, corrected, is taken as that.
  if (takenInstead(turn, step, text)) return true;
  // Onboarding is not left for a request, before consent or after it (where the family lives is asked then).
  const onboarding = inOnboarding(turn);
  // Not an answer, but words that start another flow ("kapan posyandu?", "berat 9,2" while a menu waits): go there.
  const trigger = onboarding ? undefined : startedBy(turn, text, atMenu);
  if (trigger && trigger !== frame.flow) return switchTo(turn, trigger, text);
  // A new measurement typed at one of the measurement flow's own questions ("tb 75 ya" at "Untuk anak
  // yang mana?") starts that flow again with it: a reader's find is never dropped as a wrong answer.
  // The words that started it are kept before the new ones, so nothing said earlier is lost: a value
  // given twice is then asked about by the flow's reader, never silently replaced.
  const reread = onboarding ? undefined : readBy(turn, text, false);
  if (reread && reread === frame.flow) return switchTo(turn, reread, typeof before === 'string' ? `${before}\n${text}` : text);
  // A request typed in the middle of onboarding ("timbang Budi 10,4" at the language question, "tambah
  // anak" at the kelurahan question) is no wrong answer: it is kept and served when onboarding ends,
  // like a first message. Followed at once, it would leave the family without a posyandu.
  if (onboarding && isRequest(turn, text)) {
    if (hold(turn, text)) turn.say('engine.request_held');
    else turn.say('engine.requests_full', { max: MAX_HELD });
    repeatQuestion(turn);
    return false;
  }
  // "Budi" at "Daftarkan anak Anda: 1/2/3": a name where a choice may be answered by one starts with it.
  const name = step.answer.type === 'choice' && step.answer.name && turn.contact.consented ? readName(text) : undefined;
  if (name !== undefined) {
    turn.session.vars[step.save] = { name };
    delete turn.session.wait;
    frame.step = step.next;
    return true;
  }
  return wrongAnswer(turn, step, parsed);
}

/** Takes a reply as the answer the question names `instead` (saved there, the flow goes on from it) when it is one. */
function takenInstead(turn: Turn, step: AskStep, text: string): boolean {
  if (!step.instead || text === '') return false;
  const parsed = parseAnswer(step.instead.answer, text, turn.scope, turn.assets.translate, turn.now);
  if (!parsed.ok) return false;
  turn.session.vars[step.instead.save] = parsed.value;
  delete turn.session.wait;
  turn.top!.step = step.instead.next;
  return true;
}

/**
 * The reply to "Sepertinya ini hasil timbang. Mau lapor hasil timbang?": yes goes to that flow with
 * the words kept, no saves them as the answer they were typed as. A new measurement instead goes there
 * with both texts, so a value given twice is asked about; other flows' words go to their flow.
 */
function onOfferAnswer(turn: Turn, step: AskStep, offer: Offer, text: string): boolean {
  const frame = turn.top!;
  const wait = turn.session.wait!;
  const picked = parseAnswer(OFFER_ANSWER, text, turn.scope, turn.assets.translate, turn.now);
  if (!picked.ok) {
    const other = startedBy(turn, text, false);
    if (other === offer.flow) return switchTo(turn, other, `${offer.text}\n${text}`);
    if (other && other !== frame.flow) return switchTo(turn, other, text);
    return wrongAnswer(turn, step, picked);
  }
  if (picked.value === 'switch') return switchTo(turn, offer.flow, offer.text);
  delete wait.offer;
  const kept = parseAnswer(step.answer, offer.text, turn.scope, turn.assets.translate, turn.now);
  // Kept, but the words no longer fit the question (its flow changed meanwhile): it is asked anew.
  if (!kept.ok) return wrongAnswer(turn, step, kept);
  turn.session.vars[step.save] = kept.value;
  delete turn.session.wait;
  frame.step = step.next;
  return true;
}

/** A reply that answers nothing: said so and asked again; the third time, help is offered and the place kept. */
function wrongAnswer(turn: Turn, step: AskStep, parsed: Extract<ReturnType<typeof parseAnswer>, { ok: false }>): false {
  const frame = turn.top!;
  const wait = turn.session.wait!;
  wait.attempts += 1;
  if (wait.attempts >= turn.assets.limits.maxAttempts) {
    // Help is offered and the place kept: ending the flow here once dropped people out of onboarding in silence.
    wait.attempts = 0;
    turn.say('engine.too_many_attempts');
    turn.effects.push({ type: 'event', name: 'too_many_attempts', data: { flow: frame.flow, step: frame.step } });
    repeatQuestion(turn);
    return false;
  }
  // At an offer the error is about its two choices, not about the question under it.
  const hint = (!wait.offer && step.hint) || `answer.error.${parsed.reason}`;
  const params = { ...(parsed.params ?? {}), ...(!wait.offer && step.answer.type === 'number' && step.answer.example ? { example: step.answer.example } : {}) };
  turn.say(hint, params);
  repeatQuestion(turn);
  return false;
}

/** The open question's prompt; its choices carry the question's id so their buttons answer only it. */
function repeatQuestion(turn: Turn): void {
  const step = turn.stepOf(turn.top!);
  const wait = turn.session.wait;
  if (step?.type !== 'ask' || !wait) return;
  if (wait.offer) {
    const choices = choicesOf(OFFER_ANSWER, turn.scope, turn.assets.translate);
    turn.messages.push({ text: turn.t(offerPromptKey(wait.offer.reads), { text: wait.offer.text }), choices, question: questionIdOf(wait) });
    return;
  }
  const choices = choicesOf(step.answer, turn.scope, turn.assets.translate);
  const text = renderMessage(step.prompt, turn.scope, turn.contact.lang, turn.assets.translate);
  turn.messages.push({ text, ...(choices.length ? { choices, question: questionIdOf(wait) } : {}) });
}

/** Asks the step's question, or the offer about a reply to it, with a new token and its timeout. */
function openWait(turn: Turn, step: AskStep, offer?: Offer): void {
  const token = `${turn.session.contactId}:${++turn.session.seq}`;
  const minutes = step.timeout?.minutes ?? turn.assets.limits.waitMinutes;
  const at = new Date(turn.now.getTime() + minutes * 60_000).toISOString();
  turn.session.wait = { token, attempts: 0, expiresAt: at, ...(offer ? { offer } : {}) };
  repeatQuestion(turn);
  turn.effects.push({ type: 'schedule_timeout', token, at });
}

/** Leaves the top frame and continues the caller's flow after its sub-flow step, or at its question for a frame opened over it. */
function returnFromFrame(turn: Turn): void {
  const left = turn.session.stack.pop();
  const parent = turn.top;
  if (!parent || left?.over) return;
  const step = turn.stepOf(parent);
  if (step?.type === 'subflow' && step.next) parent.step = step.next;
  else returnFromFrame(turn);
}

async function advance(turn: Turn): Promise<void> {
  const { limits, actions, translate } = turn.assets;
  while (turn.top && !turn.session.wait) {
    const frame = turn.top;
    if (++turn.steps > limits.maxStepsPerTurn) {
      turn.clear();
      turn.say('engine.error');
      turn.effects.push({ type: 'event', name: 'step_limit', data: { flow: frame.flow, step: frame.step } });
      return;
    }
    const step = turn.stepOf(frame);
    if (!step) {
      turn.clear();
      turn.say('engine.flow_changed');
      turn.effects.push({ type: 'event', name: 'flow_changed', data: { flow: frame.flow, step: frame.step } });
      return;
    }
    switch (step.type) {
      case 'send': {
        const image = step.image === undefined ? undefined : resolveRef(step.image, turn.scope);
        turn.messages.push({ text: renderMessage(step.text, turn.scope, turn.contact.lang, translate), ...(typeof image === 'string' ? { image } : {}) });
        if (step.next) frame.step = step.next;
        else returnFromFrame(turn);
        break;
      }
      case 'ask': {
        // "ya, tanggal 21 April": the date was said with the yes, so it is not asked for.
        const ahead = turn.ahead;
        turn.ahead = undefined;
        const early = ahead !== undefined && step.ahead ? parseAnswer(step.answer, ahead, turn.scope, translate, turn.now) : undefined;
        if (early?.ok) {
          turn.session.vars[step.save] = early.value;
          frame.step = step.next;
          break;
        }
        openWait(turn, step);
        return;
      }
      case 'branch': {
        const match = step.cases.find((c) => evaluate(c.when, turn.scope));
        frame.step = match?.next ?? step.default;
        break;
      }
      case 'action': {
        let outcome;
        try {
          outcome = await actions.invoke(step.action, { contact: turn.contact, vars: turn.session.vars, args: resolveArgs(step.args, turn.scope), now: turn.now, translate, ref: `${turn.ref}#${turn.steps}`, effects: [...turn.effects], once: turn.once });
        } catch (error) {
          turn.clear();
          turn.say('engine.error');
          turn.effects.push({ type: 'event', name: 'action_failed', data: { action: step.action, error: (error as Error).message } });
          return;
        }
        if (step.save && outcome.data !== undefined) turn.session.vars[step.save] = outcome.data as Json;
        for (const effect of outcome.effects ?? []) turn.contact = turn.assets.contactView?.(turn.contact, effect) ?? turn.contact;
        turn.session.lang = turn.contact.lang;
        turn.messages.push(...(outcome.messages ?? []));
        turn.effects.push(...(outcome.effects ?? []));
        const next = step.on?.[outcome.result] ?? step.default;
        if (!next) {
          turn.clear();
          turn.say('engine.error');
          turn.effects.push({ type: 'event', name: 'action_result_unhandled', data: { action: step.action, result: outcome.result } });
          return;
        }
        frame.step = next;
        break;
      }
      case 'subflow':
        turn.push(step.flow);
        break;
      case 'end':
        if (step.then === 'stop') turn.clear();
        else if (step.then === 'menu') {
          const [first, ...rest] = heldRequests(turn);
          turn.clear();
          // The requests kept come one at a time: the next when the flow serving this one ends.
          keepHeld(turn, rest);
          // Only a clear request is served after onboarding: a lone "2" sent before it is no measurement.
          startDefault(turn, first, false);
        } else returnFromFrame(turn);
        break;
    }
  }
}
