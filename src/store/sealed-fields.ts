import type { Connection, MongooseDefaultQueryMiddleware, Schema } from 'mongoose';
import mongoose from 'mongoose';
import { AppError } from '../shared/errors.js';
import { isSealed, type DataSeal } from './data-seal.js';
import { normalPhone } from './normal-phone.js';

/**
 * Which fields of a collection are personal data sealed at rest, and which one also gets a lookup
 * key (an HMAC of its normalised value, stored in `phoneKey`, unique) so it can still be found.
 */
export interface SealedFields {
  fields: readonly string[];
  /** The field whose normalised value is looked up through `phoneKey`; null values get `none:<_id>` so the key is always present. */
  phone?: string;
  /**
   * A field that splits lookups into separate spaces (contacts: `origin`): a phone's key in one
   * space never finds, nor collides with, the same phone in another. `plain` is the space whose
   * keys are the phone's own (kept so keys made before spaces existed stay valid).
   */
  scope?: { field: string; plain: string };
  /** Fields of the elements of an array field, sealed the same way: `{ unreachable: ['address'] }`. The array is written whole. */
  inArrays?: Readonly<Record<string, readonly string[]>>;
  /** Fields of any JSON shape (a session's state, a message's choices), sealed whole as their JSON text. */
  json?: readonly string[];
}

type Plain = Record<string, unknown>;

const seals = new WeakMap<Connection, DataSeal>();

/** Gives a connection its key; every model on it seals and opens with it. */
export function useSeal(connection: Connection, seal: DataSeal): void {
  seals.set(connection, seal);
}

export function sealOf(connection: Connection): DataSeal {
  const seal = seals.get(connection);
  if (!seal) throw new AppError('CONFIG_INVALID', 'This connection has no data key: build its models with createModels(connection, seal).', {});
  return seal;
}

/** The lookup key stored for a phone (or its absence) in a lookup space: what the unique index is on. */
export function phoneKeyOf(seal: DataSeal, phone: string | null | undefined, id: unknown, space?: string): string {
  if (phone) return seal.lookup(spaced(normalPhone(phone), space));
  if (typeof id !== 'string') throw new AppError('INTERNAL', 'A contact without a phone needs its _id in the write, so its lookup key can be set.', {});
  return `none:${id}`;
}

/** The filter that finds a record by phone, in any form, under every held key, in the given lookup spaces (default: the plain one). */
export function byPhone(connection: Connection, phone: string, spaces: ReadonlyArray<string | undefined> = [undefined]): { phoneKey: { $in: string[] } } {
  const seal = sealOf(connection);
  return { phoneKey: { $in: spaces.flatMap((space) => seal.lookups(spaced(normalPhone(phone), space))) } };
}

/**
 * The lookup keys of a channel address under every held key, the current one first: the `_id` of its
 * `contact_addresses` document and the `addressKey` of its inbound messages. An address is a phone
 * number on WhatsApp, so it is never stored as a key in clear.
 *
 * @example
 * addressKeysOf(seal, 'whatsapp-cloud', '628111000001')[0]; // '1a2b3c4d:…'
 */
export function addressKeysOf(seal: DataSeal, channel: string, address: string): string[] {
  return seal.lookups(`address\0${channel}\0${address}`);
}

/** The value hashed for a lookup: the phone itself in the plain space, else prefixed with its space. */
function spaced(normalised: string, space: string | undefined): string {
  return space ? `${space}\0${normalised}` : normalised;
}

/** The lookup space of a record: none (plain) unless the spec has a scope and the record is outside its plain value. */
export function spaceOf(spec: SealedFields, doc: Record<string, unknown>): string | undefined {
  if (!spec.scope) return undefined;
  const value = doc[spec.scope.field];
  return typeof value === 'string' && value !== spec.scope.plain ? value : undefined;
}

const WRITES: MongooseDefaultQueryMiddleware[] = ['updateOne', 'updateMany', 'findOneAndUpdate', 'replaceOne', 'findOneAndReplace'];
const FILTERED: MongooseDefaultQueryMiddleware[] = ['find', 'findOne', 'countDocuments', 'deleteOne', 'deleteMany', 'distinct', 'findOneAndDelete', ...WRITES];
const READS: MongooseDefaultQueryMiddleware[] = ['find', 'findOne', 'findOneAndUpdate', 'findOneAndReplace', 'findOneAndDelete'];
const QUERY = { document: false, query: true } as const;

interface QueryLike {
  model: { db: Connection };
  getFilter(): Plain;
  getUpdate(): Plain | null;
  getOptions(): { sort?: unknown };
  setUpdate(update: Plain): void;
}

