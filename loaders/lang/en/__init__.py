"""English language data (normalisation, titles, groups, lexicons)."""
