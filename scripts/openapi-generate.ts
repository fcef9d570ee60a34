/**
 * Regenerates the committed OpenAPI schema of the pinned Nautobot: `npm run openapi:generate [-- <outfile>]`.
 *
 * scripts/nautobot/openapi.sh writes the full schema (~18 MB) offline with `nautobot-server spectacular`; this
 * keeps only the paths the UI talks to plus every component they reference (transitively), and writes it with
 * sorted keys and 1-space indentation, so regenerating against the same Nautobot is byte-identical.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** The committed, reduced schema. */
export const SCHEMA_FILE = join(ROOT, 'openapi', 'nautobot-3.2.json');

/** API paths kept in the committed schema (as seen by clients, i.e. including the `/api` server prefix). */
export const KEPT_PATH_PREFIXES = [
  '/api/load-balancers/',
  '/api/ipam/ip-addresses/',
  '/api/ipam/prefixes/',
  '/api/ipam/namespaces/',
  '/api/tenancy/tenants/',
  '/api/dcim/devices/',
  '/api/dcim/device-redundancy-groups/',
  '/api/dcim/virtual-chassis/',
  '/api/cloud/cloud-services/',
  '/api/extras/statuses/',
  '/api/extras/tags/',
  '/api/extras/object-changes/',
  '/api/extras/notes/',
  '/api/users/tokens/',
] as const;

const isObject = (value: Json | undefined): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function expectObject(value: Json | undefined, what: string): JsonObject {
  if (!isObject(value)) throw new Error(`generated schema has no ${what} object`);
  return value;
}

/** Every `#/components/<kind>/<name>` reference anywhere below `value`. */
function collectRefs(value: Json, found: (kind: string, name: string) => void): void {
  if (Array.isArray(value)) {
    for (const item of value) collectRefs(item, found);
  } else if (isObject(value)) {
    for (const [key, item] of Object.entries(value)) {
      const match =
        key === '$ref' && typeof item === 'string' ? /^#\/components\/([^/]+)\/(.+)$/.exec(item) : null;
      if (match?.[1] && match[2]) found(match[1], match[2]);
      else collectRefs(item, found);
    }
  }
}

/** The full spectacular document reduced to the kept paths and the components they reach. */
export function reduceSchema(full: Json): JsonObject {
  const doc = expectObject(full, 'top-level');
  const servers = Array.isArray(doc.servers) ? doc.servers : [];
  const serverUrl =
    isObject(servers[0]) && typeof servers[0].url === 'string' ? servers[0].url.replace(/\/+$/, '') : '';
  const allPaths = expectObject(doc.paths, 'paths');
  const allComponents = expectObject(doc.components, 'components');

  const paths: JsonObject = {};
  for (const [path, item] of Object.entries(allPaths)) {
    if (KEPT_PATH_PREFIXES.some((prefix) => `${serverUrl}${path}`.startsWith(prefix))) paths[path] = item;
  }
  if (Object.keys(paths).length === 0) throw new Error('generated schema contains none of the kept paths');

  // Components reached from the kept paths, transitively; security schemes are referenced by name, keep them all.
  const components: Record<string, JsonObject> = {};
  const queue: Json[] = [paths];
  const visit = (kind: string, name: string): void => {
    const source = expectObject(allComponents[kind], `components.${kind}`);
    const target = (components[kind] ??= {});
    const component = source[name];
    if (component === undefined) throw new Error(`dangling reference #/components/${kind}/${name}`);
    if (name in target) return;
    target[name] = component;
    queue.push(component);
  };
  for (let next = queue.pop(); next !== undefined; next = queue.pop()) collectRefs(next, visit);
  if (isObject(allComponents.securitySchemes)) components.securitySchemes = allComponents.securitySchemes;

  return {
    openapi: doc.openapi ?? null,
    info: doc.info ?? null,
    servers,
    paths,
    components,
    'x-lbui-reduced-to': [...KEPT_PATH_PREFIXES],
  };
}

function sortKeys(value: Json): Json {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (!isObject(value)) return value;
  const sorted: JsonObject = {};
  for (const key of Object.keys(value).sort()) sorted[key] = sortKeys(value[key] ?? null);
  return sorted;
}

/** Stable text: sorted keys, 1-space indentation, trailing newline. */
export const stableJson = (value: Json): string => `${JSON.stringify(sortKeys(value), null, 1)}\n`;

/** Runs scripts/nautobot/openapi.sh (offline, against the migrated DB) and writes the reduced schema to `outFile`. */
export function generateSchema(outFile: string): number {
  const work = mkdtempSync(join(tmpdir(), 'lbui-openapi-'));
  try {
    const fullFile = join(work, 'full.json');
    // The shell script's progress goes to stderr so callers' stdout stays clean.
    const run = spawnSync('bash', [join(ROOT, 'scripts', 'nautobot', 'openapi.sh'), fullFile], {
      stdio: ['ignore', 2, 2],
    });
    if (run.error) throw run.error;
    if (run.status !== 0)
      throw new Error(`scripts/nautobot/openapi.sh failed (exit ${run.status ?? run.signal})`);
    const full = JSON.parse(readFileSync(fullFile, 'utf8')) as Json;
    const text = stableJson(reduceSchema(full));
    mkdirSync(dirname(outFile), { recursive: true });
    writeFileSync(outFile, text);
    return Buffer.byteLength(text);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

const invokedDirectly =
  process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href;
if (invokedDirectly) {
  const outFile = resolve(process.argv[2] ?? SCHEMA_FILE);
  try {
    const bytes = generateSchema(outFile);
    console.log(`openapi: wrote ${outFile} (${bytes} bytes)`);
  } catch (e) {
    console.error(`openapi: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  }
}
