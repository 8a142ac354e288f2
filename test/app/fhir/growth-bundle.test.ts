import { describe, expect, it } from 'vitest';
import { growthBundle, type FhirBundle, type FhirResource } from '../../../src/app/fhir/growth-bundle.js';
import { assessVisit } from '../../../src/app/growth/assessment.js';
import type { Child, Measurement } from '../../../src/app/children/child-records.js';
import type { Posyandu } from '../../../src/app/registry/registry-records.js';
import { fhirErrors } from '../../helpers/fhir-validator.js';

const child: Child = { _id: 'ch-sari', code: 'SARI23', name: 'Sari', sex: 2, birthDate: '2023-06-10', posyanduId: 'psy-mawar', kelurahanId: 'kel-a', rw: '03', caregiverIds: ['c-ibu-sari'], createdAt: new Date('2025-01-01T00:00:00Z') };
const posyandu: Posyandu = { _id: 'psy-mawar', name: 'Mawar', address: 'RW 03', kelurahanId: 'kel-a', puskesmasId: 'pkm-a', rws: ['03'], timezone: 'Asia/Jakarta' };
const visit: Measurement = { _id: 'ms-1', childId: 'ch-sari', posyanduId: null, date: '2026-03-02', month: '2026-03', weightKg: 10.1, lengthCm: 86.2, measure: 'H', headCm: null, armCm: null, oedema: false, source: 'parent', recordedBy: 'c-ibu-sari', result: {}, supersededBy: null, createdAt: new Date('2026-03-02T05:00:00Z') };

const assessment = assessVisit(child, { date: visit.date, weightKg: 10.1, lengthCm: 86.2, measure: 'H' }, []);
const options = { posyandu: [posyandu], generatedAt: new Date('2026-03-09T02:00:00Z'), categoryLabel: (i: string, c: string) => `${i}:${c}` };
function bundle() {
  return growthBundle({ ...options, id: 'ch-sari/2026-03', children: [{ child, visits: [{ measurement: visit, assessment }] }] });
}
const ofType = (b: FhirBundle, type: string) => b.entry.filter((e) => e.resource.resourceType === type);
const codeOf = (r: FhirResource) => (r.code as { coding: Array<{ code: string }> }).coding[0]!.code;

describe('growthBundle (FHIR R4)', () => {
  it('is valid R4 against the structure definitions', () => {
    expect(fhirErrors(bundle())).toEqual([]);
  });

  it('codes a standing measure as body height (8302-2), and a parent\'s report as performed by the guardian', () => {
    const b = bundle();
    const observations = ofType(b, 'Observation').map((e) => e.resource);
    expect(observations.map(codeOf)).toEqual(['29463-7', '8302-2', 'waz', 'haz', 'whz', 'baz']);
    const guardian = ofType(b, 'RelatedPerson')[0]!;
    expect(observations.every((o) => JSON.stringify(o.performer).includes(guardian.fullUrl))).toBe(true);
    expect(ofType(b, 'Provenance')[0]!.resource).toMatchObject({ recorded: '2026-03-02T05:00:00.000Z', agent: [{ who: { reference: guardian.fullUrl } }] });
  });

  it('holds several children each once, the posyandu once, and a caregiver of two as a guardian of each', () => {
    // Sari's brother, same mother, same posyandu, weighed by the kader the same day.
    const brother: Child = { ...child, _id: 'ch-dodi', code: 'DODI25', name: 'Dodi', sex: 1, birthDate: '2025-01-20' };
    const weighing: Measurement = { ...visit, _id: 'ms-2', childId: 'ch-dodi', posyanduId: 'psy-mawar', weightKg: 9.8, lengthCm: null, measure: null, source: 'kader', recordedBy: 'per-kader-ani' };
    const b = growthBundle({ ...options, id: 'posyandu/psy-mawar/2026-03', children: [{ child, visits: [{ measurement: visit, assessment }] }, { child: brother, visits: [{ measurement: weighing, assessment: assessVisit(brother, { date: weighing.date, weightKg: 9.8 }, []) }] }] });
    expect(fhirErrors(b)).toEqual([]);
    expect(b.identifier.value).toBe('posyandu/psy-mawar/2026-03');
    expect(ofType(b, 'Patient').map((e) => (e.resource.identifier as Array<{ value: string }>)[0]!.value)).toEqual(['ch-sari', 'ch-dodi']);
    expect(ofType(b, 'Organization')).toHaveLength(1);
    const guardians = ofType(b, 'RelatedPerson');
    expect(guardians.map((e) => e.resource.patient)).toEqual(ofType(b, 'Patient').map((e) => ({ reference: e.fullUrl })));
    expect(guardians.map((e) => (e.resource.identifier as Array<{ value: string }>)[0]!.value)).toEqual(['c-ibu-sari', 'c-ibu-sari']);
    const urls = b.entry.map((e) => e.fullUrl);
    expect(new Set(urls).size).toBe(urls.length);
    for (const reference of JSON.stringify(b).matchAll(/"reference":"([^"]+)"/g)) expect(urls, reference[1]).toContain(reference[1]);
    // Each child's observations are about that child.
    const dodi = ofType(b, 'Patient')[1]!.fullUrl;
    expect(ofType(b, 'Observation').filter((e) => (e.resource.subject as { reference: string }).reference === dodi).map((e) => codeOf(e.resource))).toEqual(['29463-7', 'waz']);
  });

  it('names the child by record id, never by the short code that links a caregiver', () => {
    expect(JSON.stringify(bundle())).not.toContain('SARI23');
  });

  it('is rejected by the validator when a resource breaks R4 (the validator is not a rubber stamp)', () => {
    const broken = bundle();
    const observation = ofType(broken, 'Observation')[0]!.resource;
    observation.status = 'done';
    observation.valueQuantity = { value: 'ten', unit: 'kg' };
    delete observation.code;
    const errors = fhirErrors(broken);
    expect(errors.join('\n')).toMatch(/status/);
    expect(errors.join('\n')).toMatch(/valueQuantity\.value/);
    expect(errors.join('\n')).toMatch(/code/);
    expect(fhirErrors({ resourceType: 'Patient', gender: 'boy', nickname: 'Sari' })).toHaveLength(2);
  });
});
