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
