"""The explorer's defences: hostile article text shown as text, harmless filter values,
404/422 and never 500, security headers, no CORS, only our own host names."""

import warnings
from html.parser import HTMLParser

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

pytest.importorskip("fastapi")
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

import web_fixtures as fx  # noqa: E402
from dateline.web import Database, create_app  # noqa: E402
from dateline.web.app import LOOPBACK_HOSTS  # noqa: E402

PAGES = ("/events", "/documents/doc-xss", "/timeline", "/network", "/map?place=Kyiv",
         "/events?country=XSS")


@pytest.fixture(scope="module")
def database(tmp_path_factory):
    db = Database(fx.build(str(tmp_path_factory.mktemp("web") / "t.duckdb")))
    yield db
    db.close()


@pytest.fixture(scope="module")
def client(database):
    with TestClient(create_app(database), raise_server_exceptions=False) as test_client:
        yield test_client


class Elements(HTMLParser):
    """Every start tag of a page with its attributes, and the text inside <script> tags."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict]] = []
        self.script_text: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        self._in_script = tag == "script"

    def handle_endtag(self, tag):
        self._in_script = False

    def handle_data(self, data):
        if self._in_script and data.strip():
            self.script_text.append(data)


def parse(html: str) -> Elements:
    parser = Elements()
    parser.feed(html)
    return parser


@pytest.mark.parametrize("page", PAGES)
def test_hostile_text_is_shown_as_text(client, page):
    response = client.get(page)
    assert response.status_code == 200
    elements = parse(response.text)
    scripts = [a for tag, a in elements.tags if tag == "script"]
    assert scripts == [{"src": "/static/explorer.js", "defer": None}]
    assert elements.script_text == []
    assert not [tag for tag, _ in elements.tags if tag in ("img", "iframe", "object", "embed")]
    for tag, attrs in elements.tags:
        assert not [name for name in attrs if name.startswith("on")], (tag, attrs)
        assert "style" not in attrs, tag  # the CSP blocks inline style; we write none
        for name in ("href", "src", "action"):
            value = (attrs.get(name) or "").strip().lower()
            assert not value.startswith(("javascript:", "data:")), (tag, attrs)


def test_the_hostile_article_keeps_its_words(client):
    html = client.get("/documents/doc-xss").text
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;" in html
    assert "&lt;img src=x onerror=alert(1)&gt;" in html
    assert "javascript:alert(2)" in html  # as text, never as a link (checked above)
    assert "&lt;script&gt;alert(&#34;title&#34;)&lt;/script&gt; report" in html


@pytest.mark.parametrize("value", ["' OR 1=1 --", "\" OR \"\"=\"", "%00", "\x00", "x'); DROP TABLE events; --",
                                   "%", "_", "\\", "Russia%"])
@pytest.mark.parametrize("name", ["q", "actor", "source", "target", "story", "doc", "place"])
def test_filter_values_are_only_values(client, database, name, value):
    response = client.get("/api/events", params={name: value})
    assert response.status_code == 200, response.text
    assert response.json()["total"] == 0
    assert database.scalar("SELECT count(*) FROM events") == fx.TOTAL_EVENTS


def test_injection_in_ids_is_a_404(client):
    for path in ("/api/documents/' OR 1=1 --", "/api/events/x' OR '1'='1", "/documents/%00",
                 "/api/documents/%2e%2e%2fetc%2fpasswd"):
        response = client.get(path)
        assert response.status_code == 404, path
    assert client.get("/static/../pages.py").status_code == 404


@pytest.mark.parametrize("path", ["/api/events?limit=0", "/api/events?limit=501", "/api/events?limit=x",
                                  "/api/events?offset=-1", "/api/events?quad_class=5",
                                  "/api/events?cameo_root=1", "/api/events?date_from=2024-1",
                                  "/api/events?date_to=yesterday", "/api/events?sort=id",
                                  "/api/events?country=RUSSIA", "/api/events?bogus=1",
                                  "/api/events?q=" + "x" * 201, "/api/events?q=a%01b",
                                  "/api/dyads/timeline?a=RUS", "/api/dyads/timeline?a=RUS&b=UKR&interval=year",
                                  "/api/network?by=planet", "/api/places?top=0",
                                  "/api/events/download?format=xml", "/events.json?limit=-5"])
def test_bad_parameters_are_422_in_one_shape(client, path):
    response = client.get(path)
    assert response.status_code == 422
    error = response.json()["error"]
    assert error["status"] == 422 and error["code"] == "E604"
    assert error["message"].startswith("[E604] invalid parameter ") and error["problems"]


def test_bad_parameters_on_a_page_get_an_html_error(client):
    response = client.get("/events?quad_class=9")
    assert response.status_code == 422 and "text/html" in response.headers["content-type"]
    assert "quad_class" in response.text


@pytest.mark.parametrize("path, code", [("/api/documents/nope", "E603"), ("/api/events/nope", "E603"),
                                        ("/documents/nope.json", "E603"), ("/api/nothing", "E606"),
                                        ("/nothing.json", "E606")])
def test_unknown_ids_and_paths_are_404_in_one_shape(client, path, code):
    response = client.get(path)
    assert response.status_code == 404
    assert response.json()["error"]["code"] == code
    assert set(response.json()["error"]) == {"status", "code", "message", "problems"}


def test_wrong_method_is_405_in_one_shape(client):
    response = client.post("/api/events")
    assert response.status_code == 405 and response.json()["error"]["code"] == "E608"


@pytest.mark.parametrize("path", ["/events", "/api/events", "/static/explorer.css", "/api/nothing",
                                  "/events?limit=0", "/documents/doc-xss", "/openapi.json"])
def test_security_headers_on_every_response(client, path):
    headers = client.get(path).headers
    policy = headers["content-security-policy"]
    assert "script-src 'self'" in policy and "unsafe-inline" not in policy
    assert "unsafe-eval" not in policy and "frame-ancestors 'none'" in policy
    assert headers["x-content-type-options"] == "nosniff"
    assert headers["x-frame-options"] == "DENY"


def test_no_cors_headers_by_default(client):
    response = client.get("/api/events", headers={"Origin": "http://evil.example"})
    assert not [h for h in response.headers if h.lower().startswith("access-control-")]
    preflight = client.options("/api/events", headers={
        "Origin": "http://evil.example", "Access-Control-Request-Method": "GET"})
    assert preflight.status_code in (404, 405)
    assert not [h for h in preflight.headers if h.lower().startswith("access-control-")]


def test_a_loopback_server_answers_only_to_its_own_names(database):
    with TestClient(create_app(database, allowed_hosts=LOOPBACK_HOSTS),
                    base_url="http://127.0.0.1:8765") as local:
        assert local.get("/api/events").status_code == 200
        assert local.get("/api/events", headers={"host": "localhost:8765"}).status_code == 200
        rebound = local.get("/api/events", headers={"host": "attacker.example"})
        assert rebound.status_code == 400


QUERY_NAMES = ["q", "actor", "country", "source", "target", "plover", "cameo_root", "quad_class",
               "status", "date_from", "date_to", "story", "doc", "place", "place_country", "sort",
               "limit", "offset", "by", "top", "a", "b", "interval", "directed", "format"]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(path=st.sampled_from(["/api/events", "/api/dyads", "/api/dyads/timeline", "/api/network",
                             "/api/places", "/events", "/timeline", "/network.json", "/map",
                             "/api/events/download"]),
       params=st.dictionaries(st.sampled_from(QUERY_NAMES),
                              st.one_of(st.text(max_size=12), st.integers(-10, 10**7),
                                        st.sampled_from(["RUS", "2024-01", "-date", "csv", "week",
                                                         "name", "true", ""])),
                              max_size=4))
def test_no_request_is_a_server_error(client, path, params):
    response = client.get(path, params=params)
    assert response.status_code in (200, 422), (path, params, response.text[:300])