/**
 * A mongoose plugin: every write through the model seals the listed fields (and sets the lookup
 * key), every read opens them, so no path (repository, seed, script) stores them in plaintext.
 * Filtering or sorting on a sealed field is refused: it would silently match nothing.
 *
 * @example
 * schema.plugin(sealedFields, { fields: ['phone', 'name'], phone: 'phone' });
 */
export function sealedFields(schema: Schema, spec: SealedFields): void {
  const sealDoc = (seal: DataSeal, doc: Plain, write: 'replace' | 'set') => {
    for (const field of spec.fields) {
      const value = doc[field];
      if (typeof value !== 'string' || seal.isCurrent(value)) continue;
      doc[field] = seal.seal(field === spec.phone ? normalPhone(seal.open(value)) : seal.open(value));
    }
    for (const [array, subs] of Object.entries(spec.inArrays ?? {})) {
      const value = doc[array];
      if (Array.isArray(value) && value.some((element) => hasStale(seal, element, subs))) doc[array] = value.map((element) => sealElement(seal, element, subs));
    }
    for (const field of spec.json ?? []) if (field in doc) doc[field] = sealJson(seal, doc[field]);
    if (spec.phone && (write === 'replace' || spec.phone in doc || (spec.scope && spec.scope.field in doc))) {
      const phone = doc[spec.phone];
      doc.phoneKey = phoneKeyOf(seal, typeof phone === 'string' ? seal.open(phone) : null, doc._id, spaceOf(spec, doc));
    }
  };

  schema.pre('save', function (this: Plain & { db: Connection }) {
    const seal = sealOf(this.db);
    const values: Plain = { _id: this._id, ...(spec.scope ? { [spec.scope.field]: this[spec.scope.field] } : {}) };
    for (const field of [...spec.fields, ...Object.keys(spec.inArrays ?? {}), ...(spec.json ?? [])]) values[field] = this[field];
    sealDoc(seal, values, 'replace');
    for (const [field, value] of Object.entries(values)) if (field !== '_id' && value !== this[field]) this[field] = value;
  });

  // Sealed copies go to the database: the caller's records stay readable (a turn hands its replies on after storing them).
  schema.pre('insertMany', function (this: { db: Connection }, docs: Plain | Plain[]): void {
    const seal = sealOf(this.db);
    const sealed = (Array.isArray(docs) ? docs : [docs]).map((doc) => {
      const copy = structuredClone(doc);
      sealDoc(seal, copy, 'replace');
      return copy;
    });
    // Mongoose reads a pre hook's overwriteMiddlewareArguments as the new arguments; its types say void.
    return mongoose.overwriteMiddlewareArguments(sealed) as unknown as void;
  });

  const refused = [...spec.fields, ...(spec.json ?? []), ...Object.entries(spec.inArrays ?? {}).flatMap(([array, subs]) => subs.map((sub) => `${array}.${sub}`))];
  schema.pre(FILTERED, QUERY, function (this: QueryLike) {
    refuseSealed(this.getFilter(), refused);
    const sort = this.getOptions().sort;
    if (sort && typeof sort === 'object' && spec.fields.some((f) => f in sort)) throw new AppError('INTERNAL', 'Sorting on a sealed field orders ciphertext: sort after reading.', { fields: spec.fields });
  });

  schema.pre(WRITES, QUERY, async function (this: QueryLike & { op?: string }) {
    const update = this.getUpdate();
    if (!update) return;
    const seal = sealOf(this.model.db);
    const id = this.getFilter()._id;
    if (this.op === 'replaceOne' || this.op === 'findOneAndReplace') {
      sealDoc(seal, withId(update, id), 'replace');
      return;
    }
    for (const part of [update, update.$set, update.$setOnInsert]) {
      if (!part || typeof part !== 'object') continue;
      const doc = part as Plain;
      const hadId = '_id' in doc;
      if (!hadId) doc._id = id;
      // A phone set without its record's lookup space takes the stored one (rare: a phone shared later).
      const borrowed = spec.phone && spec.scope && spec.phone in doc && !(spec.scope.field in doc) ? await storedScope(this, spec.scope.field) : undefined;
      if (borrowed !== undefined) doc[spec.scope!.field] = borrowed;
      sealDoc(seal, doc, 'set');
      if (!hadId) delete doc._id;
      if (borrowed !== undefined) delete doc[spec.scope!.field];
    }
    // An element appended to a sealed array is sealed like the rest of it.
    const push = update.$push as Plain | undefined;
    for (const [array, subs] of Object.entries(spec.inArrays ?? {})) if (push && array in push) push[array] = sealElement(seal, push[array], subs);
  });

  schema.post(READS, QUERY, function (this: QueryLike, result: unknown) {
    const seal = sealOf(this.model.db);
    for (const doc of Array.isArray(result) ? result : [result]) openDoc(seal, doc, spec);
  });
}

