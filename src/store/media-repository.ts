import type { Models } from './store.js';

/**
 * Stores generated images so every channel can fetch the bytes (Telegram and WhatsApp upload them;
 * the simulator and the Cloud API use the `/media/<id>.png` URL).
 *
 * @example
 * await media.put('med_abc', png, 'image/png', now); const png2 = await media.get('med_abc');
 */
export class MediaRepository {
  constructor(private readonly models: Models) {}

  async put(id: string, data: Buffer, contentType: string, at: Date): Promise<void> {
    await this.models.media.replaceOne({ _id: id }, { _id: id, data, contentType, createdAt: at }, { upsert: true });
  }

  async get(id: string): Promise<{ data: Buffer; contentType: string } | null> {
    const doc = await this.models.media.findById(id).lean();
    if (!doc) return null;
    const data = Buffer.isBuffer(doc.data) ? doc.data : Buffer.from((doc.data as unknown as { buffer: ArrayBuffer }).buffer);
    return { data, contentType: doc.contentType };
  }

  async deleteOlderThan(at: Date): Promise<number> {
    const result = await this.models.media.deleteMany({ createdAt: { $lt: at } });
    return result.deletedCount;
  }
}
