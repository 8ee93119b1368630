"""French language data (normalisation, titles, groups, lexicons)."""
