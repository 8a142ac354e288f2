import { describe, expect, it } from 'vitest';
import { headerProblems, validateRow } from '../../../src/app/registry/csv-rows.js';
import type { RegistryKind } from '../../../src/app/registry/registry-schemas.js';

const posyandu = { id: 'psy-1', name: 'Mawar', address: 'Jl. Mawar 5', kelurahan_id: 'kel-1', puskesmas_id: 'pkm-1', rws: '01;02', timezone: 'WIB' };
const kader = { id: '', phone: '0812-3456-7890', role: 'kader', name: 'Bu Ani', posyandu_ids: 'psy-1', kelurahan_ids: '', puskesmas_ids: '', duties: '' };

describe('validateRow: good rows are normalised', () => {
  it.each<[string, RegistryKind, Record<string, string>, Record<string, unknown>]>([
    ['posyandu WIB, RWs', 'posyandu', posyandu, { _id: 'psy-1', rws: ['01', '02'], timezone: 'Asia/Jakarta' }],
    ['posyandu WITA lower case, RW without zero', 'posyandu', { ...posyandu, timezone: 'wita', rws: '3; RW 4' }, { rws: ['03', '04'], timezone: 'Asia/Makassar' }],
    ['posyandu WIT as IANA', 'posyandu', { ...posyandu, timezone: 'Asia/Jayapura' }, { timezone: 'Asia/Jayapura' }],
    ['puskesmas default pusling days', 'puskesmas', { id: 'pkm-1', name: 'P', address: 'Jl. 1', timezone: 'WIB', pusling_days_per_month: '' }, { puslingDaysPerMonth: 1 }],
    ['puskesmas pusling days', 'puskesmas', { id: 'pkm-1', name: 'P', address: 'Jl. 1', timezone: 'WIB', pusling_days_per_month: '2' }, { puslingDaysPerMonth: 2 }],
    ['kelurahan distances with decimal comma', 'kelurahan', { id: 'kel-1', name: 'K', puskesmas_id: 'pkm-1', rws: '1;2', rw_distance_km: '1=1,5;02=3' }, { rws: ['01', '02'], rwDistanceKm: { '01': 1.5, '02': 3 } }],
    ['kader phone to E.164, id from phone', 'people', kader, { _id: 'per-6281234567890', phone: '+6281234567890', posyanduIds: ['psy-1'] }],
    ['officer with duties, role in capitals', 'people', { ...kader, role: 'PUSKESMAS', posyandu_ids: '', puskesmas_ids: 'pkm-1', duties: 'Nutrition;pusling' }, { role: 'puskesmas', duties: ['nutrition', 'pusling'] }],
    ['explicit person id kept', 'people', { ...kader, id: 'per-ani' }, { _id: 'per-ani' }],
  ])('%s', (_name, kind, row, expected) => {
    const result = validateRow(kind, row);
    expect(result).toMatchObject({ ok: true, record: expected });
  });
});

describe('validateRow: bad rows say which column and why', () => {
  it.each<[string, RegistryKind, Record<string, string>, RegExp]>([
    ['unknown time zone', 'posyandu', { ...posyandu, timezone: 'UTC' }, /^timezone "UTC" is not WIB, WITA or WIT/],
    ['no address', 'posyandu', { ...posyandu, address: '' }, /^address is required$/],
    ['no RWs', 'posyandu', { ...posyandu, rws: '' }, /^rws needs at least one RW$/],
    ['RW not a number', 'posyandu', { ...posyandu, rws: '01;lima' }, /^rws "lima" is not an RW number/],
    ['RW twice', 'posyandu', { ...posyandu, rws: '1;01' }, /^rws lists an RW twice$/],
    ['id with spaces', 'posyandu', { ...posyandu, id: 'psy 1' }, /^id use 1 to 64 letters/],
    ['no kelurahan id', 'posyandu', { ...posyandu, kelurahan_id: '' }, /^kelurahan_id /],
    ['landline phone', 'people', { ...kader, phone: '021-5551234' }, /^phone "021-5551234" is not a mobile number/],
    ['unknown role', 'people', { ...kader, role: 'bidan' }, /^role is kader, lurah or puskesmas$/],
    ['kader without posyandu', 'people', { ...kader, posyandu_ids: '' }, /^posyandu_ids a kader needs at least one$/],
    ['duties for a kader', 'people', { ...kader, duties: 'nutrition' }, /^duties only puskesmas staff have duties$/],
    ['distance for an RW the kelurahan lacks', 'kelurahan', { id: 'kel-1', name: 'K', puskesmas_id: 'pkm-1', rws: '01', rw_distance_km: '05=2' }, /^rw_distance_km RW "05" is not one of/],
    ['distance not a pair', 'kelurahan', { id: 'kel-1', name: 'K', puskesmas_id: 'pkm-1', rws: '01', rw_distance_km: '01:2' }, /^rw_distance_km "01:2" is not RW=km/],
    ['pusling days not a number', 'puskesmas', { id: 'pkm-1', name: 'P', address: 'Jl. 1', timezone: 'WIB', pusling_days_per_month: 'dua' }, /^pusling_days_per_month /],
  ])('%s', (_name, kind, row, reason) => {
    const result = validateRow(kind, row);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.some((p) => reason.test(p)), result.problems.join(' | ')).toBe(true);
  });
});

describe('headerProblems', () => {
  it.each<[RegistryKind, string[], string[]]>([
    ['posyandu', Object.keys(posyandu), []],
    ['people', ['phone', 'role', 'name', 'posyandu_ids'], []],
    ['posyandu', ['id', 'name', 'address', 'kelurahan', 'puskesmas_id', 'rws', 'timezone'], ['missing column kelurahan_id', 'unknown column kelurahan (expected id,name,address,kelurahan_id,puskesmas_id,rws,timezone)']],
  ])('%s %j', (kind, header, problems) => {
    expect(headerProblems(kind, header)).toEqual(problems);
  });
});
