import type { NautobotClient } from '../api/client';
import { resources, type ResourceKey } from '../api/resources';
import type { FormField } from '../forms/definition';
import type { Picked } from '../forms/fields';
import { allFields, formDefs, type AnyFormDef, type FormValues } from '../forms/registry';
import { validateForm } from '../forms/validate';
import { fetchByIds } from '../api/batched-list';
import { readCell } from './cells';
import { duplicatesInFile, duplicatesInNautobot, type KeyedRow } from './duplicates';
import { ID_COLUMN, mapHeaders, type ColumnMapping } from './header-map';
import type { CellError, ImportPlan, PlannedRow } from './import-types';
import type { ParsedCsv } from './parse';
import { isUuid, splitList, type RefField } from './ref-format';
import { RefResolver } from './ref-resolve';
import { withReadRetries } from '../bulk/retry';

export type PlanPhase = 'objects' | 'references' | 'validation' | 'duplicates';

export type PlanOptions = {
  /** The user's column choices (from a mapping dialog); columns not named are matched automatically. */
  mapping?: ColumnMapping;
  /** Also ask Nautobot whether rows would duplicate objects already there (default true). */
  checkExisting?: boolean;
  signal?: AbortSignal;
  onProgress?: (progress: { phase: PlanPhase; done: number; total: number }) => void;
};

const isRef = (field: FormField): field is RefField =>
  field.kind === 'reference' || field.kind === 'references';

type Raw = Record<string, unknown> & { id: string };

/** The object as it stands, through the same form steps as a row: its checked values and the body they give. */
function standing(def: AnyFormDef, form: FormValues) {
  const parsed = def.schema.safeParse(form);
  return parsed.success ? { values: parsed.data, body: def.toBody(parsed.data) } : null;
}

const ids = (value: unknown) =>
  Array.isArray(value) ? (value as { id: string }[]).map((v) => v.id.toLowerCase()).sort() : [];

