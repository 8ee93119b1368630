"""The one exception hierarchy of rightsgraph.

Every error the library raises on purpose derives from :class:`RightsgraphError`, so the
command line can turn it into one line on stderr and an exit code, and callers can catch
the whole family with one ``except``.
"""

from __future__ import annotations


class RightsgraphError(Exception):
    """Base class of every error raised on purpose by rightsgraph.

    ``exit_code`` is what the command line returns for it: 1 for data or runtime errors,
    2 for usage errors (malformed query, update sent to ``query``...).
    """

    exit_code = 1


class BadInputError(RightsgraphError):
    """A document that cannot be read: empty, binary, wrongly encoded, truncated..."""

    def __init__(self, source: str, reason: str):
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


class StoreError(RightsgraphError):
    """The store cannot be opened, is missing, or a write failed."""


class StoreLockedError(StoreError):
    """Another process holds the store's write lock."""


class QuerySyntaxError(RightsgraphError):
    """A SPARQL query or update that does not parse, or an update sent to ``query``."""

    exit_code = 2


class QueryTimeoutError(RightsgraphError):
    """A query ran longer than its ``--timeout``."""


class UsageError(RightsgraphError):
    """Arguments that do not fit together (unknown named query, missing parameter...)."""

    exit_code = 2
