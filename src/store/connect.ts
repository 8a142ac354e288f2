import mongoose, { type Connection } from 'mongoose';
import { timeLimit } from '../shared/time-limit.js';

/**
 * Opens a connection to one database. Each test file passes its own database name, so files can
 * run in parallel against one server.
 *
 * @example
 * const connection = await connectMongo('mongodb://127.0.0.1:27017', 'posyandu');
 */
export async function connectMongo(uri: string, dbName: string, options: { monitorCommands?: boolean } = {}): Promise<Connection> {
  const connection = mongoose.createConnection(uri, {
    dbName,
    // The benchmark and the command-count test read every command the driver sends.
    ...(options.monitorCommands ? { monitorCommands: true } : {}),
    serverSelectionTimeoutMS: 10_000,
    // FerretDB v1 answers without retryable writes; MongoDB 7 standalone too.
    retryWrites: false,
    autoIndex: true,
  });
  await connection.asPromise();
  return connection;
}

/** True while mongoose holds a connection: what a request must see before it records anything. */
export function mongoConnected(connection: Connection): boolean {
  return connection.readyState === mongoose.ConnectionStates.connected;
}

/**
 * The readiness probe: false at once while disconnected (mongoose would buffer the ping until it
 * reconnects), and false when the ping takes longer than `timeoutMs`.
 */
export async function pingMongo(connection: Connection, timeoutMs = 2000): Promise<boolean> {
  if (!mongoConnected(connection) || !connection.db) return false;
  const ping = connection.db.admin().command({ ping: 1 });
  return timeLimit(ping.then(() => true, () => false), timeoutMs, false);
}

const OUTAGE_ERRORS = [mongoose.mongo.MongoNetworkError, mongoose.mongo.MongoServerSelectionError, mongoose.mongo.MongoNotConnectedError, mongoose.mongo.MongoTopologyClosedError, mongoose.Error.MongooseServerSelectionError];

/** Errors that say the server could not be reached (not that it refused the operation). */
export function isMongoOutage(error: unknown): boolean {
  if (OUTAGE_ERRORS.some((type) => error instanceof type)) return true;
  // Mongoose's own error when an operation waited for a connection in its buffer and none came.
  return error instanceof mongoose.Error && /buffering timed out/.test(error.message);
}

/** MongoDB's duplicate key error, used for idempotent inserts. */
export function isDuplicateKey(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 11000;
}
