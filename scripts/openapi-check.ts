/**
 * Drift check of our API registries against the committed OpenAPI schema of the pinned Nautobot:
 * `npm run openapi:check [-- --regenerate]`. Offline; exits 1 with one line per problem.
 *
 * (a) every endpoint's list path has GET; writable ones have POST/PATCH/DELETE on the list, GET/PATCH/DELETE on {id}/
 * (b) every resource filter (and `q` where `search`) is a query parameter of the list GET
 * (c) every write-schema key is a property of the POST request component; all it requires are ours, not optional
 * (d) every sortable field (and default-sort field) is a property of the list's response component
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { z } from 'zod';
import { LB_PATH_CORE } from '../lib/api/config';
import { endpoints } from '../lib/api/endpoints';
import { resources } from '../lib/api/resources';
import { allFields, formDefs } from '../lib/forms/registry';
import { generateSchema, SCHEMA_FILE } from './openapi-generate';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
/** Walks objects and arrays (`'0'` indexes an array); undefined as soon as a step is missing. */
function at(v: unknown, ...keys: string[]): unknown {
  return keys.reduce<unknown>((cur, k) => (typeof cur === 'object' && cur ? (cur as Obj)[k] : undefined), v);
}
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

const problems: string[] = [];
const problem = (message: string): void => void problems.push(message);
const schemaName = relative(process.cwd(), SCHEMA_FILE);

