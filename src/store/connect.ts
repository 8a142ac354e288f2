import mongoose, { type Connection } from 'mongoose';

/**
 * Opens a connection to one database. Each test file passes its own database name, so files can
 * run in parallel against one server.
 *
 * @example
 * const connection = await connectMongo('mongodb://127.0.0.1:27017', 'posyandu');
 */
export async function connectMongo(uri: string, dbName: string): Promise<Connection> {
  const connection = mongoose.createConnection(uri, {
    dbName,
    serverSelectionTimeoutMS: 10_000,
    // FerretDB v1 answers without retryable writes; MongoDB 7 standalone too.
    retryWrites: false,
    autoIndex: true,
  });
  await connection.asPromise();
  return connection;
}

/** True when the server answers a ping: the readiness probe. */
export async function pingMongo(connection: Connection): Promise<boolean> {
  try {
    await connection.db?.admin().command({ ping: 1 });
    return true;
  } catch {
    return false;
  }
}

/** MongoDB's duplicate key error, used for idempotent inserts. */
export function isDuplicateKey(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 11000;
}
