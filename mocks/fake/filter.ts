import type { FakeDb } from './db';
import { text, type FieldSpec, type OrderValue, type Row, type TableSpec } from './spec';

/** Query parameters that are not filters (nautobot/core/api/constants.py). */
export const NON_FILTER_PARAMS = new Set([
  'api_version',
  'depth',
  'exclude_m2m',
  'format',
  'include',
  'limit',
  'offset',
  'sort',
  'brief',
]);

const STRING_LOOKUPS = [
  'n',
  'ic',
  'nic',
  'isw',
  'nisw',
  'iew',
  'niew',
  'ie',
  'nie',
  're',
  'nre',
  'ire',
  'nire',
];
const NUMBER_LOOKUPS = ['n', 'lt', 'lte', 'gt', 'gte'];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type Predicate = (row: Row) => boolean;
type Built = { predicate: Predicate } | { error: string };

function stringTest(lookup: string, value: unknown, term: string): boolean {
  const v = text(value);
  const lv = v.toLowerCase();
  const lt = term.toLowerCase();
  const base = lookup.replace(/^n(?=ic|isw|iew|ie|re|ire)/, '');
  let hit: boolean;
  switch (base) {
    case 'ic':
      hit = lv.includes(lt);
      break;
    case 'isw':
      hit = lv.startsWith(lt);
      break;
    case 'iew':
      hit = lv.endsWith(lt);
      break;
    case 'ie':
      hit = lv === lt;
      break;
    case 're':
      hit = new RegExp(term).test(v);
      break;
    case 'ire':
      hit = new RegExp(term, 'i').test(v);
      break;
    default:
      hit = v === term;
  }
  return lookup !== base || lookup === 'n' ? !hit : hit;
}

function compare(lookup: string, a: number, b: number): boolean {
  switch (lookup) {
    case 'lt':
      return a < b;
    case 'lte':
      return a <= b;
    case 'gt':
      return a > b;
    case 'gte':
      return a >= b;
    case 'n':
      return a !== b;
    default:
      return a === b;
  }
}

/** Django's NullBooleanSelect: only these spellings count; anything else (1, yes, TRUE, "") filters nothing. */
function parseBool(value: string | undefined): boolean | undefined {
  if (value === 'true' || value === 'True') return true;
  if (value === 'false' || value === 'False') return false;
  return undefined;
}

const IGNORED: Built = { predicate: () => true };
const notAChoice = (v: string) => `Select a valid choice. ${v} is not one of the available choices.`;

/** Where a datetime filter value names no zone, Nautobot reads it in its TIME_ZONE (UTC here). */
function parseDateTime(value: string): number {
  const v = value.trim().replace(' ', 'T');
  if (/^\d{4}-\d{2}-\d{2}$/.test(v)) return Date.parse(`${v}T00:00:00Z`);
  return Date.parse(/(Z|[+-]\d{2}:?\d{2})$/i.test(v) ? v : `${v}Z`);
}

