import { describe, expect, it } from 'vitest';
import type { ResourceKey } from '../api/resources';
import type { FieldIssue } from './definition';
import { REQUIRED } from './fields';
import { formDefs, type FormValues } from './registry';
import { changedKeys, validateForm } from './validate';

const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const ref = (n: number, label = `object ${n}`) => ({ id: uuid(n), label });

const valid: Record<ResourceKey, () => FormValues> = {
  'virtual-servers': () => ({
    ...formDefs['virtual-servers'].empty(),
    name: 'vs-web',
    vip: ref(1, '10.0.0.1/32'),
    port: '443',
    protocol: 'https',
  }),
  'load-balancer-pools': () => ({
    ...formDefs['load-balancer-pools'].empty(),
    name: 'web-pool',
    load_balancing_algorithm: 'round_robin',
  }),
  'load-balancer-pool-members': () => ({
    ...formDefs['load-balancer-pool-members'].empty(),
    load_balancer_pool: ref(2, 'web-pool'),
    ip_address: ref(3, '10.20.1.10/32'),
    port: '80',
    status: ref(4, 'Active'),
  }),
  'health-check-monitors': () => ({ ...formDefs['health-check-monitors'].empty(), name: 'http-80' }),
  'certificate-profiles': () => ({ ...formDefs['certificate-profiles'].empty(), name: 'www-example-com' }),
};

function check(resource: ResourceKey, changes: FormValues) {
  return validateForm(formDefs[resource], { ...valid[resource](), ...changes });
}
function issues(resource: ResourceKey, changes: FormValues): FieldIssue[] {
  const result = check(resource, changes);
  if (result.ok) throw new Error(`expected ${JSON.stringify(changes)} to fail on ${resource}`);
  return result.issues;
}
function body(resource: ResourceKey, changes: FormValues = {}) {
  const result = check(resource, changes);
  if (!result.ok) throw new Error(`expected to pass, got ${JSON.stringify(result.issues)}`);
  return result.body;
}

const PORT_RANGE = 'Enter a port from 0 to 65535.';
const PORT_WHOLE = 'Enter a port as a whole number from 0 to 65535.';
const named: ResourceKey[] = [
  'virtual-servers',
  'load-balancer-pools',
  'health-check-monitors',
  'certificate-profiles',
];

describe('every form starts from a valid example', () => {
  it.each(Object.keys(valid) as ResourceKey[])('%s', (resource) => {
    expect(check(resource, {}).ok).toBe(true);
  });
});

describe('name', () => {
  it.each(named)('is required on %s, blank or whitespace only', (resource) => {
    expect(issues(resource, { name: '' })).toEqual([{ field: 'name', message: REQUIRED }]);
    expect(issues(resource, { name: '  \t ' })).toEqual([{ field: 'name', message: REQUIRED }]);
  });
  it.each(named)('takes 255 characters on %s and not 256', (resource) => {
    expect(body(resource, { name: 'n'.repeat(255) }).name).toBe('n'.repeat(255));
    expect(issues(resource, { name: 'n'.repeat(256) })).toEqual([
      { field: 'name', message: 'Use at most 255 characters.' },
    ]);
  });
  it('is sent trimmed', () => {
    expect(body('health-check-monitors', { name: '  http-80  ' }).name).toBe('http-80');
  });
  it('member label is optional but also at most 255 characters', () => {
    expect(body('load-balancer-pool-members', { label: '' }).label).toBe('');
    expect(issues('load-balancer-pool-members', { label: 'l'.repeat(256) })).toEqual([
      { field: 'label', message: 'Use at most 255 characters.' },
    ]);
  });
});

