import { describe, expect, it } from 'vitest';
import { childBundle, type FhirResource } from '../../../src/app/fhir/child-bundle.js';
import { assessVisit } from '../../../src/app/growth/assessment.js';
import type { Child, Measurement, Posyandu } from '../../../src/app/records.js';
import { fhirErrors } from '../../helpers/fhir-validator.js';

const child: Child = { _id: 'ch-sari', code: 'SARI23', name: 'Sari', sex: 2, birthDate: '2023-06-10', posyanduId: 'psy-mawar', kelurahanId: 'kel-a', rw: '03', caregiverIds: ['c-ibu-sari'], createdAt: new Date('2025-01-01T00:00:00Z') };
const posyandu: Posyandu = { _id: 'psy-mawar', name: 'Mawar', address: 'RW 03', kelurahanId: 'kel-a', puskesmasId: 'pkm-a', rws: ['03'], timezone: 'Asia/Jakarta' };
const visit: Measurement = { _id: 'ms-1', childId: 'ch-sari', posyanduId: null, date: '2026-03-02', month: '2026-03', weightKg: 10.1, lengthCm: 86.2, measure: 'H', headCm: null, armCm: null, oedema: false, source: 'parent', recordedBy: 'c-ibu-sari', result: {}, supersededBy: null, createdAt: new Date('2026-03-02T05:00:00Z') };

function bundle() {
  const assessment = assessVisit(child, { date: visit.date, weightKg: 10.1, lengthCm: 86.2, measure: 'H' }, []);
  return childBundle({ child, posyandu: [posyandu], visits: [{ measurement: visit, assessment }], month: '2026-03', generatedAt: new Date('2026-03-09T02:00:00Z'), categoryLabel: (i, c) => `${i}:${c}` });
}
const ofType = (b: ReturnType<typeof bundle>, type: string) => b.entry.filter((e) => e.resource.resourceType === type);
const codeOf = (r: FhirResource) => (r.code as { coding: Array<{ code: string }> }).coding[0]!.code;

describe('childBundle (FHIR R4)', () => {
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
