/**
 * Polls until `probe` gives a value (work done by queue workers in the background), for at most 20 s.
 *
 * @example
 * const report = await until('the report', async () => (await bot.history(KADER)).find((m) => m.text.includes('selesai')));
 */
export async function until<T>(what: string, probe: () => Promise<T | undefined>): Promise<T> {
  for (let i = 0; i < 200; i++) {
    const value = await probe();
    if (value !== undefined) return value;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`gave up waiting for ${what}`);
}
