"""Arabic language data (normalisation, titles, groups, lexicons)."""
