import type { NautobotClient } from '../api/client';
import { fetchByIds, listAll } from '../api/batched-list';

type Ref = { id: string } | null | undefined;
type IpLike = { parent?: Ref };
type PrefixLike = { namespace?: Ref };

/**
 * Namespace names for IP addresses and prefixes. An IP's namespace is on its parent prefix (its own `namespace`
 * is write-only), and at the depths a list is read the namespace arrives as a bare id; namespaces are few, so
 * they are read once, and parent prefixes by id, in batches.
 */
export class NamespaceBook {
  private names: Map<string, string> | null = null;
  private readonly prefixNamespace = new Map<string, string | null>();

  constructor(
    private readonly client: NautobotClient,
    private readonly signal?: AbortSignal,
  ) {}

  private async loadNames(): Promise<Map<string, string>> {
    if (!this.names) {
      const rows = await listAll(this.client, 'namespaces', { depth: 0, signal: this.signal });
      this.names = new Map(rows.map((r) => [r.id.toLowerCase(), r.name]));
    }
    return this.names;
  }

  /** Reads what `ofPrefix` needs, and what `ofIp` needs for these IP addresses (their parent prefixes). */
  async prepare(ips: readonly IpLike[] = []): Promise<void> {
    await this.loadNames();
    const missing = ips
      .map((ip) => ip.parent?.id.toLowerCase())
      .filter((id): id is string => !!id && !this.prefixNamespace.has(id));
    const found = await fetchByIds(this.client, 'prefixes', missing, { depth: 0, signal: this.signal });
    for (const id of missing) this.prefixNamespace.set(id, found.get(id)?.namespace.id.toLowerCase() ?? null);
  }

  ofPrefix(prefix: PrefixLike): string | null {
    const id = prefix.namespace?.id.toLowerCase();
    return id ? (this.names?.get(id) ?? null) : null;
  }

  ofIp(ip: IpLike): string | null {
    const prefixId = ip.parent?.id.toLowerCase();
    const nsId = prefixId ? this.prefixNamespace.get(prefixId) : null;
    return nsId ? (this.names?.get(nsId) ?? null) : null;
  }

  /** Whether a namespace of this name exists (case as Nautobot stores it). */
  async has(name: string): Promise<boolean> {
    return [...(await this.loadNames()).values()].includes(name);
  }
}
