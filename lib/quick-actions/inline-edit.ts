import type { ResourceKey } from '../api/resources';
import type { ObjectResult } from '../bulk/apply';
import { planChange, type BulkPlan, type PlanRow } from '../bulk/plan';
import type { FormField } from '../forms/definition';
import { allFields, formDefs } from '../forms/registry';

export type InlinePlan =
  | { kind: 'invalid'; message: string }
  | { kind: 'unchanged' }
  | { kind: 'change'; plan: BulkPlan; patch: Record<string, unknown> };

const fieldsByResource = new Map<ResourceKey, Map<string, FormField>>();

/** A model's form field by name; looked up by every editable cell of a page, so kept once per model. */
export function formField(resource: ResourceKey, name: string): FormField | undefined {
  let fields = fieldsByResource.get(resource);
  if (!fields) {
    fields = new Map(allFields(formDefs[resource]).map((f) => [f.name, f]));
    fieldsByResource.set(resource, fields);
  }
  return fields.get(name);
}

/**
 * One field of one listed object set to a form value (text for a port, `{id, label}` for a status), planned by
 * the bulk engine: the form's own rule for the field decides first ("Enter a port from 0 to 65535."), then the
 * model's cross-field rules, so nothing the form would refuse is sent.
 */
export function planInlineEdit(
  resource: ResourceKey,
  row: PlanRow,
  field: string,
  value: unknown,
): InlinePlan {
  const result = planChange(formDefs[resource], [row], { [field]: { op: 'set', value } });
  if (!result.ok) return { kind: 'invalid', message: result.issues[0]?.message ?? 'Invalid value.' };
  const [object] = result.plan.objects;
  if (!object || object.status === 'unchanged') return { kind: 'unchanged' };
  if (object.status === 'invalid') {
    return { kind: 'invalid', message: object.issues.map((i) => i.message).join(' ') };
  }
  return { kind: 'change', plan: result.plan, patch: object.patch };
}

/** An object's failure in Nautobot's own words. */
export function objectReason(result: ObjectResult | undefined): string {
  return result?.reason ?? 'Nautobot did not answer for this object.';
}

/** Why a write of `field` failed: Nautobot's words about that field when it gave some, its whole reason otherwise. */
export function inlineFailure(result: ObjectResult | undefined, field: string): string {
  const own = result?.fieldErrors?.[field];
  if (own?.length) return own.join(' ');
  return objectReason(result);
}