describe('port', () => {
  const withPort: ResourceKey[] = ['virtual-servers', 'load-balancer-pool-members', 'health-check-monitors'];
  it.each(withPort)('takes 0 and 65535 on %s', (resource) => {
    expect(body(resource, { port: '0' }).port).toBe(0);
    expect(body(resource, { port: '65535' }).port).toBe(65535);
  });
  it.each(withPort)('rejects 70000, -1, "80a" and "1.5" on %s, at the Port field', (resource) => {
    expect(issues(resource, { port: '70000' })).toEqual([{ field: 'port', message: PORT_RANGE }]);
    expect(issues(resource, { port: '-1' })).toEqual([{ field: 'port', message: PORT_RANGE }]);
    expect(issues(resource, { port: '80a' })).toEqual([{ field: 'port', message: PORT_WHOLE }]);
    expect(issues(resource, { port: '1.5' })).toEqual([{ field: 'port', message: PORT_WHOLE }]);
  });
  it.each(['virtual-servers', 'health-check-monitors'] as const)(
    'may be blank on %s: sent as null',
    (resource) => {
      expect(body(resource, { port: '' }).port).toBeNull();
    },
  );
  it('is required on a pool member', () => {
    expect(issues('load-balancer-pool-members', { port: '' })).toEqual([
      { field: 'port', message: REQUIRED },
    ]);
  });
});

describe('monitor interval, timeout and retries', () => {
  const cases = [
    ['interval', 'an interval'],
    ['timeout', 'a timeout'],
    ['retry', 'a retry count'],
  ] as const;
  it.each(cases)('%s takes 0, a positive number or blank (null)', (field) => {
    expect(body('health-check-monitors', { [field]: '0' })[field]).toBe(0);
    expect(body('health-check-monitors', { [field]: '30' })[field]).toBe(30);
    expect(body('health-check-monitors', { [field]: '' })[field]).toBeNull();
  });
  it.each(cases)('%s rejects negative numbers and fractions', (field, what) => {
    expect(issues('health-check-monitors', { [field]: '-1' })).toEqual([
      { field, message: `Enter ${what} from 0 to 2147483647.` },
    ]);
    expect(issues('health-check-monitors', { [field]: '2.5' })).toEqual([
      { field, message: `Enter ${what} as a whole number from 0 to 2147483647.` },
    ]);
  });
});

describe('choices', () => {
  const blankable = [
    ['virtual-servers', 'protocol', 'https'],
    ['virtual-servers', 'load_balancer_type', 'layer7'],
    ['virtual-servers', 'source_nat_type', 'auto'],
    ['health-check-monitors', 'health_check_type', 'http'],
    ['certificate-profiles', 'certificate_type', 'mutual_tls'],
  ] as const;
  it.each(blankable)('%s %s takes a listed value or blank ("")', (resource, field, value) => {
    expect(body(resource, { [field]: value })[field]).toBe(value);
    expect(body(resource, { [field]: '' })[field]).toBe('');
  });
  it.each(blankable)('%s %s rejects a value not in the list', (resource, field) => {
    expect(issues(resource, { [field]: 'bogus' })).toEqual([
      { field, message: 'Choose one of the listed values.' },
    ]);
  });
  it('the pool algorithm is required', () => {
    expect(body('load-balancer-pools', { load_balancing_algorithm: 'least_connections' })).toMatchObject({
      load_balancing_algorithm: 'least_connections',
    });
    expect(issues('load-balancer-pools', { load_balancing_algorithm: '' })).toEqual([
      { field: 'load_balancing_algorithm', message: REQUIRED },
    ]);
    expect(issues('load-balancer-pools', { load_balancing_algorithm: 'random' })).toEqual([
      { field: 'load_balancing_algorithm', message: 'Choose one of the listed values.' },
    ]);
  });
});

describe('required references', () => {
  it.each([
    ['virtual-servers', 'vip', 'Choose the virtual IP address.'],
    ['load-balancer-pool-members', 'load_balancer_pool', 'Choose the pool this member belongs to.'],
    ['load-balancer-pool-members', 'ip_address', 'Choose the member’s IP address.'],
    ['load-balancer-pool-members', 'status', 'Choose a status.'],
  ] as const)('%s %s', (resource, field, message) => {
    expect(body(resource)[field]).toBe((valid[resource]()[field] as { id: string }).id);
    expect(issues(resource, { [field]: null })).toEqual([{ field, message }]);
  });
  it('optional references may be empty and are sent as null', () => {
    expect(body('virtual-servers', { tenant: null, load_balancer_pool: null })).toMatchObject({
      tenant: null,
      load_balancer_pool: null,
    });
  });
});

