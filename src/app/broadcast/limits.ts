import type { Env } from '../../config/env.js';
import type { AppDeps, BroadcastLimits } from '../ports.js';
import { BroadcastChecker } from './broadcast-check.js';
import { BroadcastFanOut } from './fan-out.js';

/**
 * Broadcast limits from the environment; checks stop waiting for slow sends after about an hour.
 *
 * @example
 * broadcastLimits(env).perDay; // 3 unless BROADCAST_DAILY_LIMIT says otherwise
 */
export function broadcastLimits(env: Pick<Env, 'BROADCAST_DAILY_LIMIT' | 'BROADCAST_BATCH_SIZE' | 'BROADCAST_CHECK_MS' | 'BROADCAST_MAX_BACKLOG'>): BroadcastLimits {
  return {
    perDay: env.BROADCAST_DAILY_LIMIT,
    batchSize: env.BROADCAST_BATCH_SIZE,
    checkEveryMs: env.BROADCAST_CHECK_MS,
    maxBacklog: env.BROADCAST_MAX_BACKLOG,
    progressFrom: 100,
    maxChecks: Math.max(10, Math.ceil(3_600_000 / env.BROADCAST_CHECK_MS)),
  };
}

/**
 * What the broadcast worker runs (a batch, or a check), and the clock its waits are measured on.
 *
 * @example
 * startBroadcastWorker({ connection, prefix, ...broadcastHandlers(deps) });
 */
export function broadcastHandlers(deps: AppDeps): Pick<BroadcastFanOut, 'runBatch'> & Pick<BroadcastChecker, 'check'> & Pick<AppDeps, 'clock'> {
  const fanOut = new BroadcastFanOut(deps);
  const checker = new BroadcastChecker(deps);
  return { runBatch: (id, index) => fanOut.runBatch(id, index), check: (state) => checker.check(state), clock: deps.clock };
}
