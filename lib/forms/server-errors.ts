import { splitFormErrors, type NautobotError } from '../api/errors';
import type { FieldIssue } from './definition';
import { allFields, type AnyFormDef } from './registry';

const UNIQUE_SET = /^The fields (.+) must make a unique set\.$/;

/**
 * Where each part of Nautobot's answer belongs on the form: field errors on their fields, the rest at the top.
 * DRF's unique-together message names fields but is a non-field error; it is put on those fields too.
 */
export function placeServerError(
  def: AnyFormDef,
  error: NautobotError,
): { fields: FieldIssue[]; top: string[] } {
  const fieldDefs = allFields(def);
  const split = splitFormErrors(
    error,
    fieldDefs.map((f) => f.name),
  );
  const fields: FieldIssue[] = Object.entries(split.fields).map(([field, list]) => ({
    field,
    message: list.join(' '),
  }));
  const top: string[] = [];
  for (const message of split.top) {
    const names = UNIQUE_SET.exec(message)?.[1]?.split(', ');
    const onForm = names?.filter((n) => fieldDefs.some((f) => f.name === n)) ?? [];
    if (!names || onForm.length === 0) {
      top.push(message);
      continue;
    }
    const labels = names.map((n) => fieldDefs.find((f) => f.name === n)?.label ?? n).join(', ');
    const text = `Another object already has this ${labels} combination.`;
    for (const name of onForm) {
      if (!fields.some((f) => f.field === name)) fields.push({ field: name, message: text });
    }
    // Said on the fields in the user's words; repeating it at the top in API names would only add noise.
  }
  return { fields, top };
}
