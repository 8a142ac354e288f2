import { createRequire } from 'node:module';
import { GlobalFonts } from '@napi-rs/canvas';

/** The family name charts ask for; registered from the Noto Sans files of an npm package. */
export const CHART_FONT = 'PosyanduChartSans';

const FONT_FILES = [
  '@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf',
  '@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf',
] as const;

let registered = false;

/**
 * Registers Noto Sans (OFL) once per process. Servers and CI machines may have no system fonts, so
 * the chart never relies on them.
 *
 * @example
 * ensureChartFonts();
 * ctx.font = `bold 40px ${CHART_FONT}`;
 */
export function ensureChartFonts(): void {
  if (registered) return;
  const require = createRequire(import.meta.url);
  for (const file of FONT_FILES) {
    const key = GlobalFonts.registerFromPath(require.resolve(file), CHART_FONT);
    if (!key) throw new Error(`Could not load chart font ${file}; run npm install to restore it.`);
  }
  registered = true;
}
