import type { WAMessage } from '@whiskeysockets/baileys';
import { describe, expect, it } from 'vitest';
import { addressOf, contentOf, lidPnPair, parseUpsert, type MessageContent } from '../../../src/channels/whatsapp-baileys/baileys-inbound.js';
import { phoneOfJid } from '../../../src/channels/whatsapp-baileys/jids.js';
import { textMessage } from './fake-socket.js';

const PN = '628111000001@s.whatsapp.net';
const LID = '201234567890123@lid';
const AT = new Date('2026-03-09T02:00:00Z');
const options = { channel: 'whatsapp-baileys', allowGroups: false, pnOf: (lid: string) => (lid === LID ? PN : undefined) };

describe('Baileys inbound parsing', () => {
  it.each<[string, WAMessage['key'], string | null]>([
    ['a phone-number chat', { remoteJid: PN, id: 'A1' }, PN],
    ['a device JID, reduced to the person', { remoteJid: '628111000001:3@s.whatsapp.net', id: 'A2' }, PN],
    ['a LID chat with the PN alongside (7.0 remoteJidAlt)', { remoteJid: '999@lid', remoteJidAlt: '628111000077@s.whatsapp.net', id: 'A3' }, '628111000077@s.whatsapp.net'],
    ['a LID chat with the PN in 6.x senderPn', { remoteJid: '998@lid', senderPn: '628111000078@s.whatsapp.net', id: 'A4' } as WAMessage['key'], '628111000078@s.whatsapp.net'],
    ['a LID known from before', { remoteJid: LID, id: 'A5' }, PN],
    ['an unknown LID, kept as it is', { remoteJid: '555@lid', id: 'A6' }, '555@lid'],
    ['a status broadcast', { remoteJid: 'status@broadcast', id: 'A7' }, null],
    ['a group while groups are off', { remoteJid: '120363000000000000@g.us', participant: PN, id: 'A8' }, null],
    ['a newsletter', { remoteJid: '120363000000000001@newsletter', id: 'A9' }, null],
  ])('addresses %s', (_name, key, expected) => {
    expect(addressOf(key, options)).toBe(expected);
  });

  it('answers an allowed group in the group', () => {
    expect(addressOf({ remoteJid: '120363000000000000@g.us', participant: LID, id: 'G1' }, { ...options, allowGroups: true })).toBe('120363000000000000@g.us');
  });

  it('finds LID↔PN pairs in either addressing mode', () => {
    expect(lidPnPair({ remoteJid: LID, remoteJidAlt: PN })).toEqual([LID, PN]);
    expect(lidPnPair({ remoteJid: PN, remoteJidAlt: '777@lid' })).toEqual(['777@lid', PN]);
    expect(lidPnPair({ remoteJid: '120363000000000000@g.us', participant: '777@lid', participantAlt: PN })).toEqual(['777@lid', PN]);
    expect(lidPnPair({ remoteJid: PN })).toBeNull();
  });

  it.each<[string, WAMessage['message'], MessageContent | null]>([
    ['plain text', { conversation: 'menu' }, { text: 'menu' }],
    ['extended text', { extendedTextMessage: { text: 'berat 8,2 kg' } }, { text: 'berat 8,2 kg' }],
    ['a button reply naming its question', { buttonsResponseMessage: { selectedButtonId: 'k3x9:2', selectedDisplayText: 'Tidak' } }, { text: '2', question: 'k3x9' }],
    ['a list reply naming its question', { listResponseMessage: { singleSelectReply: { selectedRowId: 'k3x9:3' }, title: 'Jadwal' } }, { text: '3', question: 'k3x9' }],
    ['a native flow reply naming its question', { interactiveResponseMessage: { nativeFlowResponseMessage: { paramsJson: '{"id":"k3x9:1"}' } } }, { text: '1', question: 'k3x9' }],
    // A bare number or an id of someone else's: no question it can answer (the engine calls it closed).
    ['a button reply with only a number', { buttonsResponseMessage: { selectedButtonId: '2', selectedDisplayText: 'Tidak' } }, { text: '2', question: '' }],
    ['a list reply with a foreign id', { listResponseMessage: { singleSelectReply: { selectedRowId: 'promo-7' }, title: 'Jadwal' } }, { text: 'promo-7', question: '' }],
    ['an ephemeral wrapper', { ephemeralMessage: { message: { conversation: 'halo' } } }, { text: 'halo' }],
    ['a photo caption', { imageMessage: { caption: 'foto KMS' } }, { text: 'foto KMS', attachment: 'photo' }],
    ['a photo without caption', { imageMessage: {} }, { text: '', attachment: 'photo' }],
    ['a document with a caption', { documentMessage: { caption: 'bb 8,5' } }, { text: 'bb 8,5', attachment: 'document' }],
    ['a reaction', { reactionMessage: { text: '👍' } }, null],
    ['a protocol message', { protocolMessage: { type: 0 } }, null],
    ['blank text', { conversation: '   ' }, null],
  ])('reads the content of %s', (_name, message, expected) => {
    expect(contentOf(message)).toEqual(expected);
  });

  it('leaves out own messages, broadcasts, groups and messages without text', () => {
    const messages = [
      textMessage({ remoteJid: PN, id: 'M1', fromMe: false }, 'menu'),
      textMessage({ remoteJid: PN, id: 'M2', fromMe: true }, 'sent from the phone'),
      textMessage({ remoteJid: 'status@broadcast', id: 'M3', participant: PN }, 'status'),
      textMessage({ remoteJid: '120363000000000000@g.us', id: 'M4', participant: PN }, 'group'),
      { key: { remoteJid: PN, id: 'M5' }, message: { protocolMessage: { type: 0 } } } as WAMessage,
      textMessage({ remoteJid: LID, id: 'M6' }, '2'),
    ];
    const parsed = parseUpsert({ type: 'notify', messages }, options, AT);
    expect(parsed).toEqual([
      { channel: 'whatsapp-baileys', address: PN, platformId: 'M1', text: 'menu', receivedAt: AT, sentAt: AT.getTime() / 1000 },
      { channel: 'whatsapp-baileys', address: PN, platformId: 'M6', text: '2', receivedAt: AT, sentAt: AT.getTime() / 1000 },
    ]);
  });

  it('turns a phone-number JID into E.164, and nothing else', () => {
    expect(phoneOfJid(PN)).toBe('+628111000001');
    expect(phoneOfJid(LID)).toBeNull();
    expect(phoneOfJid('120363000000000000@g.us')).toBeNull();
  });
});
