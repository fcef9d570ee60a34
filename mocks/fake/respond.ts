export const API_VERSION = '3.2';

export function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(body === undefined ? null : JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json', 'API-Version': API_VERSION, Vary: 'Accept', ...headers },
  });
}

export const notFound = () => json(404, { detail: 'Not found.' });
export const noContent = () => new Response(null, { status: 204, headers: { 'API-Version': API_VERSION } });

export type Paging = { limit: number; offset: number };

/** Nautobot's paginator: PAGINATE_COUNT 50, MAX_PAGE_SIZE 1000, and `limit=0` means the maximum. */
export function paging(params: URLSearchParams): Paging {
  const rawLimit = Number.parseInt(params.get('limit') ?? '', 10);
  const rawOffset = Number.parseInt(params.get('offset') ?? '', 10);
  const limit =
    Number.isNaN(rawLimit) || rawLimit < 0 ? 50 : rawLimit === 0 ? 1000 : Math.min(rawLimit, 1000);
  return { limit, offset: Number.isNaN(rawOffset) || rawOffset < 0 ? 0 : rawOffset };
}

export function page<T>(url: URL, items: T[], { limit, offset }: Paging) {
  const link = (o: number) => {
    const u = new URL(url);
    u.searchParams.set('limit', String(limit));
    if (o > 0) u.searchParams.set('offset', String(o));
    else u.searchParams.delete('offset');
    return u.toString();
  };
  return {
    count: items.length,
    next: offset + limit < items.length ? link(offset + limit) : null,
    previous: offset > 0 ? link(Math.max(0, offset - limit)) : null,
    results: items.slice(offset, offset + limit),
  };
}

export async function readJson(request: Request): Promise<{ body: unknown } | { error: Response }> {
  const text = await request.text();
  if (!text) return { body: {} };
  try {
    return { body: JSON.parse(text) as unknown };
  } catch (e) {
    return {
      error: json(400, { detail: `JSON parse error - ${e instanceof Error ? e.message : 'invalid JSON'}` }),
    };
  }
}
