import type { ActionContext, ActionOutcome, DeclaredAction } from '../../engine/index.js';
import type { ChildAccessLog } from '../children/child-access.js';
import type { StaffRole } from '../contacts/contact-records.js';
import type { AlertStore } from '../escalation/escalation-ports.js';
import type { ContactStore } from '../contacts/contact-ports.js';
import type { RegistryStore } from '../registry/registry-ports.js';
import { effectId } from '../effects/effect-id.js';
import { askerIn } from '../contacts/asker.js';
import { turnRef } from '../effects/turn-ref.js';
import type { StaffAccessEffect } from './staff-access-effects.js';

/** What deciding who touched which child reads; the log itself is written by the commit. */
type Deps = { contacts: Pick<ContactStore, 'get'>; registry: Pick<RegistryStore, 'personByPhone'>; escalation: { alerts: Pick<AlertStore, 'get'> } };

/** What one action did to which children, when it did something. */
type Touched = { action: string; childIds: string[] } | undefined;
type AccessPoint = (context: ActionContext, outcome: ActionOutcome, deps: Deps) => Promise<Touched> | Touched;

const STAFF: readonly StaffRole[] = ['kader', 'lurah', 'puskesmas'];

function ids(items: unknown): string[] {
  return Array.isArray(items) ? items.flatMap((i) => (typeof i === 'object' && i !== null && typeof (i as { id?: unknown }).id === 'string' ? [(i as { id: string }).id] : [])) : [];
}

function dataOf(outcome: ActionOutcome): Record<string, unknown> {
  return typeof outcome.data === 'object' && outcome.data !== null && !Array.isArray(outcome.data) ? outcome.data : {};
}

async function alertChildren(deps: Deps, alertIds: readonly string[]): Promise<string[]> {
  const alerts = await Promise.all(alertIds.map((id) => deps.escalation.alerts.get(id)));
  return alerts.flatMap((a) => (a ? [a.childId] : []));
}

const when = (result: string, action: string, childIds: (c: ActionContext, o: ActionOutcome) => string[]): AccessPoint => (c, o) => (o.result === result ? { action, childIds: childIds(c, o) } : undefined);
const argChild = (c: ActionContext): string[] => (typeof c.args.childId === 'string' ? [c.args.childId] : []);

/**
 * The chat actions that show or change a named child's data to staff, and which children each
 * touched. Lists count as reads of every child listed.
 */
const ACCESS_POINTS: Readonly<Record<string, AccessPoint>> = {
  'growth.posyandu_children': when('some', 'child.list', (_c, o) => ids(dataOf(o).items)),
  'growth.find_child': when('found', 'child.view', (_c, o) => ids([o.data])),
  'growth.pick_child': when('ok', 'child.view', (_c, o) => ids([o.data])),
  'growth.record': when('saved', 'measurement.create', argChild),
  'growth.history': when('some', 'child.history', argChild),
  'growth.charts': when('ok', 'child.chart', argChild),
  'immunisation.for_child': when('ok', 'child.view', argChild),
  'immunisation.record': when('saved', 'immunisation.create', argChild),
  'schedule.sweeping_list': when('some', 'child.list', (_c, o) => ids(dataOf(o).items)),
  'alert.list': async (_c, o, deps) => (o.result === 'some' ? { action: 'alert.list', childIds: await alertChildren(deps, ids(dataOf(o).items)) } : undefined),
  'alert.show': async (c, o, deps) => (o.result !== 'gone' ? { action: 'alert.view', childIds: await alertChildren(deps, [String(c.args.alertId ?? '')]) } : undefined),
  'alert.act': async (c, o, deps) => (o.result !== 'error' ? { action: 'alert.act', childIds: await alertChildren(deps, [String(c.args.alertId ?? '')]) } : undefined),
};

/**
 * The registry person behind the staff contact of the turn (stable across phones), else the contact
 * id: a role the registry does not back got no child's data to log in the first place.
 */
async function staffIdOf(deps: Deps, context: ActionContext): Promise<string> {
  return (await askerIn(deps, context))?.person?._id ?? context.contact.id;
}

/**
 * Wraps the chat actions that show or change a child's data so that every use by staff (kader,
 * lurah, puskesmas) goes to the access log: who (registry id and role), what, which child, when.
 * The action's outcome gains a `staff.access` effect (its id derived from the action call's ref),
 * which the turn's commit appends; the wrapper itself writes nothing. Parents reading their own
 * children are not logged here.
 *
 * @example
 * const actions = withStaffAccessLog(buildActions(deps), deps);
 */
export function withStaffAccessLog(actions: readonly DeclaredAction[], deps: Deps): DeclaredAction[] {
  return actions.map((action) => {
    const point = ACCESS_POINTS[action.name];
    return point ? { ...action, invoke: logged(action, point, deps) } : action;
  });
}

function logged(action: DeclaredAction, point: AccessPoint, deps: Deps): DeclaredAction['invoke'] {
  return async (context) => {
    const outcome = await action.invoke(context);
    const role = STAFF.find((r) => r === context.contact.role);
    if (!role) return outcome;
    const touched = await point(context, outcome, deps);
    if (!touched || !touched.childIds.length) return outcome;
    const staffId = await staffIdOf(deps, context);
    const id = effectId('acc', turnRef(context.ref, action.name));
    const entries = [...new Set(touched.childIds)].map((childId) => ({ key: `${id}|${childId}`, at: context.now, staffId, role, action: touched.action, childId, via: 'chat' as const }));
    const effect: StaffAccessEffect = { type: 'staff.access', id, entries };
    return { ...outcome, effects: [...(outcome.effects ?? []), effect] };
  };
}

/**
 * Records that staff were sent a child's data without asking (an alert's message, the list of children
 * not weighed, the flagged children before a Pusling visit): one entry per child, `via: notice`.
 *
 * @example
 * await logStaffNotice(deps.childAccess, { at: now, staffId: 'per-kader-ani', role: 'kader', action: 'alert.notice', childIds: ['ch-sari'] });
 */
export async function logStaffNotice(log: Pick<ChildAccessLog, 'record'>, notice: { at: Date; staffId: string; role: StaffRole; action: string; childIds: readonly string[] }): Promise<void> {
  const { childIds, ...who } = notice;
  await log.record([...new Set(childIds)].map((childId) => ({ ...who, childId, via: 'notice' })));
}

/** The registry id of a staff contact, for notices sent to contacts rather than to registry people. */
export async function staffIdOfContact(deps: { registry: RegistryStore }, contact: { _id: string; phone: string | null }): Promise<string> {
  return (contact.phone ? (await deps.registry.personByPhone(contact.phone))?._id : undefined) ?? contact._id;
}
