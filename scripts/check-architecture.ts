/**
 * Keeps dependencies pointing inward (STYLE.md): `main → http, queues, channels, store → app →
 * engine, domain, i18n → shared`. Exits 1 and lists each import that breaks the rule.
 */
import { findLayerViolations } from './lib/layers.js';

const violations = findLayerViolations('src');
for (const v of violations) console.error(`${v.file}: imports ${v.target} (${v.from} may not depend on ${v.to})`);
if (violations.length) process.exit(1);
console.log('architecture: dependencies point inward');
