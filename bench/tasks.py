"""The measured tasks of ``bench/run.py``, each run in a fresh process.

``python bench/tasks.py NAME '{"args": [...], "kwargs": {...}}'`` runs one task and
prints one JSON line with what it measured (times inside the task, counts, and
``maxrss_mb`` from :func:`resource.getrusage`). Keeping each task in its own process
keeps memory figures honest and one measurement from warming the next.
"""

from __future__ import annotations

import json
import resource
import signal
import statistics
import sys
import time
from pathlib import Path


def _maxrss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _read(corpus, lang=None):
    from rightsgraph.loaders.documents import iter_documents

    docs = [doc for _, doc in iter_documents([corpus]) if not isinstance(doc, Exception)]
    return [d for d in docs if lang is None or d.lang == lang]


# ---------------------------------------------------------------------- extraction
def extract_only(corpus, lang=None, extract=True):
    """Read the corpus, then time extraction + RDF mapping alone (no store)."""
    from rightsgraph.loaders.pipeline import document_batches

    start = time.perf_counter()
    docs = _read(corpus, lang)
    read_s = time.perf_counter() - start
    if extract:   # first document apart: lexicons and gazetteer load on first use
        start = time.perf_counter()
        list(document_batches(docs[0], extract=True))
        warm_s = time.perf_counter() - start
    else:
        warm_s = 0.0
    start = time.perf_counter()
    quads = responses = 0
    from rightsgraph.graph.cmd_load import _count_responses

    for doc in docs:
        for batch in document_batches(doc, extract=extract):
            quads += len(batch)
            responses += _count_responses(batch)
    seconds = time.perf_counter() - start
    size = sum(len(d.text.encode("utf-8")) for d in docs)
    return {"docs": len(docs), "mb": size / 2**20, "read_s": read_s, "warm_s": warm_s,
            "extract_s": seconds, "quads": quads, "responses": responses}


def spacy_ner(corpus, lang="fr", model="fr_core_news_sm"):
    """spaCy's NER pass (tok2vec + ner only) over the same documents (needs spaCy)."""
    import spacy

    records = [json.loads(line) for line in open(corpus, encoding="utf-8")]
    texts = [r["text"] for r in records if r.get("lang") == lang]
    start = time.perf_counter()
    nlp = spacy.load(model, exclude=["parser", "morphologizer", "lemmatizer", "attribute_ruler",
                                     "senter"])
    load_s = time.perf_counter() - start
    start = time.perf_counter()
    entities = sum(len(doc.ents) for doc in nlp.pipe(texts, batch_size=64))
    seconds = time.perf_counter() - start
    return {"docs": len(texts), "mb": sum(len(t.encode("utf-8")) for t in texts) / 2**20,
            "extract_s": seconds, "load_s": load_s, "entities": entities,
            "pipeline": nlp.pipe_names, "spacy": spacy.__version__}


# ---------------------------------------------------------------------- loading
def _graph_groups(nq):
    import pyoxigraph as ox

    current, quads = None, []
    for quad in ox.parse(path=str(nq), format=ox.RdfFormat.N_QUADS):
        if quad.graph_name != current and quads:
            yield current, quads
            quads = []
        current = quad.graph_name
        quads.append(quad)
    if quads:
        yield current, quads


def load_transactional(nq, store):
    """One transaction per document graph (RightsStore.replace_graph), as ``load`` does."""
    from rightsgraph.graph.store import RightsStore

    groups = list(_graph_groups(nq))   # parsing is not what is measured
    start = time.perf_counter()
    count = 0
    with RightsStore.open(store) as rs:
        for graph, quads in groups:
            count += rs.replace_graph(graph, quads)
    return {"load_s": time.perf_counter() - start, "quads": count, "graphs": len(groups)}


