/** The maintenance commands as a user runs them: `npm run --silent NAME -- ARGS` against one Neo4j. */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

import { PROJECT_ROOT } from '../../server/config';
import type { TestNeo4j } from './neo4j';

/** Runs the npm script against the test Neo4j `neo4j`; resolves with its exit code and standard error. */
export async function runCommand(name: string, args: readonly string[], neo4j: Pick<TestNeo4j, 'uri' | 'password'>): Promise<{ code: number; stderr: string }> {
  try {
    const { stderr } = await promisify(execFile)('npm', ['run', '--silent', name, '--', ...args], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, NEO4J_URI: neo4j.uri, NEO4J_USER: 'neo4j', NEO4J_PASSWORD: neo4j.password },
    });
    return { code: 0, stderr };
  } catch (error) {
    const failed = error as { code: number; stderr: string };
    return { code: failed.code, stderr: failed.stderr };
  }
}
