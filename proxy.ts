import { NextResponse, type NextRequest } from 'next/server';
import { getIronSession, nextProxyCookies } from 'iron-session';
import { loginHref } from '@/lib/auth/sign-in-schema';
import { cookieSecureFor, sessionOptions, type SessionData } from '@/lib/server/session';

/** Pages need a session; without one, go to sign-in and come back here afterwards. */
export async function proxy(request: NextRequest) {
  const response = NextResponse.next();
  const secure = cookieSecureFor(request.url, request.headers.get('x-forwarded-proto'));
  const session = await getIronSession<SessionData>(
    nextProxyCookies(request, response),
    sessionOptions(secure),
  );
  if (session.token) return response;
  return NextResponse.redirect(
    new URL(loginHref(request.nextUrl.pathname + request.nextUrl.search), request.url),
  );
}

export const config = {
  // Everything but sign-in, our API routes (they answer 401 themselves), Next's assets and public files.
  matcher: ['/((?!login|api/|_next/|favicon.ico|robots.txt|icon.svg).*)'],
};
