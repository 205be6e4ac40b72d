/** Runs one of the bench's Python scripts: a JSON task on standard input, a JSON answer out. */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

/**
 * The Python the bench uses unless `--python PATH` says otherwise: Debian's, where
 * `apt install python3-igraph python3-networkx` puts igraph's C implementation and NetworkX.
 */
export const DEFAULT_PYTHON = '/usr/bin/python3';

/**
 * The parsed answer of `script` (a file next to this one) run by `python` on `task`, or why
 * there is none: the last line of what the script or Python reported, with `hint` on what to
 * install.
 */
export async function runPython<T>(python: string, script: string, task: unknown, hint: string): Promise<T | string> {
  const run = promisify(execFile)(python, [fileURLToPath(new URL(`./${script}`, import.meta.url))], { maxBuffer: 256 * 1024 * 1024 });
  // A Python without the module exits before reading: its exit status and message say why, not
  // the broken pipe.
  run.child.stdin?.on('error', () => undefined);
  run.child.stdin?.end(JSON.stringify(task));
  try {
    return JSON.parse((await run).stdout) as T;
  } catch (error) {
    const reason = error instanceof Error ? (error.message.trim().split('\n').at(-1) ?? error.message) : String(error);
    return `${python} could not run ${script} (${reason}); ${hint}, then pass --python PATH`;
  }
}
