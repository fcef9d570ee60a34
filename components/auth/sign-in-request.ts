import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import type { SignIn } from '@/lib/auth/sign-in-schema';
import { isNautobotError } from '@/lib/api/errors';
import { postOwnApi } from '@/lib/api/transport';

export type SignInOutcome =
  { ok: true } | { ok: false; fieldErrors: Record<string, string>; message: string | null };

function firstMessage(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.find((v): v is string => typeof v === 'string') ?? null;
  return null;
}

/** Reads the sign-in route's answer: `{field: [msg]}` for a field, `{detail}` for everything else. */
export function outcomeFrom(status: number, data: unknown): SignInOutcome {
  if (status === 200) return { ok: true };
  const body =
    data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
  const fieldErrors: Record<string, string> = {};
  for (const [key, value] of Object.entries(body)) {
    const message = firstMessage(value);
    if (key !== 'detail' && message) fieldErrors[key] = message;
  }
  const detail = firstMessage(body.detail);
  const fallback = Object.keys(fieldErrors).length ? null : `Sign-in failed (HTTP ${status}). Try again.`;
  return { ok: false, fieldErrors, message: detail ?? fallback };
}

export async function requestSignIn(body: SignIn): Promise<SignInOutcome> {
  try {
    const { status, data } = await postOwnApi('/api/auth/login/', body);
    return outcomeFrom(status, data);
  } catch (e) {
    const timeout = isNautobotError(e) && e.kind === 'timeout';
    return {
      ok: false,
      fieldErrors: {},
      message: timeout
        ? 'The server took too long to answer. Try again.'
        : 'Could not reach the LB Console server. Check your connection and try again.',
    };
  }
}

/**
 * Puts each server error on the field it names (focusing the first), and anything else, including errors
 * for fields this form does not show, at the top of the form.
 */
export function applySignInErrors<T extends FieldValues>(
  outcome: Extract<SignInOutcome, { ok: false }>,
  fields: readonly Path<T>[],
  setError: UseFormSetError<T>,
) {
  const top: string[] = outcome.message ? [outcome.message] : [];
  let focused = false;
  for (const [name, message] of Object.entries(outcome.fieldErrors)) {
    const field = fields.find((f) => f === name);
    if (!field) {
      top.push(message);
      continue;
    }
    setError(field, { type: 'server', message }, { shouldFocus: !focused });
    focused = true;
  }
  if (top.length) setError('root.serverError', { type: 'server', message: top.join(' ') });
}
