import { afterEach } from 'vitest';
import { cleanup } from '@testing-library/react';

afterEach(() => {
  cleanup();
  // Screens keep their state in the URL (lists, the map); one test's query string must not start the next.
  // (Files that opt into the node environment share this setup and have no window.)
  if (typeof window !== 'undefined') window.history.replaceState(null, '', '/');
});
