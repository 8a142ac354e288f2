import type { TurnCommit } from '../../src/app/effects/turn-commit.js';
import type { GrowthReads } from '../../src/app/growth/growth-ports.js';
import { GrowthService, type RecordMeasurementInput, type RecordOutcome } from '../../src/app/growth/growth-service.js';
import type { Clock } from '../../src/shared/clock.js';
import { askerOf } from '../../src/app/contacts/asker.js';

/**
 * Records a measurement the way a turn does, outside a conversation: the service decides (reading
 * only), then the commit applies the `growth.record` effect. Ids are `ms_t1`, `ms_t2`… per recorder.
 *
 * @example
 * const record = measurementRecorder(deps, turnCommit(deps));
 * await record({ childId: 'ch-budi', date: '2026-03-09', weightKg: 8.5, source: 'parent', recordedBy: 'c-demo-parent' });
 */
export function measurementRecorder(deps: GrowthReads & { clock: Clock }, commit: TurnCommit): (input: RecordMeasurementInput) => Promise<RecordOutcome> {
  const service = new GrowthService(deps);
  let n = 0;
  return async (input) => {
    const now = deps.clock.now();
    const { recordedBy, ...report } = input;
    const outcome = await service.planMeasurement(await askerOf(deps, recordedBy), report, { id: `ms_t${++n}`, now });
    if (outcome.status === 'saved') await commit.apply([outcome.effect], { contactId: input.recordedBy, now, erased: false });
    return outcome;
  };
}