def bulk_load(shards, store, lenient=False, threads=1):
    """``Store.bulk_load`` of every N-Quads shard of a folder (or one file) into a new store.

    ``threads`` > 1 loads that many shards at a time from as many threads (pyoxigraph
    releases the GIL while it loads).
    """
    from concurrent.futures import ThreadPoolExecutor

    import pyoxigraph as ox

    paths = sorted(Path(shards).glob("*.nq")) if Path(shards).is_dir() else [Path(shards)]
    start, cpu = time.perf_counter(), time.process_time()
    db = ox.Store(store)

    def one(path):
        db.bulk_load(path=str(path), format=ox.RdfFormat.N_QUADS, lenient=lenient)

    if threads > 1:
        with ThreadPoolExecutor(threads) as pool:
            list(pool.map(one, paths))
    else:
        for path in paths:
            one(path)
    db.flush()
    seconds = time.perf_counter() - start
    return {"load_s": seconds, "cpu_s": time.process_time() - cpu, "quads": len(db),
            "shards": len(paths), "lenient": lenient, "threads": threads}


def write_paths(nq, store, method, batch_docs=1000):
    """CPU cost per quad of the ways ``rightsgraph load`` can write document graphs.

    The N-Quads are grouped per graph and serialised beforehand (not measured), as the
    workers of ``load --jobs`` hand them over. ``method``: ``transaction`` (one ``DROP
    GRAPH; INSERT DATA`` per document, the path before GraphWriter), ``graphwriter``
    (:class:`GraphWriter`: bulk loads of ``batch_docs`` new documents under markers),
    ``load`` (``Store.load``, transactional, ``batch_docs`` documents per call),
    ``extend`` (``Store.extend`` of parsed quads, transactional) and ``bulk_extend``.
    CPU seconds are the whole process's (RocksDB and bulk-loader threads included) and
    the main thread's.
    """
    import pyoxigraph as ox

    from rightsgraph.graph.store import GraphWriter, RightsStore

    docs = [(graph.value, ox.serialize(quads, format=ox.RdfFormat.N_QUADS), quads)
            for graph, quads in _graph_groups(nq)]
    count = sum(len(quads) for _, _, quads in docs)
    rs = RightsStore.open(store)
    start, cpu, main = time.perf_counter(), time.process_time(), time.thread_time()
    if method == "transaction":
        for graph, data, quads in docs:
            rs.replace_graph_nquads(graph, data, len(quads))
    elif method == "graphwriter":
        with GraphWriter(rs, batch_docs=batch_docs) as writer:
            for graph, data, quads in docs:
                writer.write(graph, data, len(quads))
    else:
        for at in range(0, len(docs), batch_docs):
            part = docs[at:at + batch_docs]
            if method == "load":
                rs.ox.load(b"".join(d for _, d, _ in part), format=ox.RdfFormat.N_QUADS,
                           lenient=True)
            elif method == "extend":
                rs.ox.extend([q for _, _, quads in part for q in quads])
            else:
                rs.ox.bulk_extend([q for _, _, quads in part for q in quads])
    rs.close()
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    main = time.thread_time() - main
    return {"method": method, "batch_docs": batch_docs, "quads": count, "graphs": len(docs),
            "load_s": seconds, "cpu_s": cpu, "main_thread_cpu_s": main,
            "us_per_quad_cpu": cpu / count * 1e6, "us_per_quad_main": main / count * 1e6}


def rdflib_parse(nq):
    """The naive path: rdflib ``Dataset.parse`` of the same N-Quads."""
    from rdflib import Dataset

    start = time.perf_counter()
    ds = Dataset()
    ds.parse(str(nq), format="nquads")
    seconds = time.perf_counter() - start
    return {"load_s": seconds, "quads": sum(1 for _ in ds.quads((None, None, None, None)))}


