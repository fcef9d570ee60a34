import type { FormField } from '../forms/definition';
import type { NamespaceBook } from './namespaces';
import { LIST_SEPARATOR, refLabel, type RefField } from './ref-format';

/**
 * One form field's cell, both ways: written from an object Nautobot returned, and read back into the value the
 * field's form input would hold, so the form's own zod schema can check it. References are written here but read
 * in ref-resolve.ts, which batches their lookups.
 */

type Nested = { id: string; [key: string]: unknown };

const isNested = (value: unknown): value is Nested =>
  !!value && typeof value === 'object' && typeof (value as { id?: unknown }).id === 'string';

function nestedLabel(field: RefField, value: Nested, ns: NamespaceBook, inList = false) {
  const { endpoint } = field;
  const namespace =
    endpoint === 'ip-addresses'
      ? ns.ofIp(value as { parent?: Nested | null })
      : endpoint === 'prefixes'
        ? ns.ofPrefix(value as { namespace?: Nested | null })
        : null;
  return refLabel(endpoint, value, namespace, inList);
}

/**
 * The cell for `field` of `row`, a row read at depth 1 (with `exclude_m2m=false` for list references). Null is an
 * empty cell; booleans are `true`/`false`; choices are their stored values; dates are Nautobot's ISO text.
 */
export function exportCell(field: FormField, row: Record<string, unknown>, ns: NamespaceBook): string {
  const value = row[field.name];
  switch (field.kind) {
    case 'reference':
      return isNested(value) ? nestedLabel(field, value, ns) : '';
    case 'references':
      return Array.isArray(value)
        ? value
            .filter(isNested)
            .map((v) => nestedLabel(field, v, ns, true))
            .join(LIST_SEPARATOR)
        : '';
    case 'boolean':
      return typeof value === 'boolean' ? String(value) : '';
    default:
      return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
  }
}

/** What a non-reference cell gives: a form value, "leave it as it is", or why it cannot be read. */
export type CellRead = { value: unknown } | { keep: true } | { error: string };

const TRUE = new Set(['true', 'yes', 'y', '1', 'on']);
const FALSE = new Set(['false', 'no', 'n', '0', 'off']);
const DATE_TIME =
  /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2})(?::(\d{2}))?(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;

/** Nautobot's ISO text (or a hand-typed date) as the form's UTC `YYYY-MM-DDTHH:MM[:SS]`. */
export function readDateTime(cell: string): string {
  const s = cell.trim();
  const m = DATE_TIME.exec(s);
  if (!m?.[1]) return s;
  const [, date, time, seconds, zone] = m;
  if (zone && !/^(z|[+-]00:?00)$/i.test(zone) && time) {
    const d = new Date(
      `${date}T${time}:${seconds ?? '00'}${zone.length === 5 ? `${zone.slice(0, 3)}:${zone.slice(3)}` : zone}`,
    );
    if (!Number.isNaN(d.getTime())) return d.toISOString().slice(0, seconds ? 19 : 16);
  }
  if (!time) return date;
  return seconds ? `${date}T${time}:${seconds}` : `${date}T${time}`;
}

/** Reads a text, number, choice, boolean or date cell; a reference field is not read here. */
export function readCell(field: FormField, cell: string): CellRead {
  const s = cell.trim();
  switch (field.kind) {
    case 'text':
      return { value: cell };
    case 'int':
      return { value: s };
    case 'datetime':
      return { value: readDateTime(s) };
    case 'boolean': {
      // A boolean cannot be empty in Nautobot: an empty cell keeps the default (new) or the current value.
      if (s === '') return { keep: true };
      const lower = s.toLowerCase();
      if (TRUE.has(lower)) return { value: true };
      if (FALSE.has(lower)) return { value: false };
      return { error: `Write true or false, not “${s}”.` };
    }
    case 'choice': {
      if (s === '') return { value: '' };
      const lower = s.toLowerCase();
      const pair =
        field.choices.pairs.find(([v]) => v === s) ??
        field.choices.pairs.find(([v, label]) => v.toLowerCase() === lower || label.toLowerCase() === lower);
      if (pair) return { value: pair[0] };
      const values = field.choices.pairs.map(([v]) => v);
      return { error: `“${s}” is not a ${field.label.toLowerCase()}: use one of ${values.join(', ')}.` };
    }
    default:
      return { error: `${field.label} is a reference.` };
  }
}
