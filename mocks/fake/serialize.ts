import { text, type Row, type TableSpec } from './spec';
import type { FakeDb } from './db';

export type SerializeOptions = {
  depth: number;
  excludeM2m: boolean;
  /** `exclude_m2m=true`: tags go too (without the parameter they are the one M2M field sent). */
  omitTags?: boolean;
  origin: string;
  /** Rendered inside another object at depth > 0. */
  nested?: boolean;
};

export function objectUrl(spec: TableSpec, id: string, origin: string): string {
  return `${origin}/api/${spec.path}${id}/`;
}

function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

export function ref(spec: TableSpec, row: Row, origin: string) {
  return { id: row.id, object_type: spec.objectType, url: objectUrl(spec, row.id, origin) };
}

/** A row as Nautobot's serializer renders it: FKs as refs at depth 0, nested one level shallower above. */
export function serialize(
  db: FakeDb,
  spec: TableSpec,
  row: Row,
  options: SerializeOptions,
): Record<string, unknown> {
  const { depth, excludeM2m, omitTags = false, origin, nested = false } = options;
  const display = db.display(spec.key, row);
  const out: Record<string, unknown> = {
    id: row.id,
    object_type: spec.objectType,
    display,
    url: objectUrl(spec, row.id, origin),
    natural_slug: `${slug(display)}_${row.id.slice(0, 4)}`,
    ...spec.computed?.(row, db),
  };
  for (const [name, field] of Object.entries(spec.fields)) {
    if (field.kind === 'readonly' || ('writeOnly' in field && field.writeOnly)) continue;
    const value = row[name];
    if (field.kind !== 'fk') {
      out[name] =
        field.kind === 'string' && field.labels && typeof value === 'string'
          ? value === ''
            ? null
            : { value, label: field.labels[value] ?? value }
          : (value ?? null);
      continue;
    }
    const target = value ? db.get(field.to, value) : undefined;
    const targetSpec = db.spec(field.to);
    if (!target || !targetSpec) out[name] = null;
    else
      out[name] =
        depth > 0
          ? serialize(db, targetSpec, target, { depth: depth - 1, excludeM2m: true, origin, nested: true })
          : ref(targetSpec, target, origin);
  }
  if (!excludeM2m) {
    for (const [name, m2m] of Object.entries(spec.m2m ?? {})) {
      const otherSpec = db.spec(m2m.otherTable);
      if (!otherSpec) continue;
      out[name] = db
        .rows(m2m.through)
        .filter((a) => a[m2m.selfField] === row.id)
        .map((a) => db.get(m2m.otherTable, a[m2m.otherField]))
        .filter((r): r is Row => !!r)
        .map((r) =>
          depth > 0
            ? serialize(db, otherSpec, r, { depth: depth - 1, excludeM2m: true, origin, nested: true })
            : ref(otherSpec, r, origin),
        );
    }
  }
  if (spec.primary) {
    // Nested objects (depth > 0) drop their M2M fields, tags included.
    if (!nested && !omitTags) {
      const tagSpec = db.spec('tags');
      const tags = ((row.tags as string[] | undefined) ?? [])
        .map((id) => db.get('tags', id))
        .filter((t): t is Row => !!t);
      out.tags = tagSpec
        ? tags.map((t) =>
            depth > 0
              ? serialize(db, tagSpec, t, { depth: depth - 1, excludeM2m: true, origin, nested: true })
              : ref(tagSpec, t, origin),
          )
        : [];
    }
    out.notes_url = `${objectUrl(spec, row.id, origin)}notes/`;
    out.custom_fields = row.custom_fields ?? {};
    out.created = row.created ?? null;
    out.last_updated = row.last_updated ?? null;
  }
  return out;
}

/** Django's JSON encoder: datetimes to the millisecond. */
const toMillis = (value: unknown) =>
  typeof value === 'string' && /\.\d{4,}Z$/.test(value) ? value.replace(/(\.\d{3})\d*Z$/, '$1Z') : value;

/**
 * The change log's older `object_data` (Django's serialize_object): the model's own fields flat, foreign keys as
 * bare ids, choices as stored, timestamps to the millisecond, no id, URLs or M2M fields.
 */
export function legacySnapshot(db: FakeDb, spec: TableSpec, row: Row): Record<string, unknown> {
  const out: Record<string, unknown> = { ...spec.computed?.(row, db) };
  for (const [name, field] of Object.entries(spec.fields)) {
    if (field.kind === 'readonly' || ('writeOnly' in field && field.writeOnly)) continue;
    out[name] = row[name] ?? null;
  }
  if (spec.primary) {
    out.tags = ((row.tags as string[] | undefined) ?? []).map((id) => text(db.get('tags', id)?.name));
    out.custom_fields = row.custom_fields ?? {};
    out.created = toMillis(row.created ?? null);
    out.last_updated = toMillis(row.last_updated ?? null);
  }
  return out;
}
