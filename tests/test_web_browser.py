"""The explorer in a real browser: Playwright driving Debian's Chromium, headless.

The database is coded by `dateline code` from examples/ (as JSON lines, with dates and
titles) and the seed article of ../shared when it is there; `dateline serve` serves it.
Screenshots go to test-output/explorer/. Chromium comes from `apt-get install chromium`
(.ci/run installs it): without it these tests skip locally and fail in CI.
"""

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT.parent / "shared" / "seed" / "000_89e29c2b7695058b.txt"
SHOTS = ROOT / "test-output" / "explorer"
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]

pytestmark = [pytest.mark.slow, pytest.mark.browser]

try:
    from playwright.sync_api import sync_playwright
except ImportError:  # pragma: no cover - the test extra installs it
    sync_playwright = None

if sync_playwright is None or not os.path.exists(CHROMIUM):
    missing = "playwright is not installed" if sync_playwright is None else f"no Chromium at {CHROMIUM}"
    if os.environ.get("CI"):
        pytest.fail(f"browser tests cannot run in CI: {missing}", pytrace=False)
    pytest.skip(f"{missing} (apt-get install -y chromium)", allow_module_level=True)

from test_web_serve import start, stop, url_in  # noqa: E402


def examples_as_json_lines(path: Path) -> Path:
    """examples/*.txt as JSON lines with a URL, a title and a publication date each."""
    with path.open("w", encoding="utf-8") as out:
        for n, example in enumerate(sorted((ROOT / "examples").glob("*.txt"))):
            out.write(json.dumps({
                "id": example.stem, "url": f"https://news.example/{example.stem}",
                "title": example.stem.replace("_", " ").capitalize(), "outlet": "Example Wire",
                "published": f"2024-03-{n + 1:02d}", "text": example.read_text(encoding="utf-8"),
            }) + "\n")
    return path


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    folder = tmp_path_factory.mktemp("browser")
    db = str(folder / "explorer.duckdb")
    inputs = [str(examples_as_json_lines(folder / "examples.jsonl"))]
    if SEED.exists():
        inputs.append(str(SEED))
    coded = subprocess.run([sys.executable, "-m", "dateline.cli", "code", *inputs, "--db", db],
                           capture_output=True, text=True, timeout=600)
    assert coded.returncode == 0, coded.stderr
    process, line = start(db)
    yield url_in(line)
    stop(process)


@pytest.fixture(scope="module")
def browser():
    SHOTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, headless=True,
                                              args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser):
    """A page that records console errors, page errors and failed requests; the test
    fails if any happened."""
    tab = browser.new_page(viewport={"width": 1280, "height": 900})
    problems: list[str] = []
    tab.on("console", lambda m: problems.append(f"console {m.type}: {m.text}")
           if m.type in ("error", "warning") else None)
    tab.on("pageerror", lambda e: problems.append(f"page error: {e}"))
    tab.on("requestfailed", lambda r: problems.append(f"request failed: {r.url}"))
    tab.on("response", lambda r: problems.append(f"HTTP {r.status}: {r.url}")
           if r.status >= 400 else None)
    tab.loaded = []
    tab.on("response", lambda r: tab.loaded.append((r.url, r.status)))
    yield tab
    tab.close()
    assert problems == []


def rows(page) -> int:
    return page.locator("#events-table tbody tr.event").count()


def test_events_page_loads_and_an_actor_filter_narrows_it(server, page):
    page.goto(server + "events")
    everything = rows(page)
    assert everything > 10
    page.screenshot(path=str(SHOTS / "events.png"), full_page=False)
    page.fill("input[name=actor]", "Egypt")
    page.click("form.filters button[type=submit]")
    page.wait_for_url("**/events?*actor=Egypt*")
    narrowed = rows(page)
    assert 0 < narrowed < everything
    for text in page.locator("#events-table tbody tr.event").all_inner_texts():
        assert "Egypt" in text
    page.screenshot(path=str(SHOTS / "events-actor-egypt.png"), full_page=False)


