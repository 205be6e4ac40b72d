// @ts-check
/**
 * Lint for brugkaart: typescript-eslint strict and stylistic, with type information, and the
 * import boundaries of docs/contributing.md ("The flow, once") checked per folder.
 * `npm run lint` runs this and knip (knip.jsonc); `npm test` runs it before vitest.
 */
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import boundaries from 'eslint-plugin-boundaries';
import tseslint from 'typescript-eslint';

const SERVER_FOLDERS = ['model', 'auth', 'exchange', 'neo4j', 'backup', 'generate', 'graph', 'analytics', 'analysis-worker', 'graphql', 'report', 'http'];

/**
 * The folders of the flow, and the few files that stand alone in server/ and client/ (matched
 * by their full path: the plugin's element patterns otherwise name folders).
 */
const ELEMENTS = [
  { type: 'server-entry', pattern: ['server/main.ts', 'server/app.ts', 'server/cli/*.ts'], mode: 'full' },
  { type: 'server-config', pattern: 'server/config.ts', mode: 'full' },
  { type: 'worker-source', pattern: 'server/typescript-worker.ts', mode: 'full' },
  // Contract §8's date rules, the one implementation the server and the explorer's timeline share.
  { type: 'dates', pattern: 'server/model/dates.ts', mode: 'full' },
  ...SERVER_FOLDERS.map((folder) => ({ type: folder, pattern: `server/${folder}`, partialMatch: false })),
  { type: 'client-entry', pattern: ['client/main.ts', 'client/test-hook.ts', 'client/env.d.ts'], mode: 'full' },
  ...['api', 'state', 'render', 'panels', 'i18n', 'testing'].map((folder) => ({
    type: `client-${folder}`,
    pattern: `client/${folder}`,
    partialMatch: false,
  })),
  { type: 'test', pattern: 'test', partialMatch: false },
  { type: 'tooling', pattern: 'vite.config.ts', mode: 'full' },
];

/**
 * Who may import whom: each element lists the elements below it in the flow. exchange reads and
 * writes the formats over model alone, so the store (seeds) and http (downloads) may use it.
 */
const MAY_IMPORT = {
  'server-config': [],
  'worker-source': [],
  dates: [],
  model: ['dates'],
  auth: ['model'],
  exchange: ['model', 'dates'],
  graph: ['model', 'dates'],
  analytics: ['graph', 'model', 'dates', 'worker-source'],
  generate: ['model', 'dates', 'analytics'],
  neo4j: ['model', 'dates', 'auth', 'exchange', 'server-config'],
  backup: ['model', 'dates', 'neo4j'],
  'analysis-worker': ['analytics', 'graph', 'model', 'dates', 'neo4j', 'worker-source'],
  graphql: ['analysis-worker', 'analytics', 'graph', 'model', 'dates', 'auth', 'neo4j', 'exchange', 'server-config'],
  // The reports print the explorer's page in Chromium; the refusals are GraphQL's.
  report: ['graphql', 'auth', 'model', 'dates'],
  http: ['report', 'graphql', 'analysis-worker', 'analytics', 'graph', 'model', 'dates', 'auth', 'neo4j', 'exchange', 'server-config'],
  'client-api': [],
  'client-i18n': [],
  'client-state': ['client-api', 'client-i18n', 'dates'],
  'client-render': ['client-state', 'client-api'],
  'client-panels': ['client-render', 'client-state', 'client-api', 'client-i18n'],
  'client-testing': ['client-api'],
};

const SERVER_TYPES = ELEMENTS.map((element) => element.type).filter(
  (type) => !type.startsWith('client-') && type !== 'test' && type !== 'tooling' && type !== 'dates',
);
const CLIENT_TYPES = ELEMENTS.map((element) => element.type).filter((type) => type.startsWith('client-'));
/** Test helpers outside test files: the rest of the code may not import them. */
const TEST_SUPPORT = ['test', 'tooling', 'client-testing'];

/** Packages a layer must not reach for, whatever folder it imports. */
const GRAPHQL_PACKAGES = ['graphql', 'graphql-*', '@graphql-*/**', '@graphql-*', '@escape.tech/**'];
const SERVER_PACKAGES = [...GRAPHQL_PACKAGES, 'neo4j-driver', 'papaparse', 'dataloader', 'tsx'];
const FORBIDDEN_PACKAGES = {
  model: [...GRAPHQL_PACKAGES, 'neo4j-driver'],
  graph: [...GRAPHQL_PACKAGES, 'neo4j-driver'],
  analytics: [...GRAPHQL_PACKAGES, 'neo4j-driver'],
  exchange: [...GRAPHQL_PACKAGES, 'neo4j-driver'],
};