/** Whether a field's new body value differs from the object's: lists as sets, dates to the second. */
function differs(field: FormField, next: unknown, now: unknown, raw: unknown): boolean {
  if (field.kind === 'datetime') {
    const seconds = (v: unknown) => (typeof v === 'string' && v ? Math.floor(Date.parse(v) / 1000) : null);
    return seconds(next) !== seconds(raw);
  }
  if (Array.isArray(next) && Array.isArray(now))
    return JSON.stringify([...(next as unknown[])].sort()) !== JSON.stringify([...(now as unknown[])].sort());
  return JSON.stringify(next) !== JSON.stringify(now);
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Reads parsed CSV rows as creates and updates of one model, checked the way the single-object form checks them
 * (the same zod schema and cross-field rules), with references resolved and uniqueness asked in batches. Nothing
 * is written; runImport sends what this returns.
 */
export async function planImport(
  api: NautobotClient,
  resource: ResourceKey,
  csv: ParsedCsv,
  options: PlanOptions = {},
): Promise<ImportPlan> {
  const { signal, onProgress, checkExisting = true } = options;
  const client = withReadRetries(api);
  const def = formDefs[resource];
  const fields = allFields(def);
  const report = mapHeaders(resource, csv.headers, options.mapping);

  // Field → column index and header: the first column the mapping sends to it.
  const columnOf = new Map<string, { index: number; header: string }>();
  csv.headers.forEach((header, index) => {
    const target = report.mapping[header];
    if (target && !columnOf.has(target)) columnOf.set(target, { index, header });
  });
  const fieldColumns = Object.fromEntries([...columnOf].map(([f, c]) => [f, c.header]));
  const mapped = fields.filter((f) => columnOf.has(f.name));
  const idColumn = columnOf.get(ID_COLUMN);
  const cellOf = (cells: readonly string[], name: string) => {
    const column = columnOf.get(name);
    return column ? (cells[column.index] ?? '') : '';
  };
  const labelOf = (name: string) => fields.find((f) => f.name === name)?.label ?? name;
  const errorAt = (field: string | null, message: string): CellError => {
    const column = field ? (columnOf.get(field)?.header ?? null) : null;
    return {
      column,
      field,
      message: column === null && field && field !== ID_COLUMN ? `${labelOf(field)}: ${message}` : message,
    };
  };

  const rows: PlannedRow[] = csv.rows.map((row) => ({
    line: row.line,
    cells: row.cells,
    action: 'create',
    id: null,
    body: {},
    certificateProfiles: null,
    errors: row.problem ? [{ column: null, field: null, message: row.problem }] : [],
    warnings: [],
  }));
  // A row whose cells do not line up with the header cannot be read column by column.
  const readable = (i: number) => !csv.rows[i]?.problem;

  // Ids: which rows update, and which object each names (twice in one file is a mistake).
  const firstLineOfId = new Map<string, number>();
  rows.forEach((row, i) => {
    const raw = idColumn ? (row.cells[idColumn.index] ?? '').trim() : '';
    if (!raw) return;
    row.action = 'update';
    if (!readable(i)) return;
    if (!isUuid(raw)) {
      row.errors.push(
        errorAt(ID_COLUMN, `“${raw}” is not a Nautobot id: leave it empty to create an object.`),
      );
      return;
    }
    row.id = raw.toLowerCase();
    const first = firstLineOfId.get(row.id);
    if (first === undefined) firstLineOfId.set(row.id, row.line);
    else row.errors.push(errorAt(ID_COLUMN, `Line ${first} already changes this object.`));
  });

  // Every distinct reference value, to be looked up in batches.
  const resolver = new RefResolver(client, signal);
  const refFields = mapped.filter(isRef);
  rows.forEach((row, i) => {
    if (!readable(i)) return;
    for (const field of refFields) {
      const cell = cellOf(row.cells, field.name);
      for (const value of field.kind === 'references' ? splitList(cell) : [cell]) resolver.add(field, value);
    }
  });

  onProgress?.({ phase: 'objects', done: 0, total: 1 });
  const updateIds = rows.flatMap((r) => (r.id ? [r.id] : []));
  const current = (await fetchByIds(client, resource, updateIds, {
    depth: 0,
    excludeM2m: def.certificateAssignments ? false : undefined,
    signal,
  })) as unknown as Map<string, Raw>;
  onProgress?.({ phase: 'objects', done: 1, total: 1 });
  await resolver.resolve((done, total) => onProgress?.({ phase: 'references', done, total }));

  const keyed: KeyedRow[] = [];
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] as PlannedRow;
    if (i % 1000 === 999) {
      onProgress?.({ phase: 'validation', done: i, total: rows.length });
      await nextTask();
      signal?.throwIfAborted();
    }
    if (!readable(i) || row.errors.some((e) => e.field === ID_COLUMN)) continue;
    const existing = row.id ? current.get(row.id) : undefined;
    if (row.id && !existing) {
      row.errors.push(
        errorAt(
          ID_COLUMN,
          `No ${resources[resource].singular.toLowerCase()} with id ${row.id}: it was deleted, or you may not see it.`,
        ),
      );
      continue;
    }
    const before = existing ? def.fromRow(existing) : null;
    const values: FormValues = { ...(before ?? def.empty()) };
    const cellErrors = new Set<string>();
    for (const field of mapped) {
      const cell = cellOf(row.cells, field.name);
      if (isRef(field)) {
        const outcomes = (field.kind === 'references' ? splitList(cell) : [cell].filter((c) => c.trim())).map(
          (v) => resolver.lookup(field, v),
        );
        const failed = outcomes.flatMap((o) => ('error' in o ? [o.error] : []));
        const picked = outcomes.flatMap((o): Picked[] => ('picked' in o ? [o.picked] : []));
        if (failed.length) {
          row.errors.push(errorAt(field.name, failed.join(' ')));
          cellErrors.add(field.name);
        }
        values[field.name] = field.kind === 'references' ? picked : (picked[0] ?? null);
        continue;
      }
      const read = readCell(field, cell);
      if ('error' in read) {
        row.errors.push(errorAt(field.name, read.error));
        cellErrors.add(field.name);
      } else if ('value' in read) values[field.name] = read.value;
    }
    const checked = validateForm(def, values);
    if (!checked.ok) {
      for (const issue of checked.issues)
        if (!cellErrors.has(issue.field)) row.errors.push(errorAt(issue.field || null, issue.message));
    }
    for (const w of def.warnings?.(values) ?? []) row.warnings.push(errorAt(w.field, w.message));
    if (!checked.ok || row.errors.length) continue;

    const now = existing && before ? standing(def, before) : null;
    keyed.push({ index: i, line: row.line, id: row.id, values: checked.values, before: now?.values ?? null });
    const profiles = Array.isArray(checked.values.certificate_profiles)
      ? ids(checked.values.certificate_profiles)
      : [];
    if (!existing) {
      row.body = checked.body;
      row.certificateProfiles = def.certificateAssignments && profiles.length ? profiles : null;
      continue;
    }
    const patch: Record<string, unknown> = {};
    for (const field of mapped) {
      if (!(field.name in checked.body)) continue;
      const next = checked.body[field.name];
      // An object the form cannot read (stored before a rule existed) gets every mapped field sent.
      if (!now || differs(field, next, now.body[field.name], existing[field.name])) patch[field.name] = next;
    }
    const profilesChanged =
      !!def.certificateAssignments &&
      columnOf.has('certificate_profiles') &&
      JSON.stringify(profiles) !== JSON.stringify(ids(existing.certificate_profiles));
    row.body = patch;
    row.certificateProfiles = profilesChanged ? profiles : null;
    row.action = Object.keys(patch).length || profilesChanged ? 'update' : 'unchanged';
  }

  onProgress?.({ phase: 'duplicates', done: 0, total: 1 });
  const inFile = duplicatesInFile(def, keyed);
  const flagged = new Set(inFile.map((h) => h.index));
  const inNautobot = checkExisting
    ? await duplicatesInNautobot(
        client,
        def,
        keyed.filter((k) => !flagged.has(k.index)),
        signal,
      )
    : [];
  for (const hit of [...inFile, ...inNautobot]) {
    const row = rows[hit.index];
    if (!row) continue;
    // On the rule's own field where the file has it, else on a column that is part of the key.
    const field = columnOf.has(hit.field) ? hit.field : (hit.keys.find((k) => columnOf.has(k)) ?? hit.field);
    row.errors.push(errorAt(field, hit.message));
    row.body = {};
    row.certificateProfiles = null;
  }
  onProgress?.({ phase: 'duplicates', done: 1, total: 1 });

  const counts = { create: 0, update: 0, unchanged: 0, invalid: 0 };
  for (const row of rows) {
    if (row.errors.length) counts.invalid++;
    else counts[row.action]++;
  }
  return {
    resource,
    headers: csv.headers,
    delimiter: csv.delimiter,
    mapping: report,
    fieldColumns,
    rows,
    counts,
  };
}
