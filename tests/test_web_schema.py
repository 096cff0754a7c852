"""Schemathesis against the app's own ``/openapi.json``: every documented operation, fed generated
input, answers within its documented status codes and schemas, and never with a 5xx."""
from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from pathlib import Path
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.specs.openapi.checks import positive_data_acceptance
from test_web_api import build_web_db

from watchfloor.web import create_app


def _app() -> Any:
    # Built at import: schemathesis' parametrize needs the schema while tests are collected.
    folder = Path(tempfile.mkdtemp(prefix="wf-schema-"))
    saved = os.environ.pop("WATCHFLOOR_TOKEN", None)
    try:
        app = create_app(str(build_web_db(folder / "schema.duckdb")))
    finally:
        if saved is not None:
            os.environ["WATCHFLOOR_TOKEN"] = saved
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    atexit.register(app.state.watchfloor.store.close)
    return app


schema = schemathesis.openapi.from_asgi("/openapi.json", _app())


@pytest.mark.slow
@schema.parametrize()
@settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
def test_api_conforms_to_its_openapi(case: Any) -> None:
    # A schema-valid value can still be meaningless (type=FOO, since=2025-02-30, near without
    # km); the API answers those with a documented 400, so "valid data must be accepted" is off.
    case.call_and_validate(excluded_checks=[positive_data_acceptance])
