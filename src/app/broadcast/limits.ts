import type { Env } from '../../config/env.js';
import type { BroadcastLimits } from './broadcast-ports.js';
import { BroadcastChecker, type BroadcastCheckDeps } from './broadcast-check.js';
import { BroadcastFanOut, type BroadcastFanOutDeps } from './fan-out.js';
import type { Clock } from '../../shared/clock.js';

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
export function broadcastHandlers(deps: BroadcastFanOutDeps & BroadcastCheckDeps): Pick<BroadcastFanOut, 'runBatch'> & Pick<BroadcastChecker, 'check'> & { clock: Clock } {
  const fanOut = new BroadcastFanOut(deps);
  const checker = new BroadcastChecker(deps);
  return { runBatch: (id, index) => fanOut.runBatch(id, index), check: (state) => checker.check(state), clock: deps.clock };
}
