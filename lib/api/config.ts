import { z } from 'zod';

/** Where the load-balancer models live: Nautobot 3.x core, or the older app on Nautobot 2.x. */
export const LB_PATH_CORE = 'load-balancers/';
export const LB_PATH_LEGACY_APP = 'plugins/load-balancer-models/';

export const apiConfigSchema = z.object({
  /** Path of the load-balancer API below `/api/`, e.g. `load-balancers/`. */
  lbPath: z
    .string()
    .regex(/^([a-z0-9-]+\/)+$/, 'Use lowercase path segments, each ending with "/", e.g. load-balancers/'),
  /** Nautobot's web UI, for "Open in Nautobot" links. */
  nautobotUiUrl: z.string(),
});
export type ApiConfig = z.infer<typeof apiConfigSchema>;

/** Accepts `/api/load-balancers/`, `api/load-balancers` or `load-balancers/` and returns `load-balancers/`. */
export function normaliseLbPath(raw: string): string {
  const trimmed = raw
    .trim()
    .replace(/^\/+/, '')
    .replace(/^api\//, '')
    .replace(/\/+$/, '');
  return `${trimmed}/`;
}

/** The app label used in `object_type`, which differs between Nautobot core and the older app. */
export function appLabel(config: Pick<ApiConfig, 'lbPath'>): string {
  return config.lbPath.startsWith('plugins/') ? 'nautobot_load_balancer_models' : 'load_balancers';
}
