/**
 * Nautobot answers a delete that PROTECTed references block with 409 and one sentence
 * (nautobot/core/api/views.py, ModelViewSetMixin.dispatch):
 *   "Unable to delete object. 2 dependent objects were found: vs-a (<uuid>), vs-b (<uuid>)"
 * Each object is `str(obj)` followed by its primary key in brackets. Names may themselves hold commas and
 * brackets, so an entry ends only at a bracketed UUID followed by ", " or the end.
 */
export type ProtectedObject = { label: string; id: string };
export type ProtectedObjects = { count: number; objects: ProtectedObject[] };

const HEAD = /dependent objects? (?:were|was) found:\s*/i;
const COUNT = /(\d+) dependent objects? (?:were|was) found/i;
const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const ENTRY = new RegExp(`(.+?) \\((${UUID})\\)(?:, |\\s*$)`, 'gis');

/** The blocking objects a 409 names, or null when the text is not Nautobot's protected-delete message. */
export function parseProtectedObjects(detail: string | undefined): ProtectedObjects | null {
  if (!detail) return null;
  const head = HEAD.exec(detail);
  if (!head) return null;
  const list = detail.slice(head.index + head[0].length);
  const objects: ProtectedObject[] = [];
  for (const match of list.matchAll(ENTRY)) {
    const [, label, id] = match;
    if (label !== undefined && id !== undefined) objects.push({ label: label.trim(), id: id.toLowerCase() });
  }
  const stated = Number(COUNT.exec(detail)?.[1]);
  return { count: Number.isFinite(stated) && stated > 0 ? stated : objects.length, objects };
}
