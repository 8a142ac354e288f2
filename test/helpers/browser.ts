import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';

/** Set to `1` to skip the browser tests on a machine without Chromium; CI never sets it. */
export const SKIP_BROWSER = process.env.SKIP_BROWSER_TESTS === '1';

/** Where the browser tests save their screenshots (gitignored). */
export const SCREENSHOTS = join(process.cwd(), '.cache', 'screenshots');

/** The system Chromium (Debian's `chromium`): `CHROMIUM_PATH`, else the first on PATH. */
export function chromiumPath(): string | undefined {
  const asked = process.env.CHROMIUM_PATH;
  if (asked) return existsSync(asked) ? asked : undefined;
  for (const name of ['chromium', 'chromium-browser', 'google-chrome']) {
    try {
      return execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim() || undefined;
    } catch {
      // not this one
    }
  }
  return undefined;
}

/**
 * Launches the system Chromium headless through playwright-core (no browser download). Without one,
 * fails with what to do: a missing browser must not pass as a skipped test.
 *
 * @example
 * const browser = await launchChromium();
 */
export async function launchChromium(): Promise<Browser> {
  const executablePath = chromiumPath();
  if (!executablePath) {
    throw new Error('No Chromium for the browser tests: `apt-get install -y chromium` (or set CHROMIUM_PATH), or set SKIP_BROWSER_TESTS=1 to skip them on this machine.');
  }
  mkdirSync(SCREENSHOTS, { recursive: true });
  // --no-sandbox: CI and containers run as root, where Chromium's sandbox refuses to start.
  return chromium.launch({ executablePath, headless: true, args: ['--no-sandbox', '--disable-dev-shm-usage'] });
}
