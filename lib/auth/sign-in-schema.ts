import { z } from 'zod';

export const passwordSignInSchema = z.object({
  method: z.literal('password'),
  username: z.string().trim().min(1, 'Enter your Nautobot username.').max(150),
  password: z.string().min(1, 'Enter your password.').max(1024),
});

export const tokenSignInSchema = z.object({
  method: z.literal('token'),
  token: z
    .string()
    .trim()
    .min(1, 'Paste a Nautobot API token.')
    .max(255)
    .regex(/^[A-Za-z0-9_-]+$/, 'A token has only letters, digits, "-" and "_". Check what you pasted.'),
});

export const signInSchema = z.discriminatedUnion('method', [passwordSignInSchema, tokenSignInSchema]);
export type SignIn = z.infer<typeof signInSchema>;

export const LOGIN_PATH = '/login/';

/** The sign-in page, asked to come back to `next` afterwards (a path on this site; `/` needs no return). */
export function loginHref(next?: string): string {
  return next && next !== '/' ? `${LOGIN_PATH}?next=${encodeURIComponent(next)}` : LOGIN_PATH;
}

/** Where to go after sign-in: only a path on this site, never another host (`//evil`, `https://…`). */
export function safeNextPath(next: string | null | undefined): string {
  if (
    !next ||
    !next.startsWith('/') ||
    next.startsWith('//') ||
    next.startsWith('/\\') ||
    next.startsWith(LOGIN_PATH.replace(/\/$/, ''))
  )
    return '/';
  return next;
}
