import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import {
  blankChoice,
  fromIsoUtc,
  intText,
  nameText,
  portText,
  REQUIRED,
  requiredChoice,
  requiredRef,
  toIsoUtc,
  utcDateTimeText,
} from './fields';

/** The parsed value, or the messages of every issue. */
function run<S extends z.ZodType>(schema: S, input: unknown) {
  const r = schema.safeParse(input);
  return r.success
    ? { ok: true as const, value: r.data }
    : { ok: false as const, messages: r.error.issues.map((i) => i.message) };
}
const ok = (schema: z.ZodType, input: unknown) => {
  const r = run(schema, input);
  if (!r.ok) throw new Error(`expected ${JSON.stringify(input)} to pass, got ${r.messages.join(' | ')}`);
  return r.value;
};
const fails = (schema: z.ZodType, input: unknown) => {
  const r = run(schema, input);
  if (r.ok) throw new Error(`expected ${JSON.stringify(input)} to fail, got ${JSON.stringify(r.value)}`);
  return r.messages;
};

const PORT_RANGE = 'Enter a port from 0 to 65535.';
const PORT_WHOLE = 'Enter a port as a whole number from 0 to 65535.';

describe('portText', () => {
  it.each([
    ['0', 0],
    ['65535', 65535],
    ['443', 443],
    [' 8080 ', 8080],
  ])('accepts %j as %d', (input, value) => {
    expect(ok(portText(), input)).toBe(value);
    expect(ok(portText(true), input)).toBe(value);
  });

  it.each(['70000', '65536', '-1'])('rejects %j as out of range', (input) => {
    expect(fails(portText(), input)).toEqual([PORT_RANGE]);
  });

  it.each(['80a', '1.5', '1e3', '+80', 'eighty'])('rejects %j as not a whole number', (input) => {
    expect(fails(portText(), input)).toEqual([PORT_WHOLE]);
  });

  it('turns blank into null when optional (virtual server, monitor)', () => {
    expect(ok(portText(), '')).toBeNull();
    expect(ok(portText(), '   ')).toBeNull();
  });

  it('requires a value when required (pool member)', () => {
    expect(fails(portText(true), '')).toEqual([REQUIRED]);
    expect(fails(portText(true), '  ')).toEqual([REQUIRED]);
  });
});

describe('intText (monitor seconds and retries: 0 or more)', () => {
  const seconds = intText({ min: 0, max: 2147483647, what: 'an interval' });
  it('accepts 0 and the largest PostgreSQL integer', () => {
    expect(ok(seconds, '0')).toBe(0);
    expect(ok(seconds, '2147483647')).toBe(2147483647);
  });
  it('rejects negatives and numbers past the limit with the range', () => {
    expect(fails(seconds, '-1')).toEqual(['Enter an interval from 0 to 2147483647.']);
    expect(fails(seconds, '2147483648')).toEqual(['Enter an interval from 0 to 2147483647.']);
  });
  it('names an open range when there is no maximum', () => {
    expect(fails(intText({ min: 0 }), '-5')).toEqual(['Enter a value 0 or more.']);
    expect(fails(intText({ min: 0 }), '5.5')).toEqual(['Enter a value as a whole number 0 or more.']);
  });
});

describe('nameText', () => {
  it('requires a name: blank and whitespace-only are both missing', () => {
    expect(fails(nameText, '')).toEqual([REQUIRED]);
    expect(fails(nameText, '   ')).toEqual([REQUIRED]);
  });
  it('trims, as Nautobot does', () => {
    expect(ok(nameText, '  web  ')).toBe('web');
  });
  it('allows 255 characters and rejects 256', () => {
    expect(ok(nameText, 'a'.repeat(255))).toHaveLength(255);
    expect(fails(nameText, 'a'.repeat(256))).toEqual(['Use at most 255 characters.']);
  });
  it('counts characters as Nautobot does, not UTF-16 code units', () => {
    expect(ok(nameText, '🔒'.repeat(255))).toHaveLength(510);
    expect(fails(nameText, '🔒'.repeat(256))).toEqual(['Use at most 255 characters.']);
  });
});

