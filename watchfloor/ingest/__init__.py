"""Readers that turn files, folders and standard input into Articles (feeds and URLs: issue 5)."""
from __future__ import annotations

from watchfloor.ingest.language import detect_language, is_english
from watchfloor.ingest.readers import MAX_BYTES, DocError, article_from_html, read_documents, read_path

__all__ = ["DocError", "MAX_BYTES", "article_from_html", "detect_language", "is_english",
           "read_documents", "read_path"]