describe('virtual server: at most one of device, redundancy group, cloud service, virtual chassis', () => {
  it('takes none', () => {
    expect(check('virtual-servers', {}).ok).toBe(true);
  });
  it.each(['device', 'device_redundancy_group', 'cloud_service', 'virtual_chassis'])(
    'takes only %s',
    (field) => {
      expect(body('virtual-servers', { [field]: ref(9) })[field]).toBe(uuid(9));
    },
  );
  it('puts an error naming both on each of two set fields, and none on the others', () => {
    expect(issues('virtual-servers', { device: ref(10), cloud_service: ref(11) })).toEqual([
      {
        field: 'device',
        message:
          'Choose only one of device, device redundancy group, cloud service or virtual chassis (device and cloud service are both set).',
      },
      {
        field: 'cloud_service',
        message:
          'Choose only one of device, device redundancy group, cloud service or virtual chassis (device and cloud service are both set).',
      },
    ]);
  });
  it('puts an error naming all three on each of three set fields', () => {
    const message =
      'Choose only one of device, device redundancy group, cloud service or virtual chassis (device and device redundancy group and virtual chassis are all set).';
    expect(
      issues('virtual-servers', {
        device: ref(10),
        device_redundancy_group: ref(11),
        virtual_chassis: ref(12),
      }),
    ).toEqual([
      { field: 'device', message },
      { field: 'device_redundancy_group', message },
      { field: 'virtual_chassis', message },
    ]);
  });
  it('is reported together with field errors, so all problems show at once', () => {
    const found = issues('virtual-servers', { port: '70000', device: ref(10), virtual_chassis: ref(12) });
    expect(found.map((i) => i.field)).toEqual(['port', 'device', 'virtual_chassis']);
  });
});

describe('SSL offload without a certificate profile', () => {
  const message =
    'SSL offload is on but no certificate profile is assigned: the configuration will have no certificate to offer.';
  it.each(['virtual-servers', 'load-balancer-pool-members'] as const)(
    'is a warning on %s certificate profiles, not an error',
    (resource) => {
      const def = formDefs[resource];
      const values = { ...valid[resource](), ssl_offload: true, certificate_profiles: [] };
      expect(def.warnings?.(values)).toEqual([{ field: 'certificate_profiles', message }]);
      const result = validateForm(def, values);
      expect(result.ok).toBe(true);
    },
  );
  it.each(['virtual-servers', 'load-balancer-pool-members'] as const)(
    'is not raised on %s with a profile, or with SSL offload off',
    (resource) => {
      const def = formDefs[resource];
      expect(
        def.warnings?.({ ...valid[resource](), ssl_offload: true, certificate_profiles: [ref(20)] }),
      ).toEqual([]);
      expect(def.warnings?.({ ...valid[resource](), ssl_offload: false, certificate_profiles: [] })).toEqual(
        [],
      );
    },
  );
});

describe('certificate profile expiration date', () => {
  it('is sent as ISO 8601 UTC, or null when blank', () => {
    expect(body('certificate-profiles', { expiration_date: '2027-03-01T12:00' }).expiration_date).toBe(
      '2027-03-01T12:00:00Z',
    );
    expect(body('certificate-profiles', { expiration_date: '' }).expiration_date).toBeNull();
  });
  it('rejects what is not a date, at its field', () => {
    expect(issues('certificate-profiles', { expiration_date: 'next year' })[0]).toEqual({
      field: 'expiration_date',
      message: 'Enter a date and time (YYYY-MM-DD HH:MM, UTC).',
    });
    expect(issues('certificate-profiles', { expiration_date: '2027-13-01T00:00' })).toEqual([
      { field: 'expiration_date', message: 'This date does not exist.' },
    ]);
  });
});

