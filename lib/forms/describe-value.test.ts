import { describe, expect, it } from 'vitest';
import type { FormField } from './definition';
import { concurrentChanges, describeValue } from './describe-value';
import { allFields, formDefs, type FormValues } from './registry';

const fieldsOf = (resource: keyof typeof formDefs) => allFields(formDefs[resource]);
const field = (resource: keyof typeof formDefs, name: string): FormField => {
  const found = fieldsOf(resource).find((f) => f.name === name);
  if (!found) throw new Error(`no field ${name}`);
  return found;
};
const ref = (n: number, label: string) => ({
  id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
  label,
});

describe('describeValue', () => {
  it('says "—" for nothing', () => {
    expect(describeValue(field('virtual-servers', 'tenant'), null)).toBe('—');
    expect(describeValue(field('virtual-servers', 'port'), '')).toBe('—');
    expect(describeValue(field('virtual-servers', 'certificate_profiles'), [])).toBe('—');
  });
  it('reads choices by label, booleans as Yes/No, references by name, dates in UTC', () => {
    expect(describeValue(field('virtual-servers', 'protocol'), 'grpc')).toBe('gRPC');
    expect(describeValue(field('virtual-servers', 'protocol'), 'future')).toBe('future');
    expect(describeValue(field('virtual-servers', 'enabled'), false)).toBe('No');
    expect(describeValue(field('virtual-servers', 'ssl_offload'), true)).toBe('Yes');
    expect(describeValue(field('virtual-servers', 'vip'), ref(1, '10.0.0.1/32'))).toBe('10.0.0.1/32');
    expect(
      describeValue(field('virtual-servers', 'certificate_profiles'), [ref(2, 'www'), ref(3, 'api')]),
    ).toBe('www, api');
    expect(describeValue(field('certificate-profiles', 'expiration_date'), '2026-12-01T09:30')).toBe(
      '2026-12-01 09:30 UTC',
    );
    expect(describeValue(field('health-check-monitors', 'port'), '8080')).toBe('8080');
  });
});

describe('concurrentChanges', () => {
  const fields = fieldsOf('health-check-monitors');
  const base: FormValues = {
    ...formDefs['health-check-monitors'].empty(),
    name: 'http-80',
    health_check_type: 'http',
    port: '80',
  };

  it('is empty when nobody else changed a field', () => {
    expect(concurrentChanges(fields, base, { ...base }, { ...base, name: 'mine' })).toEqual([]);
  });

  it('lists each field changed in Nautobot: before, theirs, mine, and whether I changed it too', () => {
    const theirs = { ...base, port: '8080', health_check_type: 'https', tenant: ref(5, 'Payments') };
    const mine = { ...base, name: 'http-81', port: '81' };
    const changes = concurrentChanges(fields, base, theirs, mine);
    expect(
      changes.map(({ field: f, before, theirs: t, mine: m, alsoMine }) => [f.name, before, t, m, alsoMine]),
    ).toEqual([
      ['health_check_type', 'HTTP', 'HTTPS', 'HTTP', false],
      ['port', '80', '8080', '81', true],
      ['tenant', '—', 'Payments', '—', false],
    ]);
    expect(changes[1]?.field.label).toBe('Port');
  });
});
