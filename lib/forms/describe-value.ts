import type { FormField } from './definition';
import type { Picked } from './fields';
import type { FormValues } from './registry';

/** A form value as a person reads it: a reference by name, a choice by label, "—" for nothing. */
export function describeValue(field: FormField, value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (field.kind === 'boolean') return value ? 'Yes' : 'No';
  if (field.kind === 'choice' && typeof value === 'string') {
    return field.choices.pairs.find(([v]) => v === value)?.[1] ?? value;
  }
  if (field.kind === 'references' && Array.isArray(value)) {
    return value.length ? (value as Picked[]).map((p) => p.label).join(', ') : '—';
  }
  if (field.kind === 'reference') return (value as Picked).label;
  if (field.kind === 'datetime' && typeof value === 'string') return `${value.replace('T', ' ')} UTC`;
  return typeof value === 'string' || typeof value === 'number' ? String(value) : JSON.stringify(value);
}

export type FieldChange = {
  field: FormField;
  before: string;
  theirs: string;
  mine: string;
  alsoMine: boolean;
};

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** What someone else changed in Nautobot since the form loaded, and where the user changed the same field. */
export function concurrentChanges(
  fields: readonly FormField[],
  base: FormValues,
  current: FormValues,
  mine: FormValues,
): FieldChange[] {
  return fields
    .filter((f) => !same(base[f.name], current[f.name]))
    .map((f) => ({
      field: f,
      before: describeValue(f, base[f.name]),
      theirs: describeValue(f, current[f.name]),
      mine: describeValue(f, mine[f.name]),
      alsoMine: !same(base[f.name], mine[f.name]),
    }));
}
