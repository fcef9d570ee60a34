import 'server-only';
import { z } from 'zod';
import { apiConfigSchema, normaliseLbPath } from '../api/config';

const DEV_SECRET = 'dev-only-session-secret-change-me-0123456789abcdef';
export const DEFAULT_FAKE_URL = 'http://127.0.0.1:8090';

const envSchema = z.object({
  NAUTOBOT_URL: z
    .url({
      protocol: /^https?$/,
      error: 'NAUTOBOT_URL must be an http(s) URL, e.g. https://nautobot.example.com',
    })
    .default(DEFAULT_FAKE_URL),
  NAUTOBOT_UI_URL: z.url().optional(),
  NAUTOBOT_LB_API_PATH: z
    .string()
    .default('/api/load-balancers/')
    .transform(normaliseLbPath)
    .pipe(apiConfigSchema.shape.lbPath),
  /** A token that may only read: lets the dashboard and map be shown without signing in (NOC screens). */
  NAUTOBOT_READONLY_TOKEN: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9_-]*$/, 'NAUTOBOT_READONLY_TOKEN must be a Nautobot API token')
    .optional()
    .transform((v) => v || undefined),
  NAUTOBOT_TIMEOUT_MS: z.coerce.number().int().positive().default(30_000),
  SESSION_SECRET: z.string().min(32, 'SESSION_SECRET must be at least 32 characters').optional(),
  SESSION_TTL_HOURS: z.coerce.number().positive().default(12),
  SESSION_COOKIE_SECURE: z.enum(['auto', 'true', 'false']).default('auto'),
  NODE_ENV: z.string().optional(),
});

export type ServerEnv = Omit<z.infer<typeof envSchema>, 'SESSION_SECRET'> & {
  SESSION_SECRET: string;
  NAUTOBOT_UI_URL: string;
};

let cached: ServerEnv | undefined;

/** Server configuration, parsed once; every bad variable is named in one error. */
export function serverEnv(): ServerEnv {
  if (cached) return cached;
  const parsed = envSchema.safeParse(process.env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const env = parsed.data;
  let secret = env.SESSION_SECRET;
  if (!secret) {
    if (env.NODE_ENV === 'production')
      throw new Error(
        'Invalid configuration:\n  SESSION_SECRET: required in production (32+ random characters)',
      );
    secret = DEV_SECRET;
  }
  cached = {
    ...env,
    SESSION_SECRET: secret,
    NAUTOBOT_UI_URL: (env.NAUTOBOT_UI_URL ?? env.NAUTOBOT_URL).replace(/\/+$/, ''),
  };
  return cached;
}

/** What the browser may know about the backend: paths and links, never credentials. */
export function publicApiConfig() {
  const env = serverEnv();
  return { lbPath: env.NAUTOBOT_LB_API_PATH, nautobotUiUrl: env.NAUTOBOT_UI_URL };
}
