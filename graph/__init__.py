"""The store, the command line, SPARQL execution, dumps and coalition networks."""

__version__ = "0.1.0"
