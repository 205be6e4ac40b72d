/**
 * Bench section for the whole `analyze` command on a generated network of 3,000 actors and
 * 15,000 links, against NetworkX computing its share of the same measures
 * (networkx_analysis.py: everything but the brokerage roles, which NetworkX lacks). Both sides
 * read and parse the same file; neither counts starting its runtime. The SZ–EZ bridging of both
 * is compared before a time is reported, so both are known to compute the same thing.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import type { NetworkAnalysis } from '../../server/analytics/analyse-network';
import { runAnalyze } from '../../server/cli/analyze-command';
import { generatedNetwork } from '../helpers/betweenness';
import { runPython } from './python';
import { time, type Section } from './timing';

const SIZE = { actors: 3_000, links: 15_000, seed: 1 };
const INPUT = 'generated (3,000 actors, 15,000 links)';
/** Agreement beyond this is rounding (NetworkX sums in another order), anything more a bug. */
const TOLERANCE = 1e-12;

interface NetworkxResult {
  readonly version: string;
  readonly ms: readonly number[];
  readonly bridging: Readonly<Record<string, number>>;
  readonly cpu_ms: number;
}

export async function analyzeSection(python: string): Promise<Section> {
  const folder = mkdtempSync(path.join(tmpdir(), 'brugkaart-bench-'));
  try {
    const file = path.join(folder, 'network.json');
    writeFileSync(file, JSON.stringify(generatedNetwork(SIZE.actors, SIZE.links, SIZE.seed)));
    let report = '';
    const ms = await time(3, async () => {
      const result = await runAnalyze([file]);
      if (result.exitCode !== 0) throw new Error(`analyze refused the generated network: ${result.stderr}`);
      report = result.stdout;
    });
    // One run: NetworkX takes minutes here.
    const networkx = await runPython<NetworkxResult>(python, 'networkx_analysis.py', { file, runs: 1 }, 'NetworkX installs with `apt install python3-networkx` (Debian) or `pip install networkx`');
    if (typeof networkx === 'string') return { rows: [], notes: [`NetworkX: not measured: ${networkx}`], childrenCpuMs: 0 };
    const analysis = JSON.parse(report) as NetworkAnalysis;
    const difference = Math.max(...analysis.actors.map((actor) => Math.abs(actor.szEzBridging - (networkx.bridging[actor.id] ?? Number.NaN))));
    if (!(difference <= TOLERANCE)) throw new Error(`SZ–EZ bridging differs from NetworkX by ${String(difference)}`);
    const baseline = `NetworkX ${networkx.version}, its share of the measures`;
    return {
      rows: [{ figure: 'analyze: read, check, every measure, JSON report', input: INPUT, ms, baseline, baselineMs: Math.min(...networkx.ms) }],
      notes: [`analyze vs NetworkX: SZ–EZ bridging agrees to ${difference.toExponential(1)}; brokerage roles are brugkaart's only (no NetworkX function)`],
      childrenCpuMs: networkx.cpu_ms,
    };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
