"""The web app: in-process for the contract and the refusals, and as a real process for
what only a real server shows (socket-level size limits, concurrent requests)."""

from __future__ import annotations

import gzip
import json
import re
import threading

import httpx
import jsonschema
import pytest
from fastapi.testclient import TestClient

from newsfuse import __version__
from newsfuse.server import MAX_ARTICLES, MAX_BODY_BYTES, create_app, split_pasted
from web_fixtures import SCHEMA, example_files, example_texts, live_server


@pytest.fixture(scope="module")
def client():
    with TestClient(create_app()) as c:
        yield c


@pytest.fixture(scope="module")
def schema():
    return json.loads(SCHEMA.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def texts(example_dir):
    return example_texts()


def assert_error(response, status: int, contains: str = "") -> str:
    assert response.status_code == status, response.text
    body = response.json()
    assert set(body) == {"error"} and set(body["error"]) == {"status", "message"}
    assert body["error"]["status"] == status
    assert contains.lower() in body["error"]["message"].lower()
    return body["error"]["message"]


# ---------------------------------------------------------------------------- contract

def test_health(client):
    body = client.get("/health").json()
    assert body["status"] == "ok" and body["version"] == __version__


def test_openapi_documents_the_api(client):
    spec = client.get("/openapi.json").json()
    assert {"/api/brief", "/api/brief.html", "/health"} <= set(spec["paths"])
    request = spec["components"]["schemas"]["BriefRequest"]
    assert request["properties"]["articles"]["maxItems"] == MAX_ARTICLES
    assert "text" in spec["components"]["schemas"]["ArticleIn"]["required"]


def test_story_addresses_without_a_store_say_how_to_get_one(client):
    """Before: "Not Found", as for a mistyped address, to a client that read README's
    GET /api/stories on a server started without --store."""
    for path in ("/api/stories", "/api/stories/s000001"):
        assert_error(client.get(path), 404, "start it with 'newsfuse serve --store PATH'")
    assert not any("stories" in p for p in client.get("/openapi.json").json()["paths"])


def test_the_summary_length_has_one_default(client):
    """The API, the web form and the CLI offer the same length when none is asked (it was
    written out in six places, which could drift apart one edit at a time)."""
    import os
    import subprocess
    import sys

    from newsfuse.model import DEFAULT_WORDS
    spec = client.get("/openapi.json").json()
    assert spec["components"]["schemas"]["BriefRequest"]["properties"]["words"]["default"] == DEFAULT_WORDS
    assert f'value="{DEFAULT_WORDS}"' in client.get("/").text
    shown = subprocess.run([sys.executable, "-m", "newsfuse", "brief", "--help"], capture_output=True,
                           text=True, env={**os.environ, "COLUMNS": "200"}, check=True).stdout
    assert f"[default: {DEFAULT_WORDS}]" in shown


def test_form_page(client):
    page = client.get("/").text
    assert '<textarea name="text"' in page and 'type="file" name="files" multiple' in page
    assert 'action="/brief"' in page and "Content-Security-Policy" in page
    # the scorer and figure grouping choices, the defaults preselected
    assert '<option value="heuristic" selected>' in page and '<option value="learned">' in page
    assert '<option value="rules" selected>' in page


def test_scorer_and_figures_are_documented_with_the_pipelines_choices(client):
    from newsfuse.pipeline import FIGURE_GROUPINGS
    from newsfuse.summarize import SCORERS

    props = client.get("/openapi.json").json()["components"]["schemas"]["BriefRequest"]["properties"]
    assert props["scorer"]["enum"] == list(SCORERS) and props["scorer"]["default"] == "heuristic"
    assert props["figures"]["enum"] == list(FIGURE_GROUPINGS) and props["figures"]["default"] == "rules"
    assert "non-commercial" in props["figures"]["description"]


def test_unknown_scorer_or_figures_is_refused_naming_the_choices(client):
    """Before: the service ignored both fields and briefed with the defaults."""
    body = {"articles": [{"text": "Some words here."}], "sections": []}
    message = assert_error(client.post("/api/brief", json={**body, "figures": "neural"}), 422)
    assert message == "figures: 'neural' is not a figure grouping; use rules or learned"
    message = assert_error(client.post("/api/brief.html", json={**body, "scorer": "magic"}), 422)
    assert message == "scorer: 'magic' is not a summary scorer; use learned or heuristic"
    r = client.post("/brief", data={"text": "Some words here.", "words": "80", "figures": "neural"})
    assert r.status_code == 422 and "use rules or learned" in r.text


def test_api_brief_is_a_valid_brief(client, texts, schema):
    articles = [{"text": t, "source": f"Outlet {i}", "published": "2016-09-18"} for i, t in enumerate(texts)]
    r = client.post("/api/brief", json={"articles": articles, "words": 120})
    assert r.status_code == 200, r.text
    brief = r.json()
    jsonschema.validate(brief, schema)
    assert len(brief["articles"]) == len(texts) and brief["summary"]
    assert brief["articles"][0]["source"] == "Outlet 0" and brief["articles"][0]["path"] is None
    assert "text" not in brief["articles"][0]


def test_api_brief_html_and_sections(client, texts):
    r = client.post("/api/brief.html", json={"articles": [{"text": t} for t in texts[:2]],
                                             "words": 60, "sections": []})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    assert 'class="chip' in r.text and "that analysis was not run" in r.text
    assert r.headers["x-content-type-options"] == "nosniff"


def test_api_brief_can_include_text(client, texts):
    r = client.post("/api/brief?include_text=true", json={"articles": [{"text": texts[0]}], "sections": []})
    assert r.status_code == 200 and r.json()["articles"][0]["text"]


def test_client_strings_are_never_paths(client):
    r = client.post("/api/brief", json={"articles": [{"text": "/etc/passwd"}, {"text": "/etc/hostname"}],
                                        "sections": []})
    assert "root:" not in r.text
    if r.status_code == 200:
        assert [a["words"] for a in r.json()["articles"]] == [1, 1]


def test_pasted_text_splits_on_separator_lines():
    assert split_pasted("One\ntext\n---\nTwo\r\n  ---  \r\nThree\n---\n\n---") == ["One\ntext", "Two", "Three"]
    assert split_pasted("a --- b\n----\nc") == ["a --- b\n----\nc"]


def test_form_paste_gives_the_page(client, texts):
    r = client.post("/brief", data={"text": "\n---\n".join(texts[:3]), "words": "80", "sections_sent": "1"})
    assert r.status_code == 200, r.text[:500]
    assert r.text.count('<details class="art ') == 3 and 'id="summary"' in r.text


def test_form_upload_gives_the_page(client, example_dir):
    paths = example_files(2)
    as_json = json.dumps([{"title": "Uploaded as JSON", "text": example_texts()[2]}]).encode()
    files = [("files", (p.name, p.read_bytes(), "text/plain")) for p in paths]
    files.append(("files", ("more.json", as_json, "application/json")))
    r = client.post("/brief", data={"words": "80", "text": ""}, files=files)
    assert r.status_code == 200, r.text[:500]
    assert r.text.count('<details class="art ') == 3 and "Uploaded as JSON" in r.text
    assert paths[0].name in r.text and str(paths[0].parent) not in r.text


def test_an_uploaded_page_is_read_in_the_encoding_it_declares(client):
    """The web form's upload reads a saved page as the command line does: a Russian page in
    Windows-1251 that says so (refused before as "save the file as UTF-8")."""
    report = ("Пожар на складе в Новосибирске потушили к утру. По словам пожарных, огонь охватил "
              "1200 квадратных метров. Пострадавших нет.")
    page = (f'<html><head><meta charset="windows-1251"><title>Пожар на складе</title></head>'
            f"<body><article><p>{report}</p></article></body></html>").encode("cp1251")
    r = client.post("/brief", data={"words": "80", "text": ""},
                    files=[("files", ("fire.html", page, "text/html"))])
    assert r.status_code == 200, r.text[:500]
    assert "Пожар на складе в Новосибирске потушили к утру." in r.text


def test_an_uploaded_feed_item_without_text_is_skipped_and_said(client, texts):
    """The web form read an uploaded feed strictly: one headline-only item (60 ECB+ records are
    so) refused the whole upload, which ``newsfuse brief`` reads with a note since ddc04fa."""
    feed = "\n".join(json.dumps(r) for r in (
        {"title": "Report one", "text": texts[0]},
        {"title": "A headline with no text"},
        {"title": "Report two", "text": texts[1]})).encode()
    r = client.post("/brief", data={"words": "80", "text": ""},
                    files=[("files", ("feed.jsonl", feed, "application/json"))])
    assert r.status_code == 200, r.text[:500]
    assert r.text.count('<details class="art ') == 2
    assert "a2 (feed.jsonl:2): skipped, article object has no &#39;text&#39;" in r.text


def test_the_form_numbers_its_inputs_by_their_place_skipped_ones_included(client, texts):
    """The pasted article comes first, then each upload's items in order: a feed item skipped
    keeps its number, where before the item after it took it (the page's a3 was the feed's
    third line while the note named its second)."""
    feed = "\n".join(json.dumps(r) for r in (
        {"title": "Report two", "text": texts[1]},
        {"title": "A headline with no text"},
        {"title": "Report three", "text": texts[2]})).encode()
    r = client.post("/brief", data={"words": "80", "text": texts[0]},
                    files=[("files", ("feed.jsonl", feed, "application/json"))])
    assert r.status_code == 200, r.text[:500]
    assert re.findall(r'<details class="art [^"]*" id="art-(a\d+)"', r.text) == ["a1", "a2", "a4"]
    assert "a3 (feed.jsonl:2): skipped" in r.text


# ---------------------------------------------------------------------------- refusals

def test_malformed_json(client):
    r = client.post("/api/brief", content=b'{"articles": [', headers={"content-type": "application/json"})
    assert_error(r, 400, "malformed JSON")


def test_too_many_articles(client):
    r = client.post("/api/brief", json={"articles": [{"text": "Some words."}] * (MAX_ARTICLES + 1)})
    assert_error(r, 422, f"at most {MAX_ARTICLES}")


def test_bad_requests_say_what_is_wrong(client):
    assert_error(client.post("/api/brief", json={"articles": []}), 422, "articles")
    assert_error(client.post("/api/brief", json={"articles": [{"title": "no text"}]}), 422, "text")
    assert_error(client.post("/api/brief", json={"articles": [{"text": "x"}], "words": 5}), 422, "words")
    assert_error(client.post("/api/brief", json={"articles": [{"text": "x"}], "sections": ["gossip"]}),
                 422, "'gossip' is not a section; use one of overlap, ")
    assert_error(client.post("/api/brief", json=[1, 2]), 422)
    # an InputError from the readers keeps its message
    assert_error(client.post("/api/brief", json={"articles": [{"text": "   "}]}), 422, "articles[0]")
    assert_error(client.get("/nowhere"), 404)
    assert_error(client.get("/api/brief"), 405)


@pytest.mark.parametrize("words, said", [("100", 'a string ("100")'), (True, "true"), (None, "null"),
                                         ([100], "a list")])
def test_the_length_is_a_json_number_as_the_schema_says(client, words, said):
    """A quoted "100" was taken for 100: the schema says integer, and a client that sends a
    string is told so in one line."""
    r = client.post("/api/brief", json={"articles": [{"text": "Some words here."}], "words": words})
    assert assert_error(r, 422, "words") == f"words: {said}, not a number; send an integer such as 150"


def test_an_integral_float_is_an_integer_as_json_schema_says(client):
    r = client.post("/api/brief", json={"articles": [{"text": "Some words here."}], "words": 100.0,
                                        "sections": []})
    assert r.status_code == 200, r.text
    assert_error(client.post("/api/brief", json={"articles": [{"text": "x"}], "words": 100.5}), 422, "words")


def test_a_body_that_is_not_an_article_request_is_named_in_our_words(client):
    """Before: an empty body got "body: Field required", a body that is not UTF-8 (a binary
    upload, or Latin-1 text) "There was an error parsing the body", a JSON list or null
    "body: Input should be a valid dictionary or object to extract fields from", and a number
    among the articles "articles.0: ..." (the readers name it "articles[0]")."""
    json_type = {"content-type": "application/json"}
    empty = assert_error(client.post("/api/brief", content=b"", headers=json_type), 422, "the body is empty")
    assert '{"articles": [{"text":' in empty
    latin1 = 'Caf\xe9 owners protest a new tax. The city council voted on Monday.'.encode("latin-1")
    gzipped = gzip.compress(json.dumps({"articles": [{"text": "Some words."}]}).encode())  # sent unmarked
    for body in (b'{"articles": [{"text": "' + latin1 + b'"}]}', gzipped):
        message = assert_error(client.post("/api/brief", content=body, headers=json_type), 400, "malformed JSON")
        assert "not UTF-8" in message and "byte 0x" in message
    for body, kind in ((b"[1, 2]", "a list"), (b"null", "null"), (b'"Some text."', "a string"),
                       (b"false", "false")):  # as the readers name it in a file
        message = assert_error(client.post("/api/brief", content=body, headers=json_type), 422)
        assert message.startswith(f"the body is {kind}, not an object") and '{"articles": [' in message
    message = assert_error(client.post("/api/brief", json={"articles": [42]}), 422)
    assert message.startswith("articles[0]: a number, not an article object")
    message = assert_error(client.post("/api/brief", json={"articles": [{"text": 42}]}), 422)
    assert message.startswith("articles[0].text: ")


def test_oversize_body_is_refused_before_reading(client):
    r = client.post("/api/brief", content=b"x" * (MAX_BODY_BYTES + 1), headers={"content-type": "application/json"})
    assert_error(r, 413, "larger than 5 MB")


def test_oversize_chunked_body_is_refused(client):
    def chunks():  # no Content-Length: the limit must count what actually arrives
        for _ in range(6):
            yield b"x" * (1024 * 1024)
    r = client.post("/api/brief", content=chunks(), headers={"content-type": "application/json"})
    assert_error(r, 413)


def test_an_upload_over_the_limit_comes_back_on_the_form(client, texts):
    """Before: the form's post of a 5 MB text file (a browser without the page's script, or
    curl -F) was answered with the API's raw JSON 413, shown to the reader as a page of JSON."""
    big = (texts[0] + "\n") * (MAX_BODY_BYTES // len(texts[0].encode()) + 2)
    r = client.post("/brief", data={"words": "80"}, files=[("files", ("long.txt", big.encode(), "text/plain"))])
    assert r.status_code == 413 and r.headers["content-type"].startswith("text/html")
    assert 'role="alert"' in r.text and "larger than 5 MB" in r.text and "<form" in r.text
    api = client.post("/api/brief", content=b"x" * (MAX_BODY_BYTES + 1), headers={"content-type": "application/json"})
    assert_error(api, 413, "larger than 5 MB")  # the API keeps its JSON


def test_form_errors_come_back_on_the_form(client):
    r = client.post("/brief", data={"text": "   ", "words": "80"})
    assert r.status_code == 422 and 'role="alert"' in r.text and "no articles" in r.text
    r = client.post("/brief", data={"words": "80"}, files=[("files", ("tool.exe", b"MZ", "application/octet-stream"))])
    assert r.status_code == 415 and "cannot read .exe" in r.text
    r = client.post("/brief", data={"text": "<b>kept</b>", "words": "many"})
    assert r.status_code == 422 and "&lt;b&gt;kept&lt;/b&gt;" in r.text  # the paste is kept, escaped


# ---------------------------------------------------------------------------- a real process

@pytest.fixture(scope="module")
def server(example_dir):
    return live_server()


def test_real_server_briefs_and_validates(server, schema):
    r = httpx.post(server.url + "/api/brief", json={"articles": [{"text": t} for t in example_texts(3)],
                                                   "words": 100}, timeout=120)
    assert r.status_code == 200, r.text
    jsonschema.validate(r.json(), schema)


def test_real_server_groups_figures_as_asked(server):
    """figures=learned gives the linker's claims, which differ from the hand rules' on the
    example; the default is still the rules, and scorer=learned reaches the summary."""
    articles = [{"text": t} for t in example_texts()]

    def brief(**options):
        r = httpx.post(server.url + "/api/brief", json={"articles": articles, "words": 100,
                                                       "sections": ["claims"], **options}, timeout=300)
        assert r.status_code == 200, r.text
        return r.json()

    default, rules, learned = brief(), brief(figures="rules"), brief(figures="learned", scorer="learned")
    assert default["claims"] == rules["claims"] and default["summary"] == rules["summary"]
    assert learned["claims"] != default["claims"]
    assert learned["summary"] != default["summary"]
    assert_error(httpx.post(server.url + "/api/brief", json={"articles": articles, "figures": "neural"}),
                 422, "use rules or learned")


def test_real_server_refusals(server):
    big = httpx.post(server.url + "/api/brief", content=b"x" * (MAX_BODY_BYTES + 10),
                     headers={"content-type": "application/json"}, timeout=60)
    assert_error(big, 413)
    many = httpx.post(server.url + "/api/brief", json={"articles": [{"text": "a b c."}] * (MAX_ARTICLES + 1)})
    assert_error(many, 422)
    bad = httpx.post(server.url + "/api/brief", content=b"{nope", headers={"content-type": "application/json"})
    assert_error(bad, 400)


def test_real_server_names_the_content_type_to_send(server):
    """Before: a JSON body sent as text/plain (curl -d sends form encoding) got pydantic's
    '422 body: Input should be a valid dictionary or object to extract fields from'."""
    body = json.dumps({"articles": [{"text": t} for t in example_texts(2)], "words": 60}).encode()
    for path in ("/api/brief", "/api/brief.html"):
        for media in ("text/plain", "text/plain; charset=utf-8", "application/x-www-form-urlencoded"):
            r = httpx.post(server.url + path, content=body, headers={"content-type": media}, timeout=60)
            message = assert_error(r, 415, "send the articles as JSON with 'Content-Type: application/json'")
            assert message.endswith(f"this body is {media.split(';')[0]}") and "\n" not in message
        bare = httpx.post(server.url + path, content=body, headers={"content-type": ""}, timeout=60)
        assert_error(bare, 415, "this body has no content type")
    # a JSON body that is not an object is still the request's fault in its own words
    assert_error(httpx.post(server.url + "/api/brief", json=[1, 2], timeout=60), 422, "body")


def test_real_server_serves_concurrent_requests(server):
    texts = example_texts(3)
    payloads = [{"articles": [{"text": t} for t in texts[:2]], "words": 60},
                {"articles": [{"text": t} for t in texts[1:]], "words": 60}]
    results: list = [None, None]

    def post(i):
        results[i] = httpx.post(server.url + "/api/brief", json=payloads[i], timeout=180)

    threads = [threading.Thread(target=post, args=(i,)) for i in range(2)]
    for t in threads:
        t.start()
    health = httpx.get(server.url + "/health", timeout=5)  # the event loop is not blocked meanwhile
    for t in threads:
        t.join()
    assert health.status_code == 200
    assert [r.status_code for r in results] == [200, 200]
    assert all(len(r.json()["articles"]) == 2 for r in results)


def test_serve_on_a_busy_or_impossible_port_is_a_one_line_error():
    """Before: a port in use gave uvicorn's log lines and status 3, and --port 99999 a
    traceback from inside uvicorn, both after loading the models."""
    import socket
    import subprocess
    import sys

    from web_fixtures import SRC, free_port

    def serve(*args):
        return subprocess.run([sys.executable, "-m", "newsfuse", "serve", *args], capture_output=True, text=True,
                              timeout=120, env={**__import__("os").environ, "PYTHONPATH": str(SRC)})

    port = free_port()
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", port))
        busy.listen()
        result = serve("--port", str(port))
    assert result.returncode == 1
    assert result.stderr == (f"newsfuse: error: cannot listen on 127.0.0.1:{port}: address already in use; "
                             "stop what uses it or pick another --port\n")
    result = serve("--port", "99999")
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert result.stderr.strip().splitlines() == [
        "newsfuse: error: --port: 99999 is not a TCP port; use 1 to 65535 (see 'newsfuse serve --help')"]
    # before: --host '' (an unset variable) served on every interface, and --queue -1 started a
    # server that answered every brief with 503
    result = serve("--host", "", "--port", str(port))
    assert result.returncode == 2 and result.stderr == (  # a usage error (README, "Exit codes")
        "newsfuse: error: --host: an empty host would listen on every interface; give 127.0.0.1 "
        "(this machine only) or 0.0.0.0 (every interface)\n")
    result = serve("--queue", "-1", "--port", str(port))
    assert result.returncode == 2 and result.stderr.strip().splitlines() == [
        "newsfuse: error: --queue: -1 briefs cannot wait; use 0 (none wait) or more (see 'newsfuse serve --help')"]


def test_real_server_answers_odd_bodies_with_a_brief_or_one_reason(server, schema):
    """Bodies a client sends by mistake or by malice, each answered on a real server: a
    number of 5,000 digits in a report ended in "500 internal error" (Python's int() refuses
    over 4,300 digits) and, read as a float, was a figure of value Infinity, which no JSON
    reader takes; JSON nested 50,000 deep was "There was an error parsing the body"; a lone
    surrogate escape refused the request, where the command line drops it."""
    report = example_texts(1)[0]
    huge = httpx.post(server.url + "/api/brief", timeout=300, json={"articles": [
        {"text": report + "\n\nOfficials said " + "9" * 5000 + " soldiers were killed in the strike."}],
        "sections": ["claims"]})
    assert huge.status_code == 200, huge.text
    json.loads(huge.text, parse_constant=lambda name: pytest.fail(f"{name} in the brief"))
    jsonschema.validate(huge.json(), schema)
    assert any(v["value"] == 62 for g in huge.json()["claims"] for v in g["values"])
    deep = httpx.post(server.url + "/api/brief", content=b'{"articles": ' + b"[" * 50_000 + b"]" * 50_000 + b"}",
                      headers={"content-type": "application/json"}, timeout=60)
    assert_error(deep, 400, "malformed JSON: nested too deeply")
    lone = httpx.post(server.url + "/api/brief", timeout=300, headers={"content-type": "application/json"},
                      content=json.dumps({"articles": [{"title": "Strikes\ud800", "text": report + "\udc00"}],
                                          "sections": []}).encode())
    assert lone.status_code == 200, lone.text
    assert "\ud800" not in lone.json()["articles"][0]["title"] and lone.json()["summary"]


def test_real_server_names_a_number_too_long_and_a_compressed_body(server):
    """A JSON number of 5,000 digits anywhere in the body (Python's parser reads at most
    4,300) and a body sent gzip-compressed were both "There was an error parsing the body" or
    a byte that is not UTF-8; each is now named, with what to do. The same report without
    them is briefed."""
    report = example_texts(1)[0]
    body = json.dumps({"articles": [{"text": report}], "sections": []})
    too_long = body[:-1] + ', "views": ' + "9" * 5000 + "}"
    r = httpx.post(server.url + "/api/brief", content=too_long.encode(), timeout=60,
                   headers={"content-type": "application/json"})
    assert_error(r, 400, "malformed JSON: a number of 5,000 digits; JSON numbers of over 4,300 digits are not read")
    packed = httpx.post(server.url + "/api/brief", content=gzip.compress(body.encode()), timeout=60,
                        headers={"content-type": "application/json", "content-encoding": "gzip"})
    assert_error(packed, 415, "the body is compressed (Content-Encoding: gzip); send the JSON uncompressed")
    plain = httpx.post(server.url + "/api/brief", content=body.encode(), timeout=300,
                       headers={"content-type": "application/json"})
    assert plain.status_code == 200 and plain.json()["summary"], plain.text


def test_a_misspelt_request_key_is_refused_naming_the_keys(client):
    """Before: {"word": 60} was ignored and the client got the default length with no word of
    it. An article object keeps its extra keys quiet: a feed record's "id" or "story"."""
    article = {"text": "Rescuers pulled 12 people from the rubble on Monday, officials said.", "id": "feed-1"}
    message = assert_error(client.post("/api/brief", json={"articles": [article], "word": 60}), 422, "word")
    assert message == "word: unknown key; a request has articles, words, sections, scorer, figures"
    assert client.post("/api/brief", json={"articles": [article], "words": 60, "sections": []}).status_code == 200


def test_sections_as_a_comma_list_as_the_command_line_writes_them(client, texts):
    """Before: "sections": "quotes, entities" was refused with pydantic's "Input should be a
    valid list"; the command line and the Python API take that string."""
    body = {"articles": [{"text": t} for t in texts[:2]], "words": 60}
    as_text = client.post("/api/brief", json={**body, "sections": "quotes, entities"}).json()
    as_list = client.post("/api/brief", json={**body, "sections": ["quotes", "entities"]}).json()
    assert as_text == as_list and as_text["entities"] and as_text["quotes"] and not as_text.get("claims")
    assert_error(client.post("/api/brief", json={**body, "sections": "gossip"}), 422, "'gossip' is not a section")
    assert_error(client.post("/api/brief", json={**body, "sections": ",,"}), 422, "names no section")
