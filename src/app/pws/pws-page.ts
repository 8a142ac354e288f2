import type { Translate } from '../../i18n/catalog.js';
import type { Lang } from '../../shared/lang.js';
import type { PwsFigures } from '../../domain/pws/index.js';
import { escapeHtml } from './html-escape.js';
import { renderIlpSection } from './ilp-html.js';
import type { PwsView } from './pws-service.js';
import { trendSvg, type TrendPoint } from './trend-svg.js';


const STYLE = `body{font-family:system-ui,sans-serif;margin:0;padding:12px;color:#1b1b1b;background:#fafafa}
h1{font-size:1.25rem;margin:.2em 0}h2{font-size:1.05rem;margin:1.2em 0 .4em}
.wrap{overflow-x:auto;-webkit-overflow-scrolling:touch}table{border-collapse:collapse;font-size:.9rem;background:#fff}
th,td{border:1px solid #ccc;padding:4px 6px;text-align:right;white-space:nowrap}th:first-child,td:first-child{text-align:left;position:sticky;left:0;background:#fff}
thead th{background:#eef3f7}tfoot td{font-weight:bold}.below{background:#fde2e1}.note{color:#555;font-size:.85rem}
form{margin:.6em 0}input,button{font-size:1rem;padding:6px}nav a{margin-right:.8em}`;

