/**
 * One embedded Neo4j for a test project's whole run (vitest `globalSetup`), so a run starts one
 * JVM per project instead of one per file. Files take it through `sharedTestNeo4j()`
 * (test/helpers/shared-neo4j.ts), which empties it first; files that stop, kill or restore a Neo4j
 * start their own with `startTestNeo4j()`. Stopped by the teardown this returns, and by the
 * launcher itself when this process ends (it reads end of file on its standard input).
 */
import type { TestProject } from 'vitest/node';

import { startTestNeo4j } from './helpers/neo4j';
import type { SharedNeo4j } from './helpers/shared-neo4j';

declare module 'vitest' {
  export interface ProvidedContext {
    sharedNeo4j: SharedNeo4j;
  }
}

export default async function startSharedNeo4j(project: TestProject): Promise<() => Promise<void>> {
  const neo4j = await startTestNeo4j();
  project.provide('sharedNeo4j', { uri: neo4j.uri, password: neo4j.password });
  return () => neo4j.dispose();
}