function fieldFilter(
  db: FakeDb,
  name: string,
  field: FieldSpec | 'datetime' | 'uuid',
  lookup: string,
  given: string[],
): Built {
  const kind = typeof field === 'string' ? field : field.kind;
  // django-filter skips empty values, and the whole filter when nothing is left (`name=` matches everything).
  const values = given.filter((v) => v.trim() !== '');
  if (kind === 'string' || kind === 'uuid') {
    if (lookup && !STRING_LOOKUPS.includes(lookup)) return { error: 'Unknown filter field' };
    const choices = typeof field === 'object' && field.kind === 'string' ? field.choices : undefined;
    // A choice field's exact filter is a MultipleChoiceFilter: every value, blank included, must be a choice.
    if (choices && !lookup) {
      const bad = given.find((v) => v !== 'null' && !choices.includes(v));
      if (bad !== undefined) return { error: notAChoice(bad) };
    }
    if (kind === 'uuid' && (!lookup || lookup === 'n') && values.some((v) => !UUID.test(v.trim())))
      return { error: 'Enter a valid UUID.' };
    if (!values.length) return IGNORED;
    const negate = lookup === 'n' || lookup.startsWith('n');
    return {
      predicate: (row) =>
        negate
          ? values.every((t) => stringTest(lookup, row[name], t))
          : values.some((t) => stringTest(lookup || 'exact', row[name], t)),
    };
  }
  if (kind === 'int' || kind === 'datetime') {
    const nullable = typeof field === 'object' && 'nullable' in field && !!field.nullable;
    if (lookup === 'isnull' && nullable) {
      const want = parseBool(given.at(-1));
      return want === undefined ? IGNORED : { predicate: (row) => (row[name] == null) === want };
    }
    if (lookup && !NUMBER_LOOKUPS.includes(lookup)) return { error: 'Unknown filter field' };
    if (!values.length) return IGNORED;
    const parsed = values.map((v) =>
      kind === 'int' ? (/^\s*-?\d+\s*$/.test(v) ? Number(v) : NaN) : parseDateTime(v),
    );
    if (parsed.some((n) => Number.isNaN(n)))
      return { error: kind === 'int' ? 'Enter a whole number.' : 'Enter a valid date/time.' };
    return {
      predicate: (row) => {
        const raw = row[name];
        if (raw === null || raw === undefined) return false;
        const v = kind === 'int' ? Number(raw) : Date.parse(text(raw));
        return lookup === 'n' ? parsed.every((p) => v !== p) : parsed.some((p) => compare(lookup, v, p));
      },
    };
  }
  if (kind === 'bool') {
    if (lookup) return { error: 'Unknown filter field' };
    // One value only: a repeated boolean parameter counts its last value.
    const want = parseBool(given.at(-1));
    return want === undefined ? IGNORED : { predicate: (row) => Boolean(row[name]) === want };
  }
  if (kind === 'fk' && typeof field !== 'string' && field.kind === 'fk') {
    if (lookup && lookup !== 'n' && lookup !== 'isnull') return { error: 'Unknown filter field' };
    if (lookup === 'isnull') {
      const want = parseBool(given.at(-1));
      return want === undefined ? IGNORED : { predicate: (row) => (row[name] == null) === want };
    }
    const target = db.spec(field.to);
    const ids = new Set<string | null>();
    for (const v of given) {
      if (v === 'null') {
        ids.add(null);
        continue;
      }
      if (field.filterByIdOnly && !UUID.test(v)) return { error: `\u201c${v}\u201d is not a valid UUID.` };
      const matches = UUID.test(v)
        ? db.rows(field.to).filter((r) => r.id === v.toLowerCase())
        : db.rows(field.to).filter((r) => target?.filterByName?.(r, v, db));
      if (!matches.length) return { error: notAChoice(v) };
      for (const m of matches) ids.add(m.id);
    }
    return {
      predicate: (row) =>
        lookup === 'n'
          ? !ids.has((row[name] as string | null) ?? null)
          : ids.has((row[name] as string | null) ?? null),
    };
  }
  return { error: 'Unknown filter field' };
}

