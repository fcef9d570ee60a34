import { afterEach } from 'vitest';
import { cleanup, configure } from '@testing-library/react';

// A first render that waits on the fake Nautobot can take over a second on a loaded 2-core CI machine.
configure({ asyncUtilTimeout: 5000 });

afterEach(() => {
  cleanup();
  // Screens keep their state in the URL (lists, the map); one test's query string must not start the next.
  // (Files that opt into the node environment share this setup and have no window.)
  if (typeof window !== 'undefined') window.history.replaceState(null, '', '/');
});
