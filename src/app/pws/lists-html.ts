import type { Translate } from '../../i18n/catalog.js';
import type { Lang } from '../../shared/lang.js';
import { escapeHtml } from './html-escape.js';
import type { ActionLists, ChildPage, RwActionCounts } from './pws-lists.js';
import { shell } from './pws-page.js';

type T = (key: string, params?: Record<string, string | number>) => string;

const CATEGORY_KEY = { stunting: 'pws.col.stunting', wasting: 'pws.col.wasting', underweight: 'pws.col.underweight', bgm: 'BGM' } as const;

function tableOf(t: T, head: readonly string[], rows: readonly string[][]): string {
  if (rows.length === 0) return `<p>${escapeHtml(t('pws.lists.none'))}</p>`;
  const th = head.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join('');
  const body = rows.map((cells) => `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('');
  return `<div class="wrap"><table><thead><tr>${th}</tr></thead><tbody>${body}</tbody></table></div>`;
}

/** A deadline as the reader's local day and time (the page is for one area, in its time zone). */
const when = (iso: string | null, timezone: string) => (iso ? new Date(iso).toLocaleString('sv-SE', { timeZone: timezone }).slice(0, 16) : '–');

const childLink = (id: string, name: string, lang: Lang) => `<a href="/pws/children/${encodeURIComponent(id)}?lang=${lang}">${escapeHtml(name)}</a>`;

/**
 * The lists to act on under the PWS table (only for readers who may see names): flagged children
 * with their follow-up, open alerts by deadline, Pusling requests and visits.
 *
 * @example
 * renderListsSection(lists, (id) => 'Margahayu', translate, 'id', 'Asia/Jakarta'); // '<h2>Daftar untuk ditindaklanjuti</h2>…'
 */
export function renderListsSection(lists: ActionLists, kelurahanName: (kelurahanId: string) => string, translate: Translate, lang: Lang, timezone: string): string {
  const t: T = (key, params) => translate(lang, key, params);
  const flagged = lists.flagged.map((f) => [
    childLink(f.childId, f.name, lang),
    escapeHtml(f.rw ?? '–'),
    escapeHtml(f.categories.map((c) => (CATEGORY_KEY[c].startsWith('pws.') ? t(CATEGORY_KEY[c]) : CATEGORY_KEY[c])).join(', ') || '–'),
    escapeHtml(f.followUp ? `${t(`alert.state.${f.followUp.state}`)} · ${t(`alert.level.${f.followUp.level}`)}` : t('pws.lists.no_follow_up')),
    escapeHtml(when(f.followUp?.ackDueAt ?? null, timezone)),
  ]);
  const alerts = lists.alerts.map((a) => [
    childLink(a.childId, a.name, lang),
    escapeHtml(t(`escalation.condition.${a.condition}`)),
    escapeHtml(`${t(`alert.state.${a.state}`)} · ${t(`alert.level.${a.level}`)}`),
    `${escapeHtml(when(a.ackDueAt, timezone))}${a.overdue ? ` <strong class="below">${escapeHtml(t('pws.lists.overdue'))}</strong>` : ''}`,
  ]);
  const pusling = lists.pusling.map((p) => [escapeHtml(`RW ${p.rw} · ${kelurahanName(p.kelurahanId)}`), escapeHtml(t(`pusling.state.${p.state}`)), escapeHtml(p.requestedOn), escapeHtml(p.visitOn ?? '–')]);
  return [
    `<h2>${escapeHtml(t('pws.lists.title'))}</h2>`,
    `<h3>${escapeHtml(t('pws.lists.flagged'))}</h3>`,
    tableOf(t, [t('pws.lists.name'), 'RW', t('pws.lists.categories'), t('pws.lists.follow_up'), t('pws.lists.deadline')], flagged),
    `<h3>${escapeHtml(t('pws.lists.alerts'))}</h3>`,
    tableOf(t, [t('pws.lists.name'), t('pws.lists.condition'), t('pws.lists.state'), t('pws.lists.deadline')], alerts),
    `<h3>${escapeHtml(t('pws.lists.pusling'))}</h3>`,
    tableOf(t, ['RW', t('pws.lists.state'), t('pws.lists.requested'), t('pws.lists.visit')], pusling),
  ].join('\n');
}

/**
 * The lists to act on for a lurah (aggregates only): per RW, the same counts `GET /api/pws/lists`
 * answers them (`PwsLists.rwCounts`): open alerts (overdue among them) and the nearest deadline,
 * children not weighed in the month, Pusling requests and the next visit. No name, no child id.
 *
 * @example
 * renderRwCountsSection(counts.rws, (id) => 'Margahayu', translate, 'id', 'Asia/Jakarta'); // '<section id="rw-counts"><h2>Daftar untuk ditindaklanjuti</h2>…'
 */
export function renderRwCountsSection(rws: readonly RwActionCounts[], kelurahanName: (kelurahanId: string) => string, translate: Translate, lang: Lang, timezone: string): string {
  const t: T = (key, params) => translate(lang, key, params);
  const rows = rws.map((r) => [
    escapeHtml(`RW ${r.rw} · ${kelurahanName(r.kelurahanId)}`),
    `${String(r.openAlerts)}${r.overdueAlerts > 0 ? ` <strong class="below">${escapeHtml(t('pws.lists.overdue_count', { count: r.overdueAlerts }))}</strong>` : ''}`,
    escapeHtml(when(r.nextDeadline, timezone)),
    String(r.notWeighed),
    String(r.puslingRequests),
    escapeHtml(r.nextVisit ?? '–'),
  ]);
  const head = ['RW', t('pws.lists.open_alerts'), t('pws.lists.next_deadline'), t('pws.lists.not_weighed'), t('pws.lists.pusling_requests'), t('pws.lists.next_visit')];
  return [
    '<section id="rw-counts">',
    `<h2>${escapeHtml(t('pws.lists.title'))}</h2>`,
    `<p class="note">${escapeHtml(t('pws.lists.by_rw_note'))}</p>`,
    tableOf(t, head, rows),
    '</section>',
  ].join('\n');
}

const num = (value: number | null | undefined) => (value === null || value === undefined ? '–' : String(value).replace('.', ','));

/**
 * A child's page: the visits with z-scores and categories, and the growth charts drawn by the same
 * renderer the chat uses (`src/charts`), as images of this page's own address.
 *
 * @example
 * reply.type('text/html').send(renderChildPage(page, ['wfa', 'lhfa'], translate, 'id'));
 */
export function renderChildPage(page: ChildPage, charts: readonly string[], translate: Translate, lang: Lang): string {
  const t: T = (key, params) => translate(lang, key, params);
  const { child } = page;
  const rows = [...page.visits].reverse().map((v) => [
    escapeHtml(v.date),
    num(v.weightKg),
    num(v.lengthCm),
    num(v.headCm),
    num(v.armCm),
    escapeHtml(Object.entries(v.z).map(([k, z]) => `${k.toUpperCase()} ${num(z)}`).join(' · ') || '–'),
    escapeHtml(Object.values(v.categories).filter((c) => c !== 'normal').join(', ') || '–'),
    escapeHtml(v.kms ?? '–'),
  ]);
  const body = [
    `<nav><a href="/pws?lang=${lang}">← ${escapeHtml(t('pws.child.back'))}</a></nav>`,
    `<h1>${escapeHtml(child.name)}</h1>`,
    `<p class="note">${escapeHtml(t('pws.child.born', { date: child.birthDate }))}${child.rw ? ` · RW ${escapeHtml(child.rw)}` : ''}</p>`,
    `<h2>${escapeHtml(t('pws.child.visits'))}</h2>`,
    tableOf(t, [t('pws.child.date'), t('pws.child.weight'), t('pws.child.length'), t('pws.child.head'), t('pws.child.arm'), 'Z', t('pws.lists.categories'), 'KMS'], rows),
    charts.length ? `<h2>${escapeHtml(t('pws.child.charts'))}</h2>` : '',
    ...charts.map((indicator) => `<p><img alt="${escapeHtml(indicator)}" width="100%" style="max-width:540px" src="/pws/children/${encodeURIComponent(child.childId)}/charts/${indicator}.png?lang=${lang}"></p>`),
  ].join('\n');
  return shell(lang, `${t('pws.child.title')} · ${child.name}`, body);
}
