import { webCookies } from 'iron-session';
import { signInSchema } from '@/lib/auth/sign-in-schema';
import { signIn } from '@/lib/server/auth';
import { isAllowedOrigin } from '@/lib/server/proxy-rules';
import { cookieSecureFor, getSession } from '@/lib/server/session';

export const dynamic = 'force-dynamic';

function json(status: number, body: unknown, headers = new Headers()) {
  headers.set('content-type', 'application/json');
  headers.set('cache-control', 'no-store');
  return new Response(JSON.stringify(body), { status, headers });
}

export async function POST(request: Request): Promise<Response> {
  const ownHost = request.headers.get('x-forwarded-host') ?? request.headers.get('host');
  if (!isAllowedOrigin('POST', request.headers, ownHost))
    return json(403, { detail: 'Cross-origin sign-in is refused.' });

  let raw: unknown;
  try {
    raw = await request.json();
  } catch {
    return json(400, { detail: 'Expected a JSON body.' });
  }
  const parsed = signInSchema.safeParse(raw);
  if (!parsed.success) {
    const fieldErrors: Record<string, string[]> = {};
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? 'detail');
      (fieldErrors[field] ??= []).push(issue.message);
    }
    return json(400, fieldErrors);
  }

  const result = await signIn(parsed.data);
  if (!result.ok) {
    return json(
      result.status,
      result.field ? { [result.field]: [result.message] } : { detail: result.message },
    );
  }
  const headers = new Headers();
  const session = await getSession(
    webCookies(request, headers),
    cookieSecureFor(request.url, request.headers.get('x-forwarded-proto')),
  );
  Object.assign(session, result.session);
  await session.save();
  return json(200, { username: result.session.username }, headers);
}
