"""CPU seconds of extraction + RDF mapping (no store) over a corpus, reading excluded.

Usage::

    python bench/generate.py --docs 1000 --out corpus1000.jsonl     # see generate.py --help
    python bench/extract_cpu.py corpus1000.jsonl

Lexicons are warmed on one document per language first; the figure is CPU time
(``time.process_time``), so it depends less on other load of the machine than wall time.
Run it several times, interleaved with the version you compare against, and quote medians.
"""

import sys
import time

from rightsgraph.loaders.documents import iter_documents
from rightsgraph.loaders.pipeline import document_batches


def main(corpus: str) -> None:
    docs = [d for _, d in iter_documents([corpus]) if not isinstance(d, Exception)]
    seen = set()
    for d in docs:
        if d.lang not in seen:
            seen.add(d.lang)
            list(document_batches(d))
    start = time.process_time()
    quads = 0
    for d in docs:
        for batch in document_batches(d):
            quads += len(batch)
    cpu = time.process_time() - start
    print(f"{len(docs)} docs {quads} quads cpu {cpu:.3f}s {1000 * cpu / len(docs):.3f} ms/doc "
          f"{len(docs) / cpu:.1f} docs/s", flush=True)


if __name__ == "__main__":
    main(sys.argv[1])
