import type { FastifyInstance } from 'fastify';
import type { SignInStep, StaffSignIn } from '../../app/pws/staff-sign-in.js';
import { AppError } from '../../shared/errors.js';

/** The session cookie: HttpOnly, SameSite=Strict, Secure in production, gone when the session ends. */
export const SESSION_COOKIE = 'pws_session';

export interface StaffAuthDeps {
  signIn: Pick<StaffSignIn, 'requestCode' | 'signIn' | 'signOut' | 'allowClient'>;
  /** Secure cookies (HTTPS only): on in production. */
  secureCookies: boolean;
}

const str = { type: 'string' } as const;
const error = { type: 'object', properties: { error: { type: 'object', properties: { code: str, message: str } } } } as const;
const phone = { type: 'string', minLength: 6, maxLength: 40 } as const;
const codeBody = { type: 'object', additionalProperties: false, required: ['phone'], properties: { phone } } as const;
const sessionBody = { type: 'object', additionalProperties: false, required: ['phone', 'code'], properties: { phone, code: { type: 'string', maxLength: 12 } } } as const;

async function refuseBusyClient(deps: StaffAuthDeps, ip: string, step: SignInStep): Promise<void> {
  if (!(await deps.signIn.allowClient(ip, step))) {
    throw new AppError('RATE_LIMITED', 'Too many sign-in requests from this address; wait 15 minutes and try again.');
  }
}

/**
 * Staff sign-in without passwords (issue 14's contract):
 * - `POST /api/auth/code {phone}` → 202 for every number (a code goes to registered staff's chat), 429 when asked too often;
 * - `POST /api/auth/session {phone, code}` → 200 with the session cookie, 401 for a wrong, used or expired code;
 * - both → 429 when one client address asked too often (AUTH_IP_LIMIT per AUTH_IP_WINDOW_SECONDS), whatever the phone;
 * - `DELETE /api/auth/session` → 204, the session ended and the cookie cleared.
 *
 * @example
 * // POST /api/auth/code {"phone":"0811-1000-002"} → 202 {"status":"accepted"}
 * // POST /api/auth/session {"phone":"0811-1000-002","code":"123456"} → 200 {"role":"kader",…}, Set-Cookie: pws_session=…
 */
export async function staffAuthRoutes(app: FastifyInstance, deps: StaffAuthDeps): Promise<void> {
  app.post<{ Body: { phone: string } }>(
    '/api/auth/code',
    { config: { access: 'public' }, schema: { body: codeBody, response: { 202: { type: 'object', properties: { status: str } }, 400: error, 429: error } } },
    async (request, reply) => {
      await refuseBusyClient(deps, request.ip, 'code');
      if ((await deps.signIn.requestCode(request.body.phone)) === 'rate_limited') {
        throw new AppError('RATE_LIMITED', 'Too many codes asked for this number; wait 15 minutes and ask again.');
      }
      return reply.status(202).send({ status: 'accepted' });
    },
  );

  app.post<{ Body: { phone: string; code: string } }>(
    '/api/auth/session',
    { config: { access: 'public' }, schema: { body: sessionBody, response: { 200: { type: 'object', properties: { role: str, expiresAt: { type: 'string', format: 'date-time' } } }, 400: error, 401: error, 429: error } } },
    async (request, reply) => {
      await refuseBusyClient(deps, request.ip, 'session');
      const signedIn = await deps.signIn.signIn(request.body.phone, request.body.code.trim());
      if (!signedIn) throw new AppError('UNAUTHORIZED', 'That code is wrong, used or expired; ask for a new code.');
      void reply.setCookie(SESSION_COOKIE, signedIn.sessionId, { path: '/', httpOnly: true, sameSite: 'strict', secure: deps.secureCookies, expires: signedIn.expiresAt });
      return { role: signedIn.person.role, expiresAt: signedIn.expiresAt.toISOString() };
    },
  );

  app.delete(
    '/api/auth/session',
    // Public: ending a session needs no valid one (an expired cookie is still cleared).
    { config: { access: 'public' }, schema: { response: { 204: { description: 'Signed out; the cookie is cleared', type: 'null' } } } },
    async (request, reply) => {
      await deps.signIn.signOut(request.cookies[SESSION_COOKIE]);
      void reply.clearCookie(SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'strict', secure: deps.secureCookies });
      return reply.status(204).send();
    },
  );
}
