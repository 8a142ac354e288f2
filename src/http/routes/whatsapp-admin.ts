import type { FastifyInstance } from 'fastify';
import type { BaileysStatus } from '../../channels/whatsapp-baileys/session-status.js';

export interface WhatsAppAdminDeps {
  /** The Baileys session's status as last published; null before the first start. */
  status(): Promise<BaileysStatus | null>;
  qrSvg(qr: string): Promise<string>;
}

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const HINTS: Record<BaileysStatus['state'], string> = {
  starting: 'Starting the session…',
  connecting: 'Connecting to WhatsApp…',
  pairing: 'Not paired yet. On the bot\'s phone: WhatsApp › Linked devices › Link a device, then scan this QR (it changes every ~20 s; the page reloads itself).',
  open: 'Connected. Messages go out.',
  reconnecting: 'Connection lost; reconnecting with backoff. Messages wait.',
  'logged-out': 'The phone logged this session out. Messages wait. Restart the worker and pair again.',
  replaced: 'Another client took over this session. Stop the other instance, then restart this worker.',
  stopped: 'The session is stopped.',
};

async function page(status: BaileysStatus | null, qrSvg: (qr: string) => Promise<string>): Promise<string> {
  const state = status?.state ?? 'starting';
  const pairing = status?.pairingCode
    ? `<p>Or on the phone: Linked devices › Link with phone number, and type <strong style="font-size:2em;letter-spacing:.2em">${escape(status.pairingCode)}</strong></p>`
    : status?.qr
      ? `<div>${await qrSvg(status.qr)}</div>`
      : '';
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta http-equiv="refresh" content="10"><title>WhatsApp session</title></head>
<body style="font-family:sans-serif;max-width:40em;margin:2em auto">
<h1>WhatsApp (Baileys) session</h1>
<p>State: <strong id="state">${escape(state)}</strong>${status ? ` since ${escape(status.since)}` : ''}${status?.attempt ? `, reconnect attempt ${status.attempt}` : ''}</p>
<p>${escape(HINTS[state])}</p>
${pairing}
</body></html>`;
}

/**
 * `GET /admin/whatsapp`: the Baileys session's state and, while pairing, the QR (SVG) or the pairing
 * code; `GET /admin/whatsapp/status` the same as JSON. Both need ADMIN_TOKEN (route access `admin`:
 * a bearer token, or the token as the password when the browser asks).
 *
 * @example
 * await app.register((instance) => whatsappAdminRoutes(instance, { status, qrSvg }));
 */
export async function whatsappAdminRoutes(app: FastifyInstance, deps: WhatsAppAdminDeps): Promise<void> {
  const admin = { config: { access: 'admin' as const } };
  app.get('/admin/whatsapp', admin, async (_request, reply) => {
    return reply.type('text/html; charset=utf-8').header('cache-control', 'no-store').send(await page(await deps.status(), deps.qrSvg));
  });
  app.get('/admin/whatsapp/status', admin, async (_request, reply) => {
    const status = await deps.status();
    return reply.header('cache-control', 'no-store').send({ status: status ?? { state: 'starting' } });
  });
}
