import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { DateTime } from 'luxon';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AlertRecord } from '../../src/app/escalation/escalation-records.js';
import type { PuslingRequestRecord } from '../../src/app/pusling/pusling-records.js';
import { DEMO_PHONES } from '../../src/main/demo-data.js';
import { fixedClock } from '../../src/shared/clock.js';
import { AlertRepository } from '../../src/store/alert-repository.js';
import { PuslingRepository } from '../../src/store/pusling-repository.js';
import { launchChromium, SCREENSHOTS, SKIP_BROWSER } from '../helpers/browser.js';
import type { TestBot } from '../helpers/services.js';
import { startStaffBot } from '../helpers/staff-sessions.js';

// The browser keeps the cookie only until its Expires: the clock stands at the real time, not in 2026-03.
const clock = fixedClock(new Date(Math.floor(Date.now() / 60_000) * 60_000));
const PHONE = { width: 360, height: 740 };
const AREA = { kelurahanId: 'kel-margahayu', puskesmasId: 'pkm-bekasi-jaya' };

function overdueAlert(now: Date): AlertRecord {
  const openedAt = new Date(now.getTime() - 5 * 86_400_000);
  return {
    id: 'al-browser-1', episodeId: 'ep-browser-1', childId: 'ch-budi', condition: 'wasting', severity: 'follow_up', area: { ...AREA, posyanduId: 'psy-mawar', rw: '03' },
    state: 'open', level: 'kader', notify: ['kader'], informLurah: false, familyAdvice: true, resolvableBy: ['kader', 'puskesmas'],
    ackDeadlines: { kader: 'P3D', puskesmas: 'P3D', lurah: 'P7D' }, openedAt, ackDueAt: new Date(now.getTime() - 86_400_000), history: [], origin: 'episode', requestedBy: null, deliveries: [], updatedAt: openedAt,
  };
}

function scheduledPusling(now: Date): PuslingRequestRecord {
  const startsAt = new Date(now.getTime() + 10 * 86_400_000);
  const date = startsAt.toISOString().slice(0, 10);
  const request = { id: 'pl-browser-1', area: { ...AREA, rw: '06' }, requestedBy: { id: 'per-lurah', role: 'lurah' as const }, reasons: ['distance' as const], preferredDates: [], expectedPeople: 20, requestedAt: now, state: 'scheduled' as const, schedule: { date, time: '08:00', zone: 'Asia/Jakarta', startsAt, place: 'Balai RW 06', team: ['bidan'] }, history: [] };
  return { _id: request.id, request, endTime: '11:00', source: 'api', revision: 1, updatedAt: now };
}

