import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';

/** Which top-level folders of `src/` each folder may import. Frameworks are kept out by the same map. */
export const ALLOWED: Record<string, readonly string[]> = {
  shared: ['shared'],
  config: ['config', 'shared'],
  i18n: ['i18n', 'shared'],
  engine: ['engine', 'i18n', 'shared'],
  domain: ['domain', 'shared'],
  charts: ['charts', 'domain', 'i18n', 'shared'],
  tools: ['tools', 'domain', 'shared'],
  app: ['app', 'engine', 'domain', 'charts', 'i18n', 'shared', 'config'],
  // The edges may use anything inside them (app and what app builds on), never each other.
  store: ['store', 'app', 'engine', 'domain', 'shared'],
  queues: ['queues', 'app', 'engine', 'domain', 'shared'],
  channels: ['channels', 'app', 'engine', 'domain', 'charts', 'i18n', 'shared', 'config'],
  http: ['http', 'app', 'channels', 'engine', 'domain', 'i18n', 'shared', 'config'],
  main: ['main', 'http', 'queues', 'channels', 'store', 'app', 'engine', 'domain', 'charts', 'i18n', 'config', 'shared', 'tools'],
};

/** Packages that only one layer may import: the edges own their frameworks. */
export const PACKAGE_OWNERS: Record<string, readonly string[]> = {
  mongoose: ['store'],
  bullmq: ['queues', 'main'],
  fastify: ['http', 'main'],
  grammy: ['channels'],
  '@whiskeysockets/baileys': ['channels'],
  ioredis: ['queues', 'main', 'channels'],
  'prom-client': ['http'],
  '@bull-board/api': ['http', 'main'],
  '@bull-board/fastify': ['http'],
};

export interface Violation {
  file: string;
  target: string;
  from: string;
  to: string;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : name.endsWith('.ts') ? [path] : [];
  });
}

export function findLayerViolations(root: string): Violation[] {
  const violations: Violation[] = [];
  for (const file of sourceFiles(root)) {
    const from = relative(root, file).split('/')[0]!;
    const allowed = ALLOWED[from];
    if (!allowed) {
      violations.push({ file, target: '(folder)', from, to: 'a layer: add it to scripts/lib/layers.ts' });
      continue;
    }
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(/(?:^|\n)\s*(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]/g)) {
      const target = match[1]!;
      if (target.startsWith('.')) {
        const resolved = relative(root, normalize(join(dirname(file), target)));
        // The vocabulary beside the locales is data every layer may read, like a JSON table of its own.
        if (/^\.\.\/locales\/vocabulary\/[\w-]+\.json$/.test(resolved)) continue;
        const to = resolved.split('/')[0]!;
        if (!allowed.includes(to)) violations.push({ file, target, from, to });
      } else {
        const pkg = target.startsWith('@') ? target.split('/').slice(0, 2).join('/') : target.split('/')[0]!;
        const owners = PACKAGE_OWNERS[pkg];
        if (owners && !owners.includes(from)) violations.push({ file, target, from, to: pkg });
      }
    }
  }
  return violations;
}
