import { Fhir } from 'fhir';

const fhir = new Fhir();

/**
 * Validates a resource against the FHIR R4 (4.0.x) structure definitions and value sets shipped with
 * the `fhir` package (lantanagroup FHIR.js): cardinality, types, required codes, unexpected properties.
 * Only errors count; the package's missing ValueSets (e.g. LOINC observation codes) are warnings.
 */
export function fhirErrors(resource: unknown): string[] {
  const result = fhir.validate(resource as object, { errorOnUnexpected: true });
  return result.messages.filter((m) => m.severity === 'error').map((m) => `${m.location ?? ''}: ${m.message ?? ''}`);
}
