import type { GrowthAssessment } from '../growth/assessment.js';
import type { Child, Measurement } from '../children/child-records.js';
import type { Posyandu } from '../registry/registry-records.js';
import { DATA_OPERATION, GROWTH_INDEX, LOINC, MEASURED, OBSERVATION_CATEGORY, PROVENANCE_PARTICIPANT, ROLE_CODE, SATUSEHAT_ADMINISTRATIVE_CODE, SYSTEMS, UCUM, type GrowthIndex } from './fhir-codes.js';
import { fhirUuid } from './fhir-uuid.js';

/** A FHIR R4 resource as JSON; the validator in the tests checks the shapes against the R4 definitions. */
export type FhirResource = { resourceType: string } & Record<string, unknown>;
export interface FhirBundle {
  resourceType: 'Bundle';
  identifier: { system: string; value: string };
  type: 'collection';
  timestamp: string;
  entry: Array<{ fullUrl: string; resource: FhirResource }>;
}

/** One visit of the month with its assessment (z-scores and Permenkes categories, as the exports give them). */
export interface BundleVisit {
  measurement: Measurement;
  assessment: GrowthAssessment;
}

/** One child of the bundle with the visits it carries (none: the child alone). */
export interface BundleChild {
  child: Child;
  visits: readonly BundleVisit[];
}

export interface GrowthBundleInput {
  /**
   * What the bundle holds, as its identifier's value: `ch-budi/2026-03` (a child's month), `ch-budi/history`
   * (every visit), `posyandu/psy-mawar/2026-03` (an area's month).
   */
  id: string;
  /** Each child once, in the order wanted; its visits oldest first. */
  children: readonly BundleChild[];
  /** Where the children are registered; the posyandu of each visit is looked up here too. */
  posyandu: readonly Posyandu[];
  generatedAt: Date;
  /** The Permenkes category in words (Indonesian), e.g. `('haz', 'stunted')` → 'Pendek'. */
  categoryLabel: (index: GrowthIndex, category: string) => string;
}

type Entry = { fullUrl: string; resource: FhirResource };

type Reference = { reference?: string; type?: string; identifier?: { system: string; value: string }; display?: string };
const ref = (fullUrl: string): Reference => ({ reference: fullUrl });
const codeable = (system: string, code: string, display: string) => ({ coding: [{ system, code, display }], text: display });

function patient(child: Child, posyandu: Posyandu | undefined) {
  return {
    resourceType: 'Patient',
    // The record id, never the short code: that code lets whoever holds it link the child to their phone.
    identifier: [{ use: 'usual', system: SYSTEMS.child, value: child._id }],
    active: true,
    name: [{ use: 'usual', text: child.name }],
    gender: child.sex === 1 ? 'male' : 'female',
    birthDate: child.birthDate,
    ...(child.rw ? { address: [{ use: 'home', country: 'ID', extension: [{ url: SATUSEHAT_ADMINISTRATIVE_CODE, extension: [{ url: 'rw', valueCode: child.rw }] }] }] } : {}),
    ...(posyandu ? { managingOrganization: ref(fhirUuid('Organization', posyandu._id)) } : {}),
  };
}

function organization(posyandu: Posyandu) {
  return { resourceType: 'Organization', identifier: [{ system: SYSTEMS.posyandu, value: posyandu._id }], active: true, name: posyandu.name, ...(posyandu.address ? { address: [{ text: posyandu.address, country: 'ID' }] } : {}) };
}

/**
 * A RelatedPerson is one person's relation to one patient, so a caregiver of two children is two
 * resources: the fullUrl is named by contact and child (unique in an area's bundle), the identifier
 * stays the contact's.
 */
const relatedPersonUrl = (contactId: string, childId: string) => fhirUuid('RelatedPerson', `${contactId}/${childId}`);

function relatedPerson(contactId: string, patientUrl: string) {
  return {
    resourceType: 'RelatedPerson',
    identifier: [{ system: SYSTEMS.contact, value: contactId }],
    active: true,
    patient: ref(patientUrl),
    relationship: [codeable(ROLE_CODE, 'GUARD', 'guardian')],
  };
}

/** Who measured: a caregiver's own report points at their RelatedPerson; staff are named by their registry id. */
function performerOf(m: Measurement, child: Child): Reference {
  if (m.source === 'parent' && child.caregiverIds.includes(m.recordedBy)) return ref(relatedPersonUrl(m.recordedBy, child._id));
  return { type: 'Practitioner', identifier: { system: SYSTEMS.staff, value: m.recordedBy } };
}

/**
 * One child's entries: the Patient, the Organizations not yet in the bundle (`seen` holds the fullUrls
 * already there), each caregiver as RelatedPerson, the Observations of each visit and its Provenance.
 */
