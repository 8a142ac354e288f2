/**
 * WHO z-scores and Permenkes categories for a CSV of children.
 *
 * Usage: npm run --silent anthro -- <input.csv> [-o out.csv]
 * Exit codes: 0 all rows scored, 1 some rows bad (listed on stderr, written with empty results),
 * 2 usage error (no/unknown arguments, unreadable file, missing columns).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { BatchInputError, runAnthroBatch } from '../src/tools/anthro/run-batch.js';

const USAGE = 'usage: npm run --silent anthro -- <input.csv> [-o out.csv]';
/** Files this large get progress lines even when stderr is not a terminal. */
const LARGE_FILE_BYTES = 2_000_000;

function parseArgs(argv: string[]): { input: string; output: string | undefined } | string {
  let input: string | undefined;
  let output: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '-o' || arg === '--output') {
      output = argv[++i];
      if (output === undefined) return '-o needs a file name';
    } else if (arg.startsWith('-') && arg !== '-') return `unknown option ${arg}`;
    else if (input === undefined) input = arg;
    else return `unexpected argument ${arg}`;
  }
  return input === undefined ? 'missing input file' : { input, output };
}

function main(): number {
  const args = parseArgs(process.argv.slice(2));
  if (typeof args === 'string') {
    console.error(`anthro: ${args}\n${USAGE}`);
    return 2;
  }
  let text: string;
  try {
    text = readFileSync(args.input === '-' ? 0 : args.input, 'utf8');
  } catch (error) {
    console.error(`anthro: cannot read ${args.input}: ${(error as Error).message}`);
    return 2;
  }
  const showProgress = process.stderr.isTTY === true || text.length > LARGE_FILE_BYTES;
  let result;
  try {
    result = runAnthroBatch(text, showProgress ? (done) => process.stderr.write(`anthro: ${done} rows\n`) : undefined);
  } catch (error) {
    if (!(error instanceof BatchInputError)) throw error;
    console.error(`anthro: ${args.input}: ${error.message}`);
    return 2;
  }
  for (const bad of result.bad) console.error(`anthro: line ${bad.line}: ${bad.reason}`);
  if (args.output === undefined) process.stdout.write(result.csv);
  else writeFileSync(args.output, result.csv);
  if (showProgress || result.bad.length > 0) {
    console.error(`anthro: ${result.rows} rows, ${result.bad.length} bad`);
  }
  return result.bad.length > 0 ? 1 : 0;
}

process.exitCode = main();
