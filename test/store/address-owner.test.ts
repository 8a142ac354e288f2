/**
 * A known address's turn reads its contact by `_id` alone: the process remembers the address's
 * contact, and trusts it only while the contact still names the address as its last one. Each
 * repository below stands for a process of its own (its own memory), on one database.
 */
import { describe, expect, it, vi } from 'vitest';
import { AddressCache } from '../../src/store/address-cache.js';
import { ContactsRepository } from '../../src/store/contacts-repository.js';
import { addressKeysOf, sealOf } from '../../src/store/sealed-fields.js';
import { ensureIndexes } from '../../src/store/store.js';
import { freshModelsEachTest } from '../helpers/fresh-models.js';

const freshModels = freshModelsEachTest();
const defaults = (id: string) => ({ id, lang: 'id' as const, timezone: 'Asia/Jakarta' });

async function setUp() {
  const models = await freshModels();
  await ensureIndexes(models);
  const addressReads = vi.spyOn(models.addresses, 'findById');
  return { models, addressReads, worker: new ContactsRepository(models), other: new ContactsRepository(models) };
}

describe('the owner of an address, remembered', () => {
  it('reads the address document once; later turns read the contact alone', async () => {
    const { addressReads, worker } = await setUp();
    await worker.findOrCreate({ channel: 'telegram', address: '42', phone: null }, defaults('c-42'));
    addressReads.mockClear();

    expect((await worker.findByAddressWithSession('telegram', '42'))?.contact._id).toBe('c-42');
    expect(addressReads).toHaveBeenCalledTimes(1);
    expect((await worker.findByAddressWithSession('telegram', '42'))?.contact._id).toBe('c-42');
    expect((await worker.findByAddressWithSession('telegram', '42'))?.contact._id).toBe('c-42');
    expect(addressReads).toHaveBeenCalledTimes(1);
  });

  it('finds the new owner when another process moved the address (a shared phone); the old contact lets go of it', async () => {
    const { models, worker, other } = await setUp();
    await other.findOrCreate({ channel: 'telegram', address: '42', phone: null }, defaults('c-tg'));
    await other.findOrCreate({ channel: 'whatsapp-cloud', address: '628119000042', phone: '628119000042' }, defaults('c-wa'));
    await other.findOrCreate({ channel: 'simulator', address: 'tg-alt', phone: null }, defaults('c-alt'));
    await other.moveAddress('simulator', 'tg-alt', 'c-tg');
    await models.contacts.updateOne({ _id: 'c-tg' }, { $set: { lastChannel: 'telegram', lastAddress: '42' } });
    expect((await worker.findByAddressWithSession('telegram', '42'))?.contact._id).toBe('c-tg');

    await other.moveAddress('telegram', '42', 'c-wa');

    expect((await worker.findByAddressWithSession('telegram', '42'))?.contact._id).toBe('c-wa');
    // Its remaining address becomes its last one: reminders still reach it there.
    expect(await worker.get('c-tg')).toMatchObject({ lastChannel: 'simulator', lastAddress: 'tg-alt' });
    expect(await worker.get('c-alt')).toMatchObject({ lastChannel: null, lastAddress: null });
  });

  it.each([
    ['letting the old contact go of it', 'contacts', 'updateOne'],
    ['moving the address document', 'addresses', 'findOneAndUpdate'],
  ] as const)('names the owner the address document names when a move dies at %s', async (_step, model, method) => {
    const { models, worker, other } = await setUp();
    await other.findOrCreate({ channel: 'telegram', address: '42', phone: null }, defaults('c-tg'));
    await other.findOrCreate({ channel: 'whatsapp-cloud', address: '628119000042', phone: '628119000042' }, defaults('c-wa'));
    expect((await worker.findByAddressWithSession('telegram', '42'))?.contact._id).toBe('c-tg');
    vi.spyOn(models[model], method).mockRejectedValueOnce(new Error('the worker died here'));

    await expect(other.moveAddress('telegram', '42', 'c-wa')).rejects.toThrow('the worker died here');

    const [key] = addressKeysOf(sealOf(models.connection), 'telegram', '42');
    const owner = (await models.addresses.collection.findOne({ _id: key as never }))?.contactId;
    expect((await worker.findByAddressWithSession('telegram', '42'))?.contact._id).toBe(owner);
  });

  it('finds nothing after another process erased the contact, and the address is free for a new one', async () => {
    const { worker, other } = await setUp();
    await worker.findOrCreate({ channel: 'telegram', address: '42', phone: null }, defaults('c-old'));
    expect((await worker.findByAddressWithSession('telegram', '42'))?.contact._id).toBe('c-old');

    await other.erase('c-old');

    expect(await worker.findByAddressWithSession('telegram', '42')).toBeNull();
    await other.findOrCreate({ channel: 'telegram', address: '42', phone: null }, defaults('c-new'));
    expect((await worker.findByAddressWithSession('telegram', '42'))?.contact._id).toBe('c-new');
  });

  it('keeps at most its capacity, dropping the address used least recently', () => {
    const cache = new AddressCache(2);
    cache.remember('telegram', '1', 'c-1');
    cache.remember('telegram', '2', 'c-2');
    expect(cache.guess('telegram', '1')).toBe('c-1');
    cache.remember('telegram', '3', 'c-3');
    expect([cache.guess('telegram', '1'), cache.guess('telegram', '2'), cache.guess('telegram', '3')]).toEqual(['c-1', undefined, 'c-3']);
    expect(cache.size).toBe(2);
    cache.forget('telegram', '1');
    expect(cache.guess('telegram', '1')).toBeUndefined();
  });
});
