import { z } from 'zod';
import { checkScreening, parseScreeningText, readScreening, SCREENING_FROM_YEARS, type ScreeningInput, type ScreeningIssue, type ScreeningText } from '../../domain/screening/index.js';
import { ageOn } from '../../domain/child/age.js';
import { defineAction, type DeclaredAction } from '../../engine/index.js';
import type { Translate } from '../../i18n/catalog.js';
import type { Lang } from '../../shared/lang.js';
import { effectId } from '../effects/effect-id.js';
import { kaderPosyandu } from '../schedule/kader-access.js';
import { askerIn } from '../contacts/asker.js';
import { formatDay } from '../growth/format.js';
import { adviceKey, valueLines } from '../screening/screening-lines.js';
import type { ScreeningRecordEffect } from '../screening/screening-effects.js';
import type { ScreeningRecord } from '../screening/screening-records.js';
import type { ScreeningReads } from '../screening/screening-ports.js';
import { todayIn } from '../today.js';
import type { ContactReads } from '../contacts/contact-ports.js';
import type { RegistryStore } from '../registry/registry-ports.js';

/** Text the flow may not have (a variable never set): read as empty. */
const text = z.string().nullish().transform((value) => value ?? '');
const sex = z.enum(['male', 'female']);
// Values travel between steps as the flow saved them; read again here, never trusted.
const screeningValues = z.object({
  bloodPressure: z.object({ systolic: z.number(), diastolic: z.number() }).optional(),
  sugar: z.object({ mgDl: z.number(), kind: z.enum(['random', 'fasting']) }).optional(),
  weightKg: z.number().optional(),
  heightCm: z.number().optional(),
  waistCm: z.number().optional(),
});

/** A birth date the flow asked for (people under 18), with the screening day. */
function bornOn(birth: string, day: string): { born: NonNullable<ScreeningInput['born']> } | undefined {
  return /^\d{4}-\d{2}-\d{2}$/.test(birth) ? { born: { birthDate: birth, day } } : undefined;
}

type Deps = { contacts: ContactReads; registry: RegistryStore; screenings: ScreeningReads };

/**
 * Adult and elderly screening (the former posbindu): the kader records a person's blood pressure,
 * sugar, weight, height and waist at the session; the bot reads them against the national thresholds
 * (`src/domain/screening`), stores them through a `screening.record` effect, sends the person their
 * results when they use the bot, and opens a follow-up when a value is above a referral threshold.
 * Adults read their own results (`screening.mine`).
 *
 * @example
 * await screeningActions(deps).find((a) => a.name === 'screening.read')!.invoke({ args: { text: 'tensi 150/95' }, … });
 * // { result: 'ok', data: { values: { bloodPressure: { systolic: 150, diastolic: 95 } }, summary: '• Tensi 150/95 mmHg: …' } }
 */