# ---------------------------------------------------------------------- queries
REPRESENTATIVE = {
    # Queries of the named queries' shapes, written so that actor descriptions repeated in
    # every document graph do not multiply the solutions (see bench/README.md).
    "rep:responses-to-event": """
SELECT DISTINCT ?response ?type ?agent ?date WHERE {
  ?response rg:respondsTo ?event ; a ?type ; rg:agent ?agent .
  OPTIONAL { ?response rg:date ?date }
}""",
    "rep:cosigner-pairs": """
SELECT ?a ?b (COUNT(DISTINCT ?act) AS ?acts) WHERE {
  ?act rg:agent ?a , ?b . FILTER(STR(?a) < STR(?b))
} GROUP BY ?a ?b ORDER BY DESC(?acts) ?a ?b LIMIT 100""",
    "rep:counts-by-type": """
SELECT ?type (COUNT(DISTINCT ?response) AS ?n) WHERE {
  ?response rg:agent ?agent ; a ?type .
} GROUP BY ?type ORDER BY DESC(?n)""",
    "rep:actors-of-event-labelled": """
SELECT ?agent ?label (COUNT(DISTINCT ?response) AS ?acts) WHERE {
  ?response rg:respondsTo ?event ; rg:agent ?agent .
  OPTIONAL { SELECT DISTINCT ?agent ?label WHERE { ?agent skos:prefLabel ?label FILTER(LANG(?label) = "en") } }
} GROUP BY ?agent ?label ORDER BY DESC(?acts)""",
}


def _query_plan(store_select):
    """The named queries with values for their required parameters, taken from the data,
    then the representative queries (bound to the same event)."""
    import pyoxigraph as ox

    from rightsgraph.queries.named import get_query, list_queries, prepare

    top = store_select(
        "SELECT ?e (COUNT(?r) AS ?n) WHERE { ?r rg:respondsTo ?e } GROUP BY ?e ORDER BY DESC(?n) LIMIT 1")
    actor = store_select(
        "SELECT ?a (COUNT(?r) AS ?n) WHERE { ?r rg:agent ?a } GROUP BY ?a ORDER BY DESC(?n) LIMIT 1")
    event = top[0] if top else None
    actor = actor[0] if actor else None
    plan = []
    for entry in list_queries():
        name = entry.name if hasattr(entry, "name") else entry
        params = []
        for param in get_query(name).params:
            if param.default is None and not param.optional:
                value = actor if "actor" in param.name else event
                if param.kind == "IRI" and value:
                    params.append(f"{param.name}=<{value}>")
                elif param.kind == "type":
                    params.append(f"{param.name}=Condemnation")
                else:
                    params = None
                    break
        if params is None:
            continue
        text, substitutions = prepare(name, params)
        plan.append((name, text, substitutions))
    for name, text in REPRESENTATIVE.items():
        subs = {ox.Variable("event"): ox.NamedNode(event)} if "?event" in text and event else {}
        if subs:
            text = text.replace("SELECT DISTINCT ?response", "SELECT DISTINCT ?event ?response", 1)
            text = text.replace("SELECT ?agent ?label", "SELECT ?event ?agent ?label", 1)
            text = text.replace("GROUP BY ?agent ?label", "GROUP BY ?event ?agent ?label", 1)
        plan.append((name, text, subs))
    return plan


def _ox_select(store):
    from rightsgraph.ontology.namespace import PREFIXES

    def select(text):
        return [s[0].value for s in store.query(text, use_default_graph_as_union=True,
                                                prefixes=PREFIXES)]
    return select


def _cached_select(store, select):
    """``select`` whose results are kept beside the store (the parameter look-ups scan the
    whole store: done once, not in every measured process)."""
    cache = Path(str(store).rstrip("/") + ".params.json")
    known = json.loads(cache.read_text()) if cache.exists() else {}

    def cached(text):
        if text not in known:
            known[text] = select(text)
            cache.write_text(json.dumps(known))
        return known[text]
    return cached


def query_ox(store, reps=5, only=None):
    """Median latency of every named query on a pyoxigraph store (results consumed)."""
    import pyoxigraph as ox

    from rightsgraph.ontology.namespace import PREFIXES

    db = ox.Store.read_only(store)
    plan = _query_plan(_cached_select(store, _ox_select(db)))
    out = {}
    for name, text, substitutions in plan:
        if only and name not in only:
            continue
        times, rows = [], 0
        for _ in range(reps):
            start = time.perf_counter()
            result = db.query(text, use_default_graph_as_union=True, prefixes=PREFIXES,
                              substitutions=substitutions)
            rows = sum(1 for _ in result) if hasattr(result, "__iter__") else int(bool(result))
            times.append(time.perf_counter() - start)
        out[name] = {"median_s": statistics.median(times), "runs": times, "rows": rows}
    return {"queries": out, "quads": len(db)}