/** Applies Nautobot-style filters; an unknown parameter is a 400, as with STRICT_FILTERING. */
export function applyFilters(
  db: FakeDb,
  spec: TableSpec,
  rows: Row[],
  params: URLSearchParams,
): { rows: Row[] } | { errors: Record<string, string[]> } {
  const predicates: Predicate[] = [];
  const errors: Record<string, string[]> = {};
  for (const param of new Set(params.keys())) {
    if (NON_FILTER_PARAMS.has(param)) continue;
    const values = params.getAll(param);
    if (param === 'q') {
      const term = values[0]?.trim() ?? '';
      if (term && spec.search) predicates.push((row) => spec.search?.(row, term, db) ?? true);
      else if (!spec.search) errors[param] = ['Unknown filter field'];
      continue;
    }
    const custom = spec.filters?.[param];
    if (custom) {
      predicates.push((row) => custom(row, values, db));
      continue;
    }
    const [base = '', lookup = ''] = param.split('__');
    let built: Built;
    if (base === 'id') built = fieldFilter(db, 'id', 'uuid', lookup, values);
    else if (spec.primary && (base === 'created' || base === 'last_updated'))
      built = fieldFilter(db, base, 'datetime', lookup, values);
    else if (spec.primary && base === 'tags' && (lookup === '' || lookup === 'n')) {
      // TagFilter: by name or id, any of them; `__n` excludes.
      const wanted = (row: Row) =>
        ((row.tags as string[] | undefined) ?? []).some((id) => {
          const tag = db.get('tags', id);
          return !!tag && values.some((v) => tag.id === v.toLowerCase() || tag.name === v);
        });
      built = { predicate: lookup === 'n' ? (row) => !wanted(row) : wanted };
    } else if (base === 'tenant_id' && spec.fields.tenant)
      built = fieldFilter(db, 'tenant', spec.fields.tenant, lookup, values);
    else if (base === 'tenant_group' && spec.fields.tenant) {
      built = {
        predicate: (row) => {
          const group = db.get('tenant-groups', db.get('tenants', row.tenant)?.tenant_group);
          return !!group && values.some((v) => group.id === v.toLowerCase() || group.name === v);
        },
      };
    } else {
      const field = spec.fields[base];
      built =
        field && field.kind !== 'readonly'
          ? fieldFilter(db, base, field, lookup, values)
          : { error: 'Unknown filter field' };
    }
    if ('error' in built) errors[param] = [built.error];
    else predicates.push(built.predicate);
  }
  if (Object.keys(errors).length) return { errors };
  return { rows: rows.filter((row) => predicates.every((p) => p(row))) };
}

/** How rows of `table` sort: its Meta.ordering where the spec gives one, else its display string. */
function orderKeyOf(db: FakeDb, table: string, row: Row): readonly OrderValue[] {
  return db.spec(table)?.orderKey?.(row, db) ?? [db.display(table, row).toLowerCase()];
}

/** Component by component; PostgreSQL ranks NULL above every value (last ascending, first descending). */
function compareKeys(a: readonly OrderValue[], b: readonly OrderValue[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const va = a[i] ?? null;
    const vb = b[i] ?? null;
    if (va === vb) continue;
    if (va === null) return 1;
    if (vb === null) return -1;
    return va < vb ? -1 : 1;
  }
  return 0;
}

/** `sort=name,-port`: direct fields only, unknown keys silently ignored (DRF OrderingFilter). */
export function applySort(db: FakeDb, spec: TableSpec, rows: Row[], sort: string | null): Row[] {
  if (!sort && spec.orderKey) {
    const keyed = rows.map((row) => ({ row, key: spec.orderKey?.(row, db) ?? [] }));
    return keyed.sort((a, b) => compareKeys(a.key, b.key)).map(({ row }) => row);
  }
  const keys = (sort ? sort.split(',') : [...(spec.ordering ?? [])])
    .map((k) => k.trim())
    .filter(Boolean)
    .map((k) => ({ desc: k.startsWith('-'), name: k.replace(/^-/, '') }))
    .filter(
      ({ name }) =>
        name === 'id' ||
        name in spec.fields ||
        (spec.primary && (name === 'created' || name === 'last_updated')),
    );
  if (!keys.length) return rows;
  const valueOf = (row: Row, name: string): readonly OrderValue[] => {
    const field = spec.fields[name];
    const raw = row[name];
    if (raw === null || raw === undefined) return [null];
    if (field?.kind === 'fk') {
      const target = db.get(field.to, raw);
      return target ? orderKeyOf(db, field.to, target) : [null];
    }
    if (typeof raw === 'number') return [raw];
    if (typeof raw === 'boolean') return [raw ? 1 : 0];
    return [text(raw).toLowerCase()];
  };
  return [...rows].sort((a, b) => {
    for (const { desc, name } of keys) {
      const order = compareKeys(valueOf(a, name), valueOf(b, name));
      if (order) return desc ? -order : order;
    }
    return 0;
  });
}