def test_an_article_opens_with_its_highlights(server, page):
    page.goto(server + "events?actor=Egypt")
    page.locator("a.doc-link").first.click()
    page.wait_for_url("**/documents/arms_deal#ev-*")
    for kind in ("actor", "trigger", "place"):
        assert page.locator(f"#article-text .seg.k-{kind}").count() > 0, kind
    assert page.locator("#article-text .seg.k-trigger.focus").count() > 0  # the event linked to
    link = page.locator("#event-list a.mark-link").last
    mark = link.get_attribute("data-mark")
    link.click()
    focused = page.locator("#article-text .seg.focus")
    assert focused.count() > 0
    assert all(mark in el.get_attribute("data-marks").split() for el in focused.all())
    boilerplate = page.locator("#boilerplate").text_content()
    assert "dateline" in boilerplate and "CAIRO, Feb 20 -" in boilerplate  # kept apart, with its kind
    assert "CAIRO, Feb 20" not in page.locator("#article-text").text_content()
    page.screenshot(path=str(SHOTS / "article.png"), full_page=True)


@pytest.mark.skipif(not SEED.exists(), reason="the seed article (../shared/seed) is not here")
def test_the_seed_article_shows_its_provenance_chain(server, page):
    page.goto(server + "events?actor=John+Kirby")
    page.locator("a.doc-link").first.click()
    page.wait_for_url("**/documents/*")
    chain = page.locator("#provenance").inner_text()
    for name in ("John Kirby", "Voice of America", "Korrespondent"):
        assert name in chain, name
    assert page.locator("#article-text .seg.k-quote").count() > 0
    assert page.locator("#article-text .seg.k-cue").count() > 0
    assert "Subscribe to our channel" in page.locator("#boilerplate").text_content()
    assert "Subscribe to our channel" not in page.locator("#article-text").text_content()
    page.screenshot(path=str(SHOTS / "seed-article.png"), full_page=True)


def test_the_timeline_renders_with_data(server, page):
    page.goto(server + "timeline?interval=day")
    assert page.locator("#timeline-chart rect.bar").count() > 0
    assert page.locator("#timeline-chart polyline.line").count() > 0
    assert page.locator("#timeline-table tbody tr").count() > 0
    page.screenshot(path=str(SHOTS / "timeline.png"), full_page=True)


def test_the_network_renders_and_an_edge_filters_the_table(server, page):
    page.goto(server + "network")
    edges = page.locator("#network-chart a.edge")
    assert edges.count() > 0 and page.locator("#network-chart g.node").count() > 1
    page.screenshot(path=str(SHOTS / "network.png"), full_page=True)
    # click an edge where the user can: the middle of a line no node or label covers
    point = page.evaluate("""() => {
        for (const path of document.querySelectorAll('#network-chart a.edge path')) {
            const box = path.getBoundingClientRect();
            const mid = path.getPointAtLength(path.getTotalLength() / 2);
            const svg = path.ownerSVGElement.getScreenCTM();
            const x = mid.x * svg.a + mid.y * svg.c + svg.e, y = mid.x * svg.b + mid.y * svg.d + svg.f;
            const hit = document.elementFromPoint(x, y);
            if (hit && hit.closest('a.edge') === path.closest('a.edge') && box.width + box.height > 0)
                return {x, y, href: path.closest('a.edge').getAttribute('href')};
        }
        return null;
    }""")
    assert point is not None, "every edge is covered"
    page.mouse.click(point["x"], point["y"])
    page.wait_for_url("**/events?*source=*target=*")
    assert page.url.endswith(point["href"])
    assert rows(page) > 0


def test_the_map_renders_places_and_their_events(server, page):
    page.goto(server + "map")
    points = page.locator("#map-chart a.point")
    assert points.count() > 0
    page.wait_for_load_state("networkidle")
    assert any(url.endswith("/static/map/world-110m.svg") and status == 200
               for url, status in page.loaded)
    page.screenshot(path=str(SHOTS / "map.png"), full_page=False)
    points.last.locator("circle").click(force=True)
    page.wait_for_url("**/map?*place=*")
    assert page.locator("#selected #events-table tbody tr.event").count() > 0
