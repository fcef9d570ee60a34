import { webCookies } from 'iron-session';
import { LOGIN_PATH } from '@/lib/auth/sign-in-schema';
import { revokeSessionToken } from '@/lib/server/auth';
import { isAllowedOrigin } from '@/lib/server/proxy-rules';
import { cookieSecureFor, getSession } from '@/lib/server/session';

export const dynamic = 'force-dynamic';

/** Sign-out is a POST (a plain form works without JavaScript) that revokes the token it created. */
export async function POST(request: Request): Promise<Response> {
  const ownHost = request.headers.get('x-forwarded-host') ?? request.headers.get('host');
  if (!isAllowedOrigin('POST', request.headers, ownHost)) {
    return new Response(JSON.stringify({ detail: 'Cross-origin sign-out is refused.' }), {
      status: 403,
      headers: { 'content-type': 'application/json' },
    });
  }
  const headers = new Headers({ location: LOGIN_PATH, 'cache-control': 'no-store' });
  const session = await getSession(
    webCookies(request, headers),
    cookieSecureFor(request.url, request.headers.get('x-forwarded-proto')),
  );
  await revokeSessionToken(session);
  session.destroy();
  return new Response(null, { status: 303, headers });
}
