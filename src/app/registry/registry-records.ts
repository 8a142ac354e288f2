import type { StaffRole } from '../contacts/contact-records.js';

/**
 * The registry of staff that puskesmas maintain: who is kader of which posyandu, lurah of which
 * kelurahan, officer of which puskesmas. A contact with a registered phone gets that role.
 */
export interface Person {
  _id: string;
  phone: string;
  role: StaffRole;
  name: string;
  posyanduIds: string[];
  kelurahanIds: string[];
  puskesmasIds: string[];
  /** For puskesmas staff: e.g. 'nutrition' (TPG) and 'pusling' (coordinator). */
  duties: string[];
}

export interface Puskesmas {
  _id: string;
  name: string;
  address: string;
  timezone: string;
  /** Pusling days the puskesmas can run a month (field default: one). */
  puslingDaysPerMonth: number;
}

export interface Kelurahan {
  _id: string;
  name: string;
  puskesmasId: string;
  /** RW numbers as written locally, e.g. "05". */
  rws: string[];
  /** Distance of each RW from the puskesmas in km, for Pusling ranking. */
  rwDistanceKm: Record<string, number>;
}

export interface Posyandu {
  _id: string;
  name: string;
  address: string;
  kelurahanId: string;
  puskesmasId: string;
  rws: string[];
  timezone: string;
}
