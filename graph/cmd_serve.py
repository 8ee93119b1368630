"""``rightsgraph serve``: the store as a read-only SPARQL 1.1 endpoint on 127.0.0.1.

Examples::

    rightsgraph serve --store rights-store            # http://127.0.0.1:7878/query
    rightsgraph serve --port 8080 --timeout 10
    curl -H 'Accept: text/csv' --data-urlencode 'query=SELECT * { ?s a rg:Document }' \\
        http://127.0.0.1:7878/query

Stops on Ctrl-C or SIGTERM (exit 0). Only loopback addresses are accepted for ``--bind``;
put a reverse proxy in front to publish the endpoint.
"""

from __future__ import annotations

import signal
import threading
import sys

from rightsgraph.ontology.errors import UsageError

from .cli import add_store_argument
from .serve import DEFAULT_PORT, make_server


def add_arguments(parser) -> None:
    parser.add_argument("--port", type=int, default=DEFAULT_PORT,
                        help=f"TCP port (default {DEFAULT_PORT}; 0 picks a free one)")
    parser.add_argument("--bind", default="127.0.0.1", metavar="ADDR",
                        help="loopback address to listen on (127.0.0.1, ::1 or localhost)")
    parser.add_argument("--timeout", type=float, default=30.0, metavar="SECONDS",
                        help="stop a query after this long with 503 (default 30; 0 for none)")
    parser.add_argument("--workers", type=int, default=2, metavar="N",
                        help="queries run at the same time (worker processes, default 2)")
    parser.add_argument("--log", action="store_true", help="log every request on stderr")
    add_store_argument(parser)


def run(args) -> int:
    from .store import resolve_store_path

    if not 0 <= args.port <= 65535:
        raise UsageError(f"--port {args.port}: not a TCP port")
    if args.workers < 1:
        raise UsageError("--workers must be at least 1")
    if args.timeout < 0:
        raise UsageError("--timeout cannot be negative")
    store_path = resolve_store_path(args.store)
    server = make_server(store_path, args.bind, args.port, args.workers, args.timeout, args.log)
    def stop(signum, frame):
        # Ask the serving loop to finish from another thread (shutdown() waits for it):
        # no exception is thrown into whatever the main thread is doing at that moment.
        threading.Thread(target=server.shutdown, daemon=True).start()

    previous = signal.signal(signal.SIGTERM, stop)
    try:
        print(f"serving {store_path} read-only at {server.url} (Ctrl-C to stop)",
              file=sys.stderr, flush=True)
        server.serve_forever()
        print("stopped", file=sys.stderr)
    except KeyboardInterrupt:
        print("stopped", file=sys.stderr)
    finally:
        signal.signal(signal.SIGTERM, previous)
        server.server_close()
        server.pool.close()
    return 0
