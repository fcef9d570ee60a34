import type { Ref } from '../api/schemas/common';

export type CertificateUser = { id: string; name: string };
export type CertificateUsers = { virtualServers: CertificateUser[]; members: CertificateUser[] };

type UserRow = { id: string; display: string; name?: string; certificate_profiles?: readonly Ref[] };

/**
 * Who uses each certificate profile, from one page of virtual servers and one of members read by the
 * profiles' ids. Ids compare lowercase: Nautobot answers in lowercase, a pasted id may not be.
 */
export function usersByProfile(
  virtualServers: readonly UserRow[],
  members: readonly UserRow[],
): Map<string, CertificateUsers> {
  const out = new Map<string, CertificateUsers>();
  const entry = (id: string) => {
    const key = id.toLowerCase();
    let users = out.get(key);
    if (!users) {
      users = { virtualServers: [], members: [] };
      out.set(key, users);
    }
    return users;
  };
  for (const vs of virtualServers)
    for (const p of vs.certificate_profiles ?? [])
      entry(p.id).virtualServers.push({ id: vs.id, name: vs.name ?? vs.display });
  for (const m of members)
    for (const p of m.certificate_profiles ?? []) entry(p.id).members.push({ id: m.id, name: m.display });
  return out;
}
