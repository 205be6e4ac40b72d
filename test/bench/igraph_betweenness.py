"""Times igraph's C betweenness for the bench (test/bench/betweenness.ts).

Reads {"order": n, "edges": [[a, b], ...], "runs": r} on standard input; prints
{"version": ..., "ms": [...], "scores": [...], "cpu_ms": ...} with igraph's unnormalised
undirected betweenness (each unordered pair counted once) from the last run, and the CPU time
the whole script used (the bench counts it as its own when it reports the machine's load).
"""
import json
import sys
import time

import igraph

task = json.load(sys.stdin)
graph = igraph.Graph(n=task["order"], edges=task["edges"], directed=False)
timings = []
for _ in range(task["runs"]):
    start = time.perf_counter()
    scores = graph.betweenness(directed=False)
    timings.append((time.perf_counter() - start) * 1000)
json.dump(
    {"version": igraph.__version__, "ms": timings, "scores": scores, "cpu_ms": time.process_time() * 1000},
    sys.stdout,
)
