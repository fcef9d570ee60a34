import { z } from 'zod';
import type { FormField } from '../forms/definition';
import type { Picked } from '../forms/fields';
import { allFields, type AnyFormDef } from '../forms/registry';

/**
 * How bulk edit treats each form field. Values are the single-object form's values (text for numbers, a picked
 * `{id, label}` for references), checked by the same zod schema, so a bad bulk value gets the form's message.
 */
export type BulkField = {
  field: FormField;
  /** Whether "clear" makes sense: Nautobot lets the field be empty (null, or "" for text and choices). */
  clearable: boolean;
  /** A list edited by adding and removing entries (tags, certificate profiles) as well as by replacing it. */
  list: boolean;
  /** Written through the assignment endpoints after the PATCH, not in it (certificate profiles). */
  viaAssignments: boolean;
};

export function isAssignmentField(def: AnyFormDef, name: string): boolean {
  return !!def.certificateAssignments && name === 'certificate_profiles';
}

/** The form schema's rule for one field. */
export function fieldSchema(def: AnyFormDef, name: string): z.ZodType | undefined {
  if (!(def.schema instanceof z.ZodObject)) return undefined;
  return (def.schema.shape as Record<string, z.ZodType | undefined>)[name];
}

/** The form value of an emptied field; undefined where the field cannot be empty at all (a checkbox). */
export function emptyValue(field: FormField): unknown {
  switch (field.kind) {
    case 'boolean':
      return undefined;
    case 'reference':
      return null;
    case 'references':
      return [];
    default:
      return '';
  }
}

export function bulkFields(def: AnyFormDef): BulkField[] {
  return allFields(def).map((field) => {
    const empty = emptyValue(field);
    const schema = fieldSchema(def, field.name);
    return {
      field,
      clearable: empty !== undefined && !!schema?.safeParse(empty).success,
      list: field.kind === 'references',
      viaAssignments: isAssignmentField(def, field.name),
    };
  });
}

const refId = (ref: unknown): string | null =>
  ref && typeof ref === 'object' && 'id' in ref && typeof ref.id === 'string' ? ref.id.toLowerCase() : null;

/** What a write sends for a parsed form value: ids for references, the value itself otherwise (as every `toBody` does). */
export function bodyValue(field: FormField, output: unknown): unknown {
  if (field.kind === 'reference') return refId(output);
  if (field.kind === 'references') return Array.isArray(output) ? output.map(refId).filter(Boolean) : [];
  return output ?? null;
}

/** A field of an object as Nautobot holds it, in the terms a write uses. */
export function storedValue(field: FormField, row: Record<string, unknown>): unknown {
  return bodyValue(field, row[field.name]);
}

/** Whether two write values mean the same to Nautobot. */
export function sameValue(field: FormField, a: unknown, b: unknown): boolean {
  if (field.kind === 'references') {
    const key = (v: unknown) => (Array.isArray(v) ? [...(v as string[])].sort().join() : '');
    return key(a) === key(b);
  }
  if (field.kind === 'datetime' && typeof a === 'string' && typeof b === 'string') {
    return Date.parse(a) === Date.parse(b);
  }
  return (a ?? null) === (b ?? null);
}

/** `list` plus `add`, minus `remove`, by id, keeping the order entries were in. */
export function editList(
  list: readonly Picked[],
  add: readonly Picked[],
  remove: readonly Picked[],
): Picked[] {
  const gone = new Set(remove.map((p) => p.id.toLowerCase()));
  const out = list.filter((p) => !gone.has(p.id.toLowerCase()));
  for (const p of add) {
    if (!out.some((q) => q.id.toLowerCase() === p.id.toLowerCase())) out.push(p);
  }
  return out;
}
