/**
 * One thing that happened that operators count: a message in or out on a channel, a send a platform
 * refused, or a turn (one conversation item handled) and how long it took.
 */
export type OpsEvent =
  | { kind: 'in'; channel: string }
  | { kind: 'out'; channel: string }
  | { kind: 'refused'; channel: string }
  | { kind: 'turn'; seconds: number };

/**
 * Where the app reports what `/metrics` counts. Recording must never fail the work it counts: an
 * adapter swallows (and logs) its own errors.
 *
 * @example
 * deps.metrics.record({ kind: 'in', channel: 'telegram' });
 * const stop = deps.metrics.startTurn(); await handle(); stop();
 */
export interface OpsMetrics {
  record(event: OpsEvent): void;
  /** Starts a turn's stopwatch; calling what it returns records the turn with its duration. */
  startTurn(): () => void;
}

/** Metrics that go nowhere: for tools and tests that build the app without an operator's view. */
export const noOpsMetrics: OpsMetrics = {
  record: () => undefined,
  startTurn: () => () => undefined,
};

/** How many jobs one queue holds in one state (`waiting`, `active`, `delayed`, `failed`). */
export interface QueueDepth {
  queue: string;
  state: string;
  jobs: number;
}

/**
 * What `/metrics` reads at each scrape: the events recorded since the last one, and the gauges
 * as they are now.
 *
 * @example
 * const events = await source.drain();
 */
export interface OpsMetricsSource {
  drain(): Promise<OpsEvent[]>;
  queueDepths(): Promise<QueueDepth[]>;
  /** Alerts not resolved yet, by state (`open`, `acknowledged`, `referred`). */
  unresolvedAlerts(): Promise<Record<string, number>>;
}
