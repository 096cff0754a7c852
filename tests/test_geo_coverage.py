"""Gazetteer coverage and resolution rules added for issue 3: country centres, county points,
Arabic article-less names, seas, place-taking verbs."""
from __future__ import annotations

import math

import pytest

from watchfloor.geo import Gazetteer

pytestmark = pytest.mark.slow
NLP_PARSER = False  # NER alone, as the geoparser runs (tests/conftest.py)


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h))


def test_country_point_is_the_main_landmass_centre():
    g = Gazetteer.load()
    us = g.country("USA")
    assert us is not None and _km(us.lat, us.lon, 39.83, -98.58) < 150  # Lebanon, Kansas: not Alaska-pulled
    fr = g.country("FRA")
    assert fr is not None and _km(fr.lat, fr.lon, 46.6, 2.4) < 150  # overseas departments left out


def test_us_counties_have_their_own_points():
    g = Gazetteer.load()
    walker = {c.admin1: c for c in g.lookup("Walker County") if c.feature == "admin2"}
    assert _km(walker["Texas"].lat, walker["Texas"].lon, 30.74, -95.57) < 60
    assert walker["Texas"].precision_km < 50


def test_arabic_names_without_the_article(nlp, gp):
    places = {p.text: p for p in gp.parse(nlp("Troops deployed to Anbar. Kurdish forces hold Qamishli."))}
    assert places["Anbar"].country == "IRQ" and places["Anbar"].feature == "admin1"
    assert places["Qamishli"].country == "SYR"


def test_seas_and_particles(nlp, gp):
    places = {p.text: p for p in gp.parse(nlp("A ship sank in the Arabian Sea. Fighting went on in Deir ez-Zor."))}
    assert places["Arabian Sea"].feature == "water"
    assert places["Deir ez-Zor"].country == "SYR"


def test_place_taking_verb(nlp, gp):
    places = {p.text: p for p in gp.parse(nlp("Rebels captured Birao on Sunday."))}
    assert places["Birao"].country == "CAF"

