// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { poolStatus } from './pool-status';
import type { ObjectStatus } from './types';
import { virtualServerStatus } from './virtual-server-status';

const up: ObjectStatus = { availability: 'available', admin: 'enabled', reason: 'up' };
const down: ObjectStatus = { availability: 'offline', admin: 'enabled', reason: 'down' };
const web = (...members: ObjectStatus[]) => ({ name: 'web', status: poolStatus({ members }) });

describe('virtualServerStatus', () => {
  it("prefixes the pool's reason with the pool's name", () => {
    expect(virtualServerStatus({ enabled: true, pool: web(up, up) })).toEqual({
      availability: 'available',
      admin: 'enabled',
      reason: 'Pool web: All 2 members available',
    });
  });

  it('names an empty pool once', () => {
    expect(virtualServerStatus({ enabled: true, pool: web() })).toEqual({
      availability: 'unknown',
      admin: 'enabled',
      reason: 'Pool web has no members',
    });
  });

  it("keeps the pool's shape when disabled, and a square without a pool", () => {
    expect(virtualServerStatus({ enabled: false, pool: web(down) })).toEqual({
      availability: 'offline',
      admin: 'disabled',
      reason: 'Virtual server disabled',
    });
    expect(virtualServerStatus({ enabled: false, pool: null })).toEqual({
      availability: 'unknown',
      admin: 'disabled',
      reason: 'Virtual server disabled',
    });
  });

  it('stays enabled whatever its pool', () => {
    for (const pool of [web(), web(up), web(down), null]) {
      expect(virtualServerStatus({ enabled: true, pool }).admin).toBe('enabled');
    }
  });
});
