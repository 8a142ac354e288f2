import { describe, expect, it } from 'vitest';
import { readScreening } from '../../../src/domain/screening/index.js';

describe('readScreening', () => {
  it('all below the thresholds: normal, nothing to explain', () => {
    const r = readScreening({ sex: 'female', bloodPressure: { systolic: 118, diastolic: 76 }, sugar: { mgDl: 110, kind: 'random' }, weightKg: 55, heightCm: 155, waistCm: 75 });
    expect(r).toMatchObject({ bloodPressure: 'normal', sugar: 'normal', bmi: { value: 22.9, category: 'normal' }, centralObesity: false, outcome: 'normal', urgent: false, findings: [] });
  });

  it('hypertension from 140/90 refers to the puskesmas', () => {
    expect(readScreening({ sex: 'male', bloodPressure: { systolic: 139, diastolic: 89 } })).toMatchObject({ outcome: 'advice', findings: ['prehypertension'] });
    expect(readScreening({ sex: 'male', bloodPressure: { systolic: 140, diastolic: 80 } })).toMatchObject({ outcome: 'refer', findings: ['hypertension'], urgent: false });
  });

  it('a crisis (≥ 180/110) is urgent', () => {
    expect(readScreening({ sex: 'male', bloodPressure: { systolic: 185, diastolic: 100 } })).toMatchObject({ bloodPressure: 'hypertension_2', findings: ['bp_crisis'], outcome: 'refer', urgent: true });
  });

  it('sugar in the diabetes range refers; too low is urgent', () => {
    expect(readScreening({ sex: 'female', sugar: { mgDl: 126, kind: 'fasting' } })).toMatchObject({ findings: ['sugar_high'], outcome: 'refer' });
    expect(readScreening({ sex: 'female', sugar: { mgDl: 65, kind: 'random' } })).toMatchObject({ findings: ['sugar_low'], outcome: 'refer', urgent: true });
    expect(readScreening({ sex: 'female', sugar: { mgDl: 110, kind: 'fasting' } })).toMatchObject({ findings: ['prediabetes'], outcome: 'advice' });
  });

  it('BMI and waist above their cut-offs give advice, not a referral', () => {
    const r = readScreening({ sex: 'female', weightKg: 72, heightCm: 155, waistCm: 88 });
    expect(r).toMatchObject({ bmi: { value: 30, category: 'obese' }, centralObesity: true, findings: ['bmi_obese', 'central_obesity'], outcome: 'advice' });
  });

  it('reads only what was measured', () => {
    const r = readScreening({ sex: 'male', waistCm: 85 });
    expect(r).toEqual({ centralObesity: false, findings: [], outcome: 'normal', urgent: false });
  });
});

// Teenagers from WHO's own example survey for the 5–19 y reference (anthroplus, `anthroplus_survey_who2007_z.csv`):
// the z-scores are WHO's, to the second decimal.
describe('readScreening under 18: the BMI for age (IMT/U), never the adult cut-offs', () => {
  it('a thin-looking girl of 15 (BMI 16,7, "kurus" by the adult cut-offs) is normal for her age (WHO id 134: z −1.57)', () => {
    const r = readScreening({ sex: 'female', weightKg: 39, heightCm: 152.7, born: { birthDate: '1987-03-08', day: '2002-06-14' } });
    expect(r.bmi).toEqual({ value: 16.7, category: 'normal', forAge: { z: -1.57, category: 'normal' } });
    expect(r).toMatchObject({ findings: [], outcome: 'normal' });
  });

  it('a boy of 15 at z +1.66 is overweight for his age: advice (WHO id 2)', () => {
    const r = readScreening({ sex: 'male', weightKg: 84.6, heightCm: 181.7, born: { birthDate: '1987-03-12', day: '2002-07-14' } });
    expect(r.bmi?.forAge).toEqual({ z: 1.66, category: 'overweight' });
    expect(r).toMatchObject({ findings: ['bmi_overweight'], outcome: 'advice' });
  });

  it('from the 18th birthday, and without a birth date, the adult cut-offs', () => {
    expect(readScreening({ sex: 'female', weightKg: 39, heightCm: 152.7, born: { birthDate: '1984-06-14', day: '2002-06-14' } }).bmi).toEqual({ value: 16.7, category: 'underweight' });
    expect(readScreening({ sex: 'female', weightKg: 39, heightCm: 152.7 }).bmi).toEqual({ value: 16.7, category: 'underweight' });
  });

  it('reads the waist with the adult cut-offs from 16 only (IDF 2007)', () => {
    const at15 = readScreening({ sex: 'female', waistCm: 85, born: { birthDate: '1987-03-08', day: '2002-06-14' } });
    expect(at15).toEqual({ findings: [], outcome: 'normal', urgent: false });
    const at16 = readScreening({ sex: 'female', waistCm: 85, born: { birthDate: '1986-06-14', day: '2002-06-14' } });
    expect(at16).toMatchObject({ centralObesity: true, findings: ['central_obesity'] });
  });
});
