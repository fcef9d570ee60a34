import { describe, expect, it } from 'vitest';
import { errorFromBody } from '../api/errors';
import type { ResourceKey } from '../api/resources';
import { formDefs } from './registry';
import { placeServerError } from './server-errors';

/** Nautobot's answer as the client turns it into a NautobotError. */
const answer = (body: unknown, status = 400) =>
  errorFromBody(status, 'application/json', JSON.stringify(body));
const place = (resource: ResourceKey, body: unknown, status = 400) =>
  placeServerError(formDefs[resource], answer(body, status));

describe('placeServerError', () => {
  it('puts field errors on their fields, several messages joined', () => {
    expect(
      place('virtual-servers', {
        port: ['Ensure this value is less than or equal to 65535.'],
        name: ['This field may not be blank.', 'Another problem.'],
      }),
    ).toEqual({
      fields: [
        { field: 'port', message: 'Ensure this value is less than or equal to 65535.' },
        { field: 'name', message: 'This field may not be blank. Another problem.' },
      ],
      top: [],
    });
  });

  it('puts an error nested under a field (a related object) on that field', () => {
    expect(place('load-balancer-pool-members', { ip_address: { address: ['Invalid.'] } }).fields).toEqual([
      { field: 'ip_address', message: 'Invalid.' },
    ]);
  });

  it('puts errors on fields the form does not show at the top, named', () => {
    expect(
      place('health-check-monitors', {
        status: ['This field is required.'],
        custom_fields: { owner: ['Unknown field name.'] },
        port: ['A valid integer is required.'],
      }),
    ).toEqual({
      fields: [{ field: 'port', message: 'A valid integer is required.' }],
      top: ['status: This field is required.', 'custom_fields.owner: Unknown field name.'],
    });
  });

  it('puts a detail (permission, server) at the top', () => {
    expect(
      place('load-balancer-pools', { detail: 'You do not have permission to perform this action.' }, 403),
    ).toEqual({ fields: [], top: ['You do not have permission to perform this action.'] });
  });

  it('puts the unique-together message on each field it names, with their labels', () => {
    const placed = place('virtual-servers', {
      non_field_errors: ['The fields vip, port, protocol must make a unique set.'],
    });
    const message = 'Another object already has this VIP, Port, Protocol combination.';
    expect(placed.fields).toEqual([
      { field: 'vip', message },
      { field: 'port', message },
      { field: 'protocol', message },
    ]);
    expect(placed.top).toEqual([]);
  });

  it('does the same for pool members, and keeps a field’s own error when it has one', () => {
    const placed = place('load-balancer-pool-members', {
      port: ['Ensure this value is less than or equal to 65535.'],
      non_field_errors: ['The fields ip_address, port, load_balancer_pool must make a unique set.'],
    });
    const message = 'Another object already has this IP address, Port, Pool combination.';
    expect(placed.fields).toEqual([
      { field: 'port', message: 'Ensure this value is less than or equal to 65535.' },
      { field: 'ip_address', message },
      { field: 'load_balancer_pool', message },
    ]);
  });

  it('leaves a unique-together message about fields the form lacks at the top only', () => {
    expect(
      place('virtual-servers', {
        non_field_errors: ['The fields virtual_server, certificate_profile must make a unique set.'],
      }),
    ).toEqual({
      fields: [],
      top: ['The fields virtual_server, certificate_profile must make a unique set.'],
    });
  });

  it('shows the error’s message when Nautobot said nothing placeable', () => {
    const placed = placeServerError(
      formDefs['health-check-monitors'],
      errorFromBody(500, 'text/html', '<html><title>Server Error</title></html>'),
    );
    expect(placed).toEqual({
      fields: [],
      top: [
        "Nautobot failed with HTTP 500 (Server Error). Try again; if it persists, check Nautobot's logs.",
      ],
    });
  });
});
