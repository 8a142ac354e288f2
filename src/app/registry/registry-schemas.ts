import { z } from 'zod';
import type { Kelurahan, Person, Posyandu, Puskesmas } from './registry-records.js';
import { toPhone, toRw, toTimezone } from './place-values.js';

/** What the registry holds; the admin API's paths and the import command's first argument. */
export const REGISTRY_KINDS = ['puskesmas', 'kelurahan', 'posyandu', 'people'] as const;
export type RegistryKind = (typeof REGISTRY_KINDS)[number];

/** The record each kind stores. */
export interface RegistryRecords {
  puskesmas: Puskesmas;
  kelurahan: Kelurahan;
  posyandu: Posyandu;
  people: Person;
}

const id = z.string().trim().regex(/^[A-Za-z0-9_-]{1,64}$/, 'use 1 to 64 letters, digits, _ or -');
const text = (max: number) => z.string().trim().min(1, 'is required').max(max, `is longer than ${max} characters`);

const timezone = z.string().transform((value, ctx) => {
  const zone = toTimezone(value);
  if (zone) return zone;
  ctx.addIssue({ code: 'custom', message: `"${value}" is not WIB, WITA or WIT (Asia/Jakarta, Asia/Makassar, Asia/Jayapura)` });
  return z.NEVER;
});

const rw = z.string().transform((value, ctx) => {
  const number = toRw(value);
  if (number) return number;
  ctx.addIssue({ code: 'custom', message: `"${value}" is not an RW number like 03` });
  return z.NEVER;
});

const rwList = z
  .array(rw)
  .min(1, 'needs at least one RW')
  .refine((list) => new Set(list).size === list.length, 'lists an RW twice');

const phone = z.string().transform((value, ctx) => {
  const e164 = toPhone(value);
  if (e164) return e164;
  ctx.addIssue({ code: 'custom', message: `"${value}" is not a mobile number (e.g. 0812-3456-7890 or +6281234567890)` });
  return z.NEVER;
});

const puskesmas = z.object({
  _id: id,
  name: text(120),
  address: text(300),
  timezone,
  puslingDaysPerMonth: z.number().int('is a whole number').min(0).max(31).default(1),
});

const kelurahan = z
  .object({
    _id: id,
    name: text(120),
    puskesmasId: id,
    rws: rwList,
    rwDistanceKm: z.record(z.string(), z.number().min(0).max(1000)).default({}),
  })
  .transform((value, ctx) => {
    const distances: Record<string, number> = {};
    for (const [key, km] of Object.entries(value.rwDistanceKm)) {
      const number = toRw(key);
      if (!number || !value.rws.includes(number)) {
        ctx.addIssue({ code: 'custom', path: ['rwDistanceKm'], message: `RW "${key}" is not one of the kelurahan's RWs` });
        return z.NEVER;
      }
      distances[number] = km;
    }
    return { ...value, rwDistanceKm: distances };
  });

const posyandu = z.object({
  _id: id,
  name: text(120),
  address: text(300),
  kelurahanId: id,
  puskesmasId: id,
  rws: rwList,
  timezone,
});

const ids = z.array(id).default([]);
const person = z
  .object({
    _id: id,
    phone,
    role: z.enum(['kader', 'lurah', 'puskesmas'], { message: 'is kader, lurah or puskesmas' }),
    name: text(120),
    posyanduIds: ids,
    kelurahanIds: ids,
    puskesmasIds: ids,
    duties: z.array(z.string().trim().regex(/^[a-z][a-z_]{1,30}$/, 'is a lower-case word like nutrition')).default([]),
  })
  .superRefine((value, ctx) => {
    const needs = { kader: 'posyanduIds', lurah: 'kelurahanIds', puskesmas: 'puskesmasIds' } as const;
    const field = needs[value.role];
    if (value[field].length === 0) ctx.addIssue({ code: 'custom', path: [field], message: `a ${value.role} needs at least one` });
    if (value.role !== 'puskesmas' && value.duties.length > 0) ctx.addIssue({ code: 'custom', path: ['duties'], message: 'only puskesmas staff have duties' });
  });

const SCHEMAS = { puskesmas, kelurahan, posyandu, people: person };

export type Parsed<T> = { ok: true; record: T } | { ok: false; problems: string[] };

/**
 * Validates and normalises one registry record (phone to E.164, WIB/WITA/WIT to an IANA zone, RW to
 * two digits). Shared by the admin API and the CSV import, so both accept exactly the same.
 *
 * @example
 * parseRegistryRecord('posyandu', { _id: 'psy-1', name: 'Mawar', address: 'Jl. Mawar 5', kelurahanId: 'kel-1', puskesmasId: 'pkm-1', rws: ['3'], timezone: 'WIB' });
 * // { ok: true, record: { …, rws: ['03'], timezone: 'Asia/Jakarta' } }
 */
export function parseRegistryRecord<K extends RegistryKind>(kind: K, input: unknown): Parsed<RegistryRecords[K]> {
  const result = SCHEMAS[kind].safeParse(input);
  if (result.success) return { ok: true, record: result.data as RegistryRecords[K] };
  return { ok: false, problems: result.error.issues.map((issue) => (issue.path.length ? `${issue.path.join('.')} ${issue.message}` : issue.message)) };
}

/** @example isRegistryKind('posyandu'); // true */
export function isRegistryKind(value: string): value is RegistryKind {
  return (REGISTRY_KINDS as readonly string[]).includes(value);
}
