import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

/**
 * graphql ships a CJS and an ESM build. Node (and so yoga) loads the CJS one; Vite would hand
 * our sources the ESM one, and the GraphQLErrors built in use-refusal-codes.ts would then fail yoga's
 * `instanceof GraphQLError`. Tests resolve it the way Node does.
 */
const nodeGraphql = { find: /^graphql$/, replacement: createRequire(import.meta.url).resolve('graphql') };

/** `npm run dev:client` answers /enquete/<token> with the survey form, as server/http/server.ts does. */
const surveyFormInDev: Plugin = {
  name: 'brugkaart-survey-form',
  configureServer(server) {
    server.middlewares.use((request, _response, next) => {
      if (request.url !== undefined && /^\/enquete\/[^/.?]*(\?|$)/.test(request.url)) request.url = '/enquete.html';
      next();
    });
  },
};

/**
 * One config for the client build and the three test projects. Unit tests sit beside the
 * code they test; tests that need a real Neo4j or a real Chromium live under test/.
 */
export default defineConfig({
  root: 'client',
  build: {
    outDir: '../dist/client',
    emptyOutDir: true,
    // The report page is a second entry: the server prints it to PDF in Chromium. The survey
    // form is a third: respondents open it from a mail at /enquete/<token>.
    rolldownOptions: {
      input: {
        main: fileURLToPath(new URL('client/index.html', import.meta.url)),
        report: fileURLToPath(new URL('client/report.html', import.meta.url)),
        enquete: fileURLToPath(new URL('client/enquete.html', import.meta.url)),
      },
    },
  },
  plugins: [surveyFormInDev],
  server: { proxy: { '/graphql': 'http://127.0.0.1:4000', '/export': 'http://127.0.0.1:4000' } },
  test: {
    root: '.',
    // The JSON report is what .ci/run counts; vitest's own summary is for people.
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/vitest.json' },
    projects: [
      {
        extends: true,
        resolve: { alias: [nodeGraphql] },
        test: { name: 'unit', include: ['server/**/*.test.ts', 'client/**/*.test.ts', 'test/unit/**/*.test.ts'] },
      },
      {
        extends: true,
        resolve: { alias: [nodeGraphql] },
        test: {
          name: 'integration',
          include: ['test/integration/**/*.int.test.ts'],
          // One Neo4j for the run's integration and e2e files, one file at a time (Community has
          // one user database); files that stop or kill a Neo4j start their own.
          globalSetup: ['test/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.e2e.test.ts'],
          // The same Neo4j as the integration files: vitest runs the files of both projects (no
          // file parallelism, one group order) in one sequence after the unit tests.
          globalSetup: ['test/global-setup.ts'],
          // A page waits for the server as a person would: seconds, not vitest's default 1 s,
          // which a busy two-core machine (Neo4j, the analysis worker, Chromium) can exceed.
          expect: { poll: { timeout: 10_000 } },
          testTimeout: 120_000,
          hookTimeout: 300_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