export function screeningActions(deps: Deps): DeclaredAction[] {
  return [
    defineAction({
      name: 'screening.kader_check',
      args: z.object({}),
      results: ['ok', 'denied'],
      run: async ({ contact, once }) => ({ result: kaderPosyandu(await askerIn(deps, { contact, once })) ? 'ok' : 'denied' }),
    }),
    defineAction({
      name: 'screening.find_contact',
      args: z.object({ phone: text }),
      results: ['contact', 'none', 'invalid'],
      run: async ({ args }) => {
        const said = args.phone.trim();
        if (/^(-|tidak|tidak ada|ga|gak|teu|henteu|no|none)$/i.test(said)) return { result: 'none' };
        const digits = said.replace(/[^\d+]/g, '');
        if (digits.replace('+', '').length < 9) return { result: 'invalid' };
        const found = await deps.contacts.findByPhone(digits);
        // Staff are screened too, but their chats are for work: results go only to a family contact,
        // and only to one who consented to the bot (a withdrawn contact is not written to).
        if (!found || (found.role !== null && found.role !== 'parent') || found.consentAt === null) return { result: 'none' };
        return { result: 'contact', data: { id: found._id } };
      },
    }),
    defineAction({
      name: 'screening.consent_needed',
      args: z.object({ contactId: text }),
      results: ['ask', 'given'],
      // A person known to the bot agreed at their first screening; anyone else is asked every time.
      run: async ({ args }) => ({ result: args.contactId && (await deps.screenings.ofContact(args.contactId)).length > 0 ? 'given' : 'ask' }),
    }),
    defineAction({
      name: 'screening.birth_age',
      args: z.object({ birth: text }),
      results: ['ok', 'too_young'],
      // The birth date decides the age; a child under 15 is not screened here (the growth and school services are theirs).
      run: ({ args, contact, now }) => {
        const years = ageOn(args.birth, todayIn(now, contact.timezone)).years;
        return { result: years < SCREENING_FROM_YEARS ? 'too_young' : 'ok', data: { years } };
      },
    }),
    defineAction({
      name: 'screening.read',
      args: z.object({ text, sex, birth: text }),
      results: ['ok', 'empty', 'implausible'],
      run: ({ args, contact, translate, now }) => {
        const values = parseScreeningText(args.text);
        if (Object.keys(values).length === 0) return { result: 'empty' };
        const issues = checkScreening(flatValues(values));
        if (issues.length > 0) return { result: 'implausible', data: { issues: issues.map((issue) => issueLine(translate, contact.lang, issue)).join('\n') } };
        const summary = valueLines(translate, contact.lang, values, readScreening({ sex: args.sex, ...values, ...bornOn(args.birth, todayIn(now, contact.timezone)) }));
        return { result: 'ok', data: { values: values as Record<string, never>, summary } };
      },
    }),
    defineAction({
      name: 'screening.record',
      args: z.object({ name: text, sex, age: z.number().int(), birth: text, contactId: text, values: screeningValues }),
      results: ['normal', 'advice', 'refer', 'denied'],
      run: async ({ once, args, contact, now, ref, translate }) => {
        const posyanduId = kaderPosyandu(await askerIn(deps, { contact, once }));
        if (!posyanduId || !ref) return { result: 'denied' };
        const values = args.values as ScreeningText;
        const date = todayIn(now, contact.timezone);
        const born = bornOn(args.birth, date);
        const reading = readScreening({ sex: args.sex, ...values, ...born });
        const id = effectId('sc', ref);
        const person = args.contactId ? await deps.contacts.get(args.contactId) : null;
        // The birth date is read, never kept (least data): the age it gives is.
        const age = born ? ageOn(born.born.birthDate, date).years : args.age;
        const effect: ScreeningRecordEffect = {
          type: 'screening.record',
          id,
          record: {
            _id: id,
            posyanduId,
            contactId: person?._id ?? null,
            date,
            person: { name: args.name.trim(), sex: args.sex, age },
            values,
            reading,
            followUp: reading.outcome === 'refer' ? 'open' : 'none',
            consentAt: now,
            recordedBy: contact.id,
            createdAt: now,
          },
          notice: person ? { contactId: person._id, text: personNotice(translate, person.lang, values, reading) } : null,
        };
        const t = (key: string) => translate(contact.lang, key);
        const lines = [valueLines(translate, contact.lang, values, reading), t(adviceKey('kader', reading)), ...(person ? [t('screening.kader.sent')] : [])];
        return { result: reading.outcome, data: { text: lines.join('\n\n') }, effects: [effect] };
      },
    }),
    defineAction({
      name: 'screening.follow_ups',
      args: z.object({}),
      results: ['some', 'none', 'denied'],
      run: async ({ once, contact, translate }) => {
        const posyanduId = kaderPosyandu(await askerIn(deps, { contact, once }));
        if (!posyanduId) return { result: 'denied' };
        const open = await deps.screenings.openFollowUps(posyanduId);
        if (open.length === 0) return { result: 'none' };
        const items = open.map((r) => ({ id: r._id, text: followUpLabel(translate, contact.lang, r) }));
        return { result: 'some', data: { items } };
      },
    }),
    defineAction({
      name: 'screening.close_follow_up',
      args: z.object({ id: text }),
      results: ['ok', 'denied'],
      run: async ({ once, contact, args }) => {
        const posyanduId = kaderPosyandu(await askerIn(deps, { contact, once }));
        const record = args.id ? await deps.screenings.get(args.id) : null;
        if (!posyanduId || record?.posyanduId !== posyanduId) return { result: 'denied' };
        return { result: 'ok', data: { name: record.person.name }, effects: [{ type: 'screening.follow_up_done', id: record._id }] };
      },
    }),
    defineAction({
      name: 'screening.mine',
      args: z.object({}),
      results: ['some', 'none'],
      run: async ({ contact, translate }) => {
        const records = await deps.screenings.ofContact(contact.id);
        if (records.length === 0) return { result: 'none' };
        const text = records
          .slice(0, 3)
          .map((r) => `${translate(contact.lang, 'screening.mine.date', { date: formatDay(r.date, contact.lang) })}\n${valueLines(translate, contact.lang, r.values, r.reading)}`)
          .join('\n\n');
        const latest = records[0]!;
        return { result: 'some', data: { text, advice: translate(contact.lang, adviceKey('person', latest.reading)) } };
      },
    }),
  ];
}

/** "Bu Sumi, 61 th · 12 Maret 2026 · hipertensi, gula tinggi": who, when, and why they were referred. */
function followUpLabel(translate: Translate, lang: Lang, record: ScreeningRecord): string {
  const why = record.reading.findings.filter((f) => REFERRAL_FINDINGS.has(f)).map((f) => translate(lang, `screening.finding.${f}`));
  return translate(lang, 'screening.follow_up.item', { name: record.person.name, age: record.person.age, date: formatDay(record.date, lang), why: why.join(', ') });
}

const REFERRAL_FINDINGS: ReadonlySet<string> = new Set(['hypertension', 'bp_crisis', 'sugar_high', 'sugar_low']);

function flatValues(values: ScreeningText) {
  return {
    ...(values.bloodPressure && { systolic: values.bloodPressure.systolic, diastolic: values.bloodPressure.diastolic }),
    ...(values.sugar && { sugarMgDl: values.sugar.mgDl }),
    ...(values.weightKg !== undefined && { weightKg: values.weightKg }),
    ...(values.heightCm !== undefined && { heightCm: values.heightCm }),
    ...(values.waistCm !== undefined && { waistCm: values.waistCm }),
  };
}

function issueLine(translate: Translate, lang: Lang, issue: ScreeningIssue): string {
  if (issue.code === 'systolic_not_above_diastolic') return translate(lang, 'screening.issue.bp_order', { systolic: issue.systolic, diastolic: issue.diastolic });
  return translate(lang, 'screening.issue.range', { value: translate(lang, `screening.value.${issue.value}`), entered: issue.entered, min: issue.min, max: issue.max });
}

function personNotice(translate: Translate, lang: Lang, values: ScreeningText, reading: ReturnType<typeof readScreening>): string {
  return [translate(lang, 'screening.person.intro'), valueLines(translate, lang, values, reading), translate(lang, adviceKey('person', reading))].join('\n\n');
}
