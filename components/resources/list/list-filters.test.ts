import { describe, expect, it } from 'vitest';
import {
  expiryWindowFilters,
  filterParams,
  listFilters,
  panelFilters,
  toServerFilters,
  validFilters,
  valueLabel,
} from './list-filters';

const NOW = Date.parse('2026-03-01T10:20:30.456Z');

describe('listFilters', () => {
  it('honours the declared Nautobot filters, and the expiry window on certificate profiles only', () => {
    expect(filterParams('load-balancer-pool-members')).toEqual(
      expect.arrayContaining(['status', 'load_balancer_pool', 'ssl_offload', 'tenant']),
    );
    expect(filterParams('certificate-profiles')).toContain('expires');
    expect(filterParams('virtual-servers')).not.toContain('expires');
  });

  it('offers choice filters with the labels of lib/api/choices', () => {
    const protocol = listFilters('virtual-servers').find((f) => f.param === 'protocol');
    expect(protocol?.kind).toBe('choice');
    expect(protocol && valueLabel(protocol, 'grpc')).toBe('gRPC');
    const panel = panelFilters('load-balancer-pool-members').map((f) => [f.param, f.kind]);
    expect(panel).toContainEqual(['status', 'status']);
    expect(panel).toContainEqual(['load_balancer_pool', 'reference']);
    expect(panel).toContainEqual(['ssl_offload', 'boolean']);
  });
});

describe('validFilters', () => {
  it('drops values a filter can never take, and parameters the model does not declare', () => {
    expect(
      validFilters('virtual-servers', {
        enabled: ['maybe'],
        ssl_offload: ['true'],
        protocol: ['tcp', 'udp'],
        expires: ['30'],
      }),
    ).toEqual({ ssl_offload: ['true'], protocol: ['tcp', 'udp'] });
    expect(validFilters('certificate-profiles', { expires: ['soon'] })).toEqual({});
    expect(validFilters('certificate-profiles', { expires: ['60'] })).toEqual({ expires: ['60'] });
  });
});

describe('expiry window', () => {
  it('sends "expired" as expiration_date__lt now', () => {
    expect(expiryWindowFilters('expired', NOW)).toEqual({ expiration_date__lt: '2026-03-01T10:20:30Z' });
  });

  it('sends a window as from now (inclusive) to now + N days', () => {
    expect(expiryWindowFilters('30', NOW)).toEqual({
      expiration_date__gte: '2026-03-01T10:20:30Z',
      expiration_date__lt: '2026-03-31T10:20:30Z',
    });
    expect(expiryWindowFilters('90', NOW).expiration_date__lt).toBe('2026-05-30T10:20:30Z');
  });

  it('replaces the friendly parameter with Nautobot’s and passes the others through', () => {
    expect(toServerFilters({ expires: ['expired'], certificate_type: ['server', 'client'] }, NOW)).toEqual({
      certificate_type: ['server', 'client'],
      expiration_date__lt: '2026-03-01T10:20:30Z',
    });
    expect(toServerFilters({ tenant: ['t1'] }, NOW)).toEqual({ tenant: ['t1'] });
  });
});
