"""Times igraph's C betweenness for the bench (test/bench/betweenness.ts).

Reads {"order": n, "edges": [[a, b], ...], "runs": r} on standard input; prints
{"version": ..., "ms": [...], "scores": [...]} with igraph's unnormalised undirected
betweenness (each unordered pair counted once) from the last run.
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
json.dump({"version": igraph.__version__, "ms": timings, "scores": scores}, sys.stdout)