function childEntries({ child, visits }: BundleChild, posyanduById: ReadonlyMap<string, Posyandu>, categoryLabel: GrowthBundleInput['categoryLabel'], seen: Set<string>): Entry[] {
  const patientUrl = fhirUuid('Patient', child._id);
  const subject = ref(patientUrl);
  const entries: Entry[] = [{ fullUrl: patientUrl, resource: patient(child, posyanduById.get(child.posyanduId ?? '')) }];
  const organizations = new Set([child.posyanduId, ...visits.map((v) => v.measurement.posyanduId)].flatMap((id) => (id && posyanduById.has(id) ? [id] : [])));
  for (const id of organizations) {
    const fullUrl = fhirUuid('Organization', id);
    if (seen.has(fullUrl)) continue;
    seen.add(fullUrl);
    entries.push({ fullUrl, resource: organization(posyanduById.get(id)!) });
  }
  for (const contactId of child.caregiverIds) entries.push({ fullUrl: relatedPersonUrl(contactId, child._id), resource: relatedPerson(contactId, patientUrl) });

  for (const { measurement: m, assessment: a } of visits) {
    const performer = [performerOf(m, child), ...(m.posyanduId && posyanduById.has(m.posyanduId) ? [ref(fhirUuid('Organization', m.posyanduId))] : [])];
    const base = (kind: string, category: string) => ({
      resourceType: 'Observation',
      identifier: [{ system: SYSTEMS.measurement, value: `${m._id}/${kind}` }],
      status: 'final',
      category: [codeable(OBSERVATION_CATEGORY, category, category === 'vital-signs' ? 'Vital Signs' : 'Exam')],
      subject,
      effectiveDateTime: m.date,
      performer,
    });
    const measured: string[] = [];
    const add = (kind: string, resource: FhirResource) => {
      const fullUrl = fhirUuid('Observation', `${m._id}/${kind}`);
      entries.push({ fullUrl, resource });
      return fullUrl;
    };
    const quantity = (value: number, unit: string) => ({ value, unit, system: UCUM, code: unit });
    const vital = (kind: keyof typeof MEASURED, value: number | null) => {
      if (value === null) return;
      const c = MEASURED[kind];
      measured.push(add(kind, { ...base(kind, 'vital-signs'), code: codeable(LOINC, c.code, c.display), valueQuantity: quantity(value, c.unit) }));
    };
    vital('weight', m.weightKg);
    vital(a.measure === 'H' ? 'height' : 'length', m.lengthCm);
    vital('head', m.headCm);
    const scores: string[] = [];
    for (const index of Object.keys(GROWTH_INDEX) as GrowthIndex[]) {
      const z = a.z[index];
      if (z === undefined) continue;
      const category = index === 'hcz' ? undefined : a.categories[index];
      scores.push(
        add(index, {
          ...base(index, 'exam'),
          code: codeable(SYSTEMS.growthIndex, index, GROWTH_INDEX[index]),
          valueQuantity: { value: z, unit: 'SD', system: UCUM, code: '{SD}' },
          ...(category ? { interpretation: [codeable(SYSTEMS.permenkesCategory, `${index}.${category}`, categoryLabel(index, category))] } : {}),
          ...(measured.length ? { derivedFrom: measured.map(ref) } : {}),
        }),
      );
    }
    const targets = [...measured, ...scores];
    if (targets.length === 0) continue;
    entries.push({
      fullUrl: fhirUuid('Provenance', m._id),
      resource: {
        resourceType: 'Provenance',
        target: targets.map(ref),
        occurredDateTime: m.date,
        recorded: m.createdAt.toISOString(),
        activity: codeable(DATA_OPERATION, 'CREATE', 'create'),
        agent: [{ type: codeable(PROVENANCE_PARTICIPANT, 'author', 'Author'), who: performerOf(m, child) }],
      },
    });
  }
  return entries;
}

/**
 * Children's growth as one FHIR R4 `collection` Bundle in the style of SATUSEHAT: per child the Patient,
 * each caregiver as RelatedPerson (guardian), an Observation per measured value (LOINC 29463-7 weight,
 * 8306-3 length lying or 8302-2 height standing, 9843-4 head circumference) and per WHO z-score (local
 * code, Permenkes category as interpretation, derived from the measured values), each with its date and
 * performer, and a Provenance per visit (who recorded it, when); each posyandu once as Organization.
 * One child's month, a child's history and an area's month are all this one bundle.
 *
 * @example
 * const bundle = growthBundle({ id: 'ch-budi/2026-03', children: [{ child, visits }], posyandu, generatedAt: now, categoryLabel });
 * bundle.entry.map((e) => e.resource.resourceType); // ['Patient', 'Organization', 'RelatedPerson', 'Observation', …, 'Provenance']
 */
export function growthBundle(input: GrowthBundleInput): FhirBundle {
  const posyanduById = new Map(input.posyandu.map((p) => [p._id, p]));
  const seen = new Set<string>();
  const entry = input.children.flatMap((c) => childEntries(c, posyanduById, input.categoryLabel, seen));
  return { resourceType: 'Bundle', identifier: { system: SYSTEMS.bundle, value: input.id }, type: 'collection', timestamp: input.generatedAt.toISOString(), entry };
}