async function storedScope(query: QueryLike, field: string): Promise<unknown> {
  const collection = (query.model as unknown as { collection: { findOne(filter: Plain, options: object): Promise<Plain | null> } }).collection;
  const stored = await collection.findOne(query.getFilter(), { projection: { [field]: 1 } });
  return stored?.[field] ?? null;
}

// A replacement without `_id` takes the filter's: the lookup key of a phone-less record needs it.
function withId(update: Plain, id: unknown): Plain {
  if (!('_id' in update) && id !== undefined) update._id = id;
  return update;
}

function openDoc(seal: DataSeal, doc: unknown, spec: SealedFields): void {
  if (!doc || typeof doc !== 'object') return;
  const hydrated = doc as { get?(p: string): unknown; set?(p: string, v: unknown): void; unmarkModified?(p: string): void };
  if (typeof hydrated.get === 'function' && typeof hydrated.set === 'function') {
    for (const field of spec.fields) {
      const value = hydrated.get(field);
      if (typeof value !== 'string') continue;
      hydrated.set(field, seal.open(value));
      hydrated.unmarkModified?.(field);
    }
    for (const field of spec.json ?? []) {
      const value = hydrated.get(field);
      if (typeof value !== 'string' || !isSealed(value)) continue;
      hydrated.set(field, openJson(seal, value));
      hydrated.unmarkModified?.(field);
    }
    for (const [array, subs] of Object.entries(spec.inArrays ?? {})) {
      const value = hydrated.get(array);
      if (!Array.isArray(value)) continue;
      for (const element of value as Plain[]) for (const sub of subs) if (typeof element[sub] === 'string') element[sub] = seal.open(element[sub]);
      hydrated.unmarkModified?.(array);
    }
    return;
  }
  const plain = doc as Plain;
  for (const field of spec.fields) if (typeof plain[field] === 'string') plain[field] = seal.open(plain[field]);
  // A field left out by the projection stays out (a contact read without its session).
  for (const field of spec.json ?? []) if (field in plain) plain[field] = openJson(seal, plain[field]);
  for (const [array, subs] of Object.entries(spec.inArrays ?? {})) {
    const value = plain[array];
    if (Array.isArray(value)) for (const element of value as Plain[]) for (const sub of subs) if (element && typeof element[sub] === 'string') element[sub] = seal.open(element[sub]);
  }
  delete plain.phoneKey;
}

/** Extended JSON keeps what BSON kept before sealing (a session's pending effects hold Dates); plain JSON parses as it is. */
const EJSON = mongoose.mongo.BSON.EJSON;

/** A JSON field as stored: its extended JSON text sealed under the current key (null and absent stay as they are). */
export function sealJson(seal: DataSeal, value: unknown): unknown {
  if (value === null || value === undefined) return value;
  if (typeof value === 'string' && isSealed(value)) return seal.isCurrent(value) ? value : seal.seal(seal.open(value));
  return seal.seal(EJSON.stringify(value, { relaxed: true }));
}

/** A JSON field as read: its sealed text opened and parsed; a value stored before sealing passes. */
export function openJson(seal: DataSeal, value: unknown): unknown {
  return typeof value === 'string' && isSealed(value) ? EJSON.parse(seal.open(value), { relaxed: true }) : value;
}

/** True when an array element has a listed field not sealed under the current key. */
export function hasStale(seal: DataSeal, element: unknown, subs: readonly string[]): boolean {
  if (!element || typeof element !== 'object') return false;
  return subs.some((sub) => typeof (element as Plain)[sub] === 'string' && !seal.isCurrent((element as Plain)[sub] as string));
}

/** A copy of an array element with its listed fields sealed under the current key (the caller's object stays as it was). */
export function sealElement(seal: DataSeal, element: unknown, subs: readonly string[]): unknown {
  if (!element || typeof element !== 'object') return element;
  const source = element as Plain & { toObject?(): Plain };
  const copy: Plain = typeof source.toObject === 'function' ? source.toObject() : { ...source };
  for (const sub of subs) {
    const value = copy[sub];
    if (typeof value === 'string' && !seal.isCurrent(value)) copy[sub] = seal.seal(seal.open(value));
  }
  return copy;
}

function refuseSealed(filter: Plain, fields: readonly string[]): void {
  for (const [key, value] of Object.entries(filter)) {
    // A path inside a sealed field (`item.dose` of a sealed `item`) matches nothing either.
    if (fields.some((field) => key === field || key.startsWith(`${field}.`))) throw new AppError('INTERNAL', `"${key}" is sealed at rest: look it up through phoneKey (see src/store/sealed-fields.ts).`, { field: key });
    if ((key === '$or' || key === '$and' || key === '$nor') && Array.isArray(value)) for (const part of value) refuseSealed(part as Plain, fields);
  }
}
