/**
 * The fake's own description of Nautobot's models: server rules (required, null, blank, choices, ranges,
 * uniqueness, on_delete), written from Nautobot's models.py, not from this app's form schemas, so the fake
 * can catch the client's mistakes.
 */

export type OnDelete = 'PROTECT' | 'CASCADE' | 'SET_NULL';

export type FieldSpec =
  | {
      kind: 'string';
      max?: number;
      blank?: boolean;
      required?: boolean;
      choices?: readonly string[];
      /** Declared as Nautobot's ChoiceField: read back as `{value, label}` (e.g. a prefix's `type`). */
      labels?: Readonly<Record<string, string>>;
      unique?: boolean;
      writeOnly?: boolean;
    }
  | { kind: 'int'; min?: number; max?: number; nullable?: boolean; required?: boolean }
  | { kind: 'bool'; default: boolean }
  | {
      kind: 'fk';
      to: string;
      nullable?: boolean;
      required?: boolean;
      onDelete: OnDelete;
      writeOnly?: boolean;
      limitToContentType?: boolean;
      /** Filtered by a plain ModelMultipleChoiceFilter (UUIDs only, no name lookup), e.g. a VS's `vip`. */
      filterByIdOnly?: boolean;
    }
  | { kind: 'datetime'; nullable?: boolean }
  | { kind: 'list' }
  | { kind: 'readonly' };

export type Row = { id: string; [field: string]: unknown };

export type NaturalKey = {
  fields: readonly string[];
  values(row: Row, db: DbView): readonly (string | null)[];
};

/** One component of a sort key; null ranks above every value, as in PostgreSQL. */
export type OrderValue = string | number | null;

export type FilterFn = (row: Row, values: string[], db: DbView) => boolean;

/** Read access the specs need to describe display strings, natural keys, filters and search. */
export type DbView = {
  get(table: string, id: unknown): Row | undefined;
  rows(table: string): Row[];
  display(table: string, row: Row): string;
};

export type TableSpec = {
  key: string;
  /** Below `/api/`, with the trailing slash. */
  path: string;
  objectType: string;
  verboseName: string;
  /** NautobotModelSerializer: tags, custom fields, notes, timestamps and a change log. */
  primary: boolean;
  fields: Record<string, FieldSpec>;
  uniqueTogether?: readonly (readonly string[])[];
  ordering?: readonly string[];
  /**
   * The model's Meta.ordering as comparable values, where it is not simply its display string: how its rows sort,
   * and how another table's rows sort by a reference to it (Django orders `?sort=tenant` by Tenant's ordering).
   */
  orderKey?(row: Row, db: DbView): readonly OrderValue[];
  display(row: Row, db: DbView): string;
  /**
   * Nautobot's natural key: the lookups a `"a;b"` string fills in order (missing ones are None), and a row's
   * values for them. `['pk']` (pools) accepts UUIDs only. Writes resolve FKs by it and name it when nothing matches.
   */
  naturalKey?: NaturalKey;
  /** How the default `<fk>` filter matches a non-UUID value (Nautobot's `to_field_name`). */
  filterByName?(row: Row, value: string, db: DbView): boolean;
  search?(row: Row, term: string, db: DbView): boolean;
  /** Filters that are not the auto-generated per-field ones. */
  filters?: Record<string, FilterFn>;
  /** Fields computed on read (`host`, `mask_length`, `ip_version`...). */
  computed?(row: Row, db: DbView): Record<string, unknown>;
  /** Django's `str()` where it differs from `display` (a prefix's is without its namespace): the change log's `object_repr`. */
  repr?(row: Row, db: DbView): string;
  /** For an explicit M2M through table: the FK fields whose objects log an update when a row is added or removed. */
  m2mSides?: readonly string[];
  /** M2M fields shown only with `exclude_m2m=false`, held in an assignment table. */
  m2m?: Record<string, { through: string; selfField: string; otherField: string; otherTable: string }>;
  /** Filled in on create when not sent. */
  defaults?(db: DbView): Record<string, unknown>;
  /** Fields sent on write that the serializer accepts but does not keep (e.g. an IP's namespace). */
  writeHook?(
    input: Record<string, unknown>,
    existing: Row | undefined,
    db: DbView,
  ): { errors?: Record<string, string[]>; values?: Record<string, unknown> };
};

/** A stored scalar as text: what Nautobot's str() gives for strings, numbers and booleans, '' for anything else. */
export function text(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return '';
}
