import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * The contract suite against a real Nautobot (`npm run nautobot:up` first). The same files run against the
 * embedded fake as part of `npm test` (vitest.config.ts, project `contract:fake`).
 */
export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('./', import.meta.url)) } },
  test: {
    name: 'contract:real',
    environment: 'node',
    include: ['contract/**/*.contract.ts'],
    env: { CONTRACT_TARGET: 'real' },
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
