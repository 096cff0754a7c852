"""``/api/articles``: stored reports, and one report with its events' evidence highlighted."""
from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Path, Query

from watchfloor.web.deps import ERRORS, PageDep, QueriesDep, next_offset
from watchfloor.web.schemas import ArticleOut, ArticlePage, Problem
from watchfloor.web.text import highlights, segments

router = APIRouter(prefix="/articles", tags=["articles"], responses=ERRORS)


@router.get("", response_model=ArticlePage, summary="Stored articles, newest first")
def list_articles(q: QueriesDep, paging: PageDep,
                  source: Annotated[str | None, Query(max_length=500)] = None) -> dict[str, Any]:
    limit, offset = paging
    rows, total = q.articles(limit=limit, offset=offset, source=source)
    return {"total": total, "limit": limit, "offset": offset,
            "next_offset": next_offset(limit, offset, total), "articles": rows}


@router.get("/{doc_id}", response_model=ArticleOut,
            summary="One article: its text, its events, and their evidence and triggers",
            description="`highlights` are code-point offsets into `text` (as everywhere in "
                        "watchfloor); `segments` is the same text already cut at every highlight "
                        "boundary, for clients whose strings count differently (JavaScript). "
                        "With `event_id`, only that event's evidence and trigger are marked.",
            responses={404: {"model": Problem, "description": "no such article, or the event is not in it"}})
def get_article(q: QueriesDep, doc_id: Annotated[str, Path(max_length=200)],
                event_id: Annotated[str | None, Query(max_length=200)] = None) -> dict[str, Any]:
    article = q.article(doc_id)
    if article is None:
        raise HTTPException(404, f"no article with id {doc_id!r}")
    events = q.events_of_article(doc_id)
    marked = events
    if event_id is not None:
        marked = [e for e in events if e.event_id == event_id]
        if not marked:
            raise HTTPException(404, f"event {event_id!r} is not one of article {doc_id!r}'s events")
    marks = highlights(marked, len(article.text))
    return {"id": article.id, "title": article.title, "url": article.url, "source": article.source,
            "published": article.published, "language": article.language, "text": article.text,
            "events": [e.to_dict() for e in events], "highlights": marks,
            "segments": segments(article.text, marks)}
