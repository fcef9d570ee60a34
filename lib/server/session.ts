import 'server-only';
import { getIronSession, type CookieJar, type CookieStore, type SessionOptions } from 'iron-session';
import { serverEnv } from './env';

export type SessionData = {
  token: string;
  /** Set when this app created the token at sign-in, so sign-out revokes it. */
  tokenId?: string;
  username: string | null;
  signedInAt: number;
};

export const SESSION_COOKIE = 'lbui_session';

export function sessionOptions(secure: boolean): SessionOptions {
  const env = serverEnv();
  return {
    cookieName: SESSION_COOKIE,
    password: env.SESSION_SECRET,
    ttl: Math.round(env.SESSION_TTL_HOURS * 3600),
    cookieOptions: { httpOnly: true, sameSite: 'lax', secure, path: '/' },
  };
}

/** Secure cookies unless told otherwise, except over plain http (a loopback dev or CI server). */
export function cookieSecureFor(url: string, forwardedProto: string | null): boolean {
  const setting = serverEnv().SESSION_COOKIE_SECURE;
  if (setting !== 'auto') return setting === 'true';
  return (forwardedProto ?? new URL(url).protocol.replace(':', '')) === 'https';
}

export function getSession(cookies: CookieStore | CookieJar, secure: boolean) {
  return getIronSession<SessionData>(cookies, sessionOptions(secure));
}
