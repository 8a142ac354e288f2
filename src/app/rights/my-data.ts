import type { Translate } from '../../i18n/catalog.js';
import type { Lang } from '../../shared/lang.js';
import { describeHousehold } from '../actions/household-actions.js';
import { formatDay, formatDecimal } from '../growth/format.js';
import { activeGroups } from '../household/household-groups.js';
import type { Child, Measurement } from '../children/child-records.js';
import type { Contact } from '../contacts/contact-records.js';
import { todayIn } from '../today.js';
import type { ContactReads } from '../contacts/contact-ports.js';
import type { ChildReads } from '../children/child-ports.js';
import type { RegistryStore } from '../registry/registry-ports.js';

type Deps = { contacts: ContactReads; children: ChildReads; registry: RegistryStore };

/** The values of one measurement in the contact's words: "BB 8,5 kg, PB 72 cm". */
export function measurementValues(t: Translate, lang: Lang, m: Pick<Measurement, 'weightKg' | 'lengthCm' | 'measure' | 'headCm' | 'armCm'>): string {
  const parts: string[] = [];
  if (m.weightKg !== null) parts.push(t(lang, 'rights.value.weight', { kg: formatDecimal(m.weightKg, lang, 2) }));
  if (m.lengthCm !== null) parts.push(t(lang, `rights.value.length.${m.measure ?? 'unknown'}`, { cm: formatDecimal(m.lengthCm, lang, 1) }));
  if (m.headCm !== null) parts.push(t(lang, 'rights.value.head', { cm: formatDecimal(m.headCm, lang, 1) }));
  if (m.armCm !== null) parts.push(t(lang, 'rights.value.arm', { cm: formatDecimal(m.armCm, lang, 1) }));
  return parts.join(', ');
}

function childLines(t: Translate, lang: Lang, child: Child, measurements: readonly Measurement[]): string {
  const latest = measurements.at(-1);
  const last = latest
    ? t(lang, 'rights.view.last', { date: formatDay(latest.date, lang), values: measurementValues(t, lang, latest), count: measurements.length })
    : t(lang, 'rights.view.last_none');
  const sex = t(lang, child.sex === 2 ? 'child.sex.female' : 'child.sex.male');
  return t(lang, 'rights.view.child', { name: child.name, birth: formatDay(child.birthDate, lang), sex, code: child.code, last });
}

async function placeText(deps: Deps, t: Translate, contact: Contact): Promise<string> {
  const posyandu = contact.posyanduId ? await deps.registry.posyandu(contact.posyanduId) : null;
  if (!posyandu) return t(contact.lang, 'rights.view.place_none');
  return t(contact.lang, contact.rw ? 'rights.view.place_rw' : 'rights.view.place', { posyandu: posyandu.name, rw: contact.rw ?? '' });
}

/**
 * Everything the bot holds about a parent and the children they care for (UU PDP: the right to
 * access), in their language: language, place, consent date, household, and per child name, birth
 * date, sex, code and the latest measurement (the one in force, not those superseded).
 *
 * @example
 * await myDataText(deps, translate, 'c_0001', now); // 'Data yang kami simpan tentang Anda: …'
 */
export async function myDataText(deps: Deps, t: Translate, contactId: string, now: Date): Promise<string | null> {
  const contact = await deps.contacts.get(contactId);
  if (!contact) return null;
  const { lang } = contact;
  const children = await deps.children.ofCaregiver(contactId);
  const lines = [];
  for (const child of children) lines.push(childLines(t, lang, child, await deps.children.measurements(child._id)));
  const consent = contact.consentAt ? formatDay(todayIn(contact.consentAt, contact.timezone), lang) : t(lang, 'rights.view.consent_none');
  const household = describeHousehold(activeGroups(contact, now));
  return t(lang, 'rights.view.text', {
    language: t(lang, `language.option.${lang}`),
    place: await placeText(deps, t, contact),
    consent,
    household: t(lang, household.__t),
    children: lines.length ? lines.join('\n') : t(lang, 'rights.view.no_children'),
  });
}
