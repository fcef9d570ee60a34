import type { NautobotClient } from '../api/client';
import type { Query } from '../api/transport';
import type { UniqueRule } from '../forms/definition';
import { allFields, type AnyFormDef, type FormValues } from '../forms/registry';
import { listWhereIn } from '../api/batched-list';

/** A row that passed validation, as the uniqueness checks see it. */
export type KeyedRow = {
  index: number;
  line: number;
  /** The object an update changes. */
  id: string | null;
  values: FormValues;
  /** For an update: the object's values before, to tell whether the row moves it onto another key. */
  before: FormValues | null;
};

/** `field` is where the form puts the rule's message; `keys` are the fields the rule's key is made of. */
export type DuplicateHit = { index: number; field: string; keys: string[]; message: string };

const keyFields = (query: Query) => Object.keys(query).map((k) => k.split('__')[0] ?? k);

const keyOf = (query: Record<string, unknown>) =>
  JSON.stringify(Object.entries(query).sort(([a], [b]) => a.localeCompare(b)));

/** "IP address, port and pool": the fields a rule's key is made of, as a sentence fragment. */
function fieldWords(def: AnyFormDef, rule: UniqueRule<FormValues>, values: FormValues): string {
  const words = Object.keys(rule.filters(values) ?? {}).map((k) => {
    const name = k.split('__')[0] ?? k;
    const label = allFields(def).find((f) => f.name === name)?.label ?? name;
    // Acronyms (IP, VIP) keep their capitals.
    return /^[A-Z]{2}/.test(label) ? label : label.toLowerCase();
  });
  return words.length > 1 ? `${words.slice(0, -1).join(', ')} and ${words.at(-1) ?? ''}` : (words[0] ?? '');
}

/**
 * Rows of the same file that would be the same object under one of Nautobot's uniqueness rules (IP + port + pool
 * for members, VIP + port + protocol for virtual servers, the name of monitors and certificate profiles). Each
 * row of a clash is flagged, naming the other lines, so whichever one the user fixes, both messages go.
 */
export function duplicatesInFile(def: AnyFormDef, rows: readonly KeyedRow[]): DuplicateHit[] {
  const hits: DuplicateHit[] = [];
  for (const rule of def.unique) {
    const groups = new Map<string, { query: Query; rows: KeyedRow[] }>();
    for (const row of rows) {
      const query = rule.filters(row.values);
      if (!query) continue;
      const key = keyOf(query);
      const group = groups.get(key);
      if (group) group.rows.push(row);
      else groups.set(key, { query, rows: [row] });
    }
    for (const { query, rows: group } of groups.values()) {
      if (group.length < 2) continue;
      const what = fieldWords(def, rule, group[0]?.values ?? {});
      const keys = keyFields(query);
      for (const row of group) {
        hits.push({
          index: row.index,
          field: rule.field,
          keys,
          message: `${otherLines(group, row)} the same ${what}.`,
        });
      }
    }
  }
  return hits;
}

/** "Line 7 has", "Lines 7 and 9 have", "Lines 7, 9, 12 and 40 more have": a file can repeat one row thousands of times. */
function otherLines(group: readonly KeyedRow[], self: KeyedRow): string {
  const shown: number[] = [];
  for (const r of group) {
    if (r === self) continue;
    shown.push(r.line);
    if (shown.length === 3) break;
  }
  const more = group.length - 1 - shown.length;
  if (shown.length === 1 && more === 0) return `Line ${shown[0] ?? ''} has`;
  const list =
    more > 0
      ? `${shown.join(', ')} and ${more} more`
      : `${shown.slice(0, -1).join(', ')} and ${shown.at(-1) ?? ''}`;
  return `Lines ${list} have`;
}

/** A filter value as it appears on a depth-0 row: FKs by id, numbers as text. */
function rowValue(value: unknown): string {
  const v = value && typeof value === 'object' && 'id' in value ? value.id : value;
  return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? String(v) : 'null';
}

type Candidate = Record<string, unknown> & { id: string; display: string };

/**
 * Rows that would collide with an object already in Nautobot, asked in batches: each rule's first filter is sent
 * with every row's value repeated (`vip=a&vip=b`), the rest of the key is compared here. A row keeping an update's
 * own key is no clash, nor is taking the key of an object another row moves away first; but a swap (a loop of
 * such moves) is, because Nautobot saves one change at a time and none of them can go first.
 */
export async function duplicatesInNautobot(
  client: NautobotClient,
  def: AnyFormDef,
  rows: readonly KeyedRow[],
  signal?: AbortSignal,
): Promise<DuplicateHit[]> {
  const hits: DuplicateHit[] = [];
  for (const rule of def.unique) {
    const keyOfRow = (values: FormValues | null) => {
      const query = values ? rule.filters(values) : null;
      return query ? keyOf(query) : null;
    };
    // The rows that move their object off its key, by the object's id.
    const moverOf = new Map(
      rows.flatMap((r) => (r.id && r.before && keyOfRow(r.before) !== keyOfRow(r.values) ? [[r.id, r]] : [])),
    );
    const asking = rows
      .map((row) => ({ row, query: rule.filters(row.values) }))
      .filter(
        (x): x is { row: KeyedRow; query: Query } =>
          x.query !== null && !(x.row.before && keyOfRow(x.row.before) === keyOfRow(x.row.values)),
      );
    const param = asking[0] ? Object.keys(asking[0].query)[0] : undefined;
    if (!param) continue;
    const values = asking.map((x) => rowValue(x.query[param]));
    const found = (await listWhereIn(client, def.resource, param, values, {
      depth: 0,
      signal,
    })) as unknown as Candidate[];
    // Indexed by the value asked for: thousands of rows each compare with a handful of candidates, not all.
    const byValue = new Map<string, Candidate[]>();
    for (const candidate of found) {
      const value = rowValue(candidate[param]);
      byValue.set(value, [...(byValue.get(value) ?? []), candidate]);
    }
    const occupant = (row: KeyedRow): Candidate | undefined => {
      const query = rule.filters(row.values);
      if (!query) return undefined;
      return (byValue.get(rowValue(query[param])) ?? []).find(
        (candidate) =>
          candidate.id !== row.id &&
          Object.entries(query).every(
            ([k, v]) => k.includes('__') || rowValue(candidate[k]) === rowValue(v),
          ) &&
          (rule.matches?.(candidate, row.values) ?? true),
      );
    };
    for (const { row, query } of asking) {
      const taken = occupant(row);
      if (!taken) continue;
      const mover = moverOf.get(taken.id);
      const message = !mover
        ? rule.message(taken.display)
        : inLoop(row, mover, occupant, moverOf)
          ? `Swaps with line ${mover.line}: Nautobot saves one change at a time, so neither can go first. Give one of them a temporary value in an import of its own first.`
          : null;
      if (message) hits.push({ index: row.index, field: rule.field, keys: keyFields(query), message });
    }
  }
  return hits;
}

/** Whether following "whose key does the mover take next" from `mover` comes back to `start`. */
function inLoop(
  start: KeyedRow,
  mover: KeyedRow,
  occupant: (row: KeyedRow) => Candidate | undefined,
  moverOf: ReadonlyMap<string, KeyedRow>,
): boolean {
  const seen = new Set<KeyedRow>();
  for (let row: KeyedRow | undefined = mover; row && !seen.has(row);) {
    if (row === start) return true;
    seen.add(row);
    const next = occupant(row);
    row = next ? moverOf.get(next.id) : undefined;
  }
  return false;
}
