/**
 * Entry point of `npm run --silent analyze -- FILE` (contract §5): prints the JSON report on
 * standard output and exits 0, or prints why the input is refused on standard error and exits
 * non-zero. See analyze-command.ts for the arguments.
 */
import { runAnalyze } from './analyze-command';

const result = await runAnalyze(process.argv.slice(2));
process.stdout.write(result.stdout);
process.stderr.write(result.stderr);
process.exitCode = result.exitCode;
