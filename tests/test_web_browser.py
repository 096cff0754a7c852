"""The dashboard in a real browser: Playwright drives Debian's headless chromium against a real
uvicorn server on 127.0.0.1 serving a DuckDB file of hand-built events (issue 6)."""
from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import httpx
import pytest
from test_web_api import _report, build_web_db

from watchfloor.monitor.cluster import Clusterer
from watchfloor.monitor.state import MonitorDB
from watchfloor.store import open_store

pytestmark = [pytest.mark.browser, pytest.mark.slow]

CHROMIUM = os.environ.get("WATCHFLOOR_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
SCREENSHOT = Path(__file__).resolve().parent.parent / "docs" / "dashboard.png"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def add_second_report(db: Path) -> Path:
    """Another paper's account of the El Fasher shelling, clustered with the first (issue 5):
    still one point on the map, drawn bigger, with both reports in its detail."""
    with open_store(db) as store:
        store.add_batch([_report(
            "sudan-el-fasher-2", "Shells fired by the RSF hit El Fasher, residents said.", "fired",
            type="ASSAULT", cameo="195", quad=4, goldstein=-10.0, date="2025-05-12",
            a1=("the RSF", "Rapid Support Forces", "SDN", "REB"), a2=None,
            place=("El Fasher", "El Fasher", 13.63, 25.35, "SDN", "city"), confidence=0.6)])
        Clusterer(MonitorDB(store)).catch_up()
    return db


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    db = add_second_report(build_web_db(tmp_path_factory.mktemp("browser") / "browser.duckdb"))
    port = _free_port()
    env = {k: v for k, v in os.environ.items() if k != "WATCHFLOOR_TOKEN"}
    code = ("import sys, uvicorn; from watchfloor.web import create_app; "
            "uvicorn.run(create_app(sys.argv[1]), host='127.0.0.1', port=int(sys.argv[2]), log_level='warning')")
    proc = subprocess.Popen([sys.executable, "-c", code, str(db), str(port)], env=env)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                if httpx.get(f"{url}/api/health", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if proc.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError("the watchfloor server did not start")
            time.sleep(0.2)
        # The country outlines take a few seconds to build on first use: build them now.
        httpx.get(f"{url}/api/geo/countries", timeout=60)
        yield url
    finally:
        proc.terminate()
        proc.wait(timeout=20)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not os.path.exists(CHROMIUM):
        pytest.skip(f"no chromium at {CHROMIUM} (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser: Any, server: str) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1440, "height": 900})
    page = context.new_page()
    page.errors = []  # type: ignore[attr-defined]
    page.hosts = set()  # type: ignore[attr-defined]
    page.on("pageerror", lambda e: page.errors.append(str(e)))
    page.on("request", lambda r: page.hosts.add(urlparse(r.url).hostname))
    page.goto(server + "/")
    page.wait_for_selector("body[data-ready='1']", timeout=30_000)
    yield page
    context.close()


def shown(page: Any) -> int:
    return int(page.locator("#stats").get_attribute("data-shown"))


def wait_shown(page: Any, test: Any, timeout: float = 15.0) -> int:
    """Poll the count of points shown until ``test(count)`` (the page's CSP forbids the eval
    that Playwright's wait_for_function needs)."""
    end = time.monotonic() + timeout
    while True:
        n = shown(page)
        if test(n) or time.monotonic() > end:
            return n
        page.wait_for_timeout(100)


def event_id(server: str, doc_id: str) -> str:
    return str(httpx.get(f"{server}/api/events", params={"doc_id": doc_id}).json()["events"][0]["event_id"])


def test_page_loads_and_points_appear(page: Any) -> None:
    assert shown(page) == 16
    assert page.locator("path.wf-point").count() + page.locator(".wf-cluster").count() >= 5
    page.wait_for_selector("body[data-outlines]", timeout=30_000)
    assert page.locator(".leaflet-outlines-pane path").count() > 100  # the bundled basemap
    assert page.hosts == {"127.0.0.1"}  # offline: nothing fetched from anywhere else
    assert page.errors == []


def test_a_filter_narrows_the_points(page: Any) -> None:
    page.select_option("#f-type", "ASSAULT")
    assert wait_shown(page, lambda n: n == 3) == 3
    page.fill("#f-country", "SDN")
    page.click("#f-apply")
    assert wait_shown(page, lambda n: n == 1) == 1
    assert page.locator("path.wf-point").count() == 1


def test_the_time_slider_narrows_the_points(page: Any) -> None:
    page.eval_on_selector("#t-from", "el => { el.value = String(Number(el.max) - 3); "
                                     "el.dispatchEvent(new Event('input')); }")
    assert 1 <= wait_shown(page, lambda n: n < 16) <= 4
    assert page.locator("#histogram rect.out").count() > 0


def test_a_click_shows_the_highlighted_evidence(page: Any, server: str) -> None:
    eid = event_id(server, "ukraine-donetsk")
    page.locator(f"path[data-event-id='{eid}']").click()
    page.wait_for_selector("#ev-article mark.evidence")
    assert page.locator("#ev-type").text_content() == "ASSAULT"
    assert page.locator("mark.evidence").text_content() == \
        "Russian forces attacked positions near Pokrovsk, Ukrainian officials said."
    assert page.locator("strong.trigger").text_content() == "attacked"
    assert "Pokrovsk (UKR)" in page.locator("#ev-facts").text_content()


def test_a_meeting_shows_its_partner_not_a_target(page: Any, server: str) -> None:
    page.goto(f"{server}/#event={event_id(server, 'dyad-03')}")  # envoys held talks in Tunis
    page.wait_for_selector("#ev-article mark.evidence")
    assert page.locator("#ev-summary").text_content() == "Libyan (LBYGOV) ↔ Algerian (DZAGOV): consult, Tunis"
    facts = page.locator("#ev-facts").text_content()
    assert "PartnerAlgerian (DZAGOV)" in facts and "Actor 2" not in facts
    assert page.errors == []


def test_points_are_sized_by_mentions_and_list_every_report(page: Any, server: str) -> None:
    page.fill("#f-country", "SDN")
    page.click("#f-apply")
    assert wait_shown(page, lambda n: n == 1) == 1  # two reports, one real-world event
    eid = event_id(server, "sudan-el-fasher")
    point = page.locator(f"path[data-event-id='{eid}']")
    assert point.get_attribute("data-mentions") == "2"
    # Leaflet draws a circle marker as "M x,y a r,r 0 1,0 2r,0 …"; one mention is radius 6
    radius = float(re.search(r"a([\d.]+),", point.get_attribute("d")).group(1))
    assert radius == pytest.approx(9.0)
    point.click()
    page.wait_for_selector("#ev-mentions li.mention")
    assert "2 mentions in 2 articles" in page.locator("#ev-facts").text_content()
    reports = page.locator("#ev-mentions .mention-evidence").all_text_contents()
    assert reports == ["RSF fighters shelled El Fasher on Monday, killing civilians.",
                       "Shells fired by the RSF hit El Fasher, residents said."]
    page.locator("#ev-mentions li.mention").nth(1).click()
    page.wait_for_selector("#ev-mentions li.mention.current >> nth=0")
    for _ in range(50):
        if page.locator("mark.evidence").text_content() == reports[1]:
            break
        page.wait_for_timeout(100)
    assert page.locator("mark.evidence").text_content() == reports[1]
    assert page.locator("strong.trigger").text_content() == "fired"
    assert page.errors == []


def test_article_html_is_shown_as_text_and_never_runs(page: Any, server: str) -> None:
    page.fill("#f-country", "NER")
    page.click("#f-apply")
    assert wait_shown(page, lambda n: n == 1) == 1
    page.locator(f"path[data-event-id='{event_id(server, 'xss-niamey')}']").click()
    page.wait_for_selector("#ev-article mark.evidence")
    page.wait_for_timeout(300)  # give an injected onerror handler the time to fire
    assert page.evaluate("window.__wfXss") is None
    article = page.locator("#ev-article").text_content()
    assert "<script>window.__wfXss = 1</script>" in article
    assert page.locator("#ev-article script, #ev-article img, .article-meta img").count() == 0
    assert page.locator(".article-title").text_content().startswith("<img src=x")
    assert page.locator("mark.evidence").text_content() == "soldiers deployed near the airport"


def test_dyad_panel_draws_the_conflict_cooperation_line(page: Any) -> None:
    page.click("#tab-dyad")
    page.wait_for_selector("#dyad-chart polyline.gline")
    assert "LBY–DZA: 9 events" in page.locator("#dyad-summary").text_content()
    assert page.locator("#dyad-chart circle.gpt").count() == 9  # weeks, including empty ones
    assert page.locator("#dyad-list li").count() >= 1


def test_alerts_panel_explains_it_is_empty(page: Any) -> None:
    page.click("#tab-alerts")
    page.wait_for_selector("#alert-note:not(:empty)", timeout=15_000)  # (filled once /api/alerts answers)
    assert page.locator("#alert-note").text_content().startswith("No alerts.")


def test_screenshot_for_the_readme(page: Any, server: str) -> None:
    """docs/dashboard.png: the Libya–Algeria border deployment open beside the map."""
    eid = event_id(server, "libya-algeria-border")
    page.goto(f"{server}/#event={eid}")  # a shareable link to one event
    page.wait_for_selector("body[data-ready='1']")
    page.wait_for_selector("body[data-outlines]", timeout=30_000)
    page.wait_for_selector("#ev-article mark.evidence")
    assert page.locator("strong.trigger").text_content() == "deployed"
    assert page.locator(f"path[data-event-id='{eid}']").count() == 1  # unclustered, on screen
    page.mouse.move(700, 820)  # no tooltip over the map
    page.wait_for_timeout(400)
    SCREENSHOT.parent.mkdir(exist_ok=True)
    page.screenshot(path=str(SCREENSHOT))
    assert SCREENSHOT.stat().st_size > 50_000
