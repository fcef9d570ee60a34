import {
  buildSchema,
  execute,
  getOperationAST,
  GraphQLError,
  parse,
  validate,
  type DocumentNode,
  type GraphQLFieldResolver,
  type GraphQLSchema,
} from 'graphql';
import type { FakeDb } from './db';
import { applySort } from './filter';
import { choiceName, nautobotGraphqlSdl } from './graphql-schema';
import { json } from './respond';
import { text, type Row } from './spec';

/** Per request: the database, and reverse-relation indexes built on first use (a pool's members, ...). */
type Context = { db: FakeDb; children: Map<string, Map<unknown, Row[]>> };
type Args = Record<string, unknown>;
type Resolver = (row: Row, args: Args, ctx: Context) => unknown;

/** Which table each object type reads. */
const TABLES: Record<string, string> = {
  VirtualServerType: 'virtual-servers',
  LoadBalancerPoolType: 'load-balancer-pools',
  LoadBalancerPoolMemberType: 'load-balancer-pool-members',
  HealthCheckMonitorType: 'health-check-monitors',
  CertificateProfileType: 'certificate-profiles',
  IPAddressType: 'ip-addresses',
  StatusType: 'statuses',
  TenantType: 'tenants',
};

const UUID_RE = /^[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}$/i;

/** The `id` and `name` filters of a FilterSet; Nautobot reports a bad value as a resolver error. */
function filterRows(rows: Row[], args: Args): Row[] {
  let out = rows;
  const ids = args.id as string[] | null | undefined;
  if (ids?.length) {
    const bad = ids.find((v) => !UUID_RE.test(v));
    if (bad !== undefined) throw new GraphQLError(`{'id': ['“${bad}” is not a valid UUID.']}`);
    const wanted = new Set(ids.map((v) => v.toLowerCase().replace(/-/g, '')));
    out = out.filter((r) => wanted.has(r.id.replace(/-/g, '')));
  }
  const names = args.name as string[] | null | undefined;
  if (names?.length) out = out.filter((r) => names.includes(text(r.name)));
  return out;
}

function rootList(table: string): GraphQLFieldResolver<unknown, Context, Args> {
  return (_source, args, { db }) => {
    const spec = db.spec(table);
    if (!spec) return [];
    // The model's Meta.ordering, as the queryset behind the list has it.
    let rows = filterRows(applySort(db, spec, db.rows(table), null), args);
    const offset = typeof args.offset === 'number' && args.offset > 0 ? args.offset : 0;
    if (offset) rows = rows.slice(offset);
    if (typeof args.limit === 'number' && args.limit > 0) rows = rows.slice(0, args.limit);
    return rows;
  };
}

function rootOne(table: string): GraphQLFieldResolver<unknown, Context, Args> {
  return (_source, args, { db }) =>
    typeof args.id === 'string' ? (db.get(table, args.id.toLowerCase()) ?? null) : null;
}

/** Rows of `table` whose `field` points at `row`, indexed once per request. */
function reverse(table: string, field: string) {
  return (row: Row, args: Args, ctx: Context): Row[] => {
    const key = `${table}.${field}`;
    let index = ctx.children.get(key);
    if (!index) {
      index = new Map();
      for (const child of ctx.db.rows(table)) {
        const list = index.get(child[field]);
        if (list) list.push(child);
        else index.set(child[field], [child]);
      }
      ctx.children.set(key, index);
    }
    return filterRows(index.get(row.id) ?? [], args);
  };
}

/** An M2M held in an explicit through table (certificate profiles), seen from `selfField`'s side. */
function through(table: string, selfField: string, otherField: string, otherTable: string): Resolver {
  const links = reverse(table, selfField);
  return (row, args, ctx) =>
    filterRows(
      links(row, {}, ctx)
        .map((link) => ctx.db.get(otherTable, link[otherField]))
        .filter((r): r is Row => !!r),
      args,
    );
}

const ipHost = (row: Row) => text(row.address).split('/')[0] ?? '';

const VS_CERTS = 'virtual-server-certificate-profile-assignments';
const MEMBER_CERTS = 'load-balancer-pool-member-certificate-profile-assignments';

/** Fields that are not a column read as it is stored (or a foreign key, or a choice). */
const RESOLVERS: Record<string, Record<string, Resolver>> = {
  IPAddressType: {
    host: ipHost,
    mask_length: (row) => Number(text(row.address).split('/')[1] ?? 0),
    ip_version: (row) => (ipHost(row).includes(':') ? 6 : 4),
    virtual_servers: reverse('virtual-servers', 'vip'),
    load_balancer_pool_members: reverse('load-balancer-pool-members', 'ip_address'),
  },
  VirtualServerType: {
    certificate_profiles: through(VS_CERTS, 'virtual_server', 'certificate_profile', 'certificate-profiles'),
  },
  LoadBalancerPoolType: {
    load_balancer_pool_members: reverse('load-balancer-pool-members', 'load_balancer_pool'),
    virtual_servers: reverse('virtual-servers', 'load_balancer_pool'),
  },
  LoadBalancerPoolMemberType: {
    certificate_profiles: through(
      MEMBER_CERTS,
      'load_balancer_pool_member',
      'certificate_profile',
      'certificate-profiles',
    ),
  },
  HealthCheckMonitorType: {
    load_balancer_pools: reverse('load-balancer-pools', 'health_check_monitor'),
    load_balancer_pool_members: reverse('load-balancer-pool-members', 'health_check_monitor'),
    virtual_servers: reverse('virtual-servers', 'health_check_monitor'),
  },
  CertificateProfileType: {
    // graphene's DateTime is isoformat(): "+00:00" rather than "Z".
    expiration_date: (row) =>
      typeof row.expiration_date === 'string' ? row.expiration_date.replace(/Z$/, '+00:00') : null,
    virtual_servers: through(VS_CERTS, 'certificate_profile', 'virtual_server', 'virtual-servers'),
    load_balancer_pool_members: through(
      MEMBER_CERTS,
      'certificate_profile',
      'load_balancer_pool_member',
      'load-balancer-pool-members',
    ),
  },
};

