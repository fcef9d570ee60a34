import { afterEach } from 'vitest';
import { cleanup } from '@testing-library/react';

afterEach(() => {
  cleanup();
  // Screens keep their state in the URL (lists, the map); one test's query string must not start the next.
  window.history.replaceState(null, '', '/');
});
