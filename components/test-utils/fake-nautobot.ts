import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { setupServer } from 'msw/node';
import { createFakeNautobot, type FakeOptions } from '@/mocks/fake';
import { DEMO_TOKEN } from '@/mocks/seed/constants';
import { createNautobotClient } from '@/lib/api/client';
import type { ApiConfig } from '@/lib/api/config';
import { createTransport } from '@/lib/api/transport';
import { TEST_NAUTOBOT } from './render';

/** A request as the fake Nautobot received it. */
export type SentRequest = {
  method: string;
  url: URL;
  /** The Authorization header. */
  auth: string | null;
  /** The body, read from a copy so the handler still gets the original. */
  body: Promise<string>;
};

/**
 * The in-memory fake Nautobot behind msw for one test file: listens for the whole file, fails on any request
 * it does not handle, and before each test restores the seed and forgets the requests the last test sent.
 * Call at the top of the file, before the file's own `beforeEach`, so that runs against the fresh fake.
 */
export function setupFakeNautobot(options?: FakeOptions) {
  const fake = createFakeNautobot(options);
  const server = setupServer(...fake.handlers);
  const requests: SentRequest[] = [];
  server.events.on('request:start', ({ request }) => {
    const body = request.clone().text();
    // Most tests never read the body: a copy cut short by an aborted request must not fail them.
    body.catch(() => undefined);
    requests.push({
      method: request.method,
      url: new URL(request.url),
      auth: request.headers.get('authorization'),
      body,
    });
  });

  beforeAll(() => server.listen({ onUnhandledFrame: 'error' }));
  afterEach(() => server.resetHandlers());
  afterAll(() => server.close());
  beforeEach(() => {
    fake.reset();
    requests.length = 0;
  });

  return {
    fake,
    server,
    /** Every request since the test began; empty it (`requests.length = 0`) to look at what follows. */
    requests,
    urls: () => requests.map((r) => r.url),
    /** The requests that change something in Nautobot. */
    writes: () => requests.filter((r) => r.method !== 'GET'),
  };
}

/** A Nautobot client talking straight to the fake (register it with `setupFakeNautobot`), as `admin` by default. */
export function fakeClient({
  lbPath = 'load-balancers/',
  token = DEMO_TOKEN,
  timeoutMs,
}: { lbPath?: ApiConfig['lbPath']; token?: string; timeoutMs?: number } = {}) {
  return createNautobotClient(
    createTransport({ baseUrl: TEST_NAUTOBOT, headers: { Authorization: `Token ${token}` }, timeoutMs }),
    { lbPath },
  );
}
