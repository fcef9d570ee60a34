import { describe, expect, it } from 'vitest';
import { errorFromBody, isAuthFailureDetail, NautobotError, splitFormErrors } from './errors';

const JSON_TYPE = 'application/json';
const fromJson = (status: number, body: unknown) => errorFromBody(status, JSON_TYPE, JSON.stringify(body));

describe('errorFromBody', () => {
  it('puts {field: [..]} on fieldErrors and names the first one in the message', () => {
    const e = fromJson(400, {
      name: ['This field is required.'],
      port: ['Ensure this value is less than or equal to 65535.', 'Bad.'],
    });
    expect(e).toBeInstanceOf(NautobotError);
    expect(e.kind).toBe('validation');
    expect(e.status).toBe(400);
    expect(e.fieldErrors).toEqual({
      name: ['This field is required.'],
      port: ['Ensure this value is less than or equal to 65535.', 'Bad.'],
    });
    expect(e.nonFieldErrors).toEqual([]);
    expect(e.detail).toBeUndefined();
    expect(e.message).toBe('name: This field is required.');
  });

  it('puts non_field_errors and __all__ on nonFieldErrors, not on fields', () => {
    const e = fromJson(400, {
      non_field_errors: ['The fields vip, port, protocol must make a unique set.'],
      __all__: ['Pick one.'],
      port: ['Bad.'],
    });
    expect(e.nonFieldErrors).toEqual(['The fields vip, port, protocol must make a unique set.', 'Pick one.']);
    expect(e.fieldErrors).toEqual({ port: ['Bad.'] });
    expect(e.message).toBe('The fields vip, port, protocol must make a unique set.');
  });

  it('accepts a bare string as a field error', () => {
    expect(fromJson(400, { name: 'Too long.' }).fieldErrors).toEqual({ name: ['Too long.'] });
  });

  it('keeps {detail} as detail and message, and neither detail nor code as fields', () => {
    const e = fromJson(401, {
      detail: 'Your Nautobot session has ended. Sign in again.',
      code: 'session_expired',
    });
    expect(e.kind).toBe('session-expired');
    expect(e.detail).toBe('Your Nautobot session has ended. Sign in again.');
    expect(e.message).toBe(e.detail);
    expect(e.fieldErrors).toEqual({});
  });

  it('flattens nested errors to dotted field names', () => {
    const e = fromJson(400, { custom_fields: { foo: ['bad'], bar: { baz: ['worse'] } } });
    expect(e.fieldErrors).toEqual({ 'custom_fields.foo': ['bad'], 'custom_fields.bar.baz': ['worse'] });
  });

  it.each([
    'Invalid token',
    'Token expired',
    'Authentication credentials were not provided.',
    'User inactive',
  ])('treats a 403 "%s" as an auth failure', (detail) => {
    expect(fromJson(403, { detail }).kind).toBe('auth');
  });

  it('treats a 403 permission refusal as forbidden, not as a lost sign-in', () => {
    const e = fromJson(403, { detail: 'You do not have permission to perform this action.' });
    expect(e.kind).toBe('forbidden');
    expect(e.detail).toBe('You do not have permission to perform this action.');
  });

  it('only reads auth details on a 403', () => {
    expect(fromJson(400, { detail: 'Invalid token' }).kind).toBe('validation');
    expect(fromJson(500, { detail: 'Invalid token' }).kind).toBe('server');
  });

  it('parses JSON even when the content type is missing', () => {
    expect(errorFromBody(403, null, '{"detail":"Invalid token"}').kind).toBe('auth');
  });

  it.each([
    [404, 'not-found'],
    [405, 'validation'],
    [500, 'server'],
    [503, 'server'],
    [504, 'timeout'],
  ] as const)('maps HTTP %i to %s', (status, kind) => {
    expect(fromJson(status, { detail: 'x' }).kind).toBe(kind);
  });

  it('keeps the detail text of a 409 conflict', () => {
    const detail =
      'Cannot delete some instances of model VirtualServer because they are referenced through protected foreign keys.';
    const e = fromJson(409, { detail });
    expect(e.kind).toBe('conflict');
    expect(e.detail).toBe(detail);
    expect(e.message).toBe(detail);
  });

  it('aligns the errors of a bulk write with its items', () => {
    const e = fromJson(400, [{}, { port: ['Enter a whole number.'] }, {}]);
    expect(e.kind).toBe('validation');
    expect(e.itemErrors).toEqual([null, { port: ['Enter a whole number.'] }, null]);
    expect(e.fieldErrors).toEqual({});
    expect(e.message).toBe('1 of 3 items were rejected by Nautobot.');
  });

  it('has no itemErrors for a single-object body', () => {
    expect(fromJson(400, { port: ['x'] }).itemErrors).toBeUndefined();
  });

  it('turns an HTML 500 page into a server error named by its title', () => {
    const html =
      '<!DOCTYPE html><html><head><title>Server Error (500)</title></head><body><h1>Oops</h1></body></html>';
    const e = errorFromBody(500, 'text/html; charset=utf-8', html);
    expect(e.kind).toBe('server');
    expect(e.status).toBe(500);
    expect(e.message).toContain('(Server Error (500))');
    expect(e.message).toContain('HTTP 500');
    expect(e.message).not.toContain('<');
    expect(e.detail).toBeUndefined();
  });

  it('falls back to an h1 when the page has no title', () => {
    expect(
      errorFromBody(500, 'text/html', '<html><body><h1> Internal Server Error </h1></body></html>').message,
    ).toContain('(Internal Server Error)');
  });

  it('handles a non-JSON 502 from a gateway', () => {
    const e = errorFromBody(502, 'text/plain', 'Bad Gateway');
    expect(e.status).toBe(502);
    expect(e.kind).toBe('network');
    expect(e.message).toMatch(/^Nautobot failed with HTTP 502\. /);
    expect(e.fieldErrors).toEqual({});
  });

  it('survives a body that claims JSON but is not', () => {
    const e = errorFromBody(500, JSON_TYPE, '{"detail": oops');
    expect(e.kind).toBe('server');
    expect(e.message).toMatch(/^Nautobot failed with HTTP 500\./);
  });

  it('says the status when a 4xx body says nothing useful', () => {
    expect(errorFromBody(404, 'text/html', '').message).toBe('Nautobot answered HTTP 404.');
    expect(fromJson(400, {}).message).toBe('Nautobot answered HTTP 400.');
  });
});