const ROOT: Record<string, GraphQLFieldResolver<unknown, Context, Args>> = {
  virtual_server: rootOne('virtual-servers'),
  virtual_servers: rootList('virtual-servers'),
  load_balancer_pool: rootOne('load-balancer-pools'),
  load_balancer_pools: rootList('load-balancer-pools'),
  load_balancer_pool_member: rootOne('load-balancer-pool-members'),
  load_balancer_pool_members: rootList('load-balancer-pool-members'),
  health_check_monitor: rootOne('health-check-monitors'),
  health_check_monitors: rootList('health-check-monitors'),
  certificate_profile: rootOne('certificate-profiles'),
  certificate_profiles: rootList('certificate-profiles'),
};

/** Columns as graphene-django reads them: a foreign key as its row, a choice as its enum name, blank as null. */
const fieldResolver: GraphQLFieldResolver<unknown, Context, Args> = (source, args, ctx, info) => {
  const parent = info.parentType.name;
  if (parent === 'Query') return ROOT[info.fieldName]?.(source, args, ctx, info) ?? null;
  const row = source as Row;
  const custom = RESOLVERS[parent]?.[info.fieldName];
  if (custom) return custom(row, args, ctx);
  const field = ctx.db.spec(TABLES[parent] ?? '')?.fields[info.fieldName];
  const value = row[info.fieldName];
  if (field?.kind === 'fk') return ctx.db.get(field.to, value) ?? null;
  if (field?.kind === 'string' && field.choices)
    return typeof value === 'string' && value ? choiceName(value) : null;
  return value ?? null;
};

let cached: { specs: FakeDb['specs']; schema: GraphQLSchema } | undefined;
function schemaFor(db: FakeDb): GraphQLSchema {
  if (cached?.specs !== db.specs)
    cached = { specs: db.specs, schema: buildSchema(nautobotGraphqlSdl(db.specs)) };
  return cached.schema;
}

const formatted = (errors: readonly GraphQLError[]) => errors.map((e) => e.toJSON());
const badRequest = (message: string) => json(400, { errors: [{ message }] });

async function readParams(request: Request, url: URL) {
  const type = (request.headers.get('content-type') ?? '').split(';')[0]?.trim().toLowerCase();
  let body: Record<string, unknown> = {};
  if (type === 'application/graphql') body = { query: await request.text() };
  else if (type === 'application/json') {
    try {
      const parsed: unknown = JSON.parse((await request.text()) || '{}');
      if (parsed && typeof parsed === 'object' && !Array.isArray(parsed))
        body = parsed as Record<string, unknown>;
    } catch {
      return { error: 'Request body contained Invalid JSON.' };
    }
  }
  const query = url.searchParams.get('query') ?? body.query;
  let variables: unknown = url.searchParams.get('variables') ?? body.variables;
  if (typeof variables === 'string') {
    try {
      variables = JSON.parse(variables);
    } catch {
      return { error: 'Variables are invalid JSON.' };
    }
  }
  const operationName = url.searchParams.get('operationName') ?? body.operationName;
  return {
    query: typeof query === 'string' ? query : '',
    variables:
      variables && typeof variables === 'object' ? (variables as Record<string, unknown>) : undefined,
    operationName: typeof operationName === 'string' && operationName !== 'null' ? operationName : undefined,
  };
}

/**
 * Nautobot's `/api/graphql/` (GraphQLDRFAPIView): POST only; a query that does not parse or validate, or an
 * operation other than a query, is HTTP 400 with `{errors}` and no data; errors raised while resolving fields
 * come back HTTP 200 next to the data.
 */
export async function graphqlEndpoint(db: FakeDb, request: Request, url: URL): Promise<Response> {
  if (request.method !== 'POST') return json(405, { detail: `Method "${request.method}" not allowed.` });
  const params = await readParams(request, url);
  if ('error' in params) return badRequest(params.error ?? 'Bad request');
  if (!params.query) return badRequest('Must provide query string.');
  const schema = schemaFor(db);
  let document: DocumentNode;
  try {
    document = parse(params.query);
  } catch (e) {
    return json(400, { errors: e instanceof GraphQLError ? formatted([e]) : [{ message: String(e) }] });
  }
  const operation = getOperationAST(document, params.operationName);
  if (operation && operation.operation !== 'query')
    // Nautobot 3.2 prints graphql-core's enum member, not its value (seen on the real server).
    return badRequest(
      `'OperationType.${operation.operation.toUpperCase()}' is not a supported operation, Only query are supported.`,
    );
  const invalid = validate(schema, document);
  if (invalid.length) return json(400, { errors: formatted(invalid) });
  const result = await execute({
    schema,
    document,
    contextValue: { db, children: new Map() } satisfies Context,
    variableValues: params.variables,
    operationName: params.operationName,
    fieldResolver,
  });
  const errors = result.errors ?? [];
  if (errors.some((e) => !e.path)) return json(400, { errors: formatted(errors) });
  return json(200, errors.length ? { errors: formatted(errors), data: result.data } : { data: result.data });
}
