import type { DbView, FieldSpec, Row, TableSpec } from './spec';

export type Errors = Record<string, string[]>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DATETIME = /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

export const messages = {
  required: 'This field is required.',
  notNull: 'This field may not be null.',
  notBlank: 'This field may not be blank.',
  maxLength: (n: number) => `Ensure this field has no more than ${n} characters.`,
  choice: (v: unknown) => `"${String(v)}" is not a valid choice.`,
  integer: 'A valid integer is required.',
  min: (n: number) => `Ensure this value is greater than or equal to ${n}.`,
  max: (n: number) => `Ensure this value is less than or equal to ${n}.`,
  boolean: 'Must be a valid boolean.',
  datetime:
    'Datetime has wrong format. Use one of these formats instead: YYYY-MM-DDThh:mm[:ss[.uuuuuu]][+HH:MM|-HH:MM|Z].',
  string: 'Not a valid string.',
};

/** A Python repr of a lookup value, as Nautobot's error messages print them. */
function pyRepr(value: unknown): string {
  if (value === null || value === undefined) return 'None';
  if (typeof value === 'string') return `'${value}'`;
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  if (typeof value === 'number') return String(value);
  return JSON.stringify(value);
}

/** Resolves what a write may send for a foreign key: UUID, API URL, attribute dict or natural-key string. */
export function resolveFk(
  db: DbView,
  spec: TableSpec | undefined,
  table: string,
  value: unknown,
): Row | string {
  const rows = () => db.rows(table);
  if (typeof value === 'string') {
    const urlMatch = /\/([0-9a-f-]{36})\/?$/i.exec(value);
    const id = UUID.test(value) ? value : urlMatch?.[1];
    if (id) {
      return (
        db.get(table, id.toLowerCase()) ??
        `Related object not found using the provided attributes: {'pk': UUID('${id.toLowerCase()}')}`
      );
    }
    const key = spec?.naturalKey;
    if (!key || (key.fields.length === 1 && key.fields[0] === 'pk')) return `“${value}” is not a valid UUID.`;
    // Nautobot splits the string on ";" into the natural-key lookups, filling missing trailing ones with None.
    const parts: (string | null)[] = value.split(';');
    while (parts.length < key.fields.length) parts.push(null);
    const found =
      parts.length > key.fields.length
        ? []
        : rows().filter((r) => key.values(r, db).every((v, i) => v === parts[i]));
    if (found.length === 1 && found[0]) return found[0];
    const shown = key.fields.map((f, i) => `'${f}': ${pyRepr(parts[i])}`).join(', ');
    return found.length > 1
      ? `Multiple objects match the provided attributes: {${shown}}`
      : `Related object not found using the provided attributes: {${shown}}`;
  }
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const attrs = value as Record<string, unknown>;
    const found = rows().filter((r) =>
      Object.entries(attrs).every(([k, v]) =>
        k === 'id' || k === 'pk' ? r.id === String(v).toLowerCase() : r[k] === v,
      ),
    );
    if (found.length === 1 && found[0]) return found[0];
    const shown = Object.entries(attrs)
      .map(([k, v]) => `'${k}': ${pyRepr(v)}`)
      .join(', ');
    return found.length > 1
      ? `Multiple objects match the provided attributes: {${shown}}`
      : `Related object not found using the provided attributes: {${shown}}`;
  }
  if (Array.isArray(value)) return 'Incorrect type. Expected pk value, received list.';
  return `Related objects must be referenced by ID or by dictionary of attributes. Received an unrecognized value: ${pyRepr(value)}`;
}

/** Checks one field's value the way DRF's serializer field would, returning the stored value or errors. */
export function validateField(
  name: string,
  spec: FieldSpec,
  value: unknown,
  db: DbView,
  tables: Map<string, TableSpec>,
  objectType: string,
): { value?: unknown; errors?: string[] } {
  switch (spec.kind) {
    case 'readonly':
      return {};
    case 'list':
      return Array.isArray(value)
        ? { value: value.map(String) }
        : { errors: ['Expected a list of items but got type "' + typeof value + '".'] };
    case 'string': {
      if (value === null) return { errors: [messages.notNull] };
      if (typeof value !== 'string' && typeof value !== 'number') return { errors: [messages.string] };
      const s = String(value).trim();
      // DRF's ChoiceField checks the choice before blankness: "" on a non-blank choice is not a valid choice.
      if (s === '' && !spec.blank) return { errors: [spec.choices ? messages.choice(s) : messages.notBlank] };
      if (spec.choices && s !== '' && !spec.choices.includes(s)) return { errors: [messages.choice(s)] };
      if (spec.max !== undefined && s.length > spec.max) return { errors: [messages.maxLength(spec.max)] };
      return { value: s };
    }
    case 'int': {
      if (value === null || value === '')
        return spec.nullable
          ? { value: null }
          : { errors: [value === null ? messages.notNull : messages.integer] };
      const n =
        typeof value === 'number'
          ? value
          : typeof value === 'string' && /^\s*-?\d+\s*$/.test(value)
            ? Number(value)
            : NaN;
      if (!Number.isInteger(n)) return { errors: [messages.integer] };
      if (spec.min !== undefined && n < spec.min) return { errors: [messages.min(spec.min)] };
      if (spec.max !== undefined && n > spec.max) return { errors: [messages.max(spec.max)] };
      return { value: n };
    }
    case 'bool': {
      if (typeof value === 'boolean') return { value };
      const s = String(value).toLowerCase();
      if (['true', '1', 'yes', 'on'].includes(s)) return { value: true };
      if (['false', '0', 'no', 'off'].includes(s)) return { value: false };
      return { errors: [value === null ? messages.notNull : messages.boolean] };
    }
    case 'datetime': {
      if (value === null || value === '')
        return spec.nullable ? { value: null } : { errors: [messages.notNull] };
      if (typeof value !== 'string' || !DATETIME.test(value) || Number.isNaN(Date.parse(value)))
        return { errors: [messages.datetime] };
      return { value: new Date(value).toISOString().replace('.000Z', 'Z') };
    }
    case 'fk': {
      if (value === null || value === '')
        return spec.nullable ? { value: null } : { errors: [messages.notNull] };
      const target = resolveFk(db, tables.get(spec.to), spec.to, value);
      if (typeof target === 'string') return { errors: [target] };
      if (spec.limitToContentType) {
        const types = target.content_types;
        if (!Array.isArray(types) || !types.includes(objectType)) {
          return {
            errors: [`Related object not found using the provided attributes: {'pk': UUID('${target.id}')}`],
          };
        }
      }
      return { value: target.id };
    }
  }
  return { errors: [`Unsupported field ${name}`] };
}