describe.skipIf(SKIP_BROWSER)('the PWS dashboard in Chromium, on a phone', () => {
  let bot: TestBot;
  let browser: Browser;
  let base: string;
  beforeAll(async () => {
    browser = await launchChromium();
    bot = await startStaffBot(clock, [DEMO_PHONES.kader, DEMO_PHONES.lurah, DEMO_PHONES.puskesmas], async (c) => {
      // Something for the lurah's counts per RW: an overdue alert in RW 03, a Pusling visit for RW 06.
      await new AlertRepository(c.models).insert(overdueAlert(clock.now()));
      await new PuslingRepository(c.models).insert(scheduledPusling(clock.now()));
    });
    await bot.app.listen({ host: '127.0.0.1', port: 0 });
    base = `http://127.0.0.1:${String((bot.app.server.address() as AddressInfo).port)}`;
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await bot?.close();
  });

  async function phoneContext(): Promise<BrowserContext> {
    return browser.newContext({ viewport: PHONE, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: 'id-ID' });
  }

  /** Signs in through the page's own form, reading the code in the staff member's chat as they would. */
  async function signIn(page: Page, phone: string): Promise<void> {
    await page.goto(`${base}/pws`);
    await expect.poll(() => page.locator('h1').textContent()).toContain('Masuk dasbor PWS');
    await page.fill('input[name=phone]', phone);
    await page.click('#ask button');
    await page.waitForSelector('#enter:not([hidden])');
    const code = (await bot.history(phone)).flatMap((m) => /PWS.*?(\d{6})/.exec(m.text)?.[1] ?? []).at(-1);
    expect(code, `a code in ${phone}'s chat`).toMatch(/^\d{6}$/);
    await page.fill('input[name=code]', code!);
    await Promise.all([page.waitForURL(`${base}/pws`), page.waitForSelector('#out'), page.click('#enter button')]);
  }

  /** Whether anything sticks out to the right of a phone's screen (tables scroll inside their own box). */
  const overflow = (page: Page) => page.evaluate<number>('document.documentElement.scrollWidth - document.documentElement.clientWidth');

  /**
   * Dashboard screenshots (README shows them) of the last whole month, as `pws-<role>-phone.png` (the
   * whole page) and `pws-<role>-lists-phone.png` (the trend and the lists to act on: names for kader and
   * puskesmas, counts per RW for a lurah). The last month: this month's demo sessions may still be to
   * come, and a month of zeros shows nothing.
   */
  async function dashboardShot(page: Page, role: string): Promise<void> {
    const last = DateTime.fromJSDate(clock.now(), { zone: 'Asia/Jakarta' }).minus({ months: 1 }).toFormat('yyyy-MM');
    await page.goto(`${base}/pws?month=${last}`);
    expect(await page.locator('input[name=month]').inputValue()).toBe(last);
    expect(await overflow(page)).toBe(0);
    await page.screenshot({ path: join(SCREENSHOTS, `pws-${role}-phone.png`), fullPage: true });
    const from = await page.locator('h2', { hasText: 'Tren 12 bulan' }).boundingBox();
    const to = await page.locator('h2', { hasText: 'Unduh data' }).boundingBox();
    expect(from && to && to.y > from.y, 'the trend above the downloads').toBe(true);
    await page.screenshot({ path: join(SCREENSHOTS, `pws-${role}-lists-phone.png`), fullPage: true, clip: { x: 0, y: from!.y - 8, width: PHONE.width, height: to!.y - from!.y } });
  }

  it('signs a kader in with the code from the chat, shows the table and the trend without overflow, and signs out', async () => {
    const context = await phoneContext();
    const page = await context.newPage();
    await signIn(page, DEMO_PHONES.kader);

    const view = (await (await context.request.get(`${base}/api/pws`)).json()) as { posyandu: Array<{ name: string; S: number; D: number }>; total: { S: number; D: number } };
    const rows = page.locator('table').first().locator('tbody tr');
    await expect.poll(() => rows.count()).toBe(view.posyandu.length);
    const cells = await rows.first().locator('td').allTextContents();
    expect(cells.slice(0, 4)).toEqual([view.posyandu[0]!.name, String(view.posyandu[0]!.S), expect.any(String), String(view.posyandu[0]!.D)]);
    // The trend: an SVG with a D/S line, drawn at the screen's width.
    const trend = page.locator('svg[role=img]');
    await expect.poll(() => trend.locator('polyline.D_S').count()).toBeGreaterThan(0);
    const box = await trend.boundingBox();
    expect(box!.width).toBeGreaterThan(200);
    expect(box!.width).toBeLessThanOrEqual(PHONE.width);
    expect(await overflow(page)).toBe(0);
    // The kader may see names: the lists to act on are there.
    expect(await page.locator('h2', { hasText: 'Daftar' }).count()).toBeGreaterThan(0);
    await dashboardShot(page, 'kader');

    await Promise.all([page.waitForSelector('#ask'), page.click('#out')]);
    expect((await context.request.get(`${base}/api/pws`)).status()).toBe(401);
    expect((await context.cookies()).find((c) => c.name === 'pws_session')).toBeUndefined();
    await page.screenshot({ path: join(SCREENSHOTS, 'pws-signed-out-phone.png'), fullPage: true });
    await context.close();
  }, 60_000);

  it('shows a lurah the same kelurahan and the counts per RW to act on, without one child\'s name', async () => {
    const context = await phoneContext();
    const page = await context.newPage();
    await signIn(page, DEMO_PHONES.lurah);
    await expect.poll(() => page.locator('table').first().locator('tbody tr').count()).toBeGreaterThan(0);

    // The lists to act on, as counts per RW: the figures /api/pws/lists gives the lurah, on screen.
    type RwCounts = { rw: string; openAlerts: number; overdueAlerts: number; notWeighed: number; puslingRequests: number; nextVisit: string | null };
    const { rws } = (await (await context.request.get(`${base}/api/pws/lists`)).json()) as { rws: RwCounts[] };
    const section = page.locator('#rw-counts');
    expect(await section.locator('h2').isVisible()).toBe(true);
    const rows = section.locator('tbody tr');
    await expect.poll(() => rows.count()).toBe(rws.length);
    for (const [i, r] of rws.entries()) {
      const row = rows.nth(i);
      expect(await row.isVisible(), `RW ${r.rw}`).toBe(true);
      const cells = (await row.locator('td').allInnerTexts()).map((c) => c.trim());
      const overdue = r.overdueAlerts > 0 ? ` ${String(r.overdueAlerts)} lewat batas waktu` : '';
      expect(cells, `RW ${r.rw}`).toEqual([`RW ${r.rw} · Margahayu`, `${String(r.openAlerts)}${overdue}`, expect.any(String), String(r.notWeighed), String(r.puslingRequests), r.nextVisit ?? '–']);
    }
    // The seeded alert and visit are among them, and the month's children not yet weighed.
    expect(rws.find((r) => r.rw === '03')).toMatchObject({ openAlerts: 1, overdueAlerts: 1 });
    expect(rws.find((r) => r.rw === '06')).toMatchObject({ puslingRequests: 1, nextVisit: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
    expect(rws.reduce((n, r) => n + r.notWeighed, 0)).toBeGreaterThan(0);

    const text = (await page.locator('body').innerText()) + (await page.content());
    const names = (await bot.container.models.children.find({ kelurahanId: 'kel-margahayu' }).lean<Array<{ _id: string; name: string }>>()).flatMap((c) => [c.name, c._id]);
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) expect(text, name).not.toMatch(new RegExp(`\\b${name}\\b`));
    expect(await overflow(page)).toBe(0);
    await dashboardShot(page, 'lurah');
    await context.close();
  }, 60_000);

  it('shows puskesmas staff every posyandu of their puskesmas, and a child\'s page with its visits and charts', async () => {
    const context = await phoneContext();
    const page = await context.newPage();
    await signIn(page, DEMO_PHONES.puskesmas);
    const view = (await (await context.request.get(`${base}/api/pws`)).json()) as { posyandu: Array<{ name: string }> };
    expect(view.posyandu.length).toBeGreaterThan(1);
    const rows = page.locator('table').first().locator('tbody tr');
    await expect.poll(() => rows.count()).toBe(view.posyandu.length);
    expect((await rows.locator('td:first-child').allTextContents()).sort()).toEqual(view.posyandu.map((p) => p.name).sort());
    expect(await overflow(page)).toBe(0);
    await dashboardShot(page, 'puskesmas');

    // The child's page: a row per current visit in the database, and the growth charts drawn.
    const visits = await bot.container.models.measurements.countDocuments({ childId: 'ch-budi', supersededBy: null });
    expect(visits).toBeGreaterThan(0);
    await page.goto(`${base}/pws/children/ch-budi`);
    const child = (await (await context.request.get(`${base}/api/pws/children/ch-budi`)).json()) as { child: { name: string } };
    expect(await page.locator('h1').textContent()).toBe(child.child.name);
    expect(await page.locator('table').first().locator('tbody tr').count()).toBe(visits);
    const charts = page.locator('img');
    await expect.poll(() => charts.evaluateAll((images) => images.filter((i) => (i as unknown as { naturalWidth: number }).naturalWidth > 0).length)).toBeGreaterThan(0);
    expect(await overflow(page)).toBe(0);
    await page.screenshot({ path: join(SCREENSHOTS, 'pws-child-phone.png'), fullPage: true });
    await context.close();
  }, 60_000);
});
