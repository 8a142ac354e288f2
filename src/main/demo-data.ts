import type { Child } from '../app/children/child-records.js';
import type { Contact } from '../app/contacts/contact-records.js';
import type { Kelurahan, Person, Posyandu, Puskesmas } from '../app/registry/registry-records.js';
import type { ScheduleInput } from '../domain/schedule/index.js';

/**
 * The demo world: one puskesmas, one kelurahan with eight RWs, two posyandu, their staff and a few
 * families. Fixed ids and phone numbers so the README, the simulator page and tests can name them.
 */
export const DEMO_PHONES = {
  parent: '+628111000001',
  kader: '+628111000002',
  lurah: '+628111000003',
  puskesmas: '+628111000004',
  /** Kader of the other posyandu (Melati): sees nothing of Mawar's children. */
  kaderMelati: '+628111000008',
  /** Pak Darto, 58: screened at Posyandu Melati last month (asks "hasil cek tensi saya"). */
  adult: '+628111000012',
  /** Mak Iyah, 67, Sundanese: screened last month, all normal. */
  elderly: '+628111000013',
  /** Ibu Rini: said at LAYANAN that she is pregnant, may register the pregnancy. */
  pregnant: '+628111000014',
  /** Nisa, 16: screened at Posyandu Melati last month; her BMI is read for her age (IMT/U). */
  teen: '+628111000015',
} as const;

export const demoPuskesmas: Puskesmas = {
  _id: 'pkm-bekasi-jaya',
  name: 'Puskesmas Bekasi Jaya',
  address: 'Jl. Ir. H. Juanda No. 1, Bekasi',
  timezone: 'Asia/Jakarta',
  puslingDaysPerMonth: 1,
};

export const demoKelurahan: Kelurahan = {
  _id: 'kel-margahayu',
  name: 'Margahayu',
  puskesmasId: demoPuskesmas._id,
  rws: ['01', '02', '03', '04', '05', '06', '07', '08'],
  rwDistanceKm: { '01': 1.2, '02': 1.8, '03': 2.5, '04': 3.1, '05': 4.0, '06': 5.2, '07': 6.8, '08': 8.5 },
};

export const demoPosyandu: Posyandu[] = [
  {
    _id: 'psy-mawar',
    name: 'Mawar',
    address: 'Balai RW 03, Jl. Mawar No. 5',
    kelurahanId: demoKelurahan._id,
    puskesmasId: demoPuskesmas._id,
    rws: ['01', '02', '03', '04'],
    timezone: 'Asia/Jakarta',
  },
  {
    _id: 'psy-melati',
    name: 'Melati',
    address: 'Balai RW 06, Gg. Melati',
    kelurahanId: demoKelurahan._id,
    puskesmasId: demoPuskesmas._id,
    rws: ['05', '06', '07', '08'],
    timezone: 'Asia/Jakarta',
  },
];

export const demoPeople: Person[] = [
  { _id: 'per-kader-ani', phone: DEMO_PHONES.kader, role: 'kader', name: 'Bu Ani', posyanduIds: ['psy-mawar'], kelurahanIds: [demoKelurahan._id], puskesmasIds: [demoPuskesmas._id], duties: [] },
  { _id: 'per-kader-wati', phone: DEMO_PHONES.kaderMelati, role: 'kader', name: 'Bu Wati', posyanduIds: ['psy-melati'], kelurahanIds: [demoKelurahan._id], puskesmasIds: [demoPuskesmas._id], duties: [] },
  { _id: 'per-lurah', phone: DEMO_PHONES.lurah, role: 'lurah', name: 'Pak Lurah Margahayu', posyanduIds: [], kelurahanIds: [demoKelurahan._id], puskesmasIds: [demoPuskesmas._id], duties: [] },
  { _id: 'per-tpg-rina', phone: DEMO_PHONES.puskesmas, role: 'puskesmas', name: 'Bu Rina (TPG)', posyanduIds: [], kelurahanIds: [demoKelurahan._id], puskesmasIds: [demoPuskesmas._id], duties: ['nutrition', 'pusling'] },
];

type DemoContact = Pick<Contact, '_id' | 'phone' | 'role' | 'posyanduId' | 'kelurahanId' | 'rw' | 'groups'> & { lang: Contact['lang'] };

