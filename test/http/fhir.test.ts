import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assessAnthropometry } from '../../src/domain/growth/index.js';
import { DEMO_PHONES } from '../../src/main/demo-data.js';
import { seedDemo } from '../../src/main/seed-demo.js';
import { fixedClock } from '../../src/shared/clock.js';
import { fhirErrors } from '../helpers/fhir-validator.js';
import { startTestBot, type TestBot } from '../helpers/services.js';
import { OTHER_KADER, seedOtherArea, staffContact, staffSessions } from '../helpers/staff-sessions.js';

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

describe('FHIR R4 bundle of a child\'s month', () => {
  let bot: TestBot;
  const sessions = staffSessions(() => bot);
  beforeAll(async () => {
    bot = await startTestBot({
      clock,
      workers: false,
      seed: async (c) => {
        await seedDemo(c.models, clock.now());
        await seedOtherArea(c, clock);
        for (const phone of [DEMO_PHONES.kader, DEMO_PHONES.lurah, OTHER_KADER]) await staffContact(c, clock, phone);
      },
    });
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

  it('refuses the lurah, hides children outside the reader\'s area, and wants a child', async () => {
    const lurah = await get('/api/fhir/bundle?child=ch-budi&month=2026-02', DEMO_PHONES.lurah);
    expect(lurah.statusCode).toBe(403);
    expect(lurah.body).not.toContain('Budi');
    expect((await get('/api/fhir/bundle?child=ch-other&month=2026-03', DEMO_PHONES.kader)).statusCode).toBe(404);
    expect((await get('/api/fhir/bundle?child=ch-budi&month=2026-02', DEMO_PHONES.kader)).statusCode).toBe(200);
    expect((await get('/api/fhir/bundle?month=2026-02', DEMO_PHONES.kader)).statusCode).toBe(400);
    expect((await bot.app.inject({ method: 'GET', url: '/api/fhir/bundle?child=ch-other' })).statusCode).toBe(401);
  });
});
