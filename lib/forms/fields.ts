import { z } from 'zod';
import { uuidSchema } from '../api/schemas/common';

/**
 * Building blocks of the form schemas. Form values are what an input holds (text for numbers, a chosen
 * `{id, label}` for references); each schema's output is what Nautobot accepts. The same schemas check
 * single-object forms, bulk edit and CSV import, so the messages say what to type, not what went wrong inside.
 */

export const REQUIRED = 'This field is required.';

/** A chosen related object: its id for Nautobot, its label for people. */
export const pickedSchema = z.object({ id: uuidSchema, label: z.string() });
export type Picked = z.infer<typeof pickedSchema>;

export const optionalRef = pickedSchema.nullable();
export const requiredRef = (message = REQUIRED) =>
  pickedSchema.nullable().refine((v) => v !== null, { message });

type IntOptions = { min: number; max?: number; required?: boolean; what?: string };

/** An integer typed as text: blank is null (or "required"), anything else must be a whole number in range. */
export function intText({ min, max, required = false, what = 'a value' }: IntOptions) {
  const range = max === undefined ? `${min} or more` : `from ${min} to ${max}`;
  return z
    .string()
    .trim()
    .superRefine((s, ctx) => {
      if (s === '') {
        if (required) ctx.addIssue({ code: 'custom', message: REQUIRED });
        return;
      }
      const n = Number(s);
      if (!/^-?\d+$/.test(s) || !Number.isSafeInteger(n)) {
        ctx.addIssue({ code: 'custom', message: `Enter ${what} as a whole number ${range}.` });
      } else if (n < min || (max !== undefined && n > max)) {
        ctx.addIssue({ code: 'custom', message: `Enter ${what} ${range}.` });
      }
    })
    .transform((s) => (s === '' ? null : Number(s)));
}

export const portText = (required = false) => intText({ min: 0, max: 65535, required, what: 'a port' });

/** Nautobot's CharField(max_length=255); names are required and trimmed, as Django forms would. */
export const nameText = z.string().trim().min(1, REQUIRED).max(255, 'Use at most 255 characters.');
export const text255 = z.string().trim().max(255, 'Use at most 255 characters.');

/** A choice where "" (blank) is allowed. */
export const blankChoice = <T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(['', ...values], { error: 'Choose one of the listed values.' });
export const requiredChoice = <T extends readonly [string, ...string[]]>(values: T) =>
  z
    .string()
    .refine((v) => v !== '', { message: REQUIRED })
    .pipe(z.enum(values, { error: 'Choose one of the listed values.' }));

/**
 * A date and time typed in UTC (`datetime-local` input: "2026-12-01T00:00"), sent as ISO 8601 with Z.
 * Nautobot's DateTimeField; blank is null.
 */
export const utcDateTimeText = z
  .string()
  .trim()
  .refine((s) => s === '' || /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2})?)?$/.test(s), {
    message: 'Enter a date and time (YYYY-MM-DD HH:MM, UTC).',
  })
  // Date.parse rolls 30 February over into March; only a date that reads back the same exists.
  .refine((s) => s === '' || existsUtc(toIsoUtc(s)), { message: 'This date does not exist.' })
  .transform((s) => (s === '' ? null : toIsoUtc(s)));

function existsUtc(iso: string): boolean {
  const d = new Date(iso);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 19) === iso.slice(0, 19);
}

export function toIsoUtc(local: string): string {
  const [date, time = '00:00'] = local.split('T');
  const withSeconds = time.length === 5 ? `${time}:00` : time;
  return `${date}T${withSeconds}Z`;
}

/** Nautobot's ISO timestamp as a `datetime-local` value in UTC; "" for none. */
export function fromIsoUtc(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  return d.toISOString().slice(0, 16);
}

export const intToText = (n: number | null | undefined) => (n === null || n === undefined ? '' : String(n));