class _Timeout(Exception):
    pass


def query_rdflib(nq, reps=3, timeout=120, only=None):
    """The same named queries with rdflib SPARQL over a Dataset parsed from the N-Quads."""
    from rdflib import Dataset, Literal, URIRef

    import pyoxigraph as ox
    from rightsgraph.ontology.namespace import PREFIXES

    start = time.perf_counter()
    ds = Dataset(default_union=True)
    ds.parse(str(nq), format="nquads")
    parse_s = time.perf_counter() - start
    db = ox.Store()
    db.bulk_load(path=str(nq), format=ox.RdfFormat.N_QUADS)
    plan = _query_plan(_ox_select(db))
    del db

    def term(value):
        if isinstance(value, ox.NamedNode):
            return URIRef(value.value)
        datatype = URIRef(value.datatype.value) if value.datatype else None
        return Literal(value.value, lang=value.language, datatype=None if value.language else datatype)

    def alarm(signum, frame):
        raise _Timeout()

    signal.signal(signal.SIGALRM, alarm)
    out = {}
    for name, text, substitutions in plan:
        if only and name not in only:
            continue
        bindings = {str(k.value): term(v) for k, v in substitutions.items()}
        times, rows, status = [], 0, "ok"
        for _ in range(reps):
            signal.alarm(timeout)
            start = time.perf_counter()
            try:
                rows = sum(1 for _ in ds.query(text, initNs=PREFIXES, initBindings=bindings))
                times.append(time.perf_counter() - start)
            except _Timeout:
                times.append(float(timeout))
                status = f"timeout > {timeout} s"
                break
            except Exception as exc:   # noqa: BLE001 - benchmark: record rdflib's failure
                status = f"error: {type(exc).__name__}: {str(exc)[:120]}"
                break
            finally:
                signal.alarm(0)
            if times[-1] > timeout / 3:
                break   # one slow run is enough to bound the ratio
        out[name] = {"median_s": statistics.median(times) if times else None, "runs": times,
                     "rows": rows, "status": status}
    return {"queries": out, "parse_s": parse_s}


# ---------------------------------------------------------------------- networks
def network_project(store, level="principal"):
    """The project's path: build the coalition network from the store, then annotate it.

    ``level="actor"`` keeps officials and bodies as nodes (about 9,000 actors at 1M
    quads instead of 4,000). Wall and CPU seconds of each step; igraph is imported
    inside the metrics step, as in the CLI.
    """
    import pyoxigraph as ox

    from rightsgraph.graph import metrics, network
    from rightsgraph.graph.store import RightsStore

    rs = RightsStore(ox.Store.read_only(store), Path(store), read_only=True)
    start, cpu = time.perf_counter(), time.process_time()
    graph = network.build_network(network.store_select(rs), network.NetworkFilter(level=level))
    build_s, build_cpu_s = time.perf_counter() - start, time.process_time() - cpu
    start, cpu = time.perf_counter(), time.process_time()
    summary = metrics.annotate(graph)
    metrics_s, metrics_cpu_s = time.perf_counter() - start, time.process_time() - cpu
    return {"build_s": build_s, "metrics_s": metrics_s, "build_cpu_s": build_cpu_s,
            "metrics_cpu_s": metrics_cpu_s, "level": level, "nodes": graph.number_of_nodes(),
            "edges": graph.number_of_edges(), "engine": summary.get("engine"),
            "betweenness": summary.get("betweenness"),
            "communities": len(summary["communities"]), "modularity": summary["modularity"]}


def _coalition_graph(store):
    """Co-signing and aligned ties between actors, read with one SPARQL query each."""
    import networkx as nx
    import pyoxigraph as ox

    from rightsgraph.ontology.namespace import PREFIXES

    db = ox.Store.read_only(store)
    graph = nx.Graph()
    for s in db.query("SELECT ?a ?b WHERE { ?r rg:agent ?a , ?b FILTER(STR(?a) < STR(?b)) }",
                      use_default_graph_as_union=True, prefixes=PREFIXES):
        a, b = s[0].value, s[1].value
        weight = graph.edges[a, b]["weight"] + 1 if graph.has_edge(a, b) else 1
        graph.add_edge(a, b, weight=weight)
    for s in db.query("SELECT DISTINCT ?a WHERE { ?r rg:agent ?a }",
                      use_default_graph_as_union=True, prefixes=PREFIXES):
        graph.add_node(s[0].value)
    return graph


