"""The rightsgraph ontology: OWL terms, SHACL shapes, generated namespaces and errors."""
