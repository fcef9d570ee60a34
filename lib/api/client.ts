import { z } from 'zod';
import { appLabel, type ApiConfig } from './config';
import {
  endpoints,
  type EndpointKey,
  type EndpointRow,
  type EndpointWrite,
  type WritableKey,
} from './endpoints';
import { NautobotError } from './errors';
import { ESTATE_QUERY, estateDataSchema } from './estate-query';
import { runGraphql } from './graphql';
import { pageSchema, type Page } from './schemas/common';
import type { Query, RequestOptions, Transport } from './transport';

export type ListParams = {
  limit?: number;
  offset?: number;
  /** `name`, `-port`, or several comma-separated keys. */
  sort?: string;
  q?: string;
  filters?: Query;
  depth?: number;
  /** Nautobot 3 leaves M2M fields (certificate_profiles) out unless this is false. */
  excludeM2m?: boolean;
};

export type GetParams = Pick<ListParams, 'depth' | 'excludeM2m'>;

/** Nautobot caps a page at 1000 rows (MAX_PAGE_SIZE); `limit=0` does not mean "all". */
export const MAX_PAGE_SIZE = 1000;

function parse<T extends z.ZodType>(schema: T, data: unknown, what: string): z.infer<T> {
  const result = schema.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new NautobotError({
      status: 200,
      kind: 'bad-response',
      message: `Unexpected answer from Nautobot for ${what}: ${issue ? `${issue.path.join('.')}: ${issue.message}` : 'invalid'}.`,
    });
  }
  return result.data;
}

/**
 * Rows that tie on the sort key come back in no fixed order, so consecutive pages can repeat or skip rows
 * (seen on Nautobot: 300 members sorted by port, two pages of 100 held only 192 distinct rows). `id` breaks ties.
 */
export function stableSort(sort: string | undefined): string | undefined {
  if (!sort) return undefined;
  const keys = sort
    .split(',')
    .map((k) => k.trim())
    .filter(Boolean);
  return keys.some((k) => k.replace(/^-/, '') === 'id') ? keys.join(',') : [...keys, 'id'].join(',');
}

function listQuery(params: ListParams): Query {
  return {
    ...params.filters,
    q: params.q || undefined,
    limit: params.limit,
    offset: params.offset || undefined,
    sort: stableSort(params.sort),
    depth: params.depth,
    exclude_m2m: params.excludeM2m === undefined ? undefined : String(params.excludeM2m),
  };
}

/**
 * The Nautobot REST client: every endpoint the UI uses, with responses parsed by the endpoint's schema.
 * It knows nothing of React; the browser, the server, scripts and tests all build one over a Transport.
 */
