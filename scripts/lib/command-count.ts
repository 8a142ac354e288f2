import { Redis } from 'ioredis';
import type { Connection } from 'mongoose';

/** Commands by name, and their sum; for MongoDB also the filters without `_id` (scans on FerretDB). */
export interface Tally {
  total: number;
  byName: Record<string, number>;
  notById: string[];
}

// The driver's own traffic (handshakes, heartbeats, session ends) is no work of the bot's.
const DRIVER_TRAFFIC = new Set(['hello', 'ismaster', 'isMaster', 'ping', 'endSessions', 'buildInfo', 'getParameter', 'saslStart', 'saslContinue']);

function tally(): Tally {
  return { total: 0, byName: {}, notById: [] };
}

/** The filters a command selects documents by: find, update, delete, findAndModify, count. */
function filtersOf(command: Record<string, unknown>): Array<Record<string, unknown>> {
  const statements = (command.updates ?? command.deletes ?? []) as Array<{ q?: Record<string, unknown> }>;
  const single = (command.filter ?? command.query) as Record<string, unknown> | undefined;
  return [...statements.map((s) => s.q ?? {}), ...(single ? [single] : [])];
}

function add(into: Tally, name: string): void {
  into.total += 1;
  into.byName[name] = (into.byName[name] ?? 0) + 1;
}

/**
 * Counts the MongoDB commands one connection sends to its database, from the driver's own command
 * monitoring (`commandStarted`): the connection must be opened with `monitorCommands: true`.
 *
 * @example
 * const mongo = countMongoCommands(container.models.connection); … mongo.take().total;
 */
export function countMongoCommands(connection: Connection): { take(): Tally } {
  let counts = tally();
  const database = connection.db?.databaseName;
  connection.getClient().on('commandStarted', (event) => {
    if (event.databaseName !== database || DRIVER_TRAFFIC.has(event.commandName)) return;
    const collection = String(event.command[event.commandName]);
    add(counts, process.env.COUNT_BY_KEY ? `${event.commandName} ${collection}` : event.commandName);
    for (const filter of filtersOf(event.command)) {
      // With _id in it the index finds the document; other fields only check it.
      if (!('_id' in filter)) counts.notById.push(`${event.commandName} ${collection} by ${Object.keys(filter).join(', ') || 'nothing'}`);
    }
  });
  return {
    take() {
      const taken = counts;
      counts = tally();
      return taken;
    },
  };
}

/**
 * Counts the Redis commands any client sends under a key prefix, through `MONITOR` on a connection of
 * its own: every process on the server is seen (BullMQ's blocking connections, other instances).
 * Commands a Lua script runs inside are not counted (the script's EVALSHA is); commands that name no
 * key of the prefix (other tests on the same server) are left out.
 *
 * @example
 * const redis = await countRedisCommands('redis://127.0.0.1:6379', 'posyandu'); … redis.take().total; await redis.stop();
 */
export async function countRedisCommands(url: string, prefix: string): Promise<{ take(): Tally; stop(): Promise<void> }> {
  let counts = tally();
  const monitor = new Redis(url, { monitor: true, lazyConnect: true });
  // Lines that come with MONITOR's own "OK" (before the client calls itself monitoring) are reported as errors: drop them.
  monitor.on('error', () => undefined);
  monitor.on('monitor', (_time: string, args: string[], source: string) => {
    if (source.startsWith('lua') || !args.some((arg) => arg.includes(prefix))) return;
    const key = args.find((arg) => arg.startsWith(`${prefix}:`));
    add(counts, process.env.COUNT_BY_KEY && key ? `${args[0]!.toLowerCase()} ${key.split(':')[1]}` : args[0]!.toLowerCase());
  });
  await monitor.connect();
  await new Promise((resolve) => ((monitor.status as string) === 'monitoring' ? resolve(undefined) : monitor.once('monitoring', resolve)));
  return {
    take() {
      const taken = counts;
      counts = tally();
      return taken;
    },
    async stop() {
      monitor.disconnect();
    },
  };
}
