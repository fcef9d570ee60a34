import { describe, expect, it } from 'vitest';
import { mapUrlSearch, parseMapUrl } from './map-url-state';

describe('map URL state', () => {
  it('reads search, sort and problems only, falling back to the defaults on anything else', () => {
    expect(parseMapUrl(new URLSearchParams('q=+web+&sort=name&problems=1'))).toEqual({
      q: 'web',
      sort: 'name',
      problemsOnly: true,
    });
    expect(parseMapUrl(new URLSearchParams('sort=size&problems=yes'))).toEqual({
      q: '',
      sort: 'status',
      problemsOnly: false,
    });
  });

  it('writes only what differs from the defaults and keeps kiosk and refresh', () => {
    const keep = new URLSearchParams('kiosk=1&refresh=30&q=old');
    expect(mapUrlSearch({ q: 'db', sort: 'status', problemsOnly: true }, keep)).toBe(
      '?kiosk=1&refresh=30&q=db&problems=1',
    );
    expect(mapUrlSearch({ q: '', sort: 'status', problemsOnly: false })).toBe('');
  });
});
