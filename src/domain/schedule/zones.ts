import { z } from 'zod';

/** Indonesia's three time zones; none observes daylight saving, so a wall-clock time is never ambiguous. */
export const POSYANDU_ZONES = ['Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura'] as const;
export type PosyanduZone = (typeof POSYANDU_ZONES)[number];

/**
 * The IANA zone of a posyandu.
 *
 * @example
 * posyanduZoneSchema.parse('Asia/Makassar'); // 'Asia/Makassar'
 */
export const posyanduZoneSchema = z.enum(POSYANDU_ZONES);

// Intl only knows "WIB" for Jakarta (Makassar prints "GMT+8"), so the labels people use are kept here.
const LABELS: Record<PosyanduZone, string> = {
  'Asia/Jakarta': 'WIB',
  'Asia/Makassar': 'WITA',
  'Asia/Jayapura': 'WIT',
};

/**
 * The label Indonesians put after a clock time.
 *
 * @example
 * zoneLabel('Asia/Jayapura'); // 'WIT'
 */
export function zoneLabel(zone: PosyanduZone): string {
  return LABELS[zone];
}
