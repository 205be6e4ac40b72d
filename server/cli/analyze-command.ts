/**
 * The `analyze` command without the process around it: arguments in, report or reasons out.
 * Kept apart from analyze.ts so tests can run it without spawning a process.
 */
import { analyseNetwork, type AnalysisOptions } from '../analytics/analyse-network';
import { formatProblem } from '../model/parse-network';
import { readNetworkFile } from './read-network-file';

/** What the command prints and how it exits. */
export interface CommandResult {
  readonly stdout: string;
  readonly stderr: string;
  readonly exitCode: number;
}

/** Printed with every argument error. */
export const USAGE = `usage: npm run --silent analyze -- FILE [--region=ID] [--seed=N]

FILE     a network JSON file, or a folder holding actors.csv and links.csv (contract §1)
--region keep only missing links between actors of this arbeidsmarktregio (default: all)
--seed   seed for community detection (default: 1)
`;

/** Exit codes: 0 report printed, 1 input refused, 2 wrong arguments. */
const REFUSED = 1;
const WRONG_ARGUMENTS = 2;

/**
 * Runs the analysis of contract §5 on FILE and returns the JSON report (stdout, exit 0), or the
 * reasons the input was refused (stderr, exit 1), or the usage (stderr, exit 2).
 *
 * Complexity: O(nm) for the analysis.
 */
export async function runAnalyze(args: readonly string[]): Promise<CommandResult> {
  const parsed = parseArguments(args);
  if (typeof parsed === 'string') return { stdout: '', stderr: `analyze: ${parsed}\n${USAGE}`, exitCode: WRONG_ARGUMENTS };
  const read = await readNetworkFile(parsed.file);
  if (!read.ok) {
    const reasons = read.problems.map((problem) => `  ${formatProblem(problem)}\n`).join('');
    return { stdout: '', stderr: `analyze: ${parsed.file} is refused:\n${reasons}`, exitCode: REFUSED };
  }
  const report = analyseNetwork(read.network, parsed.options);
  return { stdout: `${JSON.stringify(report, null, 2)}\n`, stderr: '', exitCode: 0 };
}

/** FILE and options, or what is wrong with the arguments. */
function parseArguments(args: readonly string[]): { file: string; options: AnalysisOptions } | string {
  const files: string[] = [];
  let region: string | undefined;
  let seed: number | undefined;
  for (const arg of args) {
    if (arg.startsWith('--region=')) region = arg.slice('--region='.length);
    else if (arg.startsWith('--seed=')) {
      seed = Number(arg.slice('--seed='.length));
      if (!Number.isSafeInteger(seed)) return `--seed needs a whole number, got "${arg.slice('--seed='.length)}"`;
    } else if (arg.startsWith('--')) return `unknown option ${arg}`;
    else files.push(arg);
  }
  const [file, ...extra] = files;
  if (file === undefined) return 'FILE is missing';
  if (extra.length > 0) return `one FILE expected, got ${String(files.length)}`;
  return { file, options: { seed, missingLinksRegion: region } };
}