export function createNautobotClient(transport: Transport, config: Pick<ApiConfig, 'lbPath'>) {
  const path = (key: EndpointKey) => {
    const def = endpoints[key];
    return def.lb ? `${config.lbPath}${def.path}` : def.path;
  };
  // TypeScript cannot relate an indexed generic schema to its inferred row type; the registry guarantees it.
  const schemaOf = <K extends EndpointKey>(key: K) =>
    endpoints[key].schema as unknown as z.ZodType<EndpointRow<K>>;

  async function list<K extends EndpointKey>(
    key: K,
    params: ListParams = {},
    options: RequestOptions = {},
  ): Promise<Page<EndpointRow<K>>> {
    const { data } = await transport.request('GET', path(key), {
      ...options,
      query: { ...listQuery(params), ...options.query },
    });
    return parse(pageSchema(schemaOf(key)), data, key);
  }

  async function get<K extends EndpointKey>(
    key: K,
    id: string,
    params: GetParams = {},
    options: RequestOptions = {},
  ) {
    const { data } = await transport.request('GET', `${path(key)}${id}/`, {
      ...options,
      query: listQuery(params),
    });
    return parse(schemaOf(key), data, key);
  }

  async function create<K extends WritableKey>(key: K, body: EndpointWrite<K>, options: RequestOptions = {}) {
    const { data } = await transport.request('POST', path(key), { ...options, body });
    return parse(schemaOf(key), data, key);
  }

  async function update<K extends WritableKey>(
    key: K,
    id: string,
    patch: Partial<EndpointWrite<K>>,
    options: RequestOptions = {},
  ) {
    const { data } = await transport.request('PATCH', `${path(key)}${id}/`, { ...options, body: patch });
    return parse(schemaOf(key), data, key);
  }

  async function remove(key: EndpointKey, id: string, options: RequestOptions = {}): Promise<void> {
    await transport.request('DELETE', `${path(key)}${id}/`, options);
  }

  async function bulkCreate<K extends WritableKey>(
    key: K,
    bodies: EndpointWrite<K>[],
    options: RequestOptions = {},
  ) {
    const { data } = await transport.request('POST', path(key), { ...options, body: bodies });
    return parse(z.array(schemaOf(key)), data, key);
  }

  /** One transaction; Nautobot silently skips ids it does not know or the user may not change. */
  async function bulkUpdate<K extends WritableKey>(
    key: K,
    patches: (Partial<EndpointWrite<K>> & { id: string })[],
    options: RequestOptions = {},
  ) {
    const body = patches.map((p) => ({ ...p, id: p.id.toLowerCase() }));
    const { data } = await transport.request('PATCH', path(key), { ...options, body });
    return parse(z.array(schemaOf(key)), data, key);
  }

  async function bulkDelete(key: EndpointKey, ids: string[], options: RequestOptions = {}): Promise<void> {
    await transport.request('DELETE', path(key), {
      ...options,
      body: ids.map((id) => ({ id: id.toLowerCase() })),
    });
  }

  /** How many objects match, without fetching them: a `limit=1` list read for its `count`. */
  async function count(
    key: EndpointKey,
    params: Pick<ListParams, 'q' | 'filters'> = {},
    options: RequestOptions = {},
  ) {
    const page = await list(key, { ...params, limit: 1, depth: 0 }, options);
    return page.count;
  }

  function objectType(key: EndpointKey): string {
    const def = endpoints[key];
    if (!('model' in def)) throw new Error(`${key} has no object type`);
    return `${appLabel(config)}.${def.model}`;
  }

  async function changes(
    key: EndpointKey,
    id: string,
    params: ListParams = {},
    options: RequestOptions = {},
  ) {
    return list(
      'object-changes',
      {
        ...params,
        filters: { ...params.filters, changed_object_type: objectType(key), changed_object_id: id },
      },
      options,
    );
  }

  /**
   * An object's notes, newest first. The object's own `notes/` endpoint lists oldest first and ignores `sort`,
   * so this asks `/extras/notes/` by assigned object instead.
   */
  async function notes(key: EndpointKey, id: string, params: ListParams = {}, options: RequestOptions = {}) {
    return list(
      'notes',
      {
        sort: '-created',
        ...params,
        filters: { ...params.filters, assigned_object_type: objectType(key), assigned_object_id: id },
      },
      options,
    );
  }

  async function addNote(key: EndpointKey, id: string, note: string, options: RequestOptions = {}) {
    const { data } = await transport.request('POST', `${path(key)}${id}/notes/`, {
      ...options,
      body: { note },
    });
    return parse(endpoints.notes.schema, data, 'note');
  }

  /** The API version the server speaks; every response carries it, even a 403, so this needs no token. */
  async function apiVersion(options: RequestOptions = {}): Promise<string | null> {
    try {
      const { headers } = await transport.request('GET', '', options);
      return headers.get('api-version');
    } catch (e) {
      if (e instanceof NautobotError && (e.kind === 'auth' || e.kind === 'forbidden'))
        return e.apiVersion ?? null;
      throw e;
    }
  }

  /** Creates a token for the user named by `basicAuth` (the one endpoint that accepts Basic auth). */
  async function createToken(
    basicAuth: { username: string; password: string },
    body: { description?: string; expires?: string | null; write_enabled?: boolean } = {},
  ) {
    const bytes = new TextEncoder().encode(`${basicAuth.username}:${basicAuth.password}`);
    const credentials = btoa(String.fromCharCode(...bytes));
    const { data } = await transport.request('POST', path('tokens'), {
      body,
      headers: { Authorization: `Basic ${credentials}` },
    });
    return parse(endpoints.tokens.schema, data, 'token');
  }

  /**
   * Who owns the token. Nautobot's token serializer has no user field and reading users needs a permission
   * most users lack, but a token's `display` is `"<last 6 of key> (<username>)"`, and users see only their own.
   */
  async function whoAmI(options: RequestOptions = {}): Promise<{ username: string | null }> {
    const { data } = await transport.request('GET', path('tokens'), { ...options, query: { limit: 1 } });
    const page = parse(pageSchema(endpoints.tokens.schema), data, 'tokens');
    const username = /\((.+)\)$/.exec(page.results[0]?.display ?? '')?.[1];
    return { username: username ?? null };
  }

  /** A GraphQL query (Nautobot's schema has no mutations), its `data` parsed by `schema`. */
  function graphql<T extends z.ZodType>(
    query: string,
    schema: T,
    what: string,
    variables?: Record<string, unknown>,
    options: RequestOptions = {},
  ) {
    return runGraphql(transport, { query, variables }, schema, what, options);
  }

  /** Every virtual server, pool and member with what the status model needs: one request, whatever the size. */
  async function estate(options: RequestOptions = {}) {
    return graphql(ESTATE_QUERY, estateDataSchema, 'the load-balancer estate', undefined, options);
  }

  return {
    config,
    path,
    list,
    get,
    create,
    update,
    remove,
    bulkCreate,
    bulkUpdate,
    bulkDelete,
    count,
    objectType,
    changes,
    notes,
    addNote,
    apiVersion,
    createToken,
    whoAmI,
    graphql,
    estate,
  };
}

export type NautobotClient = ReturnType<typeof createNautobotClient>;
