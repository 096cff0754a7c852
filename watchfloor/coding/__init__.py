"""Event coding: triggers, factuality, dates, actors and the ontology tables → Event records.

    from watchfloor.coding import code_events, might_hold_event
    events = code_events(doc, article=article, places=places, offset=chunk.start)
"""
from __future__ import annotations

from watchfloor.coding.coder import code_events
from watchfloor.coding.dates import resolve_date
from watchfloor.coding.ontology import (CameoCode, acled_types, cameo, cameo_codes, plover,
                                        plover_for_cameo, quad_class_of)
from watchfloor.coding.triggers import might_hold_event

__all__ = ["code_events", "might_hold_event", "resolve_date", "CameoCode", "cameo", "cameo_codes",
           "plover", "plover_for_cameo", "acled_types", "quad_class_of"]
