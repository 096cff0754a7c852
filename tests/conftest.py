"""Fixtures the slow tests share: the real spaCy pipeline and geoparser, loaded once per session.

Both are read-only once loaded, so one copy serves every module (``load_nlp`` and
``Geoparser.load`` cache them per process).
"""
from __future__ import annotations

from typing import Any

import pytest


@pytest.fixture(scope="module")
def nlp(request: pytest.FixtureRequest) -> Any:
    """The English pipeline; a module that only geoparses sets ``NLP_PARSER = False`` (NER alone)."""
    from watchfloor.nlp import load_nlp

    return load_nlp(parser=getattr(request.module, "NLP_PARSER", True))


@pytest.fixture(scope="session")
def gp() -> Any:
    from watchfloor.geo import Geoparser

    return Geoparser.load()