def network_engines(store, engine, betweenness_sample=200, seed=42):
    """One engine's metrics on the coalition graph of the store (networkx or igraph)."""
    import networkx as nx

    graph = _coalition_graph(store)
    out = {"nodes": graph.number_of_nodes(), "edges": graph.number_of_edges(), "engine": engine}
    for _, _, data in graph.edges(data=True):
        data["distance"] = 1.0 / data["weight"]
    if engine == "networkx":
        steps = {
            "degree": lambda: dict(graph.degree()),
            "strength": lambda: dict(graph.degree(weight="weight")),
            "betweenness": lambda: nx.betweenness_centrality(
                graph, k=betweenness_sample, weight="distance", seed=seed),
            # (the numpy variant needs scipy, which is not installed: power iteration)
            "eigenvector": lambda: nx.eigenvector_centrality(
                graph.subgraph(max(nx.connected_components(graph), key=len)), weight="weight",
                max_iter=1000, tol=1e-6),
            "louvain": lambda: nx.community.louvain_communities(graph, weight="weight", seed=seed),
        }
    else:
        import igraph as ig

        nodes = list(graph.nodes)
        index = {n: i for i, n in enumerate(nodes)}
        start = time.perf_counter()
        g = ig.Graph(n=len(nodes), edges=[(index[a], index[b]) for a, b in graph.edges()])
        g.es["weight"] = [d["weight"] for _, _, d in graph.edges(data=True)]
        g.es["distance"] = [d["distance"] for _, _, d in graph.edges(data=True)]
        out["convert_s"] = time.perf_counter() - start
        steps = {
            "degree": lambda: g.degree(),
            "strength": lambda: g.strength(weights="weight"),
            "betweenness": lambda: g.betweenness(weights="distance"),
            "eigenvector": lambda: g.eigenvector_centrality(weights="weight"),
            "louvain": lambda: g.community_multilevel(weights="weight"),
        }
    for name, step in steps.items():
        start = time.perf_counter()
        step()
        out[f"{name}_s"] = time.perf_counter() - start
    if engine == "networkx":
        # Sampled betweenness (k pivots) scales linearly in k: estimate the exact cost.
        out["betweenness_exact_estimate_s"] = out["betweenness_s"] * graph.number_of_nodes() / betweenness_sample
    return out


# ---------------------------------------------------------------------- dumps
def dump_rdflib(nq, fmt="nquads"):
    """rdflib: parse (not timed), then serialize (timed)."""
    from rdflib import Dataset

    ds = Dataset()
    ds.parse(str(nq), format="nquads")
    start, cpu = time.perf_counter(), time.process_time()
    data = ds.serialize(format="nquads" if fmt == "nquads" else "trig", encoding="utf-8")
    return {"dump_s": time.perf_counter() - start, "dump_cpu_s": time.process_time() - cpu,
            "bytes": len(data)}


def dump_oxigraph(store, target):
    """pyoxigraph's own ``Store.dump`` as N-Quads (store order, not sorted): the floor."""
    import pyoxigraph as ox

    db = ox.Store.read_only(store)
    start, cpu = time.perf_counter(), time.process_time()
    db.dump(str(target), format=ox.RdfFormat.N_QUADS)
    return {"dump_s": time.perf_counter() - start, "dump_cpu_s": time.process_time() - cpu}


TASKS = {name: obj for name, obj in globals().items()
         if callable(obj) and not name.startswith("_") and obj.__module__ == __name__}


def main(argv=None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    name, spec = argv[0], json.loads(argv[1] if len(argv) > 1 else "{}")
    result = TASKS[name](*spec.get("args", ()), **spec.get("kwargs", {}))
    result["maxrss_mb"] = _maxrss_mb()
    print(json.dumps(result, default=str))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
