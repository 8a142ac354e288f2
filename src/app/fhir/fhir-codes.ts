/**
 * The code systems of the FHIR bundles. Measured values use LOINC, as the issue and SATUSEHAT's
 * vital-signs examples do. The WHO z-scores use a local CodeSystem: LOINC's paediatric growth codes
 * (e.g. 77606-2 weight-for-length, used by US Core) are percentiles of other references, and no
 * LOINC or SATUSEHAT code for a WHO 2006 z-score could be confirmed; a reader maps `GROWTH_INDEX`
 * codes (waz, haz, whz, baz, hcz: the WHO anthro names) rather than misreading a percentile code.
 */
export const LOINC = 'http://loinc.org';
export const UCUM = 'http://unitsofmeasure.org';
export const OBSERVATION_CATEGORY = 'http://terminology.hl7.org/CodeSystem/observation-category';
export const ROLE_CODE = 'http://terminology.hl7.org/CodeSystem/v3-RoleCode';
export const PROVENANCE_PARTICIPANT = 'http://terminology.hl7.org/CodeSystem/provenance-participant-type';
export const DATA_OPERATION = 'http://terminology.hl7.org/CodeSystem/v3-DataOperation';

/** This system's own namespaces (URNs: they name, they do not resolve). */
const LOCAL = 'urn:posyandu-bot:fhir';
export const SYSTEMS = {
  child: `${LOCAL}:sid:child`,
  contact: `${LOCAL}:sid:contact`,
  staff: `${LOCAL}:sid:staff`,
  posyandu: `${LOCAL}:sid:posyandu`,
  measurement: `${LOCAL}:sid:measurement`,
  bundle: `${LOCAL}:sid:bundle`,
  growthIndex: `${LOCAL}:CodeSystem:growth-index`,
  permenkesCategory: `${LOCAL}:CodeSystem:permenkes-2-2020-category`,
} as const;

/** SATUSEHAT's address extension: RT/RW and the administrative codes sit under it. */
export const SATUSEHAT_ADMINISTRATIVE_CODE = 'https://fhir.kemkes.go.id/r4/StructureDefinition/administrativeCode';

/** Measured values: LOINC code, display, UCUM unit. Length lying (8306-3) and height standing (8302-2) differ. */
export const MEASURED = {
  weight: { code: '29463-7', display: 'Body weight', unit: 'kg' },
  length: { code: '8306-3', display: 'Body height --lying', unit: 'cm' },
  height: { code: '8302-2', display: 'Body height', unit: 'cm' },
  head: { code: '9843-4', display: 'Head Occipital-frontal circumference', unit: 'cm' },
} as const;

/** The z-scores, named as WHO anthro names them. */
export const GROWTH_INDEX = {
  waz: 'Weight-for-age z-score (WHO 2006)',
  haz: 'Length/height-for-age z-score (WHO 2006)',
  whz: 'Weight-for-length/height z-score (WHO 2006)',
  baz: 'BMI-for-age z-score (WHO 2006)',
  hcz: 'Head circumference-for-age z-score (WHO 2006)',
} as const;

export type GrowthIndex = keyof typeof GROWTH_INDEX;
