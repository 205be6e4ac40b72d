"""Times NetworkX computing its share of brugkaart's analysis (contract §2–4) for the bench.

Reads {"file": PATH, "runs": r} on standard input, PATH a contract network JSON file. Each run
reads and parses the file, builds the simple undirected graph of contract §2 and computes what
NetworkX has of the analysis: degree, betweenness, SZ–EZ bridging (betweenness_centrality_subset),
Burt's constraint and effective size, connected components, Louvain communities and their
modularity, the network's E–I index, and the missing SZ–EZ links scored by Adamic–Adar.
Brokerage roles (Gould & Fernandez) have no NetworkX function and are left out.
Prints {"version": ..., "ms": [...], "bridging": {id: value}, "cpu_ms": ...} with the SZ–EZ
bridging of the last run, divided by the number of pairs as the contract has it, so the bench
can check that both sides computed the same thing.
"""
import json
import sys
import time

import networkx as nx


def analyse(path):
    with open(path, encoding="utf-8") as handle:
        network = json.load(handle)
    graph = nx.Graph()
    domain = {}
    for actor in network["actors"]:
        graph.add_node(actor["id"])
        domain[actor["id"]] = actor["domain"]
    for link in network["links"]:
        if link["from"] != link["to"]:
            graph.add_edge(link["from"], link["to"])

    sz = [node for node in graph if domain[node] == "SZ"]
    ez = [node for node in graph if domain[node] == "EZ"]
    dict(graph.degree())
    nx.betweenness_centrality(graph, normalized=True)
    # NetworkX halves subset betweenness on an undirected graph; the contract counts each
    # (SZ, EZ) pair once: double it, then divide by the pairs without the actor itself.
    through = nx.betweenness_centrality_subset(graph, sz, ez, normalized=False)
    sz_set, ez_set = set(sz), set(ez)
    bridging = {}
    for node, value in through.items():
        pairs = (len(sz) - (node in sz_set)) * (len(ez) - (node in ez_set))
        bridging[node] = 0.0 if pairs == 0 else 2 * value / pairs
    linked = [node for node in graph if graph.degree(node) > 0]
    nx.constraint(graph, linked)
    nx.effective_size(graph, linked)
    sorted(nx.connected_components(graph), key=len, reverse=True)
    partition = nx.community.louvain_communities(graph, seed=1)
    nx.community.modularity(graph, partition)
    external = sum(1 for a, b in graph.edges() if domain[a] != domain[b])
    internal = graph.number_of_edges() - external
    if external + internal > 0:
        (external - internal) / (external + internal)
    candidates = set()
    for s in sz:
        for partner in graph[s]:
            for t in graph[partner]:
                if t in ez_set and not graph.has_edge(s, t):
                    candidates.add((s, t))
    sorted(nx.adamic_adar_index(graph, candidates), key=lambda scored: -scored[2])
    return bridging


task = json.load(sys.stdin)
timings = []
for _ in range(task["runs"]):
    start = time.perf_counter()
    bridging = analyse(task["file"])
    timings.append((time.perf_counter() - start) * 1000)
json.dump({"version": nx.__version__, "ms": timings, "bridging": bridging, "cpu_ms": time.process_time() * 1000}, sys.stdout)
