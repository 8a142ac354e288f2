import { parseChoice } from './src/engine/answers/index.js';
const time = (name: string, f: () => unknown) => { const t = performance.now(); const r = f(); console.log(name, Math.round(performance.now() - t), 'ms', JSON.stringify(r).slice(0,80)); };
const opts=(n:number)=>[{id:'a',labels:['Laki-laki '+'x'.repeat(n)]},{id:'b',labels:['Perempuan '+'y'.repeat(n)]}];
for (const n of [100, 400, 1600]) time(`choice label ${n}`, () => parseChoice('z'.repeat(4000), opts(n)));
for (const n of [1000, 2000, 4000]) time(`choice eq ${n}`, () => parseChoice('z'.repeat(n), opts(n)));
