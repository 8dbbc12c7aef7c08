// Lint rules: typescript-eslint's recommended type-aware set, plus the house rules that shared/ stays pure
// and that no feature folder of the client imports from another feature folder.
import path from 'node:path';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

/**
 * The client's folders that every feature may import (client/src/<folder>/…). Every other folder of
 * client/src is a feature (accounts, calls, organiser, room…), which may import these, shared/ and its
 * own files, never another feature's: what two features share moves to ui/ or another of these folders,
 * and pages are composed at the root (App.tsx, main.tsx) or in a composition folder. An infrastructure
 * folder imports only infrastructure, never a feature.
 */
const INFRASTRUCTURE = [
  'api',
  'i18n',
  'routing',
  'realtime',
  'session',
  'ui',
  'layout',
  'charts',
  'verification',
  'assessment',
  'demo',
  'seat',
];
/** Folders that compose pages from several features, like the root files: they may import anything. */
const COMPOSITION = ['console'];
/** Files that gather every feature's part, like the composition folders: the message registry. */
const COMPOSITION_FILES = ['i18n/messages.ts'];
const CLIENT_SRC = path.resolve('client/src');

/** The top folder of client/src that holds `file`, or undefined for root files and files elsewhere. */
function clientFolder(file) {
  const relative = path.relative(CLIENT_SRC, file);
  if (relative.startsWith('..') || path.isAbsolute(relative)) return undefined;
  const parts = relative.split(path.sep);
  return parts.length > 1 ? parts[0] : undefined;
}

const featureBoundaries = {
  meta: {
    type: 'problem',
    docs: { description: 'A client feature folder imports no other feature folder.' },
    messages: {
      infrastructureImportsFeature:
        "Infrastructure folder '{{from}}' imports from feature '{{to}}' ({{source}}): infrastructure imports only infrastructure.",
      crossFeature:
        "Feature '{{from}}' imports from feature '{{to}}' ({{source}}): move what they share to an infrastructure folder (ui/, …) or compose them at the root (App.tsx, console/).",
    },
    schema: [],
  },
  create(context) {
    const from = clientFolder(context.filename);
    if (from === undefined || COMPOSITION.includes(from)) return {};
    const file = path.relative(CLIENT_SRC, context.filename).split(path.sep).join('/');
    if (COMPOSITION_FILES.includes(file)) return {};
    const check = (node) => {
      const source = node.source;
      if (source === null || source === undefined || typeof source.value !== 'string') return;
      if (!source.value.startsWith('.')) return;
      const to = clientFolder(path.resolve(path.dirname(context.filename), source.value));
      if (to === undefined || to === from || INFRASTRUCTURE.includes(to)) return;
      context.report({
        node: source,
        messageId: INFRASTRUCTURE.includes(from) ? 'infrastructureImportsFeature' : 'crossFeature',
        data: { from, to, source: source.value },
      });
    };
    return {
      ImportDeclaration: check,
      ExportNamedDeclaration: check,
      ExportAllDeclaration: check,
      ImportExpression: check,
    };
  },
};

/** The boundaries rule, for the client's files. */
const boundariesConfig = {
  files: ['client/src/**/*.{ts,tsx}'],
  plugins: { kleroterion: { rules: { 'feature-boundaries': featureBoundaries } } },
  rules: { 'kleroterion/feature-boundaries': 'error' },
};

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
  boundariesConfig,
  {
    // One socket module: the client's connections and their typing live in client/src/realtime/socket.ts.
    files: ['client/src/**/*.{ts,tsx}'],
    ignores: ['client/src/realtime/socket.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'socket.io-client',
              message: 'Open and type sockets in client/src/realtime/socket.ts only.',
            },
          ],
        },
      ],
    },
  },
);
