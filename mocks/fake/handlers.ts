import { randomUUID } from 'node:crypto';
import { http } from 'msw';
import { authenticate, issueToken } from './auth';
import type { Actor, FakeDb } from './db';
import { applyFilters, applySort } from './filter';
import { graphqlEndpoint } from './graphql';
import { json, noContent, notFound, page, paging, readJson, API_VERSION } from './respond';
import { serialize } from './serialize';
import type { Row, TableSpec } from './spec';
import { serializeChange, serializeNote, serializeToken } from './special';

const UUID = '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}';
const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

type Ctx = { db: FakeDb; request: Request; url: URL; origin: string; actor: Actor; writeEnabled: boolean };

function depthOf(params: URLSearchParams) {
  const d = Number.parseInt(params.get('depth') ?? '0', 10);
  return Number.isNaN(d) ? 0 : Math.max(0, Math.min(10, d));
}

function render(ctx: Ctx, spec: TableSpec, row: Row, forWrite = false) {
  const params = ctx.url.searchParams;
  const out = serialize(ctx.db, spec, row, {
    // Write responses are always depth 0 (Nautobot's get_serializer_context).
    depth: forWrite ? 0 : depthOf(params),
    excludeM2m: params.get('exclude_m2m')?.toLowerCase() !== 'false',
    omitTags: params.get('exclude_m2m')?.toLowerCase() === 'true',
    origin: ctx.origin,
  });
  // A write's answer also carries the opt-in fields, empty (NautobotModelSerializer on save).
  return forWrite && spec.primary ? { ...out, computed_fields: {}, relationships: {} } : out;
}

/** Nautobot's URL name for the route, recorded on each change: `load_balancers-api:virtualserver-list`. */
function routeName(spec: TableSpec, kind: 'list' | 'detail' | 'notes') {
  const [app = '', model = ''] = spec.objectType.split('.');
  return `${app}-api:${model}-${kind}`;
}

const byCreated = (a: { created: string }, b: { created: string }) => a.created.localeCompare(b.created);

async function listOrCreate(ctx: Ctx, spec: TableSpec): Promise<Response> {
  const { db, request, url } = ctx;
  if (request.method === 'GET' || request.method === 'HEAD') {
    const filtered = applyFilters(db, spec, db.rows(spec.key), url.searchParams);
    if ('errors' in filtered) return json(400, filtered.errors);
    const sorted = applySort(db, spec, filtered.rows, url.searchParams.get('sort'));
    const body = page(url, sorted, paging(url.searchParams));
    return json(200, { ...body, results: body.results.map((r) => render(ctx, spec, r)) });
  }
  const parsed = await readJson(request);
  if ('error' in parsed) return parsed.error;
  const { body } = parsed;
  if (request.method === 'POST') {
    const items = Array.isArray(body) ? body : [body];
    if (items.some((i) => !i || typeof i !== 'object' || Array.isArray(i))) {
      return json(400, { non_field_errors: ['Invalid data. Expected a dictionary, but got list.'] });
    }
    const result = db.createMany(spec.key, items as Record<string, unknown>[], ctx.actor);
    if ('errors' in result)
      return json(400, Array.isArray(body) ? result.errors.map((e) => e ?? {}) : result.errors[0]);
    const rendered = result.rows.map((r) => render(ctx, spec, r, true));
    return json(201, Array.isArray(body) ? rendered : rendered[0]);
  }
  if (!Array.isArray(body))
    return json(400, { non_field_errors: ['Expected a list of items but got type "dict".'] });
  const items = body as Record<string, unknown>[];
  if (items.some((i) => !i || typeof i.id !== 'string')) {
    return json(400, { non_field_errors: ['Each object in the list must include an "id" attribute.'] });
  }
  if (request.method === 'PATCH' || request.method === 'PUT') {
    // Nautobot (BulkUpdateModelMixin) looks the update up by the id string exactly as sent, but finds the object
    // by UUID: an id in capitals matches an object and then finds no data for it.
    const exact = new Set(items.map((i) => String(i.id)));
    const found = [
      ...new Set(items.map((i) => db.get(spec.key, String(i.id).toLowerCase())).filter((r): r is Row => !!r)),
    ];
    if (found.some((r) => !exact.has(r.id))) return json(400, { non_field_errors: ['No data provided'] });
    // It walks its queryset, in the model's own order, and stops at the first invalid object with that object's
    // errors alone: a dict that does not say which object it was. An id sent twice is updated once, last data wins.
    const byId = new Map(items.map((i) => [String(i.id), i]));
    const ordered = applySort(db, spec, found, null).map((r) => ({ ...byId.get(r.id), id: r.id }));
    const result = db.updateMany(spec.key, ordered, ctx.actor);
    if ('errors' in result) return json(400, result.errors);
    return json(
      200,
      result.rows.map((r) => render(ctx, spec, r, true)),
    );
  }
  if (request.method === 'DELETE') {
    // One by one, in the model's own order, as Nautobot's bulk destroy walks its queryset.
    const rows = items.map((i) => db.get(spec.key, String(i.id).toLowerCase())).filter((r): r is Row => !!r);
    const result = db.deleteMany(
      spec.key,
      applySort(db, spec, rows, null).map((r) => r.id),
      ctx.actor,
    );
    if ('protectedBy' in result) return json(409, { detail: result.protectedBy });
    return noContent();
  }
  return json(405, { detail: `Method "${request.method}" not allowed.` });
}

