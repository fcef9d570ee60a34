/** Just enough IPv4 arithmetic for the fake's prefixes and addresses (the seed is IPv4). */

export function parseIpv4(host: string): number | null {
  const parts = host.split('.');
  if (parts.length !== 4) return null;
  let n = 0;
  for (const part of parts) {
    if (!/^\d{1,3}$/.test(part)) return null;
    const v = Number(part);
    if (v > 255) return null;
    n = n * 256 + v;
  }
  return n;
}

export function parseCidr(
  cidr: string,
): { host: string; length: number; network: number; version: 4 | 6 } | null {
  const [host = '', len] = cidr.split('/');
  if (host.includes(':')) {
    const length = len === undefined ? 128 : Number(len);
    return Number.isInteger(length) && length >= 0 && length <= 128
      ? { host: host.toLowerCase(), length, network: 0, version: 6 }
      : null;
  }
  const ip = parseIpv4(host);
  const length = len === undefined ? 32 : Number(len);
  if (ip === null || !Number.isInteger(length) || length < 0 || length > 32) return null;
  const mask = length === 0 ? 0 : (0xffffffff << (32 - length)) >>> 0;
  return { host, length, network: (ip & mask) >>> 0, version: 4 };
}

export function prefixContains(prefix: string, host: string): boolean {
  const p = parseCidr(prefix);
  const ip = parseIpv4(host);
  if (!p || p.version !== 4 || ip === null) return false;
  const mask = p.length === 0 ? 0 : (0xffffffff << (32 - p.length)) >>> 0;
  return (ip & mask) >>> 0 === p.network;
}

/**
 * The IPv4 range Nautobot's IP-aware `q` searches (BaseNetworkQuerySet.parse_network_string): a partial address
 * counts whole octets only, so "10.1" is 10.1.0.0/16 (it does not match 10.10.x.x) and "10.10.0.1" is one host.
 * Null where the term is not an IPv4 address or prefix; Nautobot then searches 0.0.0.0/32 or IPv6, which the
 * fake's IPv4 estate never matches.
 */
export function searchRange(term: string): { first: number; last: number; length: number } | null {
  const search = term.trim().split('/')[0] ?? '';
  if (search.includes(':')) return null;
  const octets = search.split('.').filter(Boolean);
  if (!octets.length || octets.length > 4) return null;
  const first = parseIpv4([...octets, '0', '0', '0', '0'].slice(0, 4).join('.'));
  if (first === null) return null;
  const length = 8 * octets.length;
  return { first, last: first + 2 ** (32 - length) - 1, length };
}
