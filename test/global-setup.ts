/**
 * One embedded Neo4j for the whole test run (vitest `globalSetup` of the integration and e2e
 * projects), so a run starts one JVM instead of one per file. Files take it through
 * `sharedTestNeo4j()` (test/helpers/shared-neo4j.ts), which empties it first; files that stop,
 * kill or restore a Neo4j start their own with `startTestNeo4j()`. Stopped by the teardown this
 * returns, and by the launcher itself when this process ends (it reads end of file on its
 * standard input).
 *
 * The two projects can share it because vitest runs every file of a project without file
 * parallelism in one sequence, across projects: an integration file and an e2e file never run
 * at the same time. It is provided on the root project, which every project inherits from; the
 * second project to set up finds it there. A run of unit tests alone starts none.
 */
import type { TestProject } from 'vitest/node';

import { startTestNeo4j } from './helpers/neo4j';
import type { SharedNeo4j } from './helpers/shared-neo4j';

declare module 'vitest' {
  export interface ProvidedContext {
    sharedNeo4j: SharedNeo4j;
  }
}

export default async function startSharedNeo4j(project: TestProject): Promise<(() => Promise<void>) | undefined> {
  const root = project.vitest.getRootProject();
  if ('sharedNeo4j' in root.getProvidedContext()) return undefined;
  const neo4j = await startTestNeo4j();
  root.provide('sharedNeo4j', { uri: neo4j.uri, password: neo4j.password });
  return () => neo4j.dispose();
}
