/**
 * Requests typed while onboarding are kept, in order, the same words once and at most five, and
 * the person is told which were kept; none is replaced by a later one.
 */
import { describe, expect, it } from 'vitest';
import { toContactView } from '../../src/app/contact-view.js';
import { newSession, runEngine, type SessionState } from '../../src/engine/index.js';
import { DemoWorld } from '../helpers/demo-world.js';
import { engineOn } from '../helpers/demo-world-engine.js';

const NOW = new Date('2026-03-09T02:00:00Z');
const KEPT = 'Pesan Anda sudah saya simpan dan akan saya jawab setelah pendaftaran selesai. Sekarang jawab dulu pertanyaan ini:';
const FULL = 'Sudah ada 5 pesan yang saya simpan untuk dijawab setelah pendaftaran selesai, jadi pesan ini tidak saya simpan: kirim lagi setelah pendaftaran. Sekarang jawab dulu pertanyaan ini:';

describe('requests typed while onboarding', () => {
  it('are kept in order, the same words once, five at most, and the person hears which were not', async () => {
    const world = new DemoWorld(NOW);
    const engine = engineOn(world);
    const contact = world.contactFor('+628111000099');
    let session: SessionState = newSession(contact._id, 'id');
    const firsts: string[] = [];
    for (const [i, text] of ['halo', 'kapan posyandu?', 'anak saya', 'KAPAN  posyandu?', 'tambah anak', 'bantuan anak', 'peringatan', 'siaran'].entries()) {
      const result = await runEngine(engine, session, toContactView(contact), { type: 'message', text }, NOW, `t${i + 1}`);
      session = result.session;
      firsts.push(result.messages[0]!.text);
    }

    expect(firsts.slice(1)).toEqual([KEPT, KEPT, KEPT, KEPT, KEPT, KEPT, FULL]);
    expect(session.vars.first_request).toEqual(['kapan posyandu?', 'anak saya', 'tambah anak', 'bantuan anak', 'peringatan']);
  });
});
