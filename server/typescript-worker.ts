/**
 * Starting a worker thread on a TypeScript file. A worker thread gets neither tsx's nor vitest's
 * module loader from the process that starts it, so the worker loads its file through tsx's
 * CommonJS hook. The script goes through a dynamic import because a worker also inherits
 * `--input-type`, which decides whether `require` exists in it.
 */
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

/** The source of a worker (`new Worker(source, { eval: true })`) that runs the TypeScript file at `url`. */
export function typescriptWorkerSource(url: URL): string {
  const file = fileURLToPath(url);
  return `import('node:module').then(({ createRequire }) => {
  const load = createRequire(${JSON.stringify(file)});
  load(${JSON.stringify(createRequire(import.meta.url).resolve('tsx/cjs'))});
  load(${JSON.stringify(file)});
});`;
}
