import { describe, expect, it } from 'vitest';
import { seedIds } from '@/mocks/seed/dataset';
import { rejected } from './helpers';
import { raw, run } from './target';

// The exact keys and messages the forms put on their fields. Bad bodies go through `raw`: the typed client
// would not let us send them.

const post = (path: string, body: unknown) =>
  rejected(raw.request('POST', `load-balancers/${path}`, { body }));
const vsBody = { name: `${run}-bad`, vip: seedIds.vip(1), protocol: 'tcp', port: 1 };

describe('field errors on create', () => {
  it.each([
    ['port 70000', { port: 70000 }, { port: ['Ensure this value is less than or equal to 65535.'] }],
    ['port -1', { port: -1 }, { port: ['Ensure this value is greater than or equal to 0.'] }],
    ['port "abc"', { port: 'abc' }, { port: ['A valid integer is required.'] }],
    ['port 1.5', { port: 1.5 }, { port: ['A valid integer is required.'] }],
    ['a blank name', { name: '  ' }, { name: ['This field may not be blank.'] }],
    ['a null name', { name: null }, { name: ['This field may not be null.'] }],
    [
      'a 256-character name',
      { name: 'n'.repeat(256) },
      { name: ['Ensure this field has no more than 255 characters.'] },
    ],
    ['an unknown protocol', { protocol: 'ftp' }, { protocol: ['"ftp" is not a valid choice.'] }],
    ['a null protocol', { protocol: null }, { protocol: ['This field may not be null.'] }],
    [
      'a vip that does not exist',
      { vip: '3b2e1c57-1111-4222-8333-444455556666' },
      {
        vip: [
          "Related object not found using the provided attributes: {'pk': UUID('3b2e1c57-1111-4222-8333-444455556666')}",
        ],
      },
    ],
    [
      'a vip by natural key that does not exist',
      { vip: 'Global;10.10.0.99' },
      {
        vip: [
          "Related object not found using the provided attributes: {'parent__namespace__name': 'Global', 'host': '10.10.0.99'}",
        ],
      },
    ],
    [
      'a vip as a number',
      { vip: 123 },
      {
        vip: [
          'Related objects must be referenced by ID or by dictionary of attributes. Received an unrecognized value: 123',
        ],
      },
    ],
    [
      'a pool by name (pools are found by id only)',
      { load_balancer_pool: 'web-pool' },
      { load_balancer_pool: ['\u201cweb-pool\u201d is not a valid UUID.'] },
    ],
    [
      'a tenant by a name that does not exist',
      { tenant: 'No such tenant' },
      { tenant: ["Related object not found using the provided attributes: {'name': 'No such tenant'}"] },
    ],
  ])('virtual server with %s', async (_, change, errors) => {
    const e = await post('virtual-servers/', { ...vsBody, ...change });
    expect(e.status).toBe(400);
    expect(e.fieldErrors).toEqual(errors);
  });

  it('names every missing required field', async () => {
    const vs = await post('virtual-servers/', {});
    expect(vs.fieldErrors).toEqual({
      name: ['This field is required.'],
      vip: ['This field is required.'],
      protocol: ['This field is required.'],
    });
    const member = await post('load-balancer-pool-members/', {});
    expect(member.fieldErrors).toEqual({
      ip_address: ['This field is required.'],
      load_balancer_pool: ['This field is required.'],
      port: ['This field is required.'],
      status: ['This field is required.'],
    });
    const pool = await post('load-balancer-pools/', { name: `${run}-p` });
    expect(pool.fieldErrors).toEqual({ load_balancing_algorithm: ['This field is required.'] });
  });

  it('calls a blank required choice "not a valid choice", not "blank"', async () => {
    const e = await post('load-balancer-pools/', { name: `${run}-p`, load_balancing_algorithm: '' });
    expect(e.fieldErrors).toEqual({ load_balancing_algorithm: ['"" is not a valid choice.'] });
  });

  it('checks monitor numbers', async () => {
    const e = await post('health-check-monitors/', {
      name: `${run}-m`,
      interval: -1,
      retry: -2,
      timeout: 'x',
      port: 70000,
    });
    expect(e.fieldErrors).toEqual({
      interval: ['Ensure this value is greater than or equal to 0.'],
      retry: ['Ensure this value is greater than or equal to 0.'],
      timeout: ['A valid integer is required.'],
      port: ['Ensure this value is less than or equal to 65535.'],
    });
  });

  it('checks member status and certificate-profile fields', async () => {
    const member = await post('load-balancer-pool-members/', {
      ip_address: seedIds.serverIp(1),
      load_balancer_pool: seedIds.pool(0),
      port: 70000,
      status: 'Bogus',
    });
    expect(member.fieldErrors).toEqual({
      port: ['Ensure this value is less than or equal to 65535.'],
      status: ["Related object not found using the provided attributes: {'name': 'Bogus'}"],
    });
    const profile = await post('certificate-profiles/', {
      name: `${run}-cp`,
      certificate_type: 'x',
      expiration_date: '2026-13-01',
    });
    expect(profile.fieldErrors).toEqual({
      certificate_type: ['"x" is not a valid choice.'],
      expiration_date: [
        'Datetime has wrong format. Use one of these formats instead: YYYY-MM-DDThh:mm[:ss[.uuuuuu]][+HH:MM|-HH:MM|Z].',
      ],
    });
  });

  it('names a missing assignment target by pk, and a missing certificate profile by its natural key (name)', async () => {
    const e = await post('virtual-server-certificate-profile-assignments/', {
      virtual_server: '3b2e1c57-1111-4222-8333-444455556666',
      certificate_profile: 'no-such-profile',
    });
    expect(e.fieldErrors).toEqual({
      virtual_server: [
        "Related object not found using the provided attributes: {'pk': UUID('3b2e1c57-1111-4222-8333-444455556666')}",
      ],
      certificate_profile: [
        "Related object not found using the provided attributes: {'name': 'no-such-profile'}",
      ],
    });
  });
});
