"""Benchmarks of rightsgraph, each side by side with the path a user would otherwise take.

Every measurement runs in a fresh process whose whole process tree is sampled for its
resident memory (peak RSS, workers included); each is repeated (``--reps``, at least 3)
and the median is kept. What matters are the ratios between the two sides measured in
the same run: the machine may be shared, so absolute times are only indicative.

Sections (``--only``, comma-separated; default all but ``scale``):

``extract``  extraction alone and extraction + store on ``--docs`` generated articles:
             docs/s and MB/s per core, serial vs ``--jobs 2`` vs ``--dask local``, and
             spaCy's ``fr_core_news_sm`` NER pass over the same French articles;
``load``     store loading, quads/s: per-document transactions vs ``Store.bulk_load`` of
             N-Quads shards vs rdflib ``Dataset.parse``;
``query``    the named queries (``queries/*.rq``) at ~``--quads`` (vs rdflib SPARQL) and at
             ~``--big-quads`` quads (pyoxigraph only);
``network``  building the coalition network of ~10,000 actors from the store and its
             metrics (graph/network.py, graph/metrics.py), and networkx vs igraph per metric;
``dump``     ``rightsgraph dump`` vs rdflib ``serialize`` of the same quads;
``scale``    ``--scale-docs`` (100,000) articles extracted and loaded with ``--jobs``;
             peak memory at 1/10/100 % of that to show it is flat in N;
``write``    CPU per quad of the store-writing paths (per-document transactions vs
             ``GraphWriter`` bulk batches vs ``Store.load``/``extend``), ``--load-quads``.

Examples
--------
::

    python bench/run.py --docs 1000 --only extract,load --reps 3
    python bench/run.py --only query --quads 1000000 --big-quads 10000000
    python bench/run.py --only scale --scale-docs 100000

Results are printed as Markdown tables and merged into ``--results`` (JSON).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
PYTHON = sys.executable
RG = [PYTHON, "-m", "rightsgraph.graph.cli"]


# ---------------------------------------------------------------------- measuring
def measure(cmd, env=None, timeout=None) -> dict:
    """Run ``cmd``; wall time and peak resident memory of its whole process tree."""
    import psutil

    start = time.perf_counter()
    process = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                               env={**os.environ, **(env or {})})
    root = psutil.Process(process.pid)
    peak = 0
    timed_out = False
    cpu = None
    while process.poll() is None:
        try:
            times = root.cpu_times()
            cpu = (times.user + times.system, times.children_user + times.children_system)
            tree = [root] + root.children(recursive=True)
            total = 0
            for proc in tree:
                try:
                    total += proc.memory_info().rss
                except (psutil.NoSuchProcess, psutil.AccessDenied):
                    pass
            peak = max(peak, total)
        except psutil.NoSuchProcess:
            pass
        if timeout and time.perf_counter() - start > timeout:
            process.kill()
            timed_out = True
            break
        time.sleep(0.05)
    out, err = process.communicate()
    seconds = time.perf_counter() - start
    result = {"seconds": seconds, "peak_mb": peak / 2**20, "returncode": process.returncode,
              "timed_out": timed_out, "stderr": err[-2000:],
              # CPU seconds of the main process and of its (reaped) worker processes, as
              # last sampled before it ended: independent of how busy the machine is.
              "cpu_main_s": cpu[0] if cpu else None, "cpu_children_s": cpu[1] if cpu else None,
              "loadavg": os.getloadavg()[0]}
    lines = [line for line in out.splitlines() if line.startswith("{")]
    if lines:
        result.update(json.loads(lines[-1]))
    if process.returncode != 0 and not timed_out:
        raise RuntimeError(f"{' '.join(map(str, cmd))} failed ({process.returncode}):\n{err[-3000:]}")
    return result


def task(name, *args, **kwargs) -> list:
    """Command line running ``bench/tasks.py NAME`` with JSON arguments."""
    return [PYTHON, str(HERE / "tasks.py"), name, json.dumps({"args": args, "kwargs": kwargs})]


def repeat(reps, make_cmd, key="seconds", before=None, **options) -> dict:
    """Median of ``reps`` runs (``make_cmd(i)`` gives the command), with the max peak memory."""
    runs = []
    for i in range(reps):
        if before:
            before(i)
        runs.append(measure(make_cmd(i), **options))
    values = [r[key] for r in runs]
    best = dict(runs[len(runs) // 2])
    best[key] = statistics.median(values)
    best["runs"] = values
    best["peak_mb"] = max(r["peak_mb"] for r in runs)
    return best


def machine() -> dict:
    """What the numbers were measured on."""
    def first(cmd):
        try:
            return subprocess.run(cmd, capture_output=True, text=True, shell=True).stdout.strip()
        except OSError:
            return "?"

    from importlib.metadata import PackageNotFoundError, version

    versions = {}
    for package in ("rightsgraph", "pyoxigraph", "oxigraph", "rdflib", "networkx", "igraph",
                    "dask", "distributed"):
        try:
            versions[package] = version(package)
        except PackageNotFoundError:
            versions[package] = "not installed"
    return {"nproc": first("nproc"), "free": first("free -h | sed -n 2p"),
            "cpu": first("grep -m1 'model name' /proc/cpuinfo | cut -d: -f2"),
            "python": platform.python_version(), "versions": versions,
            "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())}


def table(title, header, rows) -> str:
    lines = [f"\n### {title}\n", "| " + " | ".join(header) + " |",
             "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(str(c) for c in row) + " |" for row in rows]
    text = "\n".join(lines)
    print(text, flush=True)
    return text


def fmt(value, digits=2):
    if value is None:
        return "–"
    if isinstance(value, str):
        return value
    if value >= 100:
        return f"{value:,.0f}"
    return f"{value:.{digits}f}"


# ---------------------------------------------------------------------- data
def corpus(work: Path, docs: int, seed: int = 1) -> Path:
    # Above 20,000 articles: a folder of JSON-lines parts (single files are capped at 256 MiB).
    path = work / (f"corpus-{docs}-s{seed}.jsonl" if docs <= 20_000 else f"corpus-{docs}-s{seed}")
    if not path.exists():
        subprocess.run([PYTHON, str(HERE / "generate.py"), "--docs", str(docs), "--out", str(path),
                        "--seed", str(seed)], check=True, stdout=subprocess.DEVNULL)
    return path


def synthetic(work: Path, quads: int, shards: int = 1) -> Path:
    out = work / (f"synth-{quads}.nq" if shards == 1 else f"synth-{quads}-x{shards}")
    if not out.exists():
        subprocess.run([PYTHON, str(HERE / "synth.py"), "--quads", str(quads), "--out", str(out),
                        "--shards", str(shards)], check=True, stdout=subprocess.DEVNULL)
    return out


def bulk_store(work: Path, quads: int) -> Path:
    """An on-disk store of ~``quads`` synthetic quads, bulk-loaded once (kept for re-runs)."""
    store = work / f"store-{quads}"
    if not (store / "CURRENT").exists():
        shards = synthetic(work, quads, shards=max(1, quads // 1_000_000))
        measure(task("bulk_load", str(shards), str(store)))
    return store


def _fresh(path: Path):
    import shutil

    shutil.rmtree(path, ignore_errors=True)


# ---------------------------------------------------------------------- sections
def section_extract(args, work: Path) -> dict:
    """Extraction alone, extraction + store (serial, --jobs 2, --dask local), spaCy."""
    data = corpus(work, args.docs)
    extract = [] if args.extract else ["--no-extract"]
    out = {"docs": args.docs, "corpus": str(data)}
    alone = repeat(args.reps, lambda i: task("extract_only", str(data), extract=args.extract))
    out["extract_only"] = alone
    variants = [("serial", [], 1), ("jobs2", ["--jobs", "2"], 2)]
    if args.dask:
        variants.append(("dask-local", ["--dask", "local"], 2))
    runs = {label: [] for label, _, _ in variants}
    for _ in range(args.reps):   # interleaved, so that a busy spell hits every variant
        for label, extra, cores in variants:
            store = work / f"store-load-{label}"
            _fresh(store)
            runs[label].append(measure(RG + ["load", "--store", str(store), "--quiet", *extract,
                                             *extra, str(data)]))
            _fresh(store)
    loads = {}
    for label, extra, cores in variants:
        ordered = sorted(runs[label], key=lambda r: r["seconds"])
        loads[label] = dict(ordered[len(ordered) // 2], cores=cores,
                            runs=[r["seconds"] for r in runs[label]],
                            peak_mb=max(r["peak_mb"] for r in runs[label]))
    out["loads"] = loads
    mb = alone["mb"]
    rows = [["extraction alone (1 process)", fmt(alone["docs"] / alone["extract_s"]),
             fmt(mb / alone["extract_s"]), fmt(mb / alone["extract_s"]), "1.00",
             fmt(alone["peak_mb"], 0)]]
    base = alone["extract_s"]
    for label, result in loads.items():
        seconds = result["seconds"]
        rows.append([f"extraction + store, `load` {label}", fmt(alone["docs"] / seconds),
                     fmt(mb / seconds), fmt(mb / seconds / result["cores"]),
                     fmt(base / seconds), fmt(result["peak_mb"], 0)])
    if "jobs2" in loads:
        serial, jobs2 = loads["serial"], loads["jobs2"]
        out["jobs2_vs_serial"] = serial["seconds"] / jobs2["seconds"]
        rows.append(["**`--jobs 2` vs serial load (wall clock)**", "", "", "",
                     f"**{out['jobs2_vs_serial']:.2f}×**", ""])
        if serial.get("cpu_main_s") and jobs2.get("cpu_main_s"):
            # On two free cores the parallel load cannot beat its critical path: the
            # parent's own CPU (reading + store writes), nor half the total CPU.
            total = jobs2["cpu_main_s"] + jobs2["cpu_children_s"]
            bound = serial["cpu_main_s"] / max(jobs2["cpu_main_s"], total / 2)
            out["jobs2_cpu"] = {"serial_cpu_s": serial["cpu_main_s"], "parent_cpu_s": jobs2["cpu_main_s"],
                                "workers_cpu_s": jobs2["cpu_children_s"], "speedup_bound": bound,
                                "loadavg": [serial.get("loadavg"), jobs2.get("loadavg")]}
            rows.append([f"CPU s: serial {serial['cpu_main_s']:.1f}; --jobs 2 parent "
                         f"{jobs2['cpu_main_s']:.1f} + workers {jobs2['cpu_children_s']:.1f}; "
                         f"load average {serial.get('loadavg', 0):.1f}", "", "", "",
                         f"bound on 2 free cores: {bound:.2f}×", ""])
    table(f"Extraction throughput, {alone['docs']} generated articles ({mb:.1f} MB), "
          f"median of {args.reps}",
          ["path", "docs/s", "MB/s", "MB/s per core", "speed vs extraction alone", "peak RSS MB"],
          rows)
    if args.spacy_python and Path(args.spacy_python).exists():
        ours = repeat(args.reps, lambda i: task("extract_only", str(data), lang="fr",
                                                extract=args.extract))
        theirs = repeat(args.reps, lambda i: [args.spacy_python, str(HERE / "tasks.py"), "spacy_ner",
                                              json.dumps({"args": [str(data)]})])
        out["spacy"] = {"ours": ours, "spacy": theirs,
                        "ratio": theirs["extract_s"] / ours["extract_s"]}
        table(f"French articles only ({ours['docs']}): rightsgraph extraction vs spaCy "
              f"{theirs.get('spacy')} `fr_core_news_sm` NER pass ({'+'.join(theirs['pipeline'])})",
              ["path", "docs/s per core", "MB/s per core", "peak RSS MB"],
              [["rightsgraph extraction (rules + lexicons, all response types)",
                fmt(ours["docs"] / ours["extract_s"]), fmt(ours["mb"] / ours["extract_s"]),
                fmt(ours["peak_mb"], 0)],
               ["spaCy fr_core_news_sm, NER only (entities, no responses)",
                fmt(theirs["docs"] / theirs["extract_s"]), fmt(theirs["mb"] / theirs["extract_s"]),
                fmt(theirs["peak_mb"], 0)],
               ["**rightsgraph / spaCy throughput**", f"**{out['spacy']['ratio']:.1f}×**", "", ""]])
    return out


def section_load(args, work: Path) -> dict:
    """Loading quads: per-document transactions vs bulk_load of shards vs rdflib."""
    nq = synthetic(work, args.load_quads)
    shards = synthetic(work, args.load_quads, shards=8)
    store = work / "store-loadbench"
    runs = {
        "transactional": repeat(args.reps, lambda i: task("load_transactional", str(nq), str(store)),
                                before=lambda i: _fresh(store)),
        "bulk": repeat(args.reps, lambda i: task("bulk_load", str(shards), str(store)),
                       before=lambda i: _fresh(store)),
        "rdflib": repeat(args.reps, lambda i: task("rdflib_parse", str(nq))),
    }
    _fresh(store)
    quads = runs["bulk"]["quads"]
    rows = []
    labels = {"transactional": "per-document transactions (`DROP GRAPH; INSERT DATA`), on disk",
              "bulk": "`Store.bulk_load` of 8 N-Quads shards, on disk",
              "rdflib": "rdflib `Dataset.parse(format='nquads')`, in memory"}
    for key, result in runs.items():
        result["quads_per_s"] = quads / result["load_s"]
        rows.append([labels[key], fmt(result["quads_per_s"]),
                     f"{runs['rdflib']['load_s'] / result['load_s']:.1f}×", fmt(result["peak_mb"], 0)])
    out = {"quads": quads, "runs": runs,
           "bulk_vs_rdflib": runs["rdflib"]["load_s"] / runs["bulk"]["load_s"],
           "bulk_vs_transactional": runs["transactional"]["load_s"] / runs["bulk"]["load_s"]}
    rows.append(["**bulk vs per-document transactions**", "",
                 f"**{out['bulk_vs_transactional']:.1f}×**", ""])
    # The same shards with lenient parsing, two at a time from two threads, and rdflib
    # again right after it (side by side), since the machine's load drifts.
    pair = {"bulk_lenient_2threads": [], "rdflib_again": []}
    for i in range(args.reps):
        _fresh(store)
        pair["bulk_lenient_2threads"].append(measure(task("bulk_load", str(shards), str(store),
                                                          lenient=True, threads=2)))
        pair["rdflib_again"].append(measure(task("rdflib_parse", str(nq))))
    _fresh(store)
    for key, results in pair.items():
        times = sorted(r["load_s"] for r in results)
        runs[key] = dict(results[0], load_s=statistics.median(times), runs=times,
                         peak_mb=max(r["peak_mb"] for r in results))
    ratio = runs["rdflib_again"]["load_s"] / runs["bulk_lenient_2threads"]["load_s"]
    out["bulk_lenient_2threads_vs_rdflib"] = ratio
    rows.append(["`bulk_load(lenient=True)`, 8 shards from 2 threads, on disk",
                 fmt(quads / runs["bulk_lenient_2threads"]["load_s"]),
                 f"{ratio:.1f}× (rdflib re-run alongside: "
                 f"{fmt(quads / runs['rdflib_again']['load_s'])} quads/s)",
                 fmt(runs["bulk_lenient_2threads"]["peak_mb"], 0)])
    table(f"Store loading, {quads:,} synthetic quads of the real shape, median of {args.reps}",
          ["path", "quads/s", "speed vs rdflib", "peak RSS MB"], rows)
    return out


def section_write(args, work: Path) -> dict:
    """CPU per quad of the ways to write document graphs (``load``'s writer), side by side."""
    nq = synthetic(work, args.load_quads)
    store = work / "store-writebench"
    methods = args.write_methods.split(",")
    runs = {m: [] for m in methods}
    for _ in range(args.reps):   # interleaved
        for method in methods:
            _fresh(store)
            runs[method].append(measure(task("write_paths", str(nq), str(store), method)))
    _fresh(store)
    out, rows = {}, []
    for method, results in runs.items():
        results.sort(key=lambda r: r["cpu_s"])
        mid = dict(results[len(results) // 2], cpu_runs=[r["cpu_s"] for r in results],
                   peak_mb=max(r["peak_mb"] for r in results))
        out[method] = mid
        rows.append([f"`{method}`", fmt(mid["us_per_quad_cpu"]), fmt(mid["us_per_quad_main"]),
                     fmt(mid["load_s"]), fmt(mid["peak_mb"], 0)])
    if "transaction" in out and "graphwriter" in out:
        out["graphwriter_vs_transaction_cpu"] = (out["transaction"]["cpu_s"]
                                                 / out["graphwriter"]["cpu_s"])
        rows.append(["**transaction / graphwriter, CPU**",
                     f"**{out['graphwriter_vs_transaction_cpu']:.1f}×**", "", "", ""])
    quads = next(iter(out.values()))["quads"]
    table(f"Writing {quads:,} quads of document graphs into a new on-disk store, median of "
          f"{args.reps} (CPU)", ["path", "µs CPU per quad (process)",
                                  "µs CPU per quad (main thread)", "wall s", "peak RSS MB"], rows)
    return out


def _named_queries() -> list:
    from rightsgraph.queries.named import list_queries

    sys.path.insert(0, str(HERE))
    from tasks import REPRESENTATIVE

    return [q.name if hasattr(q, "name") else q for q in list_queries()] + list(REPRESENTATIVE)


def _query_each(store, reps, timeout, names=None) -> dict:
    """Every named query in its own process, killed after ``timeout`` seconds."""
    out = {}
    for name in names or _named_queries():
        result = measure(task("query_ox", str(store), reps=reps, only=[name]), timeout=timeout)
        if result["timed_out"]:
            out[name] = {"median_s": None, "status": f"timeout > {timeout} s", "rows": "–",
                         "runs": []}
        else:
            out[name] = dict(result["queries"].get(name, {}), status="ok", quads=result["quads"])
        out[name]["peak_mb"] = result["peak_mb"]
    return out


def section_query(args, work: Path) -> dict:
    """Named queries at ~1M quads (pyoxigraph vs rdflib) and ~10M quads (pyoxigraph)."""
    out = {}
    reps = max(args.reps, 5)
    names = args.queries.split(",") if args.queries else None
    if args.quads:
        small = bulk_store(work, args.quads)
        ours = _query_each(small, reps, args.query_timeout, names)
        theirs = measure(task("query_rdflib", str(synthetic(work, args.quads)), reps=args.reps,
                              timeout=args.rdflib_timeout, only=names), timeout=7200)
    else:
        ours, theirs = {}, {}
    quads = next((r["quads"] for r in ours.values() if "quads" in r), args.quads)
    out["small"] = {"quads": quads, "ox": ours, "rdflib": theirs}
    rows = []
    for name, result in ours.items():
        other = theirs.get("queries", {}).get(name, {})
        slow, mine = other.get("median_s"), result.get("median_s")
        status = other.get("status", "not run")
        if mine is None:
            ratio = f"pyoxigraph {result['status']}"
        elif status == "ok" and slow:
            ratio = f"{slow / mine:.0f}×"
        elif status.startswith("timeout"):
            ratio = f"> {args.rdflib_timeout / mine:.0f}× (rdflib {status})"
        else:
            ratio = f"rdflib {status}"
        rows.append([f"`{name}`", fmt(mine * 1000 if mine else None),
                     fmt(slow * 1000 if slow and status == "ok" else None), ratio, result["rows"]])
    if ours:
        table(f"Named queries at {quads:,} quads: pyoxigraph (on disk) vs rdflib SPARQL "
              f"(in memory), median of {reps} (rdflib: of {args.reps}, one run when slow)",
              ["query", "pyoxigraph ms", "rdflib ms", "speed-up", "rows"], rows)
    if args.big_quads:
        big = bulk_store(work, args.big_quads)
        result = _query_each(big, reps, args.query_timeout, names)
        out["big"] = result
        quads = next((r["quads"] for r in result.values() if "quads" in r), args.big_quads)
        rows = [[f"`{n}`", fmt(r["median_s"] * 1000) if r["median_s"] else r["status"],
                 fmt(max(r["runs"]) * 1000) if r["runs"] else "–", r["rows"],
                 "yes" if r["median_s"] and r["median_s"] < 1 else "**no**"]
                for n, r in result.items()]
        table(f"Named queries at {quads:,} quads (pyoxigraph on disk), median of {reps}",
              ["query", "median ms", "slowest ms", "rows", "< 1 s"], rows)
    return out


def section_network(args, work: Path) -> dict:
    """The project's network building + metrics, and networkx vs igraph per metric."""
    store = bulk_store(work, args.quads)
    out = {}
    for key, level in (("project", "principal"), ("project_actor", "actor")):
        try:
            runs = [measure(task("network_project", str(store), level=level)) for _ in range(args.reps)]
        except RuntimeError as exc:
            out[key] = {"error": str(exc)[-500:]}
            continue
        out[key] = dict(runs[-1], runs=runs, peak_mb=max(r["peak_mb"] for r in runs))
        for name in ("build_s", "build_cpu_s", "metrics_s", "metrics_cpu_s", "seconds"):
            out[key][name] = statistics.median(r[name] for r in runs)
    nxr = repeat(args.reps, lambda i: task("network_engines", str(store), "networkx"),
                 key="louvain_s")
    igr = repeat(args.reps, lambda i: task("network_engines", str(store), "igraph"),
                 key="louvain_s")
    out["networkx"], out["igraph"] = nxr, igr
    rows = []
    for metric in ("degree", "strength", "betweenness", "eigenvector", "louvain"):
        a, b = nxr[f"{metric}_s"], igr[f"{metric}_s"]
        note = ""
        if metric == "betweenness":
            a = nxr["betweenness_exact_estimate_s"]
            note = f" (networkx: k=200 sample × {nxr['nodes'] / 200:.0f}, estimate)"
        rows.append([metric + note, fmt(a), fmt(b), f"{a / b:.0f}×" if b else "–"])
    table(f"Coalition metrics, {igr['nodes']:,} actors / {igr['edges']:,} ties (seconds)",
          ["metric", "networkx s", "igraph s", "igraph speed-up"], rows)
    rows = []
    for key in ("project", "project_actor"):
        project = out[key]
        if "build_s" not in project:
            continue
        rows.append([f"`--level {project['level']}`", project["nodes"], project["edges"],
                     fmt(project["build_s"]), fmt(project["build_cpu_s"]),
                     fmt(project["metrics_s"]), fmt(project["metrics_cpu_s"]),
                     project["betweenness"], fmt(project["peak_mb"], 0)])
    if rows:
        table("The project's path (graph/network.py + graph/metrics.py), median of "
              f"{args.reps} (seconds)",
              ["level", "actors", "ties", "build wall", "build CPU", "metrics wall",
               "metrics CPU", "betweenness", "peak RSS MB"], rows)
    return out


def section_dump(args, work: Path) -> dict:
    """``rightsgraph dump`` vs rdflib serialize of the same quads."""
    store = bulk_store(work, args.quads)
    nq = synthetic(work, args.quads)
    target = work / "dump.nq"
    ours = repeat(args.reps, lambda i: RG + ["dump", "--store", str(store), "--format", "nquads",
                                             "-o", str(target), "--no-void"])
    with_void = repeat(args.reps, lambda i: RG + ["dump", "--store", str(store), "--format", "nquads",
                                                  "-o", str(target)])
    theirs = repeat(args.reps, lambda i: task("dump_rdflib", str(nq)), key="dump_s")
    raw = repeat(args.reps, lambda i: task("dump_oxigraph", str(store), str(target)), key="dump_s")
    quads = sum(1 for _ in open(target, "rb"))
    target.unlink(missing_ok=True)
    out = {"quads": quads, "ours": ours, "with_void": with_void, "rdflib": theirs, "oxigraph": raw,
           "ratio": theirs["dump_s"] / ours["seconds"]}
    table(f"Dump, {quads:,} quads as N-Quads, median of {args.reps}",
          ["path", "quads/s", "CPU s (2nd of the runs)", "peak RSS MB"],
          [["`rightsgraph dump --format nquads --no-void` (sorted, deterministic; whole command)",
            fmt(quads / ours["seconds"]), fmt(ours["cpu_main_s"]), fmt(ours["peak_mb"], 0)],
           ["the same with its VoID/DCAT description (the default)",
            fmt(quads / with_void["seconds"]), fmt(with_void["cpu_main_s"]), fmt(with_void["peak_mb"], 0)],
           ["rdflib `Dataset.serialize(format='nquads')` (serialisation only)",
            fmt(quads / theirs["dump_s"]), fmt(theirs["dump_cpu_s"]), fmt(theirs["peak_mb"], 0)],
           ["pyoxigraph `Store.dump` (unsorted; dump only)",
            fmt(quads / raw["dump_s"]), fmt(raw["dump_cpu_s"]), fmt(raw["peak_mb"], 0)],
           ["**rightsgraph / rdflib**", f"**{out['ratio']:.1f}×**",
            f"**{theirs['dump_cpu_s'] / ours['cpu_main_s']:.1f}×**", ""]])
    return out


def section_scale(args, work: Path) -> dict:
    """The target run: ``--scale-docs`` articles extracted and loaded; memory flat in N."""
    out = {}
    extract = [] if args.extract else ["--no-extract"]
    rows = []
    sizes = {max(1000, args.scale_docs // 100), max(1000, args.scale_docs // 10), args.scale_docs}
    for docs in sorted(sizes):
        data = corpus(work, docs, seed=2)
        store = work / f"store-scale-{docs}"
        _fresh(store)
        extra = ["--jobs", str(args.jobs)] if args.jobs > 1 else []
        before = os.getloadavg()[0]
        result = measure(RG + ["load", "--store", str(store), "--quiet", *extract, *extra,
                               *(["--batch", str(args.batch)] if args.batch else []), str(data)])
        result["loadavg_before"] = before
        result["commit"] = subprocess.run(["git", "-C", str(HERE), "rev-parse", "--short", "HEAD"],
                                          capture_output=True, text=True).stdout.strip()
        _fresh(store)
        files = list(data.glob("*.jsonl")) if data.is_dir() else [data]
        mb = sum(f.stat().st_size for f in files) / 2**20
        out[docs] = result
        parent, workers = result.get("cpu_main_s") or 0, result.get("cpu_children_s") or 0
        # On two idle cores the run cannot be shorter than its critical path: the parent's
        # own CPU (reading, writing the store) or half of all the CPU spent.
        bound = max(parent, (parent + workers) / max(1, args.jobs))
        rows.append([f"{docs:,}", fmt(result["seconds"]), fmt(docs / result["seconds"]),
                     fmt(mb / result["seconds"] / max(1, args.jobs)),
                     f"{parent:.0f} + {workers:.0f}", fmt(bound),
                     f"{before:.1f} / {result['loadavg']:.1f}", fmt(result["peak_mb"], 0)])
    table(f"End to end: generate → `rightsgraph load --jobs {args.jobs}` (one run each)",
          ["documents", "seconds", "docs/s", "MB/s per core", "CPU s: parent + workers",
           "CPU-bound seconds on idle cores", "load average before / after",
           "peak RSS MB (all processes)"], rows)
    return out


SECTIONS = {"extract": section_extract, "load": section_load, "query": section_query,
            "network": section_network, "dump": section_dump, "scale": section_scale,
            "write": section_write}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=1000, help="articles for the extraction section")
    parser.add_argument("--reps", type=int, default=3, help="repetitions (median kept; at least 3)")
    parser.add_argument("--only", default="extract,load,query,network,dump",
                        help=f"sections, comma-separated: {', '.join(SECTIONS)}")
    parser.add_argument("--load-quads", type=int, default=1_000_000)
    parser.add_argument("--quads", type=int, default=1_000_000,
                        help="store size for the query (vs rdflib), network and dump sections")
    parser.add_argument("--big-quads", type=int, default=0, help="also time queries at this size")
    parser.add_argument("--scale-docs", type=int, default=100_000)
    parser.add_argument("--jobs", type=int, default=2, help="--jobs of the scale section")
    parser.add_argument("--write-methods", default="transaction,graphwriter,load,extend",
                        help="write section: methods of bench/tasks.py write_paths")
    parser.add_argument("--batch", type=int, default=0,
                        help="--batch of the scale section's loads (default: the load's own)")
    parser.add_argument("--rdflib-timeout", type=int, default=120,
                        help="seconds after which an rdflib query is stopped")
    parser.add_argument("--queries", help="only these queries (comma-separated names)")
    parser.add_argument("--query-timeout", type=int, default=300,
                        help="seconds after which a pyoxigraph query (all its runs) is stopped")
    parser.add_argument("--no-extract", dest="extract", action="store_false",
                        help="time the plumbing only (no extractor)")
    parser.add_argument("--no-dask", dest="dask", action="store_false")
    parser.add_argument("--spacy-python", default=os.environ.get("SPACY_PYTHON"),
                        help="a Python with spaCy and fr_core_news_sm (kept out of the project)")
    parser.add_argument("--work", default=os.environ.get("BENCH_WORK", "/tmp/rightsgraph-bench"),
                        help="scratch folder (corpora, synthetic quads and stores are kept here)")
    parser.add_argument("--results", default=str(HERE / "results.json"))
    args = parser.parse_args(argv)
    if args.reps < 3:
        parser.error("--reps must be at least 3 (medians of at least three runs)")
    work = Path(args.work)
    work.mkdir(parents=True, exist_ok=True)
    results_path = Path(args.results)
    results = json.loads(results_path.read_text()) if results_path.exists() else {}
    results["machine"] = machine()
    print(f"machine: {json.dumps(results['machine'])}\ncommand: {' '.join(sys.argv)}", flush=True)
    for name in args.only.split(","):
        name = name.strip()
        if name not in SECTIONS:
            parser.error(f"unknown section {name!r}")
        start = time.perf_counter()
        results[name] = SECTIONS[name](args, work)
        results[name]["command"] = " ".join(["python bench/run.py", *sys.argv[1:]])
        results[name]["machine"] = results["machine"]
        print(f"({name}: {time.perf_counter() - start:.0f} s)", flush=True)
        results_path.write_text(json.dumps(results, indent=1, default=str))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