describe('validateForm', () => {
  it('reports every failing field at once, one message each', () => {
    const found = issues('load-balancer-pool-members', {
      load_balancer_pool: null,
      ip_address: null,
      port: '',
      status: null,
    });
    expect(found.map((i) => i.field).sort()).toEqual(['ip_address', 'load_balancer_pool', 'port', 'status']);
  });
  it('hands back the parsed values with the body', () => {
    const result = check('health-check-monitors', { port: ' 80 ' });
    expect(result.ok && result.values.port).toBe(80);
  });
});

describe('toBody: what Nautobot receives', () => {
  it('virtual server: ids for references, null for a blank port, "" for blank choices, no certificate profiles', () => {
    expect(
      body('virtual-servers', {
        port: '',
        protocol: '',
        tenant: ref(5),
        load_balancer_pool: ref(6),
        health_check_monitor: ref(7),
        source_nat_pool: ref(8),
        device: ref(9),
        ssl_offload: true,
        certificate_profiles: [ref(20)],
        tags: [ref(30, 'prod')],
      }),
    ).toEqual({
      tags: [uuid(30)],
      name: 'vs-web',
      vip: uuid(1),
      port: null,
      protocol: '',
      enabled: true,
      tenant: uuid(5),
      load_balancer_type: '',
      load_balancer_pool: uuid(6),
      health_check_monitor: uuid(7),
      source_nat_type: '',
      source_nat_pool: uuid(8),
      ssl_offload: true,
      device: uuid(9),
      device_redundancy_group: null,
      cloud_service: null,
      virtual_chassis: null,
    });
  });
  it('pool', () => {
    expect(body('load-balancer-pools', { tenant: ref(5) })).toEqual({
      tags: [],
      name: 'web-pool',
      load_balancing_algorithm: 'round_robin',
      health_check_monitor: null,
      tenant: uuid(5),
    });
  });
  it('pool member', () => {
    expect(body('load-balancer-pool-members', { label: 'web-01', health_check_monitor: ref(7) })).toEqual({
      tags: [],
      load_balancer_pool: uuid(2),
      ip_address: uuid(3),
      port: 80,
      status: uuid(4),
      label: 'web-01',
      tenant: null,
      health_check_monitor: uuid(7),
      ssl_offload: false,
    });
  });
  it('health check monitor', () => {
    expect(
      body('health-check-monitors', {
        health_check_type: 'http',
        port: '',
        interval: '5',
        timeout: '0',
        retry: '',
      }),
    ).toEqual({
      tags: [],
      name: 'http-80',
      health_check_type: 'http',
      port: null,
      interval: 5,
      timeout: 0,
      retry: null,
      tenant: null,
    });
  });
  it('certificate profile', () => {
    expect(
      body('certificate-profiles', {
        certificate_type: 'server',
        expiration_date: '2027-01-31T23:59',
        key_file_path: ' /k.key ',
        tenant: ref(5),
      }),
    ).toEqual({
      tags: [],
      name: 'www-example-com',
      certificate_type: 'server',
      expiration_date: '2027-01-31T23:59:00Z',
      certificate_file_path: '',
      chain_file_path: '',
      key_file_path: '/k.key',
      cipher: '',
      tenant: uuid(5),
    });
  });
});

describe('changedKeys', () => {
  const original = valid['virtual-servers']();
  it('is empty when nothing changed', () => {
    expect(changedKeys(valid['virtual-servers'](), original)).toEqual([]);
  });
  it('lists the fields whose value differs, references and lists included', () => {
    expect(
      changedKeys(
        { ...original, name: 'vs-other', vip: ref(99), certificate_profiles: [ref(20)], tenant: null },
        original,
      ),
    ).toEqual(['name', 'vip', 'certificate_profiles']);
  });
  it('counts a field cleared back to blank as changed', () => {
    expect(changedKeys({ ...original, port: '' }, original)).toEqual(['port']);
  });
});
