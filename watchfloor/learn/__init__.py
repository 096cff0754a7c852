"""Learned models on top of the rules (issue 4, "learning where it pays").

Rules and lexicons decide first; a small linear model re-ranks where it measurably helps.
Shipped weights live in ``watchfloor/data/models/`` and are rebuilt by ``make train`` from data
whose licence allows it; ``watchfloor train`` writes an analyst's own model to
``$WATCHFLOOR_HOME/models/``, which is preferred over the shipped one.

    from watchfloor.learn import logreg
    from watchfloor.learn.evloc import active_model, train
"""
from __future__ import annotations

from watchfloor.learn.logreg import LogReg, fit_logreg

__all__ = ["LogReg", "fit_logreg"]
