import { describe, expect, it } from 'vitest';
import { referencesOf } from './resources';

describe('referencesOf', () => {
  it('gives each named reference field its endpoint, from the registry', () => {
    expect(referencesOf('load-balancer-pool-members', ['status', 'ip_address'])).toEqual({
      status: 'statuses',
      ip_address: 'ip-addresses',
    });
  });

  it('drops fields that are not references of the model (plain fields, unknown names)', () => {
    expect(referencesOf('load-balancer-pools', ['name', 'health_check_monitor', 'nonsense'])).toEqual({
      health_check_monitor: 'health-check-monitors',
    });
  });
});
