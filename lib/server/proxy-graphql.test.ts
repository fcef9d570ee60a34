import { describe, expect, it } from 'vitest';
import { isAllowedOrigin, isWithheldPath, upstreamPath, upstreamUrl } from './proxy-rules';

/** The map and dashboard read the estate by POSTing a GraphQL query through the proxy. */
describe('the proxy and GraphQL', () => {
  it('forwards POST /api/graphql/ to the configured Nautobot only', () => {
    const path = upstreamPath('/api/nautobot/api/graphql/');
    expect(path).toBe('api/graphql/');
    expect(isWithheldPath(path ?? '')).toBe(false);
    expect(upstreamUrl('https://nautobot.example.com', path ?? '', '')).toBe(
      'https://nautobot.example.com/api/graphql/',
    );
    // Nautobot's UI endpoint (/graphql/, session auth) is outside /api/ and never reachable.
    expect(upstreamPath('/api/nautobot/graphql/')).toBeNull();
    expect(upstreamPath('/api/nautobot/api/graphql/%2e%2e/%2e%2e/graphql/')).toBeNull();
  });

  it('takes the query from our own pages only, as any POST', () => {
    const own = new Headers({ origin: 'https://console.example.com' });
    const foreign = new Headers({ origin: 'https://evil.example.com' });
    expect(isAllowedOrigin('POST', own, 'console.example.com')).toBe(true);
    expect(isAllowedOrigin('POST', foreign, 'console.example.com')).toBe(false);
  });
});
