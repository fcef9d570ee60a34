import { describe, expect, it } from 'vitest';
import {
  downstreamHeaders,
  isAllowedOrigin,
  isWithheldPath,
  upstreamHeaders,
  upstreamPath,
  upstreamUrl,
} from './proxy-rules';

const UUID = '3f2b9c1e-8a4d-4b6f-9e2a-0c1d2e3f4a5b';

describe('upstreamPath', () => {
  it.each([
    ['/api/nautobot/api/load-balancers/virtual-servers/', 'api/load-balancers/virtual-servers/'],
    ['/api/nautobot/api/', 'api/'],
    ['/api/nautobot/api', 'api'],
    [
      `/api/nautobot/api/load-balancers/virtual-servers/${UUID}/`,
      `api/load-balancers/virtual-servers/${UUID}/`,
    ],
    [
      `/api/nautobot/api/load-balancers/virtual-servers/${UUID}/notes/`,
      `api/load-balancers/virtual-servers/${UUID}/notes/`,
    ],
    [
      '/api/nautobot/api/plugins/load-balancer-models/virtual-servers/',
      'api/plugins/load-balancer-models/virtual-servers/',
    ],
  ])('forwards %s as %s', (raw, expected) => {
    expect(upstreamPath(raw)).toBe(expected);
  });

  it.each([
    ['a .. segment', '/api/nautobot/api/../admin/'],
    ['a trailing .. segment', '/api/nautobot/api/load-balancers/..'],
    ['a . segment', '/api/nautobot/api/./load-balancers/'],
    ['an encoded .. (%2e%2e)', '/api/nautobot/api/%2e%2e/admin/'],
    ['an encoded .. in upper case (%2E%2E)', '/api/nautobot/api/%2E%2E/admin/'],
    ['..%2f', '/api/nautobot/api/..%2fadmin/'],
    ['an encoded slash (%2f)', '/api/nautobot/api/load-balancers%2fvirtual-servers/'],
    ['an encoded slash in upper case (%2F)', '/api/nautobot/api/load-balancers%2Fvirtual-servers/'],
    ['an encoded backslash (%5c)', '/api/nautobot/api/%5c..%5cadmin/'],
    ['a backslash', '/api/nautobot/api/\\..\\admin/'],
    ['a protocol-relative host', '/api/nautobot//evil.example/'],
    ['a protocol-relative host after api/', '/api/nautobot/api//evil.example/'],
    ['an empty segment', '/api/nautobot/api/load-balancers//virtual-servers/'],
    ['a path not under api/', '/api/nautobot/admin/'],
    ['a path that only starts with "api"', '/api/nautobot/apiary/'],
    ['the bare prefix', '/api/nautobot/'],
    ['the prefix without its slash', '/api/nautobot'],
    ['another prefix', '/api/other/api/'],
    ['no prefix at all', '/api/load-balancers/virtual-servers/'],
    ['a prefix in another case', '/API/nautobot/api/'],
    ['a full URL', 'https://evil.example/api/nautobot/api/'],
  ])('refuses %s', (_what, raw) => {
    expect(upstreamPath(raw)).toBeNull();
  });
});

describe('upstreamUrl', () => {
  it('joins the path and query onto the configured origin', () => {
    expect(
      upstreamUrl('https://nb.example.com', 'api/load-balancers/virtual-servers/', '?limit=5&sort=name,id'),
    ).toBe('https://nb.example.com/api/load-balancers/virtual-servers/?limit=5&sort=name,id');
    expect(upstreamUrl('https://nb.example.com/', 'api/', '')).toBe('https://nb.example.com/api/');
  });

  it.each(['https://nb.example.com/nautobot/', 'https://nb.example.com/nautobot'])(
    'keeps a Nautobot served under a sub-path (%s)',
    (base) => {
      expect(upstreamUrl(base, `api/load-balancers/virtual-servers/${UUID}/`, '')).toBe(
        `https://nb.example.com/nautobot/api/load-balancers/virtual-servers/${UUID}/`,
      );
    },
  );

  it('keeps a port on the configured origin', () => {
    expect(upstreamUrl('http://127.0.0.1:8090', 'api/', '?q=x')).toBe('http://127.0.0.1:8090/api/?q=x');
  });

  it.each([
    '//evil.example/api/',
    'https://evil.example/api/',
    'http:evil.example/api/',
    '../api/',
    'api/../../admin/',
    'admin/',
    '/api/',
  ])('never leaves the configured base for %s', (path) => {
    expect(upstreamUrl('https://nb.example.com/nautobot/', path, '')).toBeNull();
  });

  it('never yields another host whatever the query string holds', () => {
    const url = upstreamUrl('https://nb.example.com', 'api/', '?next=//evil.example/&x=https://evil.example');
    expect(url && new URL(url).host).toBe('nb.example.com');
  });
});

