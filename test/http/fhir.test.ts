import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assessAnthropometry } from '../../src/domain/growth/index.js';
import { DEMO_PHONES } from '../../src/main/demo-data.js';
import { fixedClock } from '../../src/shared/clock.js';
import { fhirErrors } from '../helpers/fhir-validator.js';
import type { TestBot } from '../helpers/services.js';
import { OTHER_KADER, startStaffBot, staffSessions } from '../helpers/staff-sessions.js';

const clock = fixedClock(new Date('2026-03-09T02:00:00Z'));

/** The fields these tests read; the validator checks the rest. */
interface Resource {
  resourceType: string;
  name?: unknown;
  code: { coding: Array<{ code: string }> };
  valueQuantity: { value: number };
  interpretation: Array<{ text: string }>;
  performer: unknown[];
  target: Array<{ reference: string }>;
  recorded: string;
}
type Entry = { fullUrl: string; resource: Resource };

describe('FHIR R4 bundles: a child\'s month, a child\'s history, an area\'s month', () => {
  let bot: TestBot;
  const sessions = staffSessions(() => bot);
  beforeAll(async () => {
    bot = await startStaffBot(clock, [DEMO_PHONES.kader, DEMO_PHONES.lurah, DEMO_PHONES.puskesmas, OTHER_KADER]);
  });
  afterAll(async () => bot?.close());

  const get = async (url: string, phone: string) => bot.app.inject({ method: 'GET', url, headers: { cookie: await sessions.cookie(phone) } });

  it('gives the kader a valid R4 Bundle: the child, the guardian, measured values and z-scores with date, performer and provenance', async () => {
    const res = await get('/api/fhir/bundle?child=ch-other&month=2026-03', OTHER_KADER);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('application/fhir+json');
    const bundle = res.json() as { resourceType: string; type: string; entry: Entry[] };
    expect(fhirErrors(bundle)).toEqual([]);
    expect([bundle.resourceType, bundle.type]).toEqual(['Bundle', 'collection']);
    const of = (type: string) => bundle.entry.filter((e) => e.resource.resourceType === type);
    const [patient] = of('Patient');
    expect(patient!.resource).toMatchObject({ gender: 'male', birthDate: '2025-02-01', name: [{ text: 'Zaki' }], identifier: [{ value: 'ch-other' }] });
    expect(of('RelatedPerson').map((e) => e.resource)).toMatchObject([{ patient: { reference: patient!.fullUrl }, relationship: [{ coding: [{ code: 'GUARD' }] }], identifier: [{ value: 'c-parent-zaki' }] }]);
    expect(of('Organization').map((e) => e.resource.name)).toEqual(['Posyandu Lain']);

    const observations = of('Observation').map((e) => e.resource);
    const byCode = new Map(observations.map((o) => [o.code.coding[0]!.code, o]));
    expect(byCode.get('29463-7')!.valueQuantity).toEqual({ value: 9.4, unit: 'kg', system: 'http://unitsofmeasure.org', code: 'kg' });
    expect(byCode.get('8306-3')!.valueQuantity.value).toBe(76.5);
    expect(byCode.get('8302-2')).toBeUndefined();
    expect(byCode.get('9843-4')!.valueQuantity.value).toBe(45);
    const who = assessAnthropometry({ sex: 1, birthDate: '2025-02-01', visitDate: '2026-03-05', weightKg: 9.4, lenheiCm: 76.5, measure: 'L', headCm: 45 });
    for (const index of ['waz', 'haz', 'whz', 'baz', 'hcz'] as const) expect(byCode.get(index)?.valueQuantity.value, index).toBe(who.zRounded[index]);
    expect(byCode.get('haz')!.interpretation[0]!.text).toBe('Normal');
    for (const o of observations) {
      expect(o).toMatchObject({ status: 'final', effectiveDateTime: '2026-03-05', subject: { reference: patient!.fullUrl } });
      expect(o.performer[0]).toEqual({ type: 'Practitioner', identifier: { system: expect.any(String), value: 'per-kader-other' } });
    }
    const [provenance] = of('Provenance');
    expect(provenance!.resource.target.map((t) => t.reference).sort()).toEqual(of('Observation').map((e) => e.fullUrl).sort());
    expect(provenance!.resource.recorded).toBe('2026-03-05T03:00:00.000Z');
    // Every reference points inside the bundle.
    const urls = new Set(bundle.entry.map((e) => e.fullUrl));
    for (const reference of JSON.stringify(bundle).matchAll(/"reference":"([^"]+)"/g)) expect(urls.has(reference[1]!), reference[1]).toBe(true);

    const log = await bot.container.deps.childAccess.list({ childId: 'ch-other', limit: 10 });
    expect(log.filter((e) => e.action === 'child.fhir')).toMatchObject([{ staffId: 'per-kader-other', role: 'kader', via: 'api' }]);
  });

  it('gives a month without visits the child alone, and February its one weighing', async () => {
    const april = (await get('/api/fhir/bundle?child=ch-other&month=2026-04', OTHER_KADER)).json() as { entry: Entry[] };
    expect(april.entry.filter((e) => e.resource.resourceType === 'Observation')).toEqual([]);
    expect(fhirErrors(april)).toEqual([]);
    const february = (await get('/api/fhir/bundle?child=ch-other&month=2026-02', OTHER_KADER)).json() as { entry: Entry[] };
    expect(february.entry.filter((e) => e.resource.resourceType === 'Observation').map((e) => e.resource.code.coding[0]!.code)).toEqual(['29463-7', 'waz']);
  });

  it('refuses the lurah, hides children outside the reader\'s area, and wants a child or a month', async () => {
    const lurah = await get('/api/fhir/bundle?child=ch-budi&month=2026-02', DEMO_PHONES.lurah);
    expect(lurah.statusCode).toBe(403);
    expect(lurah.body).not.toContain('Budi');
    expect((await get('/api/fhir/bundle?child=ch-other&month=2026-03', DEMO_PHONES.kader)).statusCode).toBe(404);
    expect((await get('/api/fhir/bundle?child=ch-budi&month=2026-02', DEMO_PHONES.kader)).statusCode).toBe(200);
    expect((await get('/api/fhir/bundle', DEMO_PHONES.kader)).statusCode).toBe(400);
    expect((await bot.app.inject({ method: 'GET', url: '/api/fhir/bundle?child=ch-other' })).statusCode).toBe(401);
  });

  type Bundle = { identifier: { value: string }; entry: Entry[] };
  const ofType = (bundle: Bundle, type: string) => bundle.entry.filter((e) => e.resource.resourceType === type);
  const idOf = (e: Entry) => (e.resource as unknown as { identifier: Array<{ value: string }> }).identifier[0]!.value;
  const subjectOf = (e: Entry) => (e.resource as unknown as { subject: { reference: string } }).subject.reference;

  /** Current visits of the month (or all) counted where the by-name export counts them: at the visit's posyandu, or the child's for a parent's report. */
  async function visitsInDb(posyanduIds: readonly string[], month?: string, childId?: string): Promise<Array<{ _id: string; childId: string; month: string }>> {
    const { models } = bot.container;
    const visits = await models.measurements.find({ supersededBy: null, ...(month ? { month } : {}), ...(childId ? { childId } : {}) }).lean<Array<{ _id: string; childId: string; month: string; posyanduId: string | null }>>();
    const children = new Map((await models.children.find({}).lean<Array<{ _id: string; posyanduId: string | null }>>()).map((c) => [c._id, c.posyanduId]));
    return visits.filter((v) => posyanduIds.includes(v.posyanduId ?? children.get(v.childId) ?? ''));
  }

  /** Valid R4, every fullUrl once, every reference inside, and each Patient once with its guardians and only its own Observations. */
  function expectWellFormed(bundle: Bundle): void {
    expect(fhirErrors(bundle)).toEqual([]);
    const urls = bundle.entry.map((e) => e.fullUrl);
    expect(new Set(urls).size).toBe(urls.length);
    for (const reference of JSON.stringify(bundle).matchAll(/"reference":"([^"]+)"/g)) expect(urls, reference[1]).toContain(reference[1]);
    const patients = ofType(bundle, 'Patient');
    expect(new Set(patients.map(idOf)).size).toBe(patients.length);
    for (const guardian of ofType(bundle, 'RelatedPerson')) expect(patients.map((p) => p.fullUrl)).toContain((guardian.resource as unknown as { patient: { reference: string } }).patient.reference);
    for (const observation of ofType(bundle, 'Observation')) expect(patients.map((p) => p.fullUrl)).toContain(subjectOf(observation));
  }

  it('gives a child\'s whole history without a month: every visit with its z-scores, logged as read', async () => {
    const res = await get('/api/fhir/bundle?child=ch-other', OTHER_KADER);
    expect(res.statusCode).toBe(200);
    const bundle = res.json() as Bundle;
    expectWellFormed(bundle);
    expect(bundle.identifier.value).toBe('ch-other/history');
    expect(ofType(bundle, 'Patient').map(idOf)).toEqual(['ch-other']);
    const provenance = ofType(bundle, 'Provenance');
    expect(provenance).toHaveLength((await visitsInDb(['psy-other'], undefined, 'ch-other')).length);
    expect(provenance.map((e) => (e.resource as unknown as { occurredDateTime: string }).occurredDateTime)).toEqual(['2026-02-05', '2026-03-05']);
    // February's weighing and March's full measurement, each with its z-scores (Zaki's two months above).
    expect(ofType(bundle, 'Observation').map((e) => e.resource.code.coding[0]!.code)).toEqual(['29463-7', 'waz', '29463-7', '8306-3', '9843-4', 'waz', 'haz', 'whz', 'baz', 'hcz']);

    // A demo child with a year of visits: one Provenance per current visit in the database.
    const budi = (await get('/api/fhir/bundle?child=ch-budi', DEMO_PHONES.kader)).json() as Bundle;
    expectWellFormed(budi);
    const budiVisits = await visitsInDb(['psy-mawar'], undefined, 'ch-budi');
    expect(budiVisits.length).toBeGreaterThan(3);
    expect(ofType(budi, 'Provenance')).toHaveLength(budiVisits.length);
    expect(ofType(budi, 'Observation').filter((e) => e.resource.code.coding[0]!.code === 'waz')).toHaveLength(budiVisits.length);

    expect((await get('/api/fhir/bundle?child=ch-other', DEMO_PHONES.kader)).statusCode).toBe(404);
    expect((await get('/api/fhir/bundle?child=ch-budi', DEMO_PHONES.lurah)).statusCode).toBe(403);
  });

  it('gives a kader their posyandu\'s month: every child measured there once, never another posyandu\'s child, each logged', async () => {
    const res = await get('/api/fhir/bundle?month=2026-02', DEMO_PHONES.kader);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('application/fhir+json');
    const bundle = res.json() as Bundle;
    expectWellFormed(bundle);
    expect(bundle.identifier.value).toBe('posyandu/psy-mawar/2026-02');
    const visits = await visitsInDb(['psy-mawar'], '2026-02');
    const measured = [...new Set(visits.map((v) => v.childId))].sort();
    expect(measured.length).toBeGreaterThan(1);
    expect(ofType(bundle, 'Patient').map(idOf).sort()).toEqual(measured);
    expect(ofType(bundle, 'Provenance')).toHaveLength(visits.length);
    expect(ofType(bundle, 'Organization').map((e) => e.resource.name)).toEqual(['Mawar']);
    // Nobody registered elsewhere and never weighed at Mawar.
    const elsewhere = (await bot.container.models.children.find({ posyanduId: { $ne: 'psy-mawar' } }).lean<Array<{ _id: string }>>()).map((c) => c._id).filter((id) => !visits.some((v) => v.childId === id));
    expect(elsewhere).toContain('ch-other');
    for (const id of elsewhere) expect(ofType(bundle, 'Patient').map(idOf)).not.toContain(id);

    for (const childId of measured) {
      const log = await bot.container.deps.childAccess.list({ childId, limit: 50 });
      expect(log.filter((e) => e.action === 'child.fhir' && e.staffId === 'per-kader-ani'), childId).not.toEqual([]);
    }

    // The other posyandu's kader gets their one child, and Mawar's kader never sees him.
    const other = (await get('/api/fhir/bundle?month=2026-03', OTHER_KADER)).json() as Bundle;
    expectWellFormed(other);
    expect(ofType(other, 'Patient').map(idOf)).toEqual(['ch-other']);
    expect(ofType((await get('/api/fhir/bundle?month=2026-03', DEMO_PHONES.kader)).json() as Bundle, 'Patient').map(idOf)).not.toContain('ch-other');
  });

  it('gives puskesmas staff every posyandu of their puskesmas, and refuses the lurah', async () => {
    const posyandu = (await bot.container.models.posyandu.find({ puskesmasId: 'pkm-bekasi-jaya' }).lean<Array<{ _id: string }>>()).map((p) => p._id);
    expect(posyandu.length).toBeGreaterThan(1);
    // The demo's Melati child has no weighing: Bu Wati weighs Kevin in February, so both posyandu measured someone.
    await bot.container.models.measurements.create({ _id: 'ms-kevin-feb', childId: 'ch-kevin', posyanduId: 'psy-melati', date: '2026-02-12', month: '2026-02', weightKg: 8.6, lengthCm: 72, measure: 'L', headCm: null, armCm: null, oedema: false, source: 'kader', recordedBy: 'per-kader-wati', result: {}, supersededBy: null, createdAt: new Date('2026-02-12T03:00:00Z') });
    const month = '2026-02';
    const bundle = (await get(`/api/fhir/bundle?month=${month}`, DEMO_PHONES.puskesmas)).json() as Bundle;
    expectWellFormed(bundle);
    const visits = await visitsInDb(posyandu, month);
    expect(ofType(bundle, 'Patient').map(idOf).sort()).toEqual([...new Set(visits.map((v) => v.childId))].sort());
    expect(ofType(bundle, 'Provenance')).toHaveLength(visits.length);
    expect(ofType(bundle, 'Patient').map(idOf)).toContain('ch-kevin');
    expect(ofType(bundle, 'Patient').map(idOf)).not.toContain('ch-other');
    // Both posyandu measured children that month, each named once.
    expect(ofType(bundle, 'Organization').map((e) => e.resource.name).sort()).toEqual(['Mawar', 'Melati']);

    const lurah = await get('/api/fhir/bundle?month=2026-02', DEMO_PHONES.lurah);
    expect(lurah.statusCode).toBe(403);
    expect(lurah.body).not.toMatch(/Budi|ch-budi/);
  });

  it('documents both query parameters as optional in the OpenAPI document', async () => {
    const doc = (await bot.app.inject({ method: 'GET', url: '/docs/json' })).json() as { paths: Record<string, { get: { parameters: Array<{ in: string; name: string; required?: boolean }> } }> };
    expect(doc.paths['/api/fhir/bundle']!.get.parameters.map((p) => [p.in, p.name, p.required ?? false])).toEqual([['query', 'child', false], ['query', 'month', false]]);
  });
});
