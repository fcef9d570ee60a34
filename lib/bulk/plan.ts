import type { ResourceKey } from '../api/resources';
import type { FieldIssue, FormField } from '../forms/definition';
import { describeValue } from '../forms/describe-value';
import type { Picked } from '../forms/fields';
import { allFields, type AnyFormDef, type FormValues } from '../forms/registry';
import {
  bodyValue,
  editList,
  emptyValue,
  fieldSchema,
  isAssignmentField,
  sameValue,
  storedValue,
} from './bulk-fields';

/**
 * What to do with one field across the selection. Values are form values (text for numbers, `{id, label}` for
 * references), as the single-object form holds them.
 */
export type FieldEdit =
  | { op: 'set'; value: unknown }
  /** Empty the field: null, or "" for text and choices. Only where Nautobot allows it (see `bulkFields`). */
  | { op: 'clear' }
  /** For list fields (tags, certificate profiles): add and remove entries, keeping the rest. */
  | { op: 'add-remove'; add: readonly Picked[]; remove: readonly Picked[] };

/** The bulk change by form field name; a field not named is left as each object has it. */
export type BulkChange = Readonly<Record<string, FieldEdit>>;

export type FieldDiff = {
  field: string;
  label: string;
  /** Form values, as the single-object form shows them. */
  before: unknown;
  after: unknown;
  beforeText: string;
  afterText: string;
};

export type CertificateEdit = { add: Picked[]; remove: Picked[] };

/**
 * - `change`: will be written;
 * - `unchanged`: already as asked, not sent;
 * - `invalid`: the change breaks a rule the form enforces for this object (see `issues`), not sent;
 * - `missing`: no longer in Nautobot (or hidden from the user), not sent.
 */
export type PlanStatus = 'change' | 'unchanged' | 'invalid' | 'missing';

export type PlannedObject = {
  id: string;
  display: string;
  /** `last_updated` as read when planning. */
  lastUpdated: string | null;
  status: PlanStatus;
  /** The PATCH body: only the fields whose value changes. */
  patch: Record<string, unknown>;
  /** Those fields as Nautobot held them: the PATCH that puts them back. */
  revert: Record<string, unknown>;
  /** Certificate profiles to assign and unassign through the assignment endpoint; null when untouched. */
  certificates: CertificateEdit | null;
  /** Every field that changes, before → after, in form order, for the preview. */
  diffs: FieldDiff[];
  /** Why an `invalid` object cannot take the change. */
  issues: FieldIssue[];
  /** Advice the form would give for the object after the change (not blocking). */
  warnings: FieldIssue[];
};

export type BulkPlan = { resource: ResourceKey; objects: PlannedObject[] };

export type PlanResult = { ok: true; plan: BulkPlan } | { ok: false; issues: FieldIssue[] };

/** An object as read from Nautobot (any depth; with `exclude_m2m=false` when certificate profiles change). */
export type PlanRow = Record<string, unknown> & { id: string };

function fieldsOf(def: AnyFormDef) {
  return new Map(allFields(def).map((f) => [f.name, f]));
}

/** Numbers typed into a bulk dialog may arrive as numbers; the form holds them as text. */
function formValue(field: FormField, value: unknown): unknown {
  return field.kind === 'int' && typeof value === 'number' ? String(value) : value;
}

const sameId = (a: Picked, b: Picked) => a.id.toLowerCase() === b.id.toLowerCase();

/**
 * The change itself, before any object is looked at: each value must pass the form's own rule for its field,
 * "clear" only where Nautobot allows an empty value, and add/remove only on list fields. One issue per field.
 */
export function validateChange(def: AnyFormDef, change: BulkChange): FieldIssue[] {
  const fields = fieldsOf(def);
  const issues: FieldIssue[] = [];
  for (const [name, edit] of Object.entries(change)) {
    const field = fields.get(name);
    const schema = fieldSchema(def, name);
    if (!field || !schema) {
      issues.push({ field: name, message: 'This is not a field of this model.' });
      continue;
    }
    if (edit.op === 'set') {
      const parsed = schema.safeParse(formValue(field, edit.value));
      if (!parsed.success)
        issues.push({ field: name, message: parsed.error.issues[0]?.message ?? 'Invalid.' });
    } else if (edit.op === 'clear') {
      const empty = emptyValue(field);
      if (empty === undefined || !schema.safeParse(empty).success) {
        issues.push({ field: name, message: `${field.label} cannot be cleared: Nautobot requires a value.` });
      }
    } else if (field.kind !== 'references') {
      issues.push({ field: name, message: `${field.label} holds one value; set or clear it.` });
    } else if (edit.add.some((a) => edit.remove.some((r) => sameId(a, r)))) {
      issues.push({ field: name, message: 'The same entry cannot be both added and removed.' });
    } else {
      const parsed = schema.safeParse([...edit.add, ...edit.remove]);
      if (!parsed.success)
        issues.push({ field: name, message: parsed.error.issues[0]?.message ?? 'Invalid.' });
    }
  }
  return issues;
}

