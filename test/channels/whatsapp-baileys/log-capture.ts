import { createLogger, type Logger } from '../../../src/shared/logger.js';

/** A real logger whose JSON lines land in an array, to check what the operator is told. */
export function capturedLogger(): { log: Logger; lines: Array<{ level: number; msg: string }> } {
  const lines: Array<{ level: number; msg: string }> = [];
  const log = createLogger({ level: 'info', destination: { write: (line: string) => void lines.push(JSON.parse(line) as { level: number; msg: string }) } });
  return { log, lines };
}
