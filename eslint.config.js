// Lint rules: typescript-eslint's recommended type-aware set, plus the house rule that shared/ stays pure.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'data/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: 'TSEnumDeclaration', message: 'Use an as-const object instead of an enum.' },
      ],
    },
  },
  {
    files: ['shared/**/*.ts'],
    ignores: ['shared/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            'fs',
            'path',
            'crypto',
            'os',
            'child_process',
            'express',
            'socket.io',
            'socket.io-client',
            'react',
            'react-dom',
            'better-sqlite3',
          ].map((name) => ({
            name,
            message: 'shared/ is pure: no I/O, framework or DOM imports.',
          })),
          patterns: [{ group: ['node:*'], message: 'shared/ is pure: no Node built-ins.' }],
        },
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Math', property: 'random', message: 'shared/ takes randomness as a parameter.' },
        { object: 'Date', property: 'now', message: 'shared/ takes the clock as a parameter.' },
      ],
      'no-restricted-globals': ['error', 'fetch', 'setTimeout', 'setInterval', 'process'],
    },
  },
);
