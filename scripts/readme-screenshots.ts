/**
 * README's pictures from the browser test's screenshots: `npx vitest run test/browser/pws-dashboard.test.ts`
 * saves them (full pages, phone at 2×) in .cache/screenshots; this scales each to the phone's own width
 * (360 px) and keeps the top of the long pages, so each PNG stays under ~200 KB.
 *
 * Usage: npx tsx scripts/readme-screenshots.ts
 * The pages show the demo world only (names, phones and places of src/main/demo-data.ts).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createCanvas, loadImage } from '@napi-rs/canvas';

const FROM = join(process.cwd(), '.cache', 'screenshots');
const TO = join(process.cwd(), 'docs', 'screenshots');
const WIDTH = 360;
/**
 * Heights kept from the top, in CSS pixels: the top of the kader's dashboard (the month's SKDN per posyandu and per RW); the trend and
 * lists parts (the test cuts them out) and the child's page whole.
 */
const PICTURES: ReadonlyArray<{ file: string; height: number }> = [
  { file: 'pws-kader-phone.png', height: 530 },
  { file: 'pws-puskesmas-lists-phone.png', height: 1600 },
  { file: 'pws-lurah-lists-phone.png', height: 1600 },
  { file: 'pws-child-phone.png', height: 1600 },
];
const LIMIT = 200 * 1024;

mkdirSync(TO, { recursive: true });
for (const { file, height } of PICTURES) {
  const image = await loadImage(join(FROM, file));
  const scale = WIDTH / image.width;
  const kept = Math.min(height, Math.round(image.height * scale));
  const canvas = createCanvas(WIDTH, kept);
  const context = canvas.getContext('2d');
  context.imageSmoothingQuality = 'high';
  context.drawImage(image, 0, 0, image.width, kept / scale, 0, 0, WIDTH, kept);
  const png = await canvas.encode('png');
  if (png.length > LIMIT) throw new Error(`${file}: ${String(Math.round(png.length / 1024))} KB after scaling; keep less of the page (height in PICTURES).`);
  writeFileSync(join(TO, file), png);
  console.log(`docs/screenshots/${file}: ${String(WIDTH)}×${String(kept)}, ${String(Math.round(png.length / 1024))} KB`);
}
