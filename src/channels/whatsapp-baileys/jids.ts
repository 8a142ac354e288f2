import { isLidUser, isPnUser, jidDecode, jidNormalizedUser } from '@whiskeysockets/baileys';

/**
 * The E.164 phone behind a phone-number JID (`628…@s.whatsapp.net`); null for a LID or a group,
 * which do not reveal one.
 *
 * @example
 * phoneOfJid('628111000001@s.whatsapp.net'); // '+628111000001'
 * phoneOfJid('123456789@lid'); // null
 */
export function phoneOfJid(jid: string): string | null {
  if (!isPnUser(jid)) return null;
  const user = jidDecode(jid)?.user;
  return user && /^[1-9][0-9]{6,14}$/.test(user) ? `+${user}` : null;
}

/**
 * The phone-number JID for an E.164 number, for sending and for pairing.
 *
 * @example
 * jidOfPhone('+628111000001'); // '628111000001@s.whatsapp.net'
 */
export function jidOfPhone(phone: string): string {
  return `${phone.replace(/[^0-9]/g, '')}@s.whatsapp.net`;
}

/** A user JID without its device part: one person, whichever phone or laptop wrote. */
export function userJid(jid: string): string {
  return jidNormalizedUser(jid);
}

export function isLid(jid: string | null | undefined): jid is string {
  return !!jid && !!isLidUser(jid);
}

export function isPn(jid: string | null | undefined): jid is string {
  return !!jid && !!isPnUser(jid);
}
