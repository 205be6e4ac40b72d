/**
 * What the first-frame bench (explorer.ts) and its pages (pages/) share: the performance mark
 * names, which the explorer writes under the same names (client/main.ts), the URL the bare
 * pages fetch their graph from, and the graph's wire shape (graphology's serialised graph).
 */
export const DATA_MARK = 'brugkaart:data';
export const FIRST_FRAME_MARK = 'brugkaart:first-frame';

/** Answered by the bench itself (playwright route), never by a server. */
export const BENCH_DATA_URL = '/bench-data/graph.json';

export interface BenchNode {
  readonly key: string;
  readonly attributes: { readonly x: number; readonly y: number; readonly size: number; readonly color: string; readonly label: string };
}

export interface BenchGraph {
  readonly nodes: BenchNode[];
  readonly edges: { readonly source: string; readonly target: string }[];
}

/** Fetches the bench graph and marks its arrival; the page's own work is timed from here. */
export async function fetchBenchGraph(): Promise<BenchGraph> {
  const graph = (await (await fetch(BENCH_DATA_URL)).json()) as BenchGraph;
  performance.mark(DATA_MARK);
  return graph;
}

/** Marks the first frame after a synchronous draw: it is on screen by the next animation frame. */
export const markFirstFrame = (): void => {
  requestAnimationFrame(() => performance.mark(FIRST_FRAME_MARK));
};

/** What the bare Sigma page counts while its layout runs (pages/sigma.ts `?layout=worker`). */
export interface LayoutCounter {
  layoutIterations?: number;
}
