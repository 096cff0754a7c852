"""``POST /api/ingest``: read JSON articles, extract their events, store them (token required).

The API is read-only unless the server was started with a token in its environment
(``WATCHFLOOR_TOKEN`` by default); then ingestion needs ``Authorization: Bearer <token>``.
"""
from __future__ import annotations

import hmac
from typing import Annotated, Any

from fastapi import APIRouter, Header, HTTPException

from watchfloor.model import Article
from watchfloor.web.deps import ERRORS, StateDep
from watchfloor.web.schemas import IngestRequest, IngestResponse, Problem

router = APIRouter(tags=["ingest"])

AUTH_ERRORS: dict[int | str, dict[str, Any]] = {
    400: {"model": Problem, "description": "the body is not JSON"},
    401: {"model": Problem, "description": "no `Authorization: Bearer <token>` header"},
    403: {"model": Problem, "description": "wrong token, or ingestion is switched off (no token set)"},
    413: {"model": Problem, "description": "too many articles, or an article too long"},
    503: ERRORS[503],
}


def check_token(s: Any, authorization: str | None) -> None:
    if s.token is None:
        raise HTTPException(403, f"ingestion is switched off: this server is read-only; start it "
                                 f"with {s.token_env} set to enable POST /api/ingest")
    if not authorization:
        raise HTTPException(401, "send the token as `Authorization: Bearer <token>`",
                            headers={"WWW-Authenticate": "Bearer"})
    scheme, _, given = authorization.partition(" ")
    if scheme.lower() != "bearer" or not hmac.compare_digest(given.strip().encode(), s.token.encode()):
        raise HTTPException(403, "the token is not the one this server was started with")


@router.post("/ingest", response_model=IngestResponse, responses=AUTH_ERRORS,
             summary="Extract events from articles and store them (needs the server's token)")
def ingest(body: IngestRequest, s: StateDep,
           authorization: Annotated[str | None, Header()] = None) -> dict[str, Any]:
    check_token(s, authorization)
    from watchfloor.pipeline import extract

    articles = [Article.from_dict(a.model_dump(exclude_none=True)) for a in body.articles]
    # One process: the server's own; forking workers from inside uvicorn is not safe.
    results = list(extract(articles, workers=1))
    items = [(r.article, r.events) for r in results if not r.skipped]
    places = {r.article.id: r.places for r in results if not r.skipped}
    stored = s.store.add_batch(items, places=places)
    return {"articles_added": stored.articles_added, "articles_skipped": stored.articles_skipped,
            "events_added": stored.events_added, "places_added": stored.places_added,
            "event_ids": [e.event_id for _, events in items for e in events],
            "skipped": [{"id": r.article.id, "reason": r.skipped or ""} for r in results if r.skipped]}
