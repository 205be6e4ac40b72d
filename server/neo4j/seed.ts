/**
 * Start-up loading: the schema (constraints, indexes), the reference data (regions, sources)
 * on every start, and the seed network on the first start of an empty database only.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

import { readNetworkJson } from '../exchange/json';
import { formatProblem } from '../model/parse-network';
import type { Network } from '../model/network';
import { parseRegions, parseSources, type Region, type Source } from '../model/reference';
import type { NetworkStore } from './network-store';

export interface SeedFiles {
  readonly regions: readonly Region[];
  readonly sources: readonly Source[];
  readonly network: Network;
}

const readJson = (file: string): unknown => JSON.parse(readFileSync(file, 'utf8'));

/** Reads and checks seeds/; a broken seed file stops the start with the record that is wrong. */
export function readSeedFiles(seedDir: string): SeedFiles {
  const parsed = readNetworkJson(readFileSync(path.join(seedDir, 'network.json'), 'utf8'));
  if (!parsed.ok) {
    throw new Error(`seeds/network.json is invalid:\n${parsed.problems.map(formatProblem).join('\n')}`);
  }
  return {
    regions: parseRegions(readJson(path.join(seedDir, 'regions.json'))),
    sources: parseSources(readJson(path.join(seedDir, 'sources.json'))),
    network: parsed.network,
  };
}

export type SeedOutcome = 'seeded' | 'already-seeded' | 'not-empty' | 'seed-off';

export async function prepareDatabase(store: NetworkStore, seeds: SeedFiles, seed: boolean): Promise<SeedOutcome> {
  await store.ensureSchema();
  await store.loadReferenceData(seeds.regions, seeds.sources);
  return seed ? store.seedIfEmpty(seeds.network) : 'seed-off';
}
