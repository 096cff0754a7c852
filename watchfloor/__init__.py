"""watchfloor: news reports in, a geolocated and explainable record of events out."""
from __future__ import annotations

from watchfloor.model import Actor, Article, Event, Place, TextSpan

__version__ = "0.1.0"
__all__ = ["Actor", "Article", "Event", "Place", "TextSpan", "__version__"]
