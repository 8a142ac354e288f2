/**
 * Counts the commands the app sends to MongoDB and Redis while something runs, by name: MongoDB
 * through the driver's command monitoring, Redis through `MONITOR` on a connection of its own. Both
 * keep only what belongs to the run (its database; commands naming its key prefix, which every app
 * key and pub/sub channel carries), so other work on the same servers is not counted.
 *
 * @example
 * const counter = await startCommandCounter({ mongo: client, dbName: 'bench_x', redisUrl, keyPrefix: 'bench_x' });
 * await sendMessages(100);
 * const counts = await counter.stop(); // { mongo: { find: 310, … }, redis: { evalsha: 520, … } }
 */
import type { mongo } from 'mongoose';
import { watchRedis } from './redis-monitor.js';

type MongoClient = mongo.MongoClient;

export interface CommandTally {
  mongo: Record<string, number>;
  redis: Record<string, number>;
}

export interface CommandCounter {
  /** Stops counting; the tallies by command name (lower case), most first. */
  stop(): Promise<CommandTally>;
}

/** MongoDB commands that are the driver's own upkeep, not the app's work. */
const DRIVER_UPKEEP = new Set(['hello', 'ismaster', 'isMaster', 'endSessions', 'ping', 'buildInfo', 'saslStart', 'saslContinue']);

function count(tally: Record<string, number>, name: string): void {
  tally[name] = (tally[name] ?? 0) + 1;
}

/** Most frequent first. */
export function sortTally(tally: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(tally).sort((a, b) => b[1] - a[1]));
}

/** Sum of a tally. */
export function total(tally: Record<string, number>): number {
  return Object.values(tally).reduce((a, b) => a + b, 0);
}

/**
 * The MongoDB client must have been created with `monitorCommands` (e.g. `?monitorCommands=true`
 * in its URI): the driver decides per pooled connection when it opens it.
 */
export async function startCommandCounter(options: { mongo: MongoClient; dbName: string; redisUrl: string; keyPrefix: string }): Promise<CommandCounter> {
  const mongo: Record<string, number> = {};
  const redis: Record<string, number> = {};
  const onMongo = (event: { commandName: string; databaseName: string }) => {
    if (event.databaseName === options.dbName && !DRIVER_UPKEEP.has(event.commandName)) count(mongo, event.commandName);
  };
  options.mongo.on('commandStarted', onMongo);
  // Calls made inside a script are part of the script's one command, not round trips of their own.
  const monitor = await watchRedis(options.redisUrl, ({ source, args }) => {
    if (source !== 'lua' && args.some((arg) => arg.includes(options.keyPrefix))) count(redis, args[0]!.toLowerCase());
  });
  return {
    async stop() {
      options.mongo.off('commandStarted', onMongo);
      monitor.stop();
      return { mongo: sortTally(mongo), redis: sortTally(redis) };
    },
  };
}
