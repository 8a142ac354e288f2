import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { AppError } from '../../shared/errors.js';
import { migrateFlow } from './migrate.js';
import type { FlowDefinition, LoadedFlow } from './types.js';
import { validateReferences, validateShape, type FlowContext, type FlowProblem } from './validate.js';

/** Files in the flows folder that are not flows start with `_` (keywords, shared data). */
function flowFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => /\.(ya?ml|json)$/.test(name) && !name.startsWith('_'))
    .sort()
    .map((name) => join(dir, name));
}

function parseFile(file: string, text: string): unknown {
  return file.endsWith('.json') ? JSON.parse(text) : parseYaml(text);
}

function revisionOf(definition: FlowDefinition): string {
  return createHash('sha256').update(JSON.stringify(definition)).digest('hex').slice(0, 12);
}

/**
 * Reads, migrates and validates every flow in a folder. Any problem stops loading with every problem
 * listed by file, step and reason, so a broken flow never reaches users.
 *
 * @example
 * const flows = loadFlows('flows', { actions: new ActionRegistry([saveChild]), hasKey: (k) => k in messages });
 */
export function loadFlows(dir: string, context: Omit<FlowContext, 'flowIds'>): LoadedFlow[] {
  const problems: FlowProblem[] = [];
  const parsed: Array<{ file: string; definition: FlowDefinition }> = [];
  for (const file of flowFiles(dir)) {
    let raw: unknown;
    try {
      raw = parseFile(file, readFileSync(file, 'utf8'));
    } catch (error) {
      problems.push({ file, reason: `cannot be parsed: ${(error as Error).message.split('\n')[0]}` });
      continue;
    }
    const migrated = typeof raw === 'object' && raw !== null ? migrateFlow(raw as Record<string, unknown>) : raw;
    const shapeProblems = validateShape(migrated, file);
    if (shapeProblems.length) problems.push(...shapeProblems);
    else parsed.push({ file, definition: migrated as FlowDefinition });
  }
  const ids = new Map<string, string>();
  for (const { file, definition } of parsed) {
    const other = ids.get(definition.id);
    if (other) problems.push({ file, flow: definition.id, reason: `flow id "${definition.id}" is also used by ${other}` });
    ids.set(definition.id, file);
  }
  const full: FlowContext = { ...context, flowIds: new Set(ids.keys()) };
  for (const { file, definition } of parsed) problems.push(...validateReferences(definition, file, full));
  if (problems.length) throw flowError(problems);
  return parsed.map(({ file, definition }) => ({ file, definition, revision: revisionOf(definition) }));
}

export function flowError(problems: FlowProblem[]): AppError {
  const lines = problems.map((p) => `${p.file}${p.step ? ` step "${p.step}"` : ''}: ${p.reason}`);
  return new AppError('FLOW_INVALID', `Flows are invalid; fix these and start again:\n- ${lines.join('\n- ')}`, { problems });
}
