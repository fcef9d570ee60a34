import { describe, expect, it } from 'vitest';
import { countByIcon } from './availability';

describe('countByIcon', () => {
  it('counts objects per F5 icon, worst first, and leaves out icons nobody shows', () => {
    const counts = countByIcon([
      { availability: 'available', admin: 'enabled' },
      { availability: 'offline', admin: 'enabled' },
      { availability: 'available', admin: 'enabled' },
      { availability: 'available', admin: 'disabled' },
      { availability: 'unknown', admin: 'enabled' },
    ]);
    expect(counts.map((c) => [c.title, c.icon, c.count])).toEqual([
      ['Offline (Enabled)', 'red diamond', 1],
      ['Unknown (Enabled)', 'blue square', 1],
      ['Available (Enabled)', 'green circle', 2],
      ['Available (Disabled)', 'black circle', 1],
    ]);
  });
});
