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

function fieldFilter(
  db: FakeDb,
  param: string,
  name: string,
  field: FieldSpec | 'datetime' | 'uuid',
  lookup: string,
  values: string[],
): Built {
  const kind = typeof field === 'string' ? field : field.kind;
  if (kind === 'string' || kind === 'uuid') {
    if (lookup && !STRING_LOOKUPS.includes(lookup)) return { error: 'Unknown filter field' };
    const negate = lookup === 'n' || lookup.startsWith('n');
    return {
      predicate: (row) =>
        negate
          ? values.every((t) => stringTest(lookup, row[name], t))
          : values.some((t) => stringTest(lookup || 'exact', row[name], t)),
    };
  }
  if (kind === 'int' || kind === 'datetime') {
    if (lookup && !NUMBER_LOOKUPS.includes(lookup)) return { error: 'Unknown filter field' };
    const parsed = values.map((v) =>
      kind === 'int' ? (/^-?\d+$/.test(v.trim()) ? Number(v) : NaN) : Date.parse(v),
    );
    if (parsed.some((n) => Number.isNaN(n)))
      return { error: kind === 'int' ? 'Enter a number.' : 'Enter a valid date/time.' };
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
    const wanted = values.map((v) => ['true', '1', 'yes', 'on'].includes(v.toLowerCase()));
    return { predicate: (row) => wanted.includes(Boolean(row[name])) };
  }
  if (kind === 'fk' && typeof field !== 'string' && field.kind === 'fk') {
    if (lookup && lookup !== 'n' && lookup !== 'isnull') return { error: 'Unknown filter field' };
    if (lookup === 'isnull') {
      const want = ['true', '1'].includes((values[0] ?? '').toLowerCase());
      return { predicate: (row) => (row[name] == null) === want };
    }
    const target = db.spec(field.to);
    const ids = new Set<string | null>();
    for (const v of values) {
      if (v === 'null') {
        ids.add(null);
        continue;
      }
      const matches = UUID.test(v)
        ? db.rows(field.to).filter((r) => r.id === v.toLowerCase())
        : db.rows(field.to).filter((r) => target?.filterByName?.(r, v, db));
      if (!matches.length)
        return { error: `Select a valid choice. ${v} is not one of the available choices.` };
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
    if (base === 'id') built = fieldFilter(db, param, 'id', 'uuid', lookup, values);
    else if (spec.primary && (base === 'created' || base === 'last_updated'))
      built = fieldFilter(db, param, base, 'datetime', lookup, values);
    else if (base === 'tenant_id' && spec.fields.tenant)
      built = fieldFilter(db, param, 'tenant', spec.fields.tenant, lookup, values);
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
          ? fieldFilter(db, param, base, field, lookup, values)
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