async function detail(ctx: Ctx, spec: TableSpec, id: string, sub: string): Promise<Response> {
  const { db, request } = ctx;
  const row = db.get(spec.key, id.toLowerCase());
  if (!row) return notFound();
  if (sub === 'notes/') {
    if (!spec.primary) return notFound();
    if (request.method === 'POST') {
      const parsed = await readJson(request);
      if ('error' in parsed) return parsed.error;
      const text = (parsed.body as { note?: unknown }).note;
      if (typeof text !== 'string' || !text.trim())
        return json(400, {
          note: [typeof text === 'string' ? 'This field may not be blank.' : 'This field is required.'],
        });
      const now = db.now();
      const note = {
        id: randomUUID(),
        // DRF's CharField trims surrounding whitespace.
        note: text.trim(),
        user: ctx.actor.user.id,
        user_name: ctx.actor.user.username,
        assigned_object_type: spec.objectType,
        assigned_object_id: row.id,
        created: now,
        last_updated: now,
      };
      db.notes.push(note);
      db.onChange?.();
      return json(201, serializeNote(db, note, ctx.origin));
    }
    // Note.Meta.ordering is ["created"]: oldest first, and this endpoint ignores `sort`.
    const notes = db.notes.filter((n) => n.assigned_object_id === row.id).sort(byCreated);
    const body = page(ctx.url, notes, paging(ctx.url.searchParams));
    return json(200, { ...body, results: body.results.map((n) => serializeNote(db, n, ctx.origin)) });
  }
  if (sub) return notFound();
  if (request.method === 'GET' || request.method === 'HEAD') return json(200, render(ctx, spec, row));
  if (request.method === 'DELETE') {
    const result = db.deleteMany(spec.key, [row.id], ctx.actor);
    if ('protectedBy' in result) return json(409, { detail: result.protectedBy });
    return noContent();
  }
  if (request.method === 'PATCH' || request.method === 'PUT') {
    const parsed = await readJson(request);
    if ('error' in parsed) return parsed.error;
    const input = parsed.body;
    if (!input || typeof input !== 'object' || Array.isArray(input))
      return json(400, { non_field_errors: ['Invalid data. Expected a dictionary.'] });
    const result = db.updateMany(
      spec.key,
      [{ ...(input as Record<string, unknown>), id: row.id }],
      ctx.actor,
    );
    if ('errors' in result) return json(400, result.errors);
    const updated = result.rows[0];
    return updated ? json(200, render(ctx, spec, updated, true)) : notFound();
  }
  return json(405, { detail: `Method "${request.method}" not allowed.` });
}

async function tokens(ctx: Ctx, id: string | undefined): Promise<Response> {
  const { db, request } = ctx;
  const own = db.tokens.filter((t) => t.user === ctx.actor.user.id);
  if (!id && request.method === 'GET') {
    const body = page(ctx.url, own, paging(ctx.url.searchParams));
    return json(200, { ...body, results: body.results.map((t) => serializeToken(db, t, ctx.origin)) });
  }
  if (!id && request.method === 'POST') {
    const parsed = await readJson(request);
    if ('error' in parsed) return parsed.error;
    const token = issueToken(db, ctx.actor.user, (parsed.body ?? {}) as Record<string, unknown>);
    return json(201, serializeToken(db, token, ctx.origin));
  }
  const token = own.find((t) => t.id === id?.toLowerCase());
  if (!token) return notFound();
  if (request.method === 'GET') return json(200, serializeToken(db, token, ctx.origin));
  if (request.method === 'DELETE') {
    db.tokens = db.tokens.filter((t) => t !== token);
    db.onChange?.();
    return noContent();
  }
  return json(405, { detail: `Method "${request.method}" not allowed.` });
}

function readOnlyList<T>(
  ctx: Ctx,
  items: T[],
  id: string | undefined,
  find: (t: T) => boolean,
  render: (t: T) => unknown,
): Response {
  if (ctx.request.method !== 'GET')
    return json(405, { detail: `Method "${ctx.request.method}" not allowed.` });
  if (id) {
    const item = items.find(find);
    return item ? json(200, render(item)) : notFound();
  }
  const body = page(ctx.url, items, paging(ctx.url.searchParams));
  return json(200, { ...body, results: body.results.map(render) });
}

