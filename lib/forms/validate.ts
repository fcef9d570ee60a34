import type { FieldIssue } from './definition';
import type { AnyFormDef, FormValues } from './registry';

export type Validated =
  { ok: true; values: FormValues; body: Record<string, unknown> } | { ok: false; issues: FieldIssue[] };

/**
 * Field rules (the zod schema) and cross-field rules together, every issue at once: a user fixing a form
 * should not discover the one-device rule only after fixing the port.
 */
export function validateForm(def: AnyFormDef, input: FormValues): Validated {
  const parsed = def.schema.safeParse(input);
  const issues: FieldIssue[] = parsed.success
    ? []
    : parsed.error.issues.map((i) => ({ field: String(i.path[0] ?? ''), message: i.message }));
  if (def.rules) {
    // Cross-field rules read references and booleans, which parse the same whether or not other fields fail.
    issues.push(...def.rules(parsed.success ? parsed.data : input));
  }
  if (!parsed.success || issues.length > 0) return { ok: false, issues: firstPerField(issues) };
  return { ok: true, values: parsed.data, body: def.toBody(parsed.data) };
}

function firstPerField(issues: FieldIssue[]): FieldIssue[] {
  const seen = new Set<string>();
  return issues.filter((i) => (seen.has(i.field) ? false : (seen.add(i.field), true)));
}

/** Form fields whose value differs from the object as loaded: what a PATCH should send, and nothing else. */
export function changedKeys(values: FormValues, original: FormValues): string[] {
  return Object.keys(values).filter((k) => JSON.stringify(values[k]) !== JSON.stringify(original[k]));
}
