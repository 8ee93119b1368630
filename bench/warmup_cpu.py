"""Per-process warm-up of extraction versus its steady state, in CPU seconds.

Usage::

    python bench/generate.py --docs 1000 --out corpus1000.jsonl
    python bench/warmup_cpu.py corpus1000.jsonl [--passes 3]

Prints, for one process:

- ``gazetteer``: CPU of loading the gazetteer tables (once per process);
- ``pass 1``: CPU per document of the first extraction pass over the corpus, which also pays the
  lazy compilation of every cue expression that a word of the corpus can start;
- ``pass 2..N``: the same documents again, every expression already compiled (the steady state);
- ``cue expressions``: how many distinct cue expressions the process compiled, and the CPU that
  compiling them all again from scratch takes (``re.purge()`` first).

The difference between pass 1 and the later passes, times the number of documents, is the
one-off cost a process pays before it reaches its steady speed; it is why ``rightsgraph load``
should be given many files at once rather than started once per file. Compare trees by running
this script interleaved with the version you compare against and quote medians.
"""

import argparse
import gc
import re
import time

from rightsgraph.loaders.documents import iter_documents
from rightsgraph.loaders.extract import extract
from rightsgraph.loaders.gazetteer import get_gazetteer


def _compiled_expressions():
    """The distinct cue expressions held by the live cue matchers of this process."""
    from rightsgraph.loaders.cues import MultiMatcher

    sources = set()
    for obj in gc.get_objects():
        if isinstance(obj, MultiMatcher):
            sources.update(obj._compiled)
    return sorted(sources)


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", help="a JSON Lines corpus (bench/generate.py)")
    parser.add_argument("--passes", type=int, default=3, help="extraction passes (>= 2)")
    args = parser.parse_args(argv)
    docs = [d for _, d in iter_documents([args.corpus]) if not isinstance(d, Exception)]
    start = time.process_time()
    get_gazetteer()
    print(f"gazetteer {time.process_time() - start:.2f} s")
    for n in range(1, max(2, args.passes) + 1):
        start = time.process_time()
        for doc in docs:
            extract(doc)
        cpu = time.process_time() - start
        print(f"pass {n}: {1000 * cpu / len(docs):.2f} ms/doc ({len(docs)} docs, {cpu:.2f} s)", flush=True)
    sources = _compiled_expressions()
    re.purge()
    start = time.process_time()
    for source in sources:
        re.compile(source)
    print(f"cue expressions: {len(sources)} compiled; compiling them again takes "
          f"{time.process_time() - start:.2f} s")


if __name__ == "__main__":
    main()
