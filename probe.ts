import { parseChoice, parseTime, parseTimeRange, parseDate } from './src/engine/answers/index.js';
const time = (name: string, f: () => unknown) => { const t = performance.now(); const r = f(); console.log(name, Math.round(performance.now() - t), 'ms', JSON.stringify(r).slice(0,80)); };
const opts=[{id:'a',labels:['Laki-laki','Male','Lalaki']},{id:'b',labels:['Perempuan','Female','Awewe']}];
for (const n of [1000, 2000, 4000]) time(`choice repeat ${n}`, () => parseChoice('perempuan '.repeat(n), opts));
for (const n of [1000, 2000, 4000]) time(`time trailing ${n}`, () => parseTime('jam 8' + ' ya'.repeat(n)));
for (const n of [1000, 2000, 4000]) time(`time an ${n}`, () => parseTime('jam 8' + '-an'.repeat(n)));
for (const n of [1000, 4000, 16000]) time(`date ${n}`, () => parseDate('12 ' + 'a'.repeat(n), {today:'2026-03-09'}));
for (const n of [1000, 4000, 16000]) time(`date2 ${n}`, () => parseDate('1'.repeat(n), {today:'2026-03-09'}));
