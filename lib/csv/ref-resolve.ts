import type { NautobotClient } from '../api/client';
import type { EndpointKey } from '../api/endpoints';
import { resources } from '../api/resources';
import type { Query } from '../api/transport';
import type { Picked } from '../forms/fields';
import { fetchByIds, listWhereIn } from '../api/batched-list';
import { NamespaceBook } from './namespaces';
import {
  isAddressed,
  nameParam,
  noun,
  parseRefToken,
  plainName,
  refLabel,
  type RefField,
  type RefToken,
} from './ref-format';

export type RefOutcome = { picked: Picked } | { error: string };

type Row = {
  id: string;
  name?: unknown;
  display?: unknown;
  address?: unknown;
  host?: unknown;
  prefix?: unknown;
};
type IpRow = Row & { parent?: { id: string } | null };
type PrefixRow = Row & { namespace?: { id: string } | null };

type Group = {
  endpoint: EndpointKey;
  filters: Query;
  /** Whom the content-type limit is for, to say so when a name is not found. */
  forResource?: string;
  tokens: Map<string, RefToken>;
  outcomes: Map<string, RefOutcome>;
};

const hostOf = (row: Row) =>
  typeof row.host === 'string'
    ? row.host
    : typeof row.address === 'string'
      ? (row.address.split('/')[0] ?? '')
      : '';

/**
 * Resolves the references a CSV names, in batches: every distinct value of every reference column is collected
 * first (`add`), then each model is asked once per batch of ids, names or addresses (`resolve`), and each cell
 * reads its object or a message saying why there is none (`lookup`).
 */
export class RefResolver {
  private readonly groups = new Map<string, Group>();
  /** The group of each field seen, so a cell's lookup does not rebuild its key. */
  private readonly groupOfField = new Map<RefField, Group>();
  private readonly namespaces: NamespaceBook;

  constructor(
    private readonly client: NautobotClient,
    private readonly signal?: AbortSignal,
  ) {
    this.namespaces = new NamespaceBook(client, signal);
  }

  private group(field: RefField): Group {
    const known = this.groupOfField.get(field);
    if (known) return known;
    const filters: Query = {
      ...field.filters,
      ...(field.contentTypeOf ? { content_types: this.client.objectType(field.contentTypeOf) } : {}),
    };
    const key = `${field.endpoint} ${JSON.stringify(filters)}`;
    let group = this.groups.get(key);
    if (!group) {
      group = {
        endpoint: field.endpoint,
        filters,
        forResource: field.contentTypeOf ? resources[field.contentTypeOf].plural.toLowerCase() : undefined,
        tokens: new Map(),
        outcomes: new Map(),
      };
      this.groups.set(key, group);
    }
    this.groupOfField.set(field, group);
    return group;
  }

  /** Registers one value (one name of a list cell) to be looked up. */
  add(field: RefField, raw: string): void {
    const value = raw.trim();
    const group = this.group(field);
    if (value && !group.tokens.has(value)) group.tokens.set(value, parseRefToken(field.endpoint, value));
  }

  /** Looks up everything added, model by model. */
  async resolve(onProgress?: (done: number, total: number) => void): Promise<void> {
    const groups = [...this.groups.values()];
    let done = 0;
    onProgress?.(0, groups.length);
    for (const group of groups) {
      await this.resolveGroup(group);
      onProgress?.(++done, groups.length);
    }
  }

  lookup(field: RefField, raw: string): RefOutcome {
    const value = raw.trim();
    return (
      this.group(field).outcomes.get(value) ?? { error: `“${value}” was not looked up (this is a bug).` }
    );
  }

