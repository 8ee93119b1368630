"""Gazetteer of actors and places (ar/fr/en) and the matcher that finds them in text."""

from .lookup import Gazetteer, Mention, get_gazetteer

__all__ = ["Gazetteer", "Mention", "get_gazetteer"]
