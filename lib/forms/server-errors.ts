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
  for (const message of split.top) {
    const names = UNIQUE_SET.exec(message)?.[1]?.split(', ');
    if (!names) continue;
    const labels = names.map((n) => fieldDefs.find((f) => f.name === n)?.label ?? n);
    for (const name of names) {
      if (fieldDefs.some((f) => f.name === name) && !fields.some((f) => f.field === name)) {
        fields.push({
          field: name,
          message: `Another object already has this ${labels.join(', ')} combination.`,
        });
      }
    }
  }
  const top = split.top.map((m) => {
    const [name, ...rest] = m.split(': ');
    const label = fieldDefs.find((f) => f.name === name)?.label;
    return label && rest.length ? `${label}: ${rest.join(': ')}` : m;
  });
  return { fields, top };
}
