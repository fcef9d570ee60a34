import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const alias = {
  '@': fileURLToPath(new URL('./', import.meta.url)),
  // Server modules guard against client bundles with `server-only`; under test they are plain modules.
  'server-only': fileURLToPath(new URL('./test/empty-module.ts', import.meta.url)),
};

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: 'unit',
          // Component tests drive pickers that debounce and ask the fake; a loaded CI machine needs the headroom.
          testTimeout: 20_000,
          environment: 'jsdom',
          include: [
            'lib/**/*.test.{ts,tsx}',
            'components/**/*.test.{ts,tsx}',
            'app/**/*.test.{ts,tsx}',
            'mocks/**/*.test.ts',
          ],
          setupFiles: ['./test/setup-dom.ts'],
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'contract:fake',
          environment: 'node',
          include: ['contract/**/*.contract.ts'],
          globalSetup: ['./contract/global-setup.ts'],
          env: { CONTRACT_TARGET: 'fake' },
          fileParallelism: false,
          testTimeout: 30_000,
        },
      },
    ],
  },
});