if (process.argv.includes('--regenerate')) {
  const work = mkdtempSync(join(tmpdir(), 'lbui-openapi-check-'));
  try {
    const fresh = join(work, 'schema.json');
    generateSchema(fresh);
    if (!readFileSync(fresh).equals(readFileSync(SCHEMA_FILE))) {
      problem('the committed schema is stale: run npm run openapi:generate');
    }
  } catch (e) {
    problem(`could not regenerate the schema: ${e instanceof Error ? e.message : String(e)}`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

const doc: unknown = JSON.parse(readFileSync(SCHEMA_FILE, 'utf8'));
/** Paths in the document are relative to the first server URL (`/api`). */
const basePath = (str(at(at(doc, 'servers'), '0', 'url')) ?? '').replace(/\/+$/, '');
const apiVersion =
  /\((\d+\.\d+)\)/.exec(str(at(doc, 'info', 'version')) ?? '')?.[1] ?? str(at(doc, 'info', 'version')) ?? '?';

/** The path item for a client-side path such as `/api/ipam/prefixes/`. */
const pathItem = (apiPath: string): unknown =>
  apiPath.startsWith(`${basePath}/`) ? at(doc, 'paths', apiPath.slice(basePath.length)) : undefined;

/** A component schema by `$ref`: its property and required names (spectacular emits these flat, no `allOf`). */
type Component = { name: string; properties: Set<string>; required: Set<string> };
function component(ref: unknown): Component | undefined {
  const name = str(ref)?.replace(/^#\/components\/schemas\//, '');
  const schema = at(doc, 'components', 'schemas', name ?? '');
  if (name === undefined || !isObj(schema)) return undefined;
  const required = Array.isArray(schema.required) ? (schema.required as unknown[]) : [];
  return {
    name,
    properties: new Set(Object.keys(isObj(schema.properties) ? schema.properties : {})),
    required: new Set(required.filter((r): r is string => typeof r === 'string')),
  };
}

const jsonSchemaRef = (operation: unknown, ...where: string[]): unknown =>
  at(operation, ...where, 'content', 'application/json', 'schema', '$ref');

const apiPathOf = (key: keyof typeof endpoints): string => {
  const ep = endpoints[key];
  return `/api/${ep.lb ? LB_PATH_CORE : ''}${ep.path}`;
};

const count = { endpoints: Object.keys(endpoints).length, filters: 0, fields: 0 };

// (a) paths and methods, (c) write schemas.
for (const key of Object.keys(endpoints) as (keyof typeof endpoints)[]) {
  const ep = endpoints[key];
  const listPath = apiPathOf(key);
  const list = pathItem(listPath);
  if (!isObj(list)) {
    problem(`endpoints.${key}: ${listPath} is not in the schema`);
    continue;
  }
  if (!isObj(list.get)) problem(`endpoints.${key}: ${listPath} has no GET`);
  if (!('writeSchema' in ep)) continue;
  for (const [path, methods] of [
    [listPath, ['post', 'patch', 'delete']],
    [`${listPath}{id}/`, ['get', 'patch', 'delete']],
  ] as const) {
    for (const m of methods) {
      if (!isObj(at(pathItem(path), m))) problem(`endpoints.${key}: ${path} has no ${m.toUpperCase()}`);
    }
  }
  const request = component(jsonSchemaRef(list.post, 'requestBody'));
  if (!request) {
    problem(`endpoints.${key}: POST ${listPath} has no JSON request body component`);
    continue;
  }
  if (!(ep.writeSchema instanceof z.ZodObject)) {
    problem(`endpoints.${key}.writeSchema: not a z.object, cannot compare with ${request.name}`);
    continue;
  }
  const shape = ep.writeSchema.shape as Record<string, z.ZodType>;
  for (const field of Object.keys(shape)) {
    count.fields += 1;
    if (!request.properties.has(field))
      problem(`endpoints.${key}.writeSchema.${field}: not a property of ${request.name}`);
  }
  for (const field of request.required) {
    const ours = shape[field];
    if (!ours) problem(`endpoints.${key}.writeSchema: lacks ${field}, which ${request.name} requires`);
    else if (ours.safeParse(undefined).success) {
      problem(`endpoints.${key}.writeSchema.${field}: optional, but ${request.name} requires it`);
    }
  }
}

// (b) filters and search, (d) sortable fields.
for (const resource of Object.values(resources)) {
  const listPath = apiPathOf(resource.key);
  const get = at(pathItem(listPath), 'get');
  if (!isObj(get)) continue; // reported above
  const params = new Set(
    (Array.isArray(get.parameters) ? (get.parameters as unknown[]) : [])
      .filter((p) => at(p, 'in') === 'query')
      .map((p) => str(at(p, 'name'))),
  );
  const wanted: string[] = resource.filters.map((f) => f.param);
  if (resource.search) wanted.push('q');
  for (const param of wanted) {
    count.filters += 1;
    if (!params.has(param))
      problem(`resources.${resource.key}.filters: ${param} is not a query parameter of GET ${listPath}`);
  }

  const page = component(jsonSchemaRef(get, 'responses', '200'));
  const row = component(
    at(doc, 'components', 'schemas', page?.name ?? '', 'properties', 'results', 'items', '$ref'),
  );
  if (!row) {
    problem(`resources.${resource.key}: cannot find the row component of GET ${listPath}`);
    continue;
  }
  const sortFields = [
    ...resource.sortable.map((f) => ['sortable', f] as const),
    ...resource.defaultSort.split(',').map((f) => ['defaultSort', f.trim().replace(/^-/, '')] as const),
  ];
  for (const [where, field] of sortFields) {
    count.fields += 1;
    if (!row.properties.has(field))
      problem(`resources.${resource.key}.${where}: ${field} is not a property of ${row.name}`);
  }
}

// (e) every form field is something Nautobot accepts on write (certificate profiles go through assignments).
for (const def of Object.values(formDefs)) {
  const ep = endpoints[def.resource];
  const shape = ep.writeSchema.shape as Record<string, z.ZodType>;
  for (const field of allFields(def)) {
    count.fields += 1;
    if (field.name === 'certificate_profiles' && def.certificateAssignments) continue;
    if (!(field.name in shape))
      problem(`formDefs.${def.resource}.${field.name}: not in endpoints.${def.resource}.writeSchema`);
  }
}

for (const p of problems) console.error(`openapi: ${p}`);
const summary = `openapi: ${count.endpoints} endpoints, ${count.filters} filters, ${count.fields} fields checked against Nautobot ${apiVersion} schema (${schemaName})`;
if (problems.length > 0) {
  console.error(`${summary}: ${problems.length} problem${problems.length === 1 ? '' : 's'}`);
  process.exit(1);
}
console.log(`${summary}: OK`);