  private async resolveGroup(group: Group): Promise<void> {
    const { endpoint, filters } = group;
    const lookup = { filters, depth: 0, signal: this.signal };
    const tokens = [...group.tokens];
    const ids = tokens.flatMap(([, t]) => (t.kind === 'id' ? [t.id] : []));
    const names = tokens.flatMap(([, t]) =>
      t.kind === 'name'
        ? [t.name]
        : t.kind === 'address'
          ? [endpoint === 'ip-addresses' ? t.host : t.address]
          : [],
    );
    const [byId, named] = await Promise.all([
      fetchByIds(this.client, endpoint, ids, lookup) as Promise<Map<string, Row>>,
      listWhereIn(this.client, endpoint, nameParam(endpoint), names, lookup) as Promise<Row[]>,
    ]);
    if (isAddressed(endpoint)) await this.namespaces.prepare([...byId.values(), ...named] as IpRow[]);
    const nsOf = (row: Row) =>
      endpoint === 'ip-addresses'
        ? this.namespaces.ofIp(row as IpRow)
        : endpoint === 'prefixes'
          ? this.namespaces.ofPrefix(row as PrefixRow)
          : null;
    const pick = (row: Row): RefOutcome => ({
      picked: { id: row.id, label: refLabel(endpoint, row, nsOf(row)) },
    });

    for (const [raw, token] of tokens) {
      let outcome: RefOutcome;
      if (token.kind === 'id') {
        const row = byId.get(token.id);
        if (!row) outcome = { error: `No ${noun(endpoint)} with id ${token.id}${this.forWhom(group)}.` };
        else if (token.label !== null && !labelMatches(endpoint, row, token.label, nsOf(row)))
          outcome = {
            error: `The ${noun(endpoint)} with id ${token.id} is “${plainName(endpoint, row)}”, not “${token.label}”: correct the name or the id.`,
          };
        else outcome = pick(row);
      } else if (token.kind === 'name') {
        const matches = named.filter((r) => plainName(endpoint, r) === token.name);
        outcome =
          matches.length === 1 && matches[0]
            ? pick(matches[0])
            : matches.length === 0
              ? { error: `No ${noun(endpoint)} named “${token.name}”${this.forWhom(group)}.` }
              : {
                  error: `${matches.length} ${noun(endpoint, matches.length)} are named “${token.name}”: use its id, written “${token.name} (<id>)”.`,
                };
      } else {
        outcome = await this.addressOutcome(group, token, named, nsOf, pick);
      }
      group.outcomes.set(raw, outcome);
    }
  }

  private forWhom(group: Group) {
    return group.forResource && group.endpoint !== 'tags' ? ` for ${group.forResource}` : '';
  }

  private async addressOutcome(
    group: Group,
    token: Extract<RefToken, { kind: 'address' }>,
    rows: Row[],
    nsOf: (row: Row) => string | null,
    pick: (row: Row) => RefOutcome,
  ): Promise<RefOutcome> {
    const isIp = group.endpoint === 'ip-addresses';
    const what = isIp ? `IP ${token.host}` : `Prefix ${token.address}`;
    const all = rows.filter((r) => (isIp ? hostOf(r) === token.host : r.prefix === token.address));
    const { namespace } = token;
    if (namespace !== null) {
      const inNs = all.filter((r) => nsOf(r) === namespace);
      if (inNs.length === 1 && inNs[0]) return pick(inNs[0]);
      if (inNs.length > 1)
        return { error: `${what} is there ${inNs.length} times in namespace ${namespace}: use its id.` };
      if (!(await this.namespaces.has(namespace))) return { error: `No namespace named “${namespace}”.` };
      const elsewhere = [...new Set(all.map(nsOf).filter(Boolean))].sort();
      return {
        error: `${what} not found in namespace ${namespace}${elsewhere.length ? ` (it is in ${elsewhere.join(', ')})` : ''}.`,
      };
    }
    if (all.length === 1 && all[0]) return pick(all[0]);
    if (all.length === 0) return { error: `${what} not found.` };
    const spaces = all.map((r) => nsOf(r) ?? '?').sort();
    const example = all[0] ? refLabel(group.endpoint, all[0], nsOf(all[0])) : token.address;
    return {
      error: `${what} is in ${all.length} namespaces (${spaces.join(', ')}): name the namespace, as in “${example}”.`,
    };
  }
}

/** Whether `label` (the text before an id) still names the object, as it does when exported. */
function labelMatches(endpoint: EndpointKey, row: Row, label: string, namespace: string | null): boolean {
  const name = plainName(endpoint, row);
  const candidates = [name, refLabel(endpoint, row, namespace).replace(/ \([^)]*\)$/, '')];
  if (endpoint === 'ip-addresses')
    candidates.push(hostOf(row), `${name} (${namespace ?? ''})`, `${hostOf(row)} (${namespace ?? ''})`);
  if (endpoint === 'prefixes') candidates.push(`${name} (${namespace ?? ''})`);
  return candidates.includes(label.trim());
}
