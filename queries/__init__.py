"""Named SPARQL queries (``*.rq`` files shipped with the package) and their runner."""
