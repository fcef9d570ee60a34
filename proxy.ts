import { NextResponse, type NextRequest } from 'next/server';
import { getIronSession, nextProxyCookies } from 'iron-session';
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
  const login = new URL('/login/', request.url);
  const next = request.nextUrl.pathname + request.nextUrl.search;
  if (next !== '/') login.searchParams.set('next', next);
  return NextResponse.redirect(login);
}

export const config = {
  // Everything but sign-in, our API routes (they answer 401 themselves), Next's assets and public files.
  matcher: ['/((?!login|api/|_next/|favicon.ico|robots.txt|icon.svg).*)'],
};
