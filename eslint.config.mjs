import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';
import tseslint from 'typescript-eslint';
import pluginQuery from '@tanstack/eslint-plugin-query';
import playwright from 'eslint-plugin-playwright';

export default tseslint.config(
  {
    ignores: [
      '.next/**',
      'node_modules/**',
      'next-env.d.ts',
      'test-results/**',
      'playwright-report/**',
      '*.config.mjs',
    ],
  },
  ...nextVitals,
  ...nextTs,
  ...tseslint.configs.recommendedTypeChecked,
  ...pluginQuery.configs['flat/recommended'],
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/ban-ts-comment': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: '@mui/material', message: 'Use deep imports, e.g. @mui/material/Button.' },
            { name: '@mui/icons-material', message: 'Use deep imports, e.g. @mui/icons-material/Add.' },
          ],
        },
      ],
    },
  },
  {
    // Only the Nautobot client, the proxy's upstream call and the test/support code may call fetch.
    files: ['app/**', 'components/**', 'lib/**'],
    ignores: ['lib/api/transport.ts', 'lib/server/upstream.ts', '**/*.test.ts', '**/*.test.tsx'],
    rules: {
      'no-restricted-globals': ['error', { name: 'fetch', message: 'Use the Nautobot client in lib/api.' }],
    },
  },
  {
    files: ['lib/**'],
    ignores: ['**/*.test.ts', '**/*.test.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@/components/*', '@/app/*', '@/mocks/*'],
              message: 'lib must not depend on UI or mocks.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['e2e/**'],
    ...playwright.configs['flat/recommended'],
  },
);
