import { describe, expect, it } from 'vitest';
import { parseIpv4, searchRange } from './ip';

const ip = (s: string) => parseIpv4(s) ?? NaN;

describe('searchRange (Nautobot’s IP-aware q)', () => {
  it('reads a partial address as whole octets', () => {
    expect(searchRange('10.1')).toEqual({ first: ip('10.1.0.0'), last: ip('10.1.255.255'), length: 16 });
    expect(searchRange('10.')).toEqual({ first: ip('10.0.0.0'), last: ip('10.255.255.255'), length: 8 });
    expect(searchRange('10.10.0.1')).toEqual({ first: ip('10.10.0.1'), last: ip('10.10.0.1'), length: 32 });
  });

  it('ignores a mask and refuses what is not IPv4', () => {
    expect(searchRange('10.10.0.10/24')?.length).toBe(32);
    expect(searchRange('api')).toBeNull();
    expect(searchRange('fe80::1')).toBeNull();
    expect(searchRange('10.300')).toBeNull();
    expect(searchRange('1.2.3.4.5')).toBeNull();
  });
});
