import { describe, expect, it } from 'vitest';
import { importTargets, mapHeaders } from './header-map';

const MEMBERS = 'load-balancer-pool-members';

describe('mapHeaders', () => {
  it('matches field names, labels and their variants regardless of case, spaces and underscores', () => {
    const report = mapHeaders(MEMBERS, [
      'ID',
      'Load Balancer Pool',
      'ip-address',
      'PORT',
      'status',
      'Health monitor',
      'SSL_Offload',
      'certificate profiles',
      'Label ',
    ]);
    expect(report.mapping).toEqual({
      ID: 'id',
      'Load Balancer Pool': 'load_balancer_pool',
      'ip-address': 'ip_address',
      PORT: 'port',
      status: 'status',
      'Health monitor': 'health_check_monitor',
      SSL_Offload: 'ssl_offload',
      'certificate profiles': 'certificate_profiles',
      'Label ': 'label',
    });
    expect(report.ignored).toEqual([]);
    expect(report.missingRequired).toEqual([]);
  });

  it('reads `<field>_id` and `<label> id` columns as the field', () => {
    expect(mapHeaders(MEMBERS, ['pool_id', 'ip_address_id']).mapping).toEqual({
      pool_id: 'load_balancer_pool',
      ip_address_id: 'ip_address',
    });
  });

  it('reports what it does not import, and why', () => {
    const report = mapHeaders(MEMBERS, [
      'id',
      'display',
      'weight',
      'error',
      '',
      'Pool',
      'load_balancer_pool',
      'Pool',
    ]);
    expect(report.mapping).toEqual({
      id: 'id',
      display: null,
      weight: null,
      error: null,
      '': null,
      Pool: 'load_balancer_pool',
      load_balancer_pool: null,
    });
    expect(report.ignored).toEqual([
      { column: 'display', message: '“display” is read-only in Nautobot and is not imported.' },
      { column: 'weight', message: '“weight” matches no pool member field and is not imported.' },
      { column: 'error', message: 'Messages from an earlier import are not imported.' },
      { column: '', message: 'A column without a name is not imported.' },
      {
        column: 'load_balancer_pool',
        message: '“Pool” and “load_balancer_pool” are both Pool; only “Pool” is read.',
      },
      { column: 'Pool', message: '“Pool” appears twice; only the first column is read.' },
    ]);
  });

  it('lists the required fields no column gives', () => {
    const report = mapHeaders(MEMBERS, ['id', 'port', 'label']);
    expect(report.missingRequired.map((m) => m.label)).toEqual(['Pool', 'IP address', 'Status']);
    expect(report.missingRequired[0]?.message).toBe(
      'No column gives Pool, which a new object needs: only rows with an id (updates) can be imported.',
    );
  });

  it('takes the caller’s choices over its guesses, and hands back the whole mapping', () => {
    const report = mapHeaders(MEMBERS, ['member', 'port', 'Pool', 'notes'], {
      member: 'ip_address',
      port: null,
      notes: 'no_such_field',
    });
    expect(report.mapping).toEqual({
      member: 'ip_address',
      port: null,
      Pool: 'load_balancer_pool',
      notes: null,
    });
    // A column the user switched off is not an "ignored" surprise; a choice that names no field is.
    expect(report.ignored).toEqual([
      { column: 'notes', message: '“no_such_field” is not a field of this model; “notes” is not imported.' },
    ]);
    expect(report.missingRequired.map((m) => m.field)).toEqual(['port', 'status']);
  });

  it('offers the id and every form field as targets', () => {
    expect(importTargets('load-balancer-pools').map((t) => t.name)).toEqual([
      'id',
      'name',
      'tenant',
      'tags',
      'load_balancing_algorithm',
      'health_check_monitor',
    ]);
  });
});
