import { describe, expect, it } from 'vitest';
import { NautobotError } from '@/lib/api/errors';
import { DEMO_PASSWORD, DEMO_USERNAME } from '@/mocks/seed/constants';
import { api, clientWith } from './target';

async function failure(p: Promise<unknown>): Promise<NautobotError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof NautobotError) return e;
    throw e;
  }
  throw new Error('expected the request to fail');
}

describe('authentication and version', () => {
  it('reports the API version in a header, even without a token', async () => {
    expect(await api.apiVersion()).toMatch(/^3\.\d+$/);
    expect(await clientWith({}).apiVersion()).toMatch(/^3\.\d+$/);
  });

  it('answers 403 (not 401) without credentials', async () => {
    const e = await failure(clientWith({}).list('virtual-servers'));
    expect(e.status).toBe(403);
    expect(e.kind).toBe('auth');
    expect(e.detail).toBe('Authentication credentials were not provided.');
  });

  it('answers 403 "Invalid token" for an unknown token', async () => {
    const e = await failure(
      clientWith({ Authorization: 'Token ffffffffffffffffffffffffffffffffffffffff' }).list('virtual-servers'),
    );
    expect(e.status).toBe(403);
    expect(e.kind).toBe('auth');
    expect(e.detail).toBe('Invalid token');
  });

  it('creates a token with Basic auth, identifies its user, and revokes it', async () => {
    const created = await clientWith({}).createToken(
      { username: DEMO_USERNAME, password: DEMO_PASSWORD },
      { description: 'contract' },
    );
    expect(created.key).toHaveLength(40);
    const asUser = clientWith({ Authorization: `Token ${created.key}` });
    expect(await asUser.whoAmI()).toEqual({ username: DEMO_USERNAME });
    await asUser.remove('tokens', created.id);
    const e = await failure(asUser.list('virtual-servers'));
    expect(e.detail).toBe('Invalid token');
  });

  it('refuses a wrong password with 403', async () => {
    const e = await failure(
      clientWith({}).createToken({ username: DEMO_USERNAME, password: 'not-the-password' }),
    );
    expect(e.status).toBe(403);
    expect(e.kind).toBe('auth');
  });

  it('refuses Basic auth on other endpoints', async () => {
    const basic = `Basic ${btoa(`${DEMO_USERNAME}:${DEMO_PASSWORD}`)}`;
    const e = await failure(clientWith({ Authorization: basic }).list('virtual-servers'));
    expect(e.status).toBe(403);
  });
});
