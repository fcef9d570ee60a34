// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { adminLabel, availabilityLabel, iconName, statusRank, statusTitle } from './describe';
import type { AdminState, Availability } from './types';

const availabilities: Availability[] = ['available', 'unavailable', 'offline', 'unknown'];
const admins: AdminState[] = ['enabled', 'disabled', 'disabled-by-parent'];

describe('labels', () => {
  it('spells the two axes as TMUI does', () => {
    expect(availabilities.map(availabilityLabel)).toEqual(['Available', 'Unavailable', 'Offline', 'Unknown']);
    expect(admins.map(adminLabel)).toEqual(['Enabled', 'Disabled', 'Disabled by parent']);
    expect(statusTitle({ availability: 'offline', admin: 'enabled' })).toBe('Offline (Enabled)');
    expect(statusTitle({ availability: 'available', admin: 'disabled-by-parent' })).toBe(
      'Available (Disabled by parent)',
    );
  });
});

describe('iconName', () => {
  it.each([
    ['available', 'enabled', 'green circle'],
    ['unavailable', 'enabled', 'yellow triangle'],
    ['offline', 'enabled', 'red diamond'],
    ['unknown', 'enabled', 'blue square'],
    ['available', 'disabled', 'black circle'],
    ['unavailable', 'disabled', 'black triangle'],
    ['offline', 'disabled', 'black diamond'],
    ['unknown', 'disabled', 'black square'],
    ['available', 'disabled-by-parent', 'gray circle'],
    ['unavailable', 'disabled-by-parent', 'gray triangle'],
    ['offline', 'disabled-by-parent', 'gray diamond'],
    ['unknown', 'disabled-by-parent', 'gray square'],
  ] as const)('%s / %s is a %s', (availability, admin, icon) => {
    expect(iconName({ availability, admin })).toBe(icon);
  });
});

describe('statusRank', () => {
  const all = availabilities.flatMap((availability) => admins.map((admin) => ({ availability, admin })));
  const sorted = [...all].sort((a, b) => statusRank(a) - statusRank(b)).map(iconName);

  it('sorts worst first: offline, unavailable, unknown, available', () => {
    expect(sorted.slice(0, 3).every((name) => name.endsWith('diamond'))).toBe(true);
    expect(sorted.slice(3, 6).every((name) => name.endsWith('triangle'))).toBe(true);
    expect(sorted.slice(6, 9).every((name) => name.endsWith('square'))).toBe(true);
    expect(sorted.slice(9).every((name) => name.endsWith('circle'))).toBe(true);
  });

  it('puts enabled before disabled by parent before disabled within one availability', () => {
    expect(sorted.slice(0, 3)).toEqual(['red diamond', 'gray diamond', 'black diamond']);
    expect(sorted.at(-1)).toBe('black circle');
  });

  it('gives every combination its own rank', () => {
    expect(new Set(all.map(statusRank)).size).toBe(all.length);
  });
});
