import 'server-only';
import { isNautobotError } from '../api/errors';
import type { SignIn } from '../auth/sign-in-schema';
import { serverEnv } from './env';
import { serverNautobotClient as serverClient } from './nautobot-client';
import type { SessionData } from './session';

export type SignInResult =
  | { ok: true; session: SessionData }
  | { ok: false; status: number; field?: 'username' | 'password' | 'token'; message: string };

function unreachable(e: unknown): SignInResult | null {
  if (isNautobotError(e) && (e.kind === 'network' || e.kind === 'timeout' || e.kind === 'server')) {
    return {
      ok: false,
      status: 502,
      message: `Nautobot at ${serverEnv().NAUTOBOT_URL} did not answer (${e.message}).`,
    };
  }
  return null;
}

/** Signs in with a password (our server creates a token for the session) or with a pasted token. */
export async function signIn(input: SignIn): Promise<SignInResult> {
  const env = serverEnv();
  if (input.method === 'password') {
    try {
      const expires = new Date(Date.now() + env.SESSION_TTL_HOURS * 3600_000).toISOString();
      const token = await serverClient().createToken(
        { username: input.username, password: input.password },
        { description: 'Load balancer console sign-in', expires },
      );
      return {
        ok: true,
        session: { token: token.key, tokenId: token.id, username: input.username, signedInAt: Date.now() },
      };
    } catch (e) {
      const down = unreachable(e);
      if (down) return down;
      if (isNautobotError(e) && (e.kind === 'auth' || e.kind === 'forbidden')) {
        const noPermission = e.detail?.includes('permission');
        return {
          ok: false,
          status: 401,
          field: 'password',
          message: noPermission
            ? 'Nautobot accepted the password but this user may not create API tokens. Sign in with a token instead.'
            : 'Wrong username or password.',
        };
      }
      throw e;
    }
  }
  try {
    const { username } = await serverClient(input.token).whoAmI();
    return { ok: true, session: { token: input.token, username, signedInAt: Date.now() } };
  } catch (e) {
    const down = unreachable(e);
    if (down) return down;
    if (isNautobotError(e) && (e.kind === 'auth' || e.kind === 'forbidden')) {
      return {
        ok: false,
        status: 401,
        field: 'token',
        message: 'Nautobot did not accept this token (unknown, expired or for an inactive user).',
      };
    }
    throw e;
  }
}

/** Revokes the token this app created at sign-in; a pasted token belongs to the user and is left alone. */
export async function revokeSessionToken(session: Partial<SessionData>): Promise<void> {
  if (!session.token || !session.tokenId) return;
  try {
    await serverClient(session.token).remove('tokens', session.tokenId);
  } catch {
    // Sign-out must succeed even when Nautobot is down; the token then expires on its own.
  }
}
