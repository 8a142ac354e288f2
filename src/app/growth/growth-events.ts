import type { Child, Measurement } from '../children/child-records.js';
import type { GrowthAssessment } from './assessment.js';

/**
 * Hears of every saved measurement with its full assessment (z, categories, KMS status, below the red
 * line, HAZ-falling warning, oedema): the hook escalation alerts are built on. A no-op until then.
 *
 * @example
 * const events: GrowthEvents = { measurementRecorded: async (child, m, a) => { if (a.oedema) await alert(child); } };
 */
export interface GrowthEvents {
  measurementRecorded(child: Child, measurement: Measurement, assessment: GrowthAssessment): Promise<void>;
}