/** Families already registered (consented), so the demo parent can report a measurement at once. */
export const demoFamilies: DemoContact[] = [
  { _id: 'c-demo-parent', phone: DEMO_PHONES.parent, lang: 'id', role: 'parent', posyanduId: 'psy-mawar', kelurahanId: demoKelurahan._id, rw: '03' },
  { _id: 'c-demo-parent-2', phone: '+628111000005', lang: 'id', role: 'parent', posyanduId: 'psy-mawar', kelurahanId: demoKelurahan._id, rw: '02' },
  // Euis lives with her mother (over 60) and said so through LAYANAN: the kader's broadcasts to the elderly reach her.
  { _id: 'c-demo-parent-3', phone: '+628111000006', lang: 'su', role: 'parent', posyanduId: 'psy-mawar', kelurahanId: demoKelurahan._id, rw: '04', groups: ['elderly'] },
  { _id: 'c-demo-parent-4', phone: '+628111000007', lang: 'en', role: 'parent', posyanduId: 'psy-melati', kelurahanId: demoKelurahan._id, rw: '06' },
  // The other ILP ages, at Posyandu Melati: a teenager, an adult and an elderly woman screened there, and an expecting mother.
  { _id: 'c-demo-teen', phone: DEMO_PHONES.teen, lang: 'id', role: 'parent', posyanduId: 'psy-melati', kelurahanId: demoKelurahan._id, rw: '06' },
  { _id: 'c-demo-adult', phone: DEMO_PHONES.adult, lang: 'id', role: 'parent', posyanduId: 'psy-melati', kelurahanId: demoKelurahan._id, rw: '05' },
  { _id: 'c-demo-elderly', phone: DEMO_PHONES.elderly, lang: 'su', role: 'parent', posyanduId: 'psy-melati', kelurahanId: demoKelurahan._id, rw: '07', groups: ['elderly'] },
  { _id: 'c-demo-pregnant', phone: DEMO_PHONES.pregnant, lang: 'id', role: 'parent', posyanduId: 'psy-melati', kelurahanId: demoKelurahan._id, rw: '06', groups: ['pregnant'] },
];

export const demoChildren: Array<Omit<Child, 'createdAt'>> = [
  { _id: 'ch-budi', code: 'BUDI25', name: 'Budi', sex: 1, birthDate: '2025-01-15', posyanduId: 'psy-mawar', kelurahanId: demoKelurahan._id, rw: '03', caregiverIds: ['c-demo-parent'] },
  { _id: 'ch-sari', code: 'SARI23', name: 'Sari', sex: 2, birthDate: '2023-06-10', posyanduId: 'psy-mawar', kelurahanId: demoKelurahan._id, rw: '03', caregiverIds: ['c-demo-parent'] },
  { _id: 'ch-dewi', code: 'DEWI24', name: 'Dewi', sex: 2, birthDate: '2024-09-02', posyanduId: 'psy-mawar', kelurahanId: demoKelurahan._id, rw: '02', caregiverIds: ['c-demo-parent-2'] },
  { _id: 'ch-asep', code: 'ASEP24', name: 'Asep', sex: 1, birthDate: '2024-04-20', posyanduId: 'psy-mawar', kelurahanId: demoKelurahan._id, rw: '04', caregiverIds: ['c-demo-parent-3'] },
  { _id: 'ch-kevin', code: 'KEVN25', name: 'Kevin', sex: 1, birthDate: '2025-05-05', posyanduId: 'psy-melati', kelurahanId: demoKelurahan._id, rw: '06', caregiverIds: ['c-demo-parent-4'] },
];

/** Monthly sessions: Mawar every 2nd Tuesday, Melati every 12th; both 08:00–11:00 WIB. */
export const demoSchedules: ScheduleInput[] = [
  { posyanduId: 'psy-mawar', zone: 'Asia/Jakarta', rule: { kind: 'nth_weekday', n: 2, weekday: 2 }, start: '08:00', end: '11:00', place: 'Balai RW 03', services: ['balita', 'ibu_hamil', 'lansia'] },
  { posyanduId: 'psy-melati', zone: 'Asia/Jakarta', rule: { kind: 'day_of_month', day: 12 }, start: '08:00', end: '11:00', place: 'Balai RW 06', services: ['balita', 'ibu_hamil', 'kelas_ibu_hamil', 'usia_produktif', 'lansia'] },
];

/** Personas shown on the simulator page. */
export const demoPersonas = [
  { id: DEMO_PHONES.parent, label: 'Orang tua – Ibu Siti (Budi & Sari)' },
  { id: DEMO_PHONES.kader, label: 'Kader – Bu Ani (Posyandu Mawar)' },
  { id: DEMO_PHONES.kaderMelati, label: 'Kader – Bu Wati (Posyandu Melati)' },
  { id: DEMO_PHONES.teen, label: 'Remaja – Nisa, 16 (IMT menurut umur)' },
  { id: DEMO_PHONES.adult, label: 'Dewasa – Pak Darto, 58 (hasil cek tensi)' },
  { id: DEMO_PHONES.elderly, label: 'Lansia – Mak Iyah, 67 (Basa Sunda)' },
  { id: DEMO_PHONES.pregnant, label: 'Ibu hamil – Ibu Rini (daftar kehamilan)' },
  { id: DEMO_PHONES.lurah, label: 'Lurah Margahayu' },
  { id: DEMO_PHONES.puskesmas, label: 'Puskesmas – Bu Rina (TPG)' },
];