export default defineConfig(
  {
    // generated.ts: written by GraphQL Code Generator from schema/ (npm run codegen), checked by codegen:check.
    ignores: ['dist/', 'data/', 'node_modules/', 'test-results/', 'server/neo4j/launcher/', '**/*.js', '**/generated.ts'],
  },
  {
    files: ['**/*.ts'],
    extends: [js.configs.recommended, tseslint.configs.strictTypeChecked, tseslint.configs.stylisticTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // Rest siblings are how the code drops a field (`{ version: _version, ...actor }`).
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
      // A one-line arrow whose callee discards the result (`() => URL.revokeObjectURL(url)`) reads better than a block.
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
      // It asks for `x!`, which strictTypeChecked's no-non-null-assertion forbids; `as T` after an index the code has bounded is the house form.
      '@typescript-eslint/non-nullable-type-assertion-style': 'off',
      // neo4j-driver and graphology declare option bags and copies as classes (SessionConfig, Graph.copy), so every literal and copy is a false alarm.
      '@typescript-eslint/no-unsafe-class-instance-assignment': 'off',
    },
  },
  {
    files: ['test/integration/**/*.ts', 'test/e2e/**/*.ts'],
    rules: {
      // What beforeAll starts is typed as always there, but afterAll also runs after a beforeAll that failed half way, so its `app?.close()` is needed.
      '@typescript-eslint/no-unnecessary-condition': 'off',
    },
  },
  {
    files: ['server/**/use-*.ts'],
    rules: {
      // Yoga and envelop type a hook's `endResponse` and `setResult` as methods but pass bound functions; destructuring the payload is their documented form.
      '@typescript-eslint/unbound-method': 'off',
    },
  },
  {
    files: ['server/**/*.ts', 'client/**/*.ts', 'test/**/*.ts', 'vite.config.ts'],
    plugins: { boundaries },
    settings: {
      'boundaries/elements': ELEMENTS,
      // A file gets the first category that matches: a test, or code of a known element (a file of
      // a new folder gets none, and no-unknown-files asks for its place in ELEMENTS).
      'boundaries/files': [
        { category: 'test', pattern: '**/*.test.ts' },
        { category: 'code', pattern: [...SERVER_FOLDERS.map((folder) => `server/${folder}/**`), 'server/*.ts', 'server/cli/**', 'client/**', 'test/**', 'vite.config.ts'] },
      ],
      'boundaries/files-single-match': true,
      // Its one legacy warning is for `mode: 'full'` above, the only way it offers to name a single file as an element.
      'boundaries/legacy-warnings': false,
      'import/resolver': { node: { extensions: ['.ts', '.json'] } },
    },
    rules: {
      // Every file belongs to a folder of the map above, so a new folder gets its arrows.
      'boundaries/no-unknown-files': 'error',
      'boundaries/dependencies': [
        'error',
        {
          default: 'allow',
          // Packages too, for FORBIDDEN_PACKAGES; the folder policies name local files only.
          checkAllOrigins: true,
          policies: [
            // The arrows of the flow: an element imports itself and what it lists in MAY_IMPORT.
            ...Object.entries(MAY_IMPORT).map(([type, allowed]) => ({
              from: { element: { type }, file: { categories: 'code' } },
              disallow: { to: { module: { origin: 'local' }, element: { types: { noneOf: [type, ...allowed] } } } },
            })),
            // The client never imports the server, nor the server the client: the SDL is all they share.
            {
              from: { element: { types: { anyOf: CLIENT_TYPES } } },
              disallow: { to: { element: { types: { anyOf: SERVER_TYPES } } } },
            },
            {
              from: { element: { types: { anyOf: SERVER_TYPES } } },
              disallow: { to: { element: { types: { anyOf: CLIENT_TYPES } } } },
            },
            // Code that ships never imports a test or a test helper (test/, client/testing/).
            {
              from: { file: { categories: 'code' }, element: { types: { noneOf: TEST_SUPPORT } } },
              disallow: { to: [{ file: { categories: 'test' } }, { element: { types: { anyOf: TEST_SUPPORT } } }] },
            },
            // The explorer runs in a browser: no Node built-ins, no server packages.
            {
              from: { file: { categories: 'code' }, element: { types: { anyOf: CLIENT_TYPES } } },
              disallow: { to: [{ module: { origin: 'core' } }, { module: { origin: 'external', source: SERVER_PACKAGES } }] },
            },
            ...Object.entries(FORBIDDEN_PACKAGES).map(([type, sources]) => ({
              from: { element: { type }, file: { categories: 'code' } },
              disallow: { to: { module: { origin: 'external', source: sources } } },
            })),
          ],
        },
      ],
    },
  },
);