function changes(ctx: Ctx, id: string | undefined): Response {
  const p = ctx.url.searchParams;
  const allowed = new Set([
    'changed_object_type',
    'changed_object_id',
    'action',
    'user_name',
    'request_id',
    'limit',
    'offset',
    'depth',
    'sort',
    'exclude_m2m',
  ]);
  const unknown = [...p.keys()].filter((k) => !allowed.has(k));
  if (unknown.length) return json(400, Object.fromEntries(unknown.map((k) => [k, ['Unknown filter field']])));
  const match = (key: string, value: string) => !p.has(key) || p.getAll(key).includes(value);
  const items = ctx.db.changes
    .filter(
      (c) =>
        match('changed_object_type', c.changed_object_type) &&
        match('changed_object_id', c.changed_object_id) &&
        match('action', c.action) &&
        match('user_name', c.user_name) &&
        match('request_id', c.request_id),
    )
    .reverse();
  return readOnlyList(
    ctx,
    items,
    id,
    (c) => c.id === id,
    (c) => serializeChange(ctx.db, c, ctx.origin),
  );
}

function notesList(ctx: Ctx, id: string | undefined): Response {
  const p = ctx.url.searchParams;
  // Oldest first, unless `sort` says otherwise (this list, unlike <object>/notes/, honours it).
  const sort = p.get('sort')?.split(',')[0]?.trim();
  const items = ctx.db.notes
    .filter(
      (n) =>
        (!p.has('assigned_object_type') || n.assigned_object_type === p.get('assigned_object_type')) &&
        (!p.has('assigned_object_id') || n.assigned_object_id === p.get('assigned_object_id')),
    )
    .sort(byCreated);
  if (sort === '-created') items.reverse();
  return readOnlyList(
    ctx,
    items,
    id,
    (n) => n.id === id,
    (n) => serializeNote(ctx.db, n, ctx.origin),
  );
}

async function route(db: FakeDb, request: Request): Promise<Response> {
  const url = new URL(request.url);
  // Component tests may send the browser's proxied paths straight here; MSW then plays the proxy.
  const at = url.pathname.startsWith('/api/nautobot/api/')
    ? '/api/nautobot'.length
    : url.pathname.indexOf('/api/');
  const rest = url.pathname.slice(at + '/api/'.length);
  const isTokenCreate = rest === 'users/tokens/' && request.method === 'POST';
  const auth = authenticate(db, request.headers.get('authorization'), isTokenCreate);
  if ('status' in auth) return json(403, { detail: auth.detail });
  // GraphQL reads by POST; Nautobot's view asks only IsAuthenticated, so a read-only token may use it.
  const isGraphql = rest === 'graphql/';
  if (
    WRITE_METHODS.has(request.method) &&
    auth.token &&
    !auth.token.write_enabled &&
    !isTokenCreate &&
    !isGraphql
  ) {
    return json(403, { detail: 'You do not have permission to perform this action.' });
  }
  const ctx: Ctx = {
    db,
    request,
    url,
    origin: `${url.origin}${url.pathname.slice(0, at)}`,
    actor: { user: auth.user, requestId: randomUUID() },
    writeEnabled: auth.token?.write_enabled ?? true,
  };
  if (rest === '')
    return json(
      200,
      Object.fromEntries(
        [
          'circuits',
          'cloud',
          'dcim',
          'extras',
          'ipam',
          'load-balancers',
          'tenancy',
          'users',
          'virtualization',
        ].map((a) => [a, `${ctx.origin}/api/${a}/`]),
      ),
    );
  if (isGraphql) return graphqlEndpoint(db, request, url);
  if (rest === 'status/')
    return json(200, {
      'nautobot-version': `${API_VERSION}.0-fake`,
      'django-version': '4.2',
      'python-version': '3.11',
      'installed-apps': {},
      'nautobot-apps': {},
      plugins: {},
      'celery-workers-running': 0,
    });
  const special = new RegExp(`^(users/tokens|extras/object-changes|extras/notes)/(?:(${UUID})/)?$`).exec(
    rest,
  );
  if (special) {
    const [, kind, id] = special;
    if (kind === 'users/tokens') return tokens(ctx, id);
    if (kind === 'extras/object-changes') return changes(ctx, id);
    return notesList(ctx, id);
  }
  for (const spec of db.specs.values()) {
    if (!rest.startsWith(spec.path)) continue;
    const tail = rest.slice(spec.path.length);
    if (tail === '')
      return listOrCreate({ ...ctx, actor: { ...ctx.actor, contextDetail: routeName(spec, 'list') } }, spec);
    const m = new RegExp(`^(${UUID})/(notes/)?$`).exec(tail);
    if (m?.[1]) {
      const actor = { ...ctx.actor, contextDetail: routeName(spec, m[2] ? 'notes' : 'detail') };
      return detail({ ...ctx, actor }, spec, m[1], m[2] ?? '');
    }
  }
  return notFound();
}

/** MSW handlers for the whole fake Nautobot: any origin, any path under `/api/`. */
export function createHandlers(db: FakeDb) {
  return [
    http.all(/\/api\/.*/, async ({ request }) => {
      // Our own app's routes (sign-in) are not Nautobot's; let them through in component tests.
      if (new URL(request.url).pathname.startsWith('/api/auth/')) return undefined;
      return route(db, request);
    }),
  ];
}
