"""Reading documents and extracting actors, responses and events into RDF."""