export function shell(lang: Lang, title: string, body: string): string {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${escapeHtml(title)}</title><style>${STYLE}</style></head><body>${body}</body></html>`;
}

const LANG_LINKS = (path: string) => `<nav>${(['id', 'su', 'en'] as const).map((l) => `<a href="${path}lang=${l}">${l.toUpperCase()}</a>`).join('')}</nav>`;

const num = (value: number | null) => (value === null ? '–' : String(value).replace('.', ','));

function cells(f: PwsFigures, targets: PwsView['targets']): string {
  const mark = (value: number | null, target: number) => (value !== null && value < target ? ' class="below"' : '');
  const rate = (count: number, value: number | null) => `${String(count)}${value === null ? '' : ` (${num(value)}%)`}`;
  return [
    `<td>${String(f.S)}</td><td>${String(f.K)}</td><td>${String(f.D)}</td><td>${String(f.N)}</td>`,
    `<td${mark(f.D_S, targets.D_S)}>${num(f.D_S)}</td><td${mark(f.N_D, targets.N_D)}>${num(f.N_D)}</td>`,
    `<td>${rate(f.stunting, f.rates.stunting)}</td><td>${rate(f.wasting, f.rates.wasting)}</td><td>${rate(f.underweight, f.rates.underweight)}</td><td>${rate(f.bgm, f.rates.bgm)}</td>`,
    `<td>${String(f.alerts.new)} / ${String(f.alerts.open)}</td><td>${String(f.pusling.requests)} / ${String(f.pusling.visits)}</td>`,
  ].join('');
}

function table(t: (key: string, params?: Record<string, string | number>) => string, view: PwsView, rows: Array<{ label: string; figures: PwsFigures }>, withTotal: boolean): string {
  const head = ['pws.col.place', 'S', 'K', 'D', 'N', 'D/S %', 'N/D %', 'pws.col.stunting', 'pws.col.wasting', 'pws.col.underweight', 'BGM', 'pws.col.alerts', 'pws.col.pusling']
    .map((key) => `<th scope="col">${escapeHtml(key.startsWith('pws.') ? t(key) : key)}</th>`)
    .join('');
  const body = rows.map((r) => `<tr><td>${escapeHtml(r.label)}</td>${cells(r.figures, view.targets)}</tr>`).join('');
  const foot = withTotal ? `<tfoot><tr><td>${escapeHtml(t('pws.page.total'))}</td>${cells(view.total, view.targets)}</tr></tfoot>` : '';
  return `<div class="wrap"><table><thead><tr>${head}</tr></thead><tbody>${body}</tbody>${foot}</table></div>`;
}

/** The month's files: the SKDN table for every reader, the by-name measurements only where names may be seen. */
function downloads(t: (key: string) => string, view: PwsView): string {
  const link = (href: string, key: string) => `<li><a href="${href}?month=${view.month}">${escapeHtml(t(key))}</a></li>`;
  const files = [link('/api/pws/skdn.csv', 'pws.page.download.skdn_csv'), link('/api/pws/skdn.xlsx', 'pws.page.download.skdn_xlsx')];
  if (view.names) files.push(link('/api/exports/measurements.csv', 'pws.page.download.measurements_csv'), link('/api/exports/measurements.xlsx', 'pws.page.download.measurements_xlsx'));
  return `<h2>${escapeHtml(t('pws.page.download.title'))}</h2><ul>${files.join('')}</ul>`;
}

/**
 * The PWS page of a month from the same view the JSON API gives: per posyandu and per RW, with the
 * month picker, the legend and sign-out. Server-rendered, no script but sign-out; readable on a phone.
 * `lists` are the lists to act on, already rendered: `renderListsSection` by name, `renderRwCountsSection`
 * (counts per RW) for a lurah.
 *
 * @example
 * reply.type('text/html').send(renderPwsPage(view, translate, 'id'));
 */
export function renderPwsPage(view: PwsView, translate: Translate, lang: Lang, trend: readonly TrendPoint[] = [], lists = ''): string {
  const t = (key: string, params?: Record<string, string | number>) => translate(lang, key, params);
  const posyanduRows = view.posyandu.map((p) => ({ label: p.name, figures: p }));
  const rwRows = view.rw.map((r) => ({ label: `RW ${r.rw} · ${r.kelurahanName}`, figures: r }));
  const body = [
    LANG_LINKS(`/pws?month=${view.month}&`),
    `<h1>${escapeHtml(t('pws.page.title'))}</h1>`,
    `<p class="note">${escapeHtml(t('pws.page.signed_in_as', { role: t(`pws.role.${view.role}`) }))} · <button type="button" id="out">${escapeHtml(t('pws.page.sign_out'))}</button></p>`,
    `<form method="get" action="/pws"><label>${escapeHtml(t('pws.page.month'))} <input type="month" name="month" value="${view.month}" required></label><input type="hidden" name="lang" value="${lang}"> <button>${escapeHtml(t('pws.page.show'))}</button></form>`,
    view.posyandu.length === 0 ? `<p>${escapeHtml(t('pws.page.no_places'))}</p>` : '',
    `<h2>${escapeHtml(t('pws.page.by_posyandu'))}</h2>`,
    table(t, view, posyanduRows, true),
    `<h2>${escapeHtml(t('pws.page.by_rw'))}</h2>`,
    table(t, view, rwRows, false),
    renderIlpSection(t, view.ilp),
    trend.length ? `<h2>${escapeHtml(t('pws.page.trend'))}</h2>${trendSvg(trend, view.targets.D_S, { ds: 'D/S %', nd: 'N/D %', title: t('pws.page.trend') })}` : '',
    lists,
    downloads(t, view),
    `<p class="note">${escapeHtml(t('pws.page.legend'))}</p>`,
    `<p class="note">${escapeHtml(t('pws.page.targets', { ds: view.targets.D_S, nd: view.targets.N_D }))}</p>`,
    view.names ? '' : `<p class="note">${escapeHtml(t('pws.page.aggregates_only'))}</p>`,
    `<script>document.getElementById('out').onclick=async()=>{await fetch('/api/auth/session',{method:'DELETE'});location.reload();};</script>`,
  ].join('\n');
  return shell(lang, t('pws.page.title'), body);
}

/**
 * The sign-in form: phone, then the code the bot sent, both through the JSON API
 * (`POST /api/auth/code`, `POST /api/auth/session`); the page reloads once signed in.
 *
 * @example
 * reply.status(401).type('text/html').send(renderSignInPage(translate, 'id'));
 */
export function renderSignInPage(translate: Translate, lang: Lang): string {
  const t = (key: string) => escapeHtml(translate(lang, key));
  const say = JSON.stringify({ sent: translate(lang, 'pws.sign_in.code_sent'), wrong: translate(lang, 'pws.sign_in.wrong_code'), many: translate(lang, 'pws.sign_in.too_many') }).replace(/</g, '\\u003c');
  const body = [
    LANG_LINKS('/pws?'),
    `<h1>${t('pws.sign_in.title')}</h1>`,
    `<p class="note">${t('pws.sign_in.intro')}</p>`,
    `<form id="ask"><label>${t('pws.sign_in.phone')}<br><input name="phone" type="tel" inputmode="tel" autocomplete="tel" required></label> <button>${t('pws.sign_in.send_code')}</button></form>`,
    `<form id="enter" hidden><label>${t('pws.sign_in.code')}<br><input name="code" inputmode="numeric" autocomplete="one-time-code" pattern="[0-9]{6}" maxlength="6" required></label> <button>${t('pws.sign_in.submit')}</button></form>`,
    `<p id="msg" role="status"></p>`,
    `<script>const say=${say};const ask=document.getElementById('ask'),enter=document.getElementById('enter'),msg=document.getElementById('msg');
const post=(url,body)=>fetch(url,{method:'POST',headers:{'content-type':'application/json'},body:JSON.stringify(body)});
ask.onsubmit=async(e)=>{e.preventDefault();const r=await post('/api/auth/code',{phone:ask.phone.value});msg.textContent=r.status===429?say.many:say.sent;if(r.status===202)enter.hidden=false;};
enter.onsubmit=async(e)=>{e.preventDefault();const r=await post('/api/auth/session',{phone:ask.phone.value,code:enter.code.value});if(r.ok)location.reload();else msg.textContent=r.status===429?say.many:say.wrong;};</script>`,
  ].join('\n');
  return shell(lang, translate(lang, 'pws.sign_in.title'), body);
}
