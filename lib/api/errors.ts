export type NautobotErrorKind =
  | 'validation'
  | 'auth'
  | 'session-expired'
  | 'forbidden'
  | 'not-found'
  | 'conflict'
  | 'server'
  | 'network'
  | 'timeout'
  | 'bad-response';

export type FieldErrors = Record<string, string[]>;

/**
 * Every failure talking to Nautobot, whatever its shape on the wire, becomes one of these, so a form can put
 * `fieldErrors` on its fields and everything else at its top.
 */
export class NautobotError extends Error {
  readonly status: number;
  readonly kind: NautobotErrorKind;
  readonly fieldErrors: FieldErrors;
  readonly nonFieldErrors: string[];
  readonly detail: string | undefined;
  /** Bulk writes answer with one error object per input item, aligned with the input. */
  readonly itemErrors: (FieldErrors | null)[] | undefined;
  /** Nautobot sends `API-Version` on every answer, failures included. */
  apiVersion: string | undefined;

  constructor(init: {
    status: number;
    kind: NautobotErrorKind;
    message: string;
    fieldErrors?: FieldErrors;
    nonFieldErrors?: string[];
    detail?: string;
    itemErrors?: (FieldErrors | null)[];
  }) {
    super(init.message);
    this.name = 'NautobotError';
    this.status = init.status;
    this.kind = init.kind;
    this.fieldErrors = init.fieldErrors ?? {};
    this.nonFieldErrors = init.nonFieldErrors ?? [];
    this.detail = init.detail;
    this.itemErrors = init.itemErrors;
    this.apiVersion = undefined;
  }
}

export function isNautobotError(e: unknown): e is NautobotError {
  return e instanceof NautobotError;
}

const NON_FIELD_KEYS = new Set(['non_field_errors', '__all__']);

/** DRF's keys for an error about the object as a whole (a uniqueness clash), not about one field. */
export function isNonFieldKey(key: string): boolean {
  return NON_FIELD_KEYS.has(key);
}

function messages(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(messages);
  if (value && typeof value === 'object') return Object.values(value).flatMap(messages);
  return [];
}

/** `{field: [..]}` with nested objects (custom_fields, nested serializers) flattened to dotted names. */
function flattenFieldErrors(body: Record<string, unknown>, prefix = ''): FieldErrors {
  const out: FieldErrors = {};
  for (const [key, value] of Object.entries(body)) {
    const name = prefix ? `${prefix}.${key}` : key;
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      Object.assign(out, flattenFieldErrors(value as Record<string, unknown>, name));
    } else {
      const list = messages(value);
      if (list.length) out[name] = list;
    }
  }
  return out;
}

function kindFor(status: number): NautobotErrorKind {
  if (status === 400) return 'validation';
  if (status === 401) return 'session-expired';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not-found';
  if (status === 409) return 'conflict';
  if (status === 504) return 'timeout';
  if (status === 502) return 'network';
  return status >= 500 ? 'server' : 'validation';
}

const AUTH_DETAILS = [
  'Authentication credentials were not provided.',
  'Invalid token',
  'Token expired',
  'User inactive',
  'Invalid username/password.',
];

/** Whether a 403 means "who are you?" (sign in again) rather than "you may not do that". */
export function isAuthFailureDetail(detail: string | undefined): boolean {
  return !!detail && AUTH_DETAILS.some((d) => detail.startsWith(d.replace(/\.$/, '')));
}

function htmlTitle(text: string): string | undefined {
  const m = /<title[^>]*>([^<]*)<\/title>/i.exec(text) ?? /<h1[^>]*>([^<]*)<\/h1>/i.exec(text);
  return m?.[1]?.trim() || undefined;
}

/** Turns a non-2xx response body into a NautobotError. */
export function errorFromBody(status: number, contentType: string | null, text: string): NautobotError {
  let body: unknown = undefined;
  if (contentType?.includes('json') || /^\s*[[{]/.test(text)) {
    try {
      body = JSON.parse(text);
    } catch {
      body = undefined;
    }
  }
  let kind = kindFor(status);
  if (Array.isArray(body)) {
    const itemErrors = (body as unknown[]).map((item) =>
      item && typeof item === 'object' && Object.keys(item).length
        ? flattenFieldErrors(item as Record<string, unknown>)
        : null,
    );
    const count = itemErrors.filter(Boolean).length;
    return new NautobotError({
      status,
      kind,
      itemErrors,
      message: `${count} of ${body.length} items were rejected by Nautobot.`,
    });
  }
  if (body && typeof body === 'object') {
    const record = body as Record<string, unknown>;
    const detail = typeof record.detail === 'string' ? record.detail : undefined;
    if (status === 403 && isAuthFailureDetail(detail)) kind = 'auth';
    const nonFieldErrors = [...NON_FIELD_KEYS].flatMap((k) => messages(record[k]));
    const rest = Object.fromEntries(
      Object.entries(record).filter(([k]) => !NON_FIELD_KEYS.has(k) && k !== 'detail' && k !== 'code'),
    );
    const fieldErrors = flattenFieldErrors(rest);
    const first =
      detail ?? nonFieldErrors[0] ?? Object.entries(fieldErrors).map(([f, m]) => `${f}: ${m.join(' ')}`)[0];
    return new NautobotError({
      status,
      kind,
      detail,
      fieldErrors,
      nonFieldErrors,
      message: first ?? `Nautobot answered HTTP ${status}.`,
    });
  }
  const title = htmlTitle(text);
  const message =
    status >= 500
      ? `Nautobot failed with HTTP ${status}${title ? ` (${title})` : ''}. Try again; if it persists, check Nautobot's logs.`
      : `Nautobot answered HTTP ${status}${title ? ` (${title})` : ''}.`;
  return new NautobotError({ status, kind, message });
}

/**
 * Splits an error into what belongs on known form fields and what belongs at the top of the form.
 * Field errors on fields the form does not show also go to the top, named, so none is lost.
 */
export function splitFormErrors(error: NautobotError, formFields: readonly string[]) {
  const known = new Set(formFields);
  const fields: FieldErrors = {};
  const top: string[] = [...(error.detail ? [error.detail] : []), ...error.nonFieldErrors];
  for (const [field, list] of Object.entries(error.fieldErrors)) {
    const root = field.split('.')[0] ?? field;
    if (known.has(field)) fields[field] = list;
    else if (known.has(root)) fields[root] = [...(fields[root] ?? []), ...list];
    else top.push(`${field}: ${list.join(' ')}`);
  }
  if (!top.length && !Object.keys(fields).length) top.push(error.message);
  return { fields, top };
}
