export const DEFAULT_REFRESH_SECONDS = 60;
const MIN_REFRESH_SECONDS = 10;
const MAX_REFRESH_SECONDS = 3600;

/**
 * The dashboard's refresh period in milliseconds from `?refresh=<seconds>`: a NOC screen can ask for another
 * pace in its URL, within bounds that neither hammer Nautobot nor leave the screen an hour behind.
 */
export function refreshIntervalMs(param: string | string[] | undefined | null): number {
  const raw = Array.isArray(param) ? param[0] : param;
  const seconds = raw ? Number(raw) : NaN;
  if (!Number.isFinite(seconds)) return DEFAULT_REFRESH_SECONDS * 1000;
  return Math.round(Math.min(Math.max(seconds, MIN_REFRESH_SECONDS), MAX_REFRESH_SECONDS) * 1000);
}