/** The form value a field takes under an edit, from the value it has. */
function editedValue(field: FormField, before: unknown, edit: FieldEdit): unknown {
  if (edit.op === 'set') return formValue(field, edit.value);
  if (edit.op === 'clear') return emptyValue(field);
  return editList((before as Picked[] | undefined) ?? [], edit.add, edit.remove);
}

const issueKey = (i: FieldIssue) => `${i.field}\n${i.message}`;

/** Issues that hold after the change but did not before: the ones the change causes. */
function introduced(
  check: ((v: FormValues) => FieldIssue[]) | undefined,
  before: FormValues,
  after: FormValues,
) {
  if (!check) return [];
  const old = new Set(check(before).map(issueKey));
  return check(after).filter((i) => !old.has(issueKey(i)));
}

function planObject(def: AnyFormDef, row: PlanRow, change: BulkChange): PlannedObject {
  const beforeValues = def.fromRow(row);
  const afterValues: FormValues = { ...beforeValues };
  const patch: Record<string, unknown> = {};
  const revert: Record<string, unknown> = {};
  const diffs: FieldDiff[] = [];
  const refused: FieldIssue[] = [];
  let certificates: CertificateEdit | null = null;

  for (const field of allFields(def)) {
    const edit = change[field.name];
    if (!edit) continue;
    const before = beforeValues[field.name];
    const after = editedValue(field, before, edit);
    afterValues[field.name] = after;
    let changed: boolean;
    if (isAssignmentField(def, field.name)) {
      if (row[field.name] === undefined) {
        throw new Error(`Read ${def.resource} with excludeM2m: false to plan a change of ${field.name}.`);
      }
      const current = before as Picked[];
      const wanted = after as Picked[];
      const add = wanted.filter((p) => !current.some((c) => sameId(c, p)));
      const remove = current.filter((c) => !wanted.some((p) => sameId(c, p)));
      changed = add.length > 0 || remove.length > 0;
      if (changed) certificates = { add, remove };
    } else {
      const parsed = fieldSchema(def, field.name)?.safeParse(after);
      // validateChange passed the value itself; only a list edited from what the object holds can fail here.
      if (!parsed?.success) {
        refused.push({ field: field.name, message: parsed?.error.issues[0]?.message ?? 'Invalid.' });
        continue;
      }
      const value = bodyValue(field, parsed.data);
      const stored = storedValue(field, row);
      changed = !sameValue(field, value, stored);
      if (changed) {
        patch[field.name] = value;
        revert[field.name] = stored;
      }
    }
    if (changed) {
      diffs.push({
        field: field.name,
        label: field.label,
        before,
        after,
        beforeText: describeValue(field, before),
        afterText: describeValue(field, after),
      });
    }
  }

  const issues = [...refused, ...(diffs.length ? introduced(def.rules, beforeValues, afterValues) : [])];
  const warnings = diffs.length ? introduced(def.warnings, beforeValues, afterValues) : [];
  return {
    id: row.id.toLowerCase(),
    display: typeof row.display === 'string' ? row.display : row.id,
    lastUpdated: typeof row.last_updated === 'string' ? row.last_updated : null,
    status: issues.length ? 'invalid' : diffs.length ? 'change' : 'unchanged',
    patch,
    revert,
    certificates,
    diffs,
    issues,
    warnings,
  };
}

/** A selected object that could not be read back: reported, never sent. */
export function missingObject(id: string): PlannedObject {
  return {
    id: id.toLowerCase(),
    display: id,
    lastUpdated: null,
    status: 'missing',
    patch: {},
    revert: {},
    certificates: null,
    diffs: [],
    issues: [],
    warnings: [],
  };
}

/** Plans objects already validated against `change` (see `planChange`); for planning a selection in batches. */
export function planRows(def: AnyFormDef, rows: readonly PlanRow[], change: BulkChange): PlannedObject[] {
  return rows.map((row) => planObject(def, row, change));
}

/**
 * Per object, the PATCH that makes the change (only the fields whose value differs), what it changes for the
 * preview, and whether the form's cross-field rules still hold. The change is checked first, once, with the
 * form's messages ("Enter a port from 0 to 65535."); if it fails, nothing is planned.
 */
export function planChange(def: AnyFormDef, rows: readonly PlanRow[], change: BulkChange): PlanResult {
  const issues = validateChange(def, change);
  if (issues.length) return { ok: false, issues };
  return { ok: true, plan: { resource: def.resource, objects: planRows(def, rows, change) } };
}

/** How many objects of a plan are in each state, for "12 will change, 3 already match". */
export function planCounts(plan: BulkPlan): Record<PlanStatus, number> {
  const counts: Record<PlanStatus, number> = { change: 0, unchanged: 0, invalid: 0, missing: 0 };
  for (const o of plan.objects) counts[o.status] += 1;
  return counts;
}
