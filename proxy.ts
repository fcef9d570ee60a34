import { NextResponse, type NextRequest } from 'next/server';
import { getIronSession, nextProxyCookies } from 'iron-session';
import { loginHref } from '@/lib/auth/sign-in-schema';
import { serverEnv } from '@/lib/server/env';
import { isReadOnlyPage, VIEWER_HEADER } from '@/lib/server/read-only';
import { cookieSecureFor, sessionOptions, type SessionData } from '@/lib/server/session';

/**
 * Pages need a session; without one, go to sign-in and come back here afterwards. With a read-only token
 * configured, the dashboard and map open without one, marked for the layout as a viewer's visit.
 */
export async function proxy(request: NextRequest) {
  // Only this function says who is a viewer: a header the browser sent is never believed.
  const headers = new Headers(request.headers);
  headers.delete(VIEWER_HEADER);
  const response = NextResponse.next({ request: { headers } });
  const secure = cookieSecureFor(request.url, request.headers.get('x-forwarded-proto'));
  const session = await getIronSession<SessionData>(
    nextProxyCookies(request, response),
    sessionOptions(secure),
  );
  if (session.token) return response;
  if (serverEnv().NAUTOBOT_READONLY_TOKEN && isReadOnlyPage(request.nextUrl.pathname)) {
    headers.set(VIEWER_HEADER, '1');
    return NextResponse.next({ request: { headers } });
  }
  return NextResponse.redirect(
    new URL(loginHref(request.nextUrl.pathname + request.nextUrl.search), request.url),
  );
}

export const config = {
  // Everything but sign-in, our API routes (they answer 401 themselves), Next's assets and public files.
  matcher: ['/((?!login|api/|_next/|favicon.ico|robots.txt|icon.svg).*)'],
};
