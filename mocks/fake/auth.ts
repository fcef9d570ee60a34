import { randomBytes, randomUUID } from 'node:crypto';
import type { FakeDb, TokenRecord, User } from './db';

export type AuthResult = { user: User; token: TokenRecord | null } | { status: 403; detail: string };

const FORBIDDEN = (detail: string) => ({ status: 403 as const, detail });

/** Token auth as Nautobot does it (403, not 401); Basic auth only where `allowBasic` (token creation). */
export function authenticate(db: FakeDb, header: string | null, allowBasic: boolean): AuthResult {
  if (!header) return FORBIDDEN('Authentication credentials were not provided.');
  const [scheme = '', value = ''] = header.split(/\s+/, 2);
  if (scheme.toLowerCase() === 'token') {
    const token = db.tokens.find((t) => t.key === value);
    if (!token) return FORBIDDEN('Invalid token');
    if (token.expires && Date.parse(token.expires) < Date.parse(db.now())) return FORBIDDEN('Token expired');
    const user = db.users.find((u) => u.id === token.user);
    if (!user) return FORBIDDEN('User inactive');
    return { user, token };
  }
  if (scheme.toLowerCase() === 'basic' && allowBasic) {
    const decoded = Buffer.from(value, 'base64').toString('utf8');
    const split = decoded.indexOf(':');
    const username = decoded.slice(0, split);
    const password = decoded.slice(split + 1);
    const user = db.users.find((u) => u.username === username && u.password === password);
    return user ? { user, token: null } : FORBIDDEN('Invalid username/password.');
  }
  return FORBIDDEN('Authentication credentials were not provided.');
}

export function issueToken(db: FakeDb, user: User, body: Record<string, unknown>): TokenRecord {
  const token: TokenRecord = {
    id: randomUUID(),
    key: typeof body.key === 'string' && body.key.length >= 40 ? body.key : randomBytes(20).toString('hex'),
    user: user.id,
    created: db.now(),
    expires: typeof body.expires === 'string' ? new Date(body.expires).toISOString() : null,
    write_enabled: body.write_enabled !== false,
    description: typeof body.description === 'string' ? body.description : '',
  };
  db.tokens.push(token);
  db.onChange?.();
  return token;
}
