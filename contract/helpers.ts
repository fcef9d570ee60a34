import { NautobotError } from '@/lib/api/errors';
import type { EndpointKey } from '@/lib/api/endpoints';
import { api } from './target';

/** The NautobotError a request fails with; fails the test if it succeeds or fails some other way. */
export async function rejected(p: Promise<unknown>): Promise<NautobotError> {
  const e = await p.then(
    () => new Error('expected the request to fail'),
    (x: unknown) => x,
  );
  if (e instanceof NautobotError) return e;
  throw e;
}

/** A port no seed object uses, different on every run, so reruns against a long-lived Nautobot never collide. */
export const runPort = 20_000 + (Date.now() % 30_000);

/** Objects a test file made, deleted (newest first) when it ends, so the database is left as the seed made it. */
export function cleanupList() {
  const made: { key: EndpointKey; id: string }[] = [];
  return {
    add<T extends { id: string }>(key: EndpointKey, row: T): T {
      made.push({ key, id: row.id });
      return row;
    },
    async run() {
      for (const { key, id } of made.reverse()) await api.remove(key, id).catch(() => undefined);
      made.length = 0;
    },
  };
}

/** Microseconds since the epoch of a Nautobot timestamp (`…:49.381322Z`, or `…:49Z` when they are zero). */
export function micros(timestamp: string): number {
  const m = /^(.+T\d{2}:\d{2}:\d{2})(?:\.(\d{1,6}))?Z$/.exec(timestamp);
  if (!m?.[1]) throw new Error(`not a Nautobot timestamp: ${timestamp}`);
  return Date.parse(`${m[1]}Z`) * 1000 + Number((m[2] ?? '').padEnd(6, '0'));
}

/** The `<str> (<uuid>)` entries of a 409's "N dependent objects were found: …" detail. */
export function dependents(detail: string | undefined): { count: number; ids: string[]; labels: string[] } {
  const m = /^Unable to delete object\. (\d+) dependent objects were found: (.*)$/s.exec(detail ?? '');
  if (!m?.[1] || m[2] === undefined) throw new Error(`not a protected-delete detail: ${String(detail)}`);
  const entries = [...m[2].matchAll(/(.+?) \(([0-9a-f-]{36})\)(?:, |$)/g)];
  return {
    count: Number(m[1]),
    ids: entries.map((e) => e[2] ?? ''),
    labels: entries.map((e) => e[1] ?? ''),
  };
}
