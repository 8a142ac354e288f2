import { describe, expect, it } from 'vitest';
import { childMonth, pwsTable, shiftMonth, type MonthKey } from '../../src/domain/pws/index.js';
import { completedMonths } from '../../src/domain/growth/index.js';
import { pwsChild } from '../../src/app/pws/pws-service.js';
import { demoArea } from '../../src/main/demo-area.js';
import { demoPosyandu } from '../../src/main/demo-data.js';

const now = new Date('2026-12-07T02:00:00Z');
const lastMonth = '2026-11' as MonthKey;

function tableFor(month: MonthKey) {
  const { children, measurements } = demoArea(now);
  const readings = children.flatMap((child) => {
    const visits = measurements.filter((m) => m.childId === child._id).map((m) => ({ date: m.date, posyanduId: m.posyanduId, weightKg: m.weightKg, lengthCm: m.lengthCm, measure: m.measure, oedema: m.oedema }));
    const reading = childMonth(pwsChild(child, 'Asia/Jakarta'), visits, month);
    return reading ? [reading] : [];
  });
  return pwsTable({ month, posyanduIds: demoPosyandu.map((p) => p._id), rws: [], children: readings, alerts: [], pusling: [] });
}

describe('the demo area for the PWS dashboard', () => {
  it('is the same every time it is seeded', () => {
    expect(demoArea(now)).toEqual(demoArea(now));
  });

  it('holds under-fives in every RW, each weighed under an id the reseeding replaces', () => {
    const { children, measurements } = demoArea(now);
    const rws = new Set(children.map((c) => c.rw));
    expect(rws.size).toBe(8);
    for (const child of children) expect(completedMonths(child.birthDate, '2026-12-07')).toBeLessThan(60);
    expect(measurements.length).toBeGreaterThan(children.length * 6);
    for (const m of measurements) {
      expect(m._id.startsWith('ms-demo-')).toBe(true);
      expect(m.date < '2026-12-07').toBe(true);
    }
  });

  it('names each child once within a posyandu and weighs it on the posyandu\'s session day', () => {
    const { children, measurements } = demoArea(now);
    for (const posyandu of demoPosyandu) {
      const names = children.filter((c) => c.posyanduId === posyandu._id).map((c) => c.name);
      expect(new Set(names).size).toBe(names.length);
    }
    const sessionDay = { 'psy-mawar': (d: string) => new Date(`${d}T00:00:00Z`).getUTCDay() === 2 && Number(d.slice(8)) >= 8 && Number(d.slice(8)) <= 14, 'psy-melati': (d: string) => d.endsWith('-12') };
    for (const m of measurements) expect(sessionDay[m.posyanduId as keyof typeof sessionDay](m.date), `${m.posyanduId} ${m.date}`).toBe(true);
  });

  it('gives the dashboard something to act on: D/S below target in the far RWs, children who did not gain, stunting', () => {
    const table = tableFor(lastMonth);
    expect(table.total.S).toBeGreaterThan(40);
    expect(table.total.D_S).toBeGreaterThan(50);
    expect(table.total.D_S).toBeLessThan(95);
    expect(table.total.T).toBeGreaterThan(0);
    expect(table.total.stunting).toBeGreaterThan(0);
    const melati = table.posyandu.find((p) => p.posyanduId === 'psy-melati')!;
    const mawar = table.posyandu.find((p) => p.posyanduId === 'psy-mawar')!;
    expect(melati.D_S!).toBeLessThan(mawar.D_S!);
  });

  it('has a year of history, so the trend has twelve months', () => {
    let month = lastMonth;
    for (let back = 0; back < 12; back++) {
      expect(tableFor(month).total.D).toBeGreaterThan(0);
      month = shiftMonth(month, -1);
    }
  });
});