describe('isAllowedOrigin', () => {
  const headers = (init: Record<string, string>) => new Headers(init);
  const HOST = 'lb.example.com';

  it.each(['GET', 'HEAD', 'OPTIONS'])('always allows %s, even cross-site', (method) => {
    expect(
      isAllowedOrigin(
        method,
        headers({ origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' }),
        HOST,
      ),
    ).toBe(true);
    expect(isAllowedOrigin(method, headers({}), null)).toBe(true);
  });

  it.each(['POST', 'PUT', 'PATCH', 'DELETE'])('allows %s from our own Origin', (method) => {
    expect(isAllowedOrigin(method, headers({ origin: 'https://lb.example.com' }), HOST)).toBe(true);
  });

  it.each(['POST', 'PATCH', 'DELETE'])(
    'allows %s without Origin when Sec-Fetch-Site is same-origin',
    (method) => {
      expect(isAllowedOrigin(method, headers({ 'sec-fetch-site': 'same-origin' }), HOST)).toBe(true);
    },
  );

  it('compares the port as part of the host', () => {
    expect(isAllowedOrigin('POST', headers({ origin: 'http://localhost:3000' }), 'localhost:3000')).toBe(
      true,
    );
    expect(isAllowedOrigin('POST', headers({ origin: 'http://localhost:3001' }), 'localhost:3000')).toBe(
      false,
    );
  });

  it.each([
    ['a foreign Origin', { origin: 'https://evil.example' }],
    ['a look-alike Origin', { origin: 'https://lb.example.com.evil.example' }],
    [
      'a foreign Origin even if Sec-Fetch-Site claims same-origin',
      { origin: 'https://evil.example', 'sec-fetch-site': 'same-origin' },
    ],
    ['a malformed Origin', { origin: 'not a url' }],
    ['the opaque "null" Origin', { origin: 'null' }],
    ['no Origin and a cross-site fetch', { 'sec-fetch-site': 'cross-site' }],
    ['no Origin and a same-site fetch', { 'sec-fetch-site': 'same-site' }],
    ['no Origin and no Sec-Fetch-Site', {}],
  ])('refuses a mutation with %s', (_what, init: Record<string, string>) => {
    for (const method of ['POST', 'PATCH', 'DELETE'])
      expect(isAllowedOrigin(method, headers(init), HOST)).toBe(false);
  });

  it('refuses a mutation with an Origin when our own host is unknown', () => {
    expect(isAllowedOrigin('POST', headers({ origin: 'https://lb.example.com' }), null)).toBe(false);
  });
});

describe('upstreamHeaders', () => {
  it('keeps only content negotiation and sets the session token', () => {
    const incoming = new Headers({
      accept: 'application/json',
      'content-type': 'application/json',
      'accept-language': 'en',
      cookie: 'lb_session=secret',
      authorization: 'Basic YWRtaW46YWRtaW4=',
      'x-forwarded-for': '10.0.0.1',
      'x-forwarded-host': 'evil.example',
      'x-forwarded-proto': 'http',
      host: 'lb.example.com',
      origin: 'https://lb.example.com',
      'x-csrftoken': 'abc',
    });
    const out = upstreamHeaders(incoming, 'tok123');
    expect([...out.keys()].sort()).toEqual(['accept', 'accept-language', 'authorization', 'content-type']);
    expect(out.get('authorization')).toBe('Token tok123');
    expect(out.get('accept')).toBe('application/json');
    expect(out.get('cookie')).toBeNull();
  });

  it('sets the token even when the browser sent nothing', () => {
    const out = upstreamHeaders(new Headers(), 'tok');
    expect([...out.entries()]).toEqual([['authorization', 'Token tok']]);
  });
});

describe('downstreamHeaders', () => {
  it('passes the allow list, drops everything else and never caches', () => {
    const upstream = new Headers([
      ['content-type', 'application/json'],
      ['api-version', '3.2'],
      ['content-disposition', 'attachment; filename="x.csv"'],
      ['content-language', 'en'],
      ['set-cookie', 'sessionid=upstream; Path=/'],
      ['set-cookie', 'csrftoken=abc; Path=/'],
      ['location', 'https://nb.example.com/login/'],
      ['server', 'nginx'],
      ['access-control-allow-origin', '*'],
      ['www-authenticate', 'Token'],
      ['cache-control', 'max-age=3600'],
    ]);
    const out = downstreamHeaders(upstream);
    expect([...out.keys()].sort()).toEqual([
      'api-version',
      'cache-control',
      'content-disposition',
      'content-language',
      'content-type',
    ]);
    expect(out.get('cache-control')).toBe('no-store');
    expect(out.get('set-cookie')).toBeNull();
    expect(out.getSetCookie()).toEqual([]);
    expect(out.get('api-version')).toBe('3.2');
  });
});

describe('isWithheldPath', () => {
  it.each([
    'api/users/tokens/',
    'api/users/tokens',
    'api/users/tokens/6a3f0c1e-0000-4000-8000-000000000000/',
    'API/Users/Tokens/',
  ])('withholds %s, whose answers carry token keys', (path) => expect(isWithheldPath(path)).toBe(true));
  it.each(['api/users/', 'api/users/tokensx/', 'api/load-balancers/virtual-servers/', 'api/extras/notes/'])(
    'forwards %s',
    (path) => expect(isWithheldPath(path)).toBe(false),
  );
});
