import { describe, expect, it } from 'vitest';
import { isGraphqlReadQuery, isReadOnlyPage, readOnlyDecision } from './read-only';

describe('read-only rules', () => {
  it('opens only the dashboard and the map', () => {
    expect(isReadOnlyPage('/')).toBe(true);
    expect(isReadOnlyPage('/load-balancers/map')).toBe(true);
    expect(isReadOnlyPage('/load-balancers/map/')).toBe(true);
    expect(isReadOnlyPage('/load-balancers/virtual-servers/')).toBe(false);
    expect(isReadOnlyPage('/load-balancers/map/extra/')).toBe(false);
  });

  it('tells GraphQL queries from mutations, comments and bad bodies included', () => {
    expect(isGraphqlReadQuery('{"query":"{ virtual_servers { id } }"}')).toBe(true);
    expect(isGraphqlReadQuery('{"query":"query Estate { virtual_servers { id } }"}')).toBe(true);
    expect(isGraphqlReadQuery('{"query":"# mutation in a comment\\n{ a }"}')).toBe(true);
    expect(isGraphqlReadQuery('{"query":"mutation { delete }"}')).toBe(false);
    expect(isGraphqlReadQuery('{"query":"subscription { a }"}')).toBe(false);
    expect(isGraphqlReadQuery('not json')).toBe(false);
    expect(isGraphqlReadQuery('{"variables":{}}')).toBe(false);
  });

  it('forwards reads of the load-balancer endpoints under the configured path only', () => {
    expect(readOnlyDecision('GET', 'api/load-balancers/virtual-servers/', 'load-balancers/')).toBe('forward');
    expect(readOnlyDecision('GET', 'api/extras/statuses/', 'load-balancers/')).toBe('forward');
    expect(
      readOnlyDecision('GET', 'api/plugins/load-balancer-models/pools/', 'plugins/load-balancer-models/'),
    ).toBe('forward');
    expect(
      readOnlyDecision('GET', 'api/load-balancers/virtual-servers/', 'plugins/load-balancer-models/'),
    ).toBe('refuse-path');
    expect(readOnlyDecision('GET', 'api/users/users/', 'load-balancers/')).toBe('refuse-path');
    // The footer's version check reads the API root; nothing below it but what is listed above.
    expect(readOnlyDecision('GET', 'api/', 'load-balancers/')).toBe('forward');
    expect(readOnlyDecision('GET', 'api/dcim/devices/', 'load-balancers/')).toBe('refuse-path');
    expect(readOnlyDecision('PUT', 'api/load-balancers/virtual-servers/x/', 'load-balancers/')).toBe(
      'refuse-write',
    );
    expect(readOnlyDecision('GET', 'api/graphql/', 'load-balancers/')).toBe('refuse-write');
  });
});