describe('isAuthFailureDetail', () => {
  it('recognises auth details, with or without the final dot', () => {
    expect(isAuthFailureDetail('Invalid token.')).toBe(true);
    expect(isAuthFailureDetail('Authentication credentials were not provided')).toBe(true);
    expect(isAuthFailureDetail('You do not have permission to perform this action.')).toBe(false);
    expect(isAuthFailureDetail(undefined)).toBe(false);
  });
});

describe('splitFormErrors', () => {
  it('puts known fields on fields and unknown ones at the top, named', () => {
    const e = fromJson(400, { name: ['Required.'], vip: ['Bad.'], tenant_group: ['Nope.'] });
    expect(splitFormErrors(e, ['name', 'vip'])).toEqual({
      fields: { name: ['Required.'], vip: ['Bad.'] },
      top: ['tenant_group: Nope.'],
    });
  });

  it('puts detail and non-field errors at the top, detail first', () => {
    const e = fromJson(400, {
      detail: 'Something went wrong.',
      non_field_errors: ['Must be unique.'],
      port: ['x'],
    });
    expect(splitFormErrors(e, ['port'])).toEqual({
      fields: { port: ['x'] },
      top: ['Something went wrong.', 'Must be unique.'],
    });
  });

  it('gives a nested error to its shown root field, or to the top with its dotted name', () => {
    const e = fromJson(400, { custom_fields: { foo: ['bad'], bar: ['worse'] } });
    expect(splitFormErrors(e, ['custom_fields']).fields).toEqual({ custom_fields: ['bad', 'worse'] });
    expect(splitFormErrors(e, ['custom_fields.foo'])).toEqual({
      fields: { 'custom_fields.foo': ['bad'] },
      top: ['custom_fields.bar: worse'],
    });
    expect(splitFormErrors(e, ['name']).top).toEqual(['custom_fields.foo: bad', 'custom_fields.bar: worse']);
  });

  it('falls back to the message so no error is ever silent', () => {
    const e = errorFromBody(500, 'text/html', '<title>Server Error (500)</title>');
    const { fields, top } = splitFormErrors(e, ['name']);
    expect(fields).toEqual({});
    expect(top).toEqual([e.message]);
  });
});
