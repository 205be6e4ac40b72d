/**
 * The `analyze` command without the process around it: arguments in, report or reasons out.
 * Kept apart from analyze.ts so tests can run it without spawning a process.
 */
import { analyseNetwork, type AnalysisOptions } from '../analytics/analyse-network';
import { compareNetworks } from '../analytics/compare-days';
import { isCalendarDay } from '../model/dates';
import { formatProblem } from '../model/parse-network';
import { checkScope, DEFAULT_SCOPE, type ForumMode } from '../model/scope';
import { readNetworkFile } from './read-network-file';

/** What the command prints and how it exits. */
export interface CommandResult {
  readonly stdout: string;
  readonly stderr: string;
  readonly exitCode: number;
}

/** Printed with every argument error. */
export const USAGE = `usage: npm run --silent analyze -- FILE [options]

FILE                    a network JSON file, or a folder holding actors.csv and links.csv (contract §1)
--forums ties|nodes     meetings and programmes tie their members (default) or stay nodes (contract §6)
--region ID             only the arbeidsmarktregio's own actors and the links among them
--without-illustrative  leave out illustrative actors and links
--without-unconfirmed   leave out unconfirmed links
--link-types A,B        only links of these types
--between D1,D2         the two domains of bridging and missingLinks (default SZ,EZ)
--at YYYY-MM-DD         only the actors and links present on that day (contract §8)
--compare FROM,TO       what changed between two days (YYYY-MM-DD, FROM not after TO) instead of the report
--seed N                seed for community detection (default: 1)
Options take their value after a space or an equals sign (--region=twente).
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
  const region = parsed.options.region;
  if (region !== undefined && !read.network.actors.some((actor) => actor.region === region)) {
    return { stdout: '', stderr: `analyze: --region: no actor of ${parsed.file} has region "${region}"\n`, exitCode: WRONG_ARGUMENTS };
  }
  const { compare, ...options } = parsed.options;
  const report =
    compare === undefined ? analyseNetwork(read.network, options) : compareNetworks(read.network, compare.from, compare.to, { ...options, scope: options.scope ?? DEFAULT_SCOPE });
  return { stdout: `${JSON.stringify(report, null, 2)}\n`, stderr: '', exitCode: 0 };
}

/** Options that take a value, and what each needs. */
const VALUE_OPTIONS = ['--forums', '--region', '--link-types', '--between', '--at', '--compare', '--seed'] as const;
type ValueOption = (typeof VALUE_OPTIONS)[number];
const isValueOption = (name: string): name is ValueOption => (VALUE_OPTIONS as readonly string[]).includes(name);

/** The option that sets each scope field, to name it in a refusal. */
const OPTION_OF_FIELD: Readonly<Record<string, string>> = { 'scope.linkTypes': '--link-types', 'scope.between': '--between', 'scope.at': '--at' };

/** The analysis options, and the two days to compare when `--compare` is given. */
interface CommandOptions extends AnalysisOptions {
  readonly compare?: { readonly from: string; readonly to: string } | undefined;
}

/** FILE and options, or what is wrong with the arguments. */
function parseArguments(args: readonly string[]): { file: string; options: CommandOptions } | string {
  const files: string[] = [];
  const values = new Map<ValueOption, string>();
  const request: { forums?: ForumMode; illustrative?: boolean; unconfirmed?: boolean; linkTypes?: string[]; between?: string[]; at?: string } = {};
  for (let index = 0; index < args.length; index++) {
    const arg = args[index] ?? '';
    if (!arg.startsWith('--')) {
      files.push(arg);
      continue;
    }
    const equals = arg.indexOf('=');
    const name = equals === -1 ? arg : arg.slice(0, equals);
    if (name === '--without-illustrative' && equals === -1) request.illustrative = false;
    else if (name === '--without-unconfirmed' && equals === -1) request.unconfirmed = false;
    else if (isValueOption(name)) {
      const value = equals === -1 ? args[++index] : arg.slice(equals + 1);
      if (value === undefined || value === '' || (equals === -1 && value.startsWith('--'))) return `${name} needs a value`;
      values.set(name, value);
    } else return `unknown option ${arg}`;
  }
  const forums = values.get('--forums');
  if (forums !== undefined) {
    if (forums !== 'ties' && forums !== 'nodes') return `--forums takes ties or nodes, got "${forums}"`;
    request.forums = forums;
  }
  const list = (option: ValueOption): string[] | undefined => values.get(option)?.split(',').map((item) => item.trim());
  const linkTypes = list('--link-types');
  if (linkTypes !== undefined) request.linkTypes = linkTypes;
  const between = list('--between');
  if (between !== undefined) request.between = between;
  const at = values.get('--at');
  if (at !== undefined) request.at = at;
  const checked = checkScope(request, 'analyze');
  if (!checked.ok) return checked.problems.map((problem) => `${OPTION_OF_FIELD[problem.field] ?? problem.field}: ${problem.message}`).join('; ');
  const days = list('--compare');
  let compare: CommandOptions['compare'];
  if (days !== undefined) {
    const [from = '', to = '', ...more] = days;
    if (more.length > 0 || !isCalendarDay(from) || !isCalendarDay(to)) return `--compare takes two real days as FROM,TO (YYYY-MM-DD), got "${days.join(',')}"`;
    if (from > to) return `--compare: TO (${to}) is before FROM (${from}); give the earlier day first`;
    if (at !== undefined) return '--compare and --at cannot be combined: --compare gives both days';
    compare = { from, to };
  }
  const seedText = values.get('--seed');
  const seed = seedText === undefined ? undefined : Number(seedText);
  if (seed !== undefined && !Number.isSafeInteger(seed)) return `--seed needs a whole number, got "${seedText ?? ''}"`;
  const [file, ...extra] = files;
  if (file === undefined) return 'FILE is missing';
  if (extra.length > 0) return `one FILE expected, got ${String(files.length)}`;
  return { file, options: { seed, scope: checked.scope, region: values.get('--region'), compare } };
}
