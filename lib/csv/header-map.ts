import { resources, type ResourceKey } from '../api/resources';
import type { FormField } from '../forms/definition';
import { allFields, formDefs } from '../forms/registry';

/** The column that names the object to update; rows without one create objects. */
export const ID_COLUMN = 'id';

/** CSV header → form field name (or `id`), or null for a column not imported. */
export type ColumnMapping = Record<string, string | null>;

export type MappingReport = {
  /** Every header of the file, mapped or not: what a mapping dialog shows and hands back. */
  mapping: ColumnMapping;
  /** Columns not imported, each with the reason (unknown, read-only, a second column for one field). */
  ignored: { column: string; message: string }[];
  /** Required fields no column fills: rows without an id cannot create objects. */
  missingRequired: { field: string; label: string; message: string }[];
};

/** What a column can be mapped onto: the id, then the model's form fields. */
export function importTargets(resource: ResourceKey): { name: string; label: string; required: boolean }[] {
  return [
    { name: ID_COLUMN, label: 'ID (update this object)', required: false },
    ...allFields(formDefs[resource]).map((f) => ({ name: f.name, label: f.label, required: !!f.required })),
  ];
}

const norm = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '');

/** Columns an export (ours or Nautobot's) carries that say something about the object but are not written. */
const READ_ONLY = new Set(
  [
    'display',
    'url',
    'object_type',
    'natural_slug',
    'created',
    'last_updated',
    'notes_url',
    'custom_fields',
    'computed_fields',
    'relationships',
  ].map(norm),
);
/** The column rejectedRowsCsv adds; it comes back when a fixed file is imported again. */
const ERROR_COLUMN = 'error';

function candidates(field: FormField): string[] {
  return [field.name, field.label, `${field.name}_id`, `${field.label} id`].map(norm);
}

/**
 * Maps a file's headers onto the model's fields: by field name or label, ignoring case, spaces, dashes and
 * underscores (so `Load Balancer Pool`, `load_balancer_pool`, `Pool` and `pool_id` all find the pool), and the
 * names our export writes. `overrides` (what the user chose in a mapping dialog) wins over the guess.
 */
export function mapHeaders(
  resource: ResourceKey,
  headers: readonly string[],
  overrides: ColumnMapping = {},
): MappingReport {
  const fields = allFields(formDefs[resource]);
  const byKey = new Map<string, string>([
    [norm(ID_COLUMN), ID_COLUMN],
    ['uuid', ID_COLUMN],
    ['pk', ID_COLUMN],
  ]);
  for (const field of fields)
    for (const key of candidates(field)) if (!byKey.has(key)) byKey.set(key, field.name);
  const known = new Set([ID_COLUMN, ...fields.map((f) => f.name)]);
  const labelOf = (name: string) => fields.find((f) => f.name === name)?.label ?? 'ID';

  const mapping: ColumnMapping = {};
  const ignored: MappingReport['ignored'] = [];
  const taken = new Map<string, string>();
  for (const header of headers) {
    if (header in mapping) {
      ignored.push({ column: header, message: `“${header}” appears twice; only the first column is read.` });
      continue;
    }
    const chosen = Object.hasOwn(overrides, header) ? overrides[header] : undefined;
    const target = chosen !== undefined ? chosen : (byKey.get(norm(header)) ?? null);
    if (target === null) {
      mapping[header] = null;
      if (chosen === null) continue;
      const message =
        header === ''
          ? 'A column without a name is not imported.'
          : norm(header) === ERROR_COLUMN
            ? 'Messages from an earlier import are not imported.'
            : READ_ONLY.has(norm(header))
              ? `“${header}” is read-only in Nautobot and is not imported.`
              : `“${header}” matches no ${resources[resource].singular.toLowerCase()} field and is not imported.`;
      ignored.push({ column: header, message });
      continue;
    }
    if (!known.has(target)) {
      mapping[header] = null;
      ignored.push({
        column: header,
        message: `“${target}” is not a field of this model; “${header}” is not imported.`,
      });
      continue;
    }
    const first = taken.get(target);
    if (first !== undefined) {
      mapping[header] = null;
      ignored.push({
        column: header,
        message: `“${first}” and “${header}” are both ${labelOf(target)}; only “${first}” is read.`,
      });
      continue;
    }
    mapping[header] = target;
    taken.set(target, header);
  }
  const missingRequired = fields
    .filter((f) => f.required && !taken.has(f.name))
    .map((f) => ({
      field: f.name,
      label: f.label,
      message: `No column gives ${f.label}, which a new object needs: only rows with an id (updates) can be imported.`,
    }));
  return { mapping, ignored, missingRequired };
}