describe('choices', () => {
  const protocol = blankChoice(['tcp', 'udp'] as const);
  const algorithm = requiredChoice(['round_robin', 'url_hash'] as const);

  it('blankChoice takes a listed value or blank', () => {
    expect(ok(protocol, 'tcp')).toBe('tcp');
    expect(ok(protocol, '')).toBe('');
  });
  it('blankChoice rejects a value not in the list', () => {
    expect(fails(protocol, 'ftp')).toEqual(['Choose one of the listed values.']);
  });
  it('requiredChoice takes a listed value, says "required" for blank and rejects unknown values', () => {
    expect(ok(algorithm, 'url_hash')).toBe('url_hash');
    expect(fails(algorithm, '')).toEqual([REQUIRED]);
    expect(fails(algorithm, 'random')).toEqual(['Choose one of the listed values.']);
  });
});

describe('requiredRef', () => {
  const vip = requiredRef('Choose the virtual IP address.');
  const chosen = { id: '3f2c5a9e-1b7d-4c1e-9a0f-2d8b6e4c7a11', label: '10.0.0.1/32' };
  it('takes a chosen object', () => {
    expect(ok(vip, chosen)).toEqual(chosen);
  });
  it('says what to choose when nothing is chosen', () => {
    expect(fails(vip, null)).toEqual(['Choose the virtual IP address.']);
    expect(fails(requiredRef(), null)).toEqual([REQUIRED]);
  });
});

describe('expiration date (UTC text ↔ ISO)', () => {
  it('sends a datetime-local value as ISO 8601 in UTC', () => {
    expect(ok(utcDateTimeText, '2026-12-01T09:30')).toBe('2026-12-01T09:30:00Z');
    expect(ok(utcDateTimeText, '2026-12-01T09:30:15')).toBe('2026-12-01T09:30:15Z');
    expect(ok(utcDateTimeText, '2026-12-01')).toBe('2026-12-01T00:00:00Z');
    expect(ok(utcDateTimeText, '')).toBeNull();
  });

  it('shows Nautobot’s timestamp in UTC, whatever offset it came with', () => {
    expect(fromIsoUtc('2026-12-01T09:30:00Z')).toBe('2026-12-01T09:30');
    expect(fromIsoUtc('2026-12-01T11:30:00+02:00')).toBe('2026-12-01T09:30');
    expect(fromIsoUtc(null)).toBe('');
    expect(fromIsoUtc('not a date')).toBe('');
  });

  it('round-trips: text → ISO → text', () => {
    for (const text of ['2026-12-01T09:30', '2024-02-29T23:59', '2030-01-01T00:00']) {
      expect(fromIsoUtc(toIsoUtc(text))).toBe(text);
      expect(fromIsoUtc(ok(utcDateTimeText, text) as string)).toBe(text);
    }
  });

  it.each(['01.12.2026', '2026-12-01 09:30', '2026-12-1', 'tomorrow'])('rejects the shape %j', (input) => {
    // The form shows the first message of a field (validateForm), which says what to type.
    expect(fails(utcDateTimeText, input)[0]).toBe('Enter a date and time (YYYY-MM-DD HH:MM, UTC).');
  });

  it.each(['2026-13-01T00:00', '2026-12-32T00:00', '2026-12-01T25:00', '2026-12-01T10:60'])(
    'rejects the impossible date %j',
    (input) => {
      expect(fails(utcDateTimeText, input)).toEqual(['This date does not exist.']);
    },
  );

  // Regression: V8's Date.parse rolls 30 February over to 2 March and 24:00 to the next day; Nautobot rejects
  // the text as sent. Reachable by CSV import and bulk edit, which share the schema.
  it.each(['2026-02-30T00:00', '2025-02-29T12:00', '2026-12-01T24:00'])(
    'rejects the day that does not exist %j',
    (input) => {
      expect(fails(utcDateTimeText, input)).toEqual(['This date does not exist.']);
    },
  );
});
