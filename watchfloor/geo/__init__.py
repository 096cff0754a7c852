"""Geoparsing: the gazetteer, country borders, and the toponym recogniser/resolver.

``Geoparser.load().parse(doc)`` turns a spaCy ``Doc`` into ``Place`` mentions;
``country_at``/``nearest_border``/``border_distance`` answer border questions.
"""
from __future__ import annotations

from watchfloor.geo.borders import border_distance, country_at, nearest_border
from watchfloor.geo.gazetteer import Candidate, Gazetteer, build_gazetteer
from watchfloor.geo.geoparser import GeoContext, Geoparser

__all__ = ["Gazetteer", "Candidate", "build_gazetteer", "Geoparser", "GeoContext", "country_at", "nearest_border",
           "border_distance"]
