import json

import pytest

from conftest import needs_posix
from newsfuse.errors import InputError
from newsfuse.readers import read_inputs, read_path, read_text_input
from newsfuse.readers.jsonl import iter_records


def test_readers_folder_reads_every_example_with_title(example_dir):
    articles = read_inputs([example_dir])
    assert len(articles) == 5
    assert articles[0].title == "Bombs rain down as Syria declares truce over"
    # the second example starts straight with a sentence: no title invented
    assert articles[1].title is None
    assert all(a.path and a.path.endswith(".txt") for a in articles)


def test_readers_eval_record_gets_title_and_date_line(tmp_path):
    """A record in the ``../eval`` format whose documents open as wiki news does: a stamped
    title line, then a line that is only the date (text written for this test)."""
    record = {"id": "floods", "documents": [
        "2005/01/08 Floods close the coastal road\nSaturday, January 8, 2005\n"
        "Heavy rain closed the coastal road north of the port on Saturday, the regional transport "
        "office said.\nCrews expect to clear the mud and reopen both lanes by Monday evening.",
        "Rain keeps falling on the coast\n"
        "The weather office warned of more rain along the coast through Sunday night."]}
    path = tmp_path / "one.json"
    path.write_text(json.dumps(record))
    articles = read_path(path)
    assert len(articles) == len(record["documents"])
    first = articles[0]
    assert first.title == "Floods close the coastal road"  # leading 2005/01/08 stamp removed
    assert first.published == "2005-01-08"
    assert first.text.startswith("Heavy rain")  # the date line is no part of the text


def test_readers_latin1_file_decodes(tmp_path, example_paths):
    text = example_paths[0].read_text(encoding="utf-8") + "\nCafé owners in Deir Ezzor said prices rose."
    path = tmp_path / "latin.txt"
    path.write_bytes(text.encode("latin-1", errors="replace"))
    (article,) = read_path(path)
    assert "Café owners" in article.text


def test_readers_utf8_file_with_a_stray_latin1_byte_keeps_its_utf8(tmp_path, example_paths):
    # Real saved text mixes encodings: a UTF-8 article (curly quotes, dashes) with one name
    # pasted from a Latin-1 source. Before, the one invalid byte sent the whole file to
    # cp1252/latin-1 and every quote mark became mojibake ("Russia\u00e2\u0080\u0099s").
    text = example_paths[0].read_text(encoding="utf-8")
    text = text.replace("Russia's military", "Russia\u2019s military") + "\nThe \u201ccaf\u00e9\u201d \u2013 shut."
    data = text.encode("utf-8").replace("caf\u00e9".encode("utf-8"), b"caf\xe9")
    path = tmp_path / "mixed.txt"
    path.write_bytes(data)
    (article,) = read_path(path)
    assert "According to Russia\u2019s military, at least 62" in article.text
    assert "The \u201ccaf\u00e9\u201d \u2013 shut." in article.text
    # a whole Windows-1252 file still reads as Windows-1252
    path.write_bytes("The \u201ccaf\u00e9\u201d closed \u2013 for good.".encode("cp1252"))
    assert read_path(path)[0].text == "The \u201ccaf\u00e9\u201d closed \u2013 for good."


def test_jsonl_lines_read_one_by_one_decode_like_whole_files(tmp_path):
    # batch and group read a JSONL stream line by line; a line with a Latin-1 byte was
    # "malformed JSON (UnicodeDecodeError)" there while brief read the same file
    from newsfuse.readers.jsonl import iter_articles

    line = ('{"id": "x", "title": "Caf\u00e9 prices", "documents": ["Caf\u00e9 owners said prices rose '
            'on Monday. They were angry.", "The caf\u00e9 owners protested. Prices rose."]}\n')
    path = tmp_path / "latin.jsonl"
    path.write_bytes(line.encode("utf-8").replace("Caf\u00e9 owners".encode("utf-8"), b"Caf\xe9 owners"))
    (record,) = list(iter_records(str(path)))
    assert record.error is None and record.articles[0].text.startswith("Caf\u00e9 owners said")
    entries = list(iter_articles(str(path)))
    assert [e.error for e in entries] == [None, None]
    assert entries[1].article.text.startswith("The caf\u00e9 owners")
    assert [a.text for a in read_path(path)] == [a.text for a in record.articles]


def test_a_bad_article_in_a_jsonl_file_is_named_by_its_line(tmp_path, example_paths):
    # Before: "x.jsonl: article object has no 'text'", leaving the user to hunt through the file
    lines = [json.dumps({"title": p.name, "text": p.read_text()}) for p in example_paths[:3]]
    lines.insert(2, json.dumps({"title": "Photo gallery", "text": ""}))
    path = tmp_path / "x.jsonl"
    path.write_text("\n".join(lines) + "\n")
    with pytest.raises(InputError) as err:
        read_path(path)
    assert str(err.value) == f"{path}:3: article object has no 'text'"
    path.write_text("\n\n" + "\n".join(lines) + "\n")  # blank lines count as lines
    with pytest.raises(InputError, match=r"x\.jsonl:5: article object"):
        read_path(path)
    path.write_text("\n\n" + "\n".join(lines).replace('"Photo gallery"', "Photo") + "\n")
    with pytest.raises(InputError, match=r"x\.jsonl:5: malformed JSON"):
        read_path(path)
    path.write_text('{"text": ["one paragraph", "another"]}\n')
    with pytest.raises(InputError, match=r"x\.jsonl: the article's 'text' is a list, not a string"):
        read_path(path)


def test_the_web_apis_request_body_reads_as_a_cluster(tmp_path, example_paths):
    # Before: a saved /api/brief body ({"articles": [...], "words": 150}) was refused by the
    # command line and the Python API with "article object has no 'text'"
    body = {"articles": [{"title": p.name, "text": p.read_text()} for p in example_paths[:2]], "words": 150}
    path = tmp_path / "request.json"
    path.write_text(json.dumps(body))
    articles = read_path(path)
    assert [a.title for a in articles] == [p.name for p in example_paths[:2]]
    path.write_text(json.dumps({"articles": "not a list"}))
    with pytest.raises(InputError, match="'articles' must be a list"):
        read_path(path)


def test_readers_binary_and_empty_are_refused(tmp_path):
    binary = tmp_path / "x.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20)
    with pytest.raises(InputError, match="binary"):
        read_path(binary)
    empty = tmp_path / "e.txt"
    empty.write_bytes(b"")
    with pytest.raises(InputError, match="empty"):
        read_path(empty)
    with pytest.raises(InputError, match="no such file"):
        read_path(tmp_path / "missing.txt")


def test_readers_html_page_through_trafilatura(example_paths):
    body = "".join(f"<p>{line}</p>" for line in example_paths[2].read_text().split("\n")[1:] if line.strip())
    html = ("<html><head><title>Syria ceasefire under threat</title>"
            "<meta property='og:site_name' content='CNN'>"
            "<meta name='date' content='2016-09-18'></head><body><nav>Home | World | Video</nav>"
            f"<article><h1>Syria ceasefire under threat</h1>{body}</article>"
            "<footer>Terms of use. Privacy policy.</footer></body></html>")
    (article,) = read_text_input(html.encode(), "page", suffix=".html")
    assert article.title == "Syria ceasefire under threat"
    assert article.source == "CNN"
    assert article.published == "2016-09-18"
    assert "Samantha Power" in article.text
    assert "Privacy policy" not in article.text


def test_a_page_saved_without_a_suffix_reads_as_html_after_an_xml_declaration_or_a_comment(example_paths):
    """A page whose file has no suffix is known by its opening; one that opened with an XML
    declaration (XHTML) or a comment (a browser's "<!-- saved from url=... -->") was read as
    plain text: its title "<?xml version=...?>", its summary "<p>Moscow appeared ..."."""
    body = "".join(f"<p>{line}</p>" for line in example_paths[2].read_text().split("\n")[1:] if line.strip())
    page = ("<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Strict//EN\" "
            "\"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd\">\n"
            "<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><title>Syria ceasefire under threat</title>"
            + "<link rel='stylesheet' href='site.css'>" * 8 + f"</head><body><article>{body}</article></body></html>")
    (plain,) = read_text_input(page.encode(), "page", suffix=".html")
    for preamble in ('<?xml version="1.0" encoding="UTF-8"?>\n',
                     "<!-- saved from url=(0040)https://example.org/world/syria-truce -->\n",
                     '<?xml version="1.0"?>\n<!-- a comment -->\n<!-- another -->\n'):
        (article,) = read_text_input((preamble + page).encode(), "page")
        assert (article.title, article.text) == (plain.title, plain.text) == \
            ("Syria ceasefire under threat", plain.text)
        assert "<p>" not in article.text and "Samantha Power" in article.text


def test_readers_json_list_of_articles_and_malformed_line(tmp_path, example_paths):
    items = [{"title": p.stem, "text": p.read_text(), "source": "outlet", "published": "Sept. 18, 2016"}
             for p in example_paths[:2]]
    path = tmp_path / "a.json"
    path.write_text(json.dumps(items))
    articles = read_path(path)
    assert [a.source for a in articles] == ["outlet", "outlet"]
    assert articles[0].published == "2016-09-18"
    bad = tmp_path / "bad.jsonl"
    bad.write_text(json.dumps(items[0]) + "\n{not json\n")
    with pytest.raises(InputError, match=r"bad.jsonl:2: malformed JSON"):
        read_path(bad)


def test_a_json_value_of_the_wrong_kind_is_named_in_jsons_words(tmp_path, example_paths):
    """Before: "expected an object or a list, found NoneType" (or int, str): Python's names
    for what the user wrote as null, 3 or "text"; then "found number", "item 2 of the list is
    number": JSON's words, but not a sentence."""
    for value, words in (("null", "null"), ("3", "a number"), ("true", "true"), ('"x"', "a string")):
        path = tmp_path / f"{value.strip(chr(34))}.json"
        path.write_text(value)
        with pytest.raises(InputError, match=f"expected an object or a list, found {words}$"):
            read_path(path)
    record = tmp_path / "clusters.jsonl"
    record.write_text(json.dumps({"id": "c1", "documents": [example_paths[0].read_text(), None]}) + "\n")
    (only,) = list(iter_records(str(record)))
    # a document of the list: which one, and that a text is what a list holds too (the record
    # said "expected an object or a list, found null" and named no item)
    assert only.error == "item 2 of the list is null; give a text or an article object"
    record.write_text(json.dumps({"id": "c1", "documents": [example_paths[0].read_text(), 7]}) + "\n")
    (only,) = list(iter_records(str(record)))
    assert only.error == "item 2 of the list is a number; give a text or an article object"
    record.write_text(json.dumps({"id": "c1", "documents": [example_paths[0].read_text(), False]}) + "\n")
    (only,) = list(iter_records(str(record)))
    assert only.error == "item 2 of the list is false; give a text or an article object"  # as the web API says it


def test_json_nested_deeper_than_the_parser_goes_is_malformed_json_not_a_crash(tmp_path, example_paths):
    """Python's JSON parser recurses per level: 100,000 nested brackets ended brief, a whole
    batch and a whole group run in "internal error: RecursionError", and the web app's upload in
    a 500; a page's JSON-LD nested that deep did the same to reading the page."""
    from newsfuse.readers.html import read_html

    text = example_paths[1].read_text()
    deep = "[" * 100_000 + json.dumps(text) + "]" * 100_000
    path = tmp_path / "deep.json"
    path.write_text(deep)
    with pytest.raises(InputError, match=r"deep\.json:1: malformed JSON \(nested too deeply\)"):
        read_path(path)
    lines = tmp_path / "clusters.jsonl"
    lines.write_text('{"id": "deep", "documents": ' + deep + "}\n"
                     + json.dumps({"id": "fine", "documents": [text]}) + "\n")
    assert [(r.id, r.error) for r in iter_records(str(lines))] == [
        ("line-1", "malformed JSON (nested too deeply)"), ("fine", None)]
    headline = {"@type": "NewsArticle", "headline": "Syria ceasefire under threat"}
    page = ('<html><head><script type="application/ld+json">' + "[" * 100_000 + "]" * 100_000
            + '</script><script type="application/ld+json">' + "[" * 500 + json.dumps(headline) + "]" * 500
            + "</script></head><body>" + "".join(f"<p>{p}</p>" for p in text.split("\n") if p.strip())
            + "</body></html>")
    assert read_html(page, "deep.html").title == "Syria ceasefire under threat"


@pytest.mark.parametrize("encoding", ["utf-16", "utf-32"])
def test_jsonl_in_utf16_reads_line_by_line_as_a_whole_file_does(tmp_path, example_paths, encoding):
    """PowerShell's '>' writes UTF-16 with a byte-order mark. 'brief' read such a file, but
    batch and eval-stories refused it as "binary file (NUL bytes)", group skipped every line as
    malformed JSON, and eval read it as garbage."""
    from newsfuse.batch import check_input, count_records
    from newsfuse.evaluate import load_records
    from newsfuse.readers.jsonl import iter_articles

    texts = [p.read_text() for p in example_paths]
    clusters = tmp_path / "clusters.jsonl"
    clusters.write_text("".join(json.dumps({"id": f"c{i}", "documents": texts[i:i + 2], "summary": "s"}) + "\n"
                                for i in range(3)) + "\n{broken\n", encoding=encoding)
    check_input(str(clusters))  # no "binary file"
    assert count_records(str(clusters)) == 4
    records = list(iter_records(str(clusters)))
    assert [r.id for r in records] == ["c0", "c1", "c2", "line-5"] and records[3].error.startswith("malformed JSON")
    assert [a.text for a in records[1].articles] == [a.text for a in read_inputs(texts[1:3])]
    with pytest.raises(InputError, match=r"clusters\.jsonl:5: malformed JSON"):
        load_records(str(clusters))
    stream = tmp_path / "stream.jsonl"
    stream.write_text("".join(json.dumps({"id": f"a{i}", "text": t}) + "\n" for i, t in enumerate(texts)),
                      encoding=encoding)
    entries = list(iter_articles(str(stream)))
    assert [(e.key, e.error) for e in entries] == [(f"a{i}", None) for i in range(len(texts))]


def test_readers_batch_records_report_bad_lines(tmp_path, example_paths):
    good = {"id": "ok", "documents": [p.read_text() for p in example_paths[:2]]}
    path = tmp_path / "in.jsonl"
    path.write_text(json.dumps(good) + "\n{broken\n" + json.dumps({"id": "empty", "documents": []}) + "\n")
    records = list(iter_records(str(path)))
    assert [r.id for r in records] == ["ok", "line-2", "empty"]
    assert records[0].articles and not records[0].error
    assert "malformed JSON" in records[1].error
    assert records[2].error


def test_readers_utf16_file_with_bom_decodes(tmp_path, example_paths):
    # Windows editors save "Unicode" text as UTF-16 with a byte-order mark; its NUL bytes
    # must not make it look binary
    text = example_paths[0].read_text(encoding="utf-8")
    for encoding in ("utf-16", "utf-16-be", "utf-32"):
        path = tmp_path / f"{encoding}.txt"
        data = text.encode(encoding)
        if encoding == "utf-16-be":
            data = b"\xfe\xff" + data
        path.write_bytes(data)
        (article,) = read_path(path)
        assert article.title == "Bombs rain down as Syria declares truce over"
        assert "at least 62 Syrian troops were killed" in article.text
        assert "\x00" not in article.text


def test_readers_utf16_file_without_bom_decodes_and_binary_with_nuls_stays_binary(tmp_path, example_paths):
    """UTF-16 saved without a byte-order mark (some Windows exports) was refused as "binary
    file (NUL bytes)"; it reads as the UTF-8 file does. Bytes whose NULs fall in every other
    place but are not text (16-bit numbers, this interpreter's own file) are still binary."""
    import struct
    import sys
    from pathlib import Path

    utf8 = read_path(example_paths[0])[0]
    text = example_paths[0].read_text(encoding="utf-8")
    for encoding in ("utf-16-le", "utf-16-be"):
        path = tmp_path / f"{encoding}.txt"
        path.write_bytes(text.encode(encoding))
        (article,) = read_path(path)
        assert (article.title, article.text) == (utf8.title, utf8.text)
    numbers = tmp_path / "numbers.txt"
    numbers.write_bytes(b"".join(struct.pack("<H", i % 300) for i in range(20000)))
    program = tmp_path / "program.txt"
    program.write_bytes(Path(sys.executable).resolve().read_bytes()[:100_000])
    for path in (numbers, program):
        with pytest.raises(InputError, match="binary file"):
            read_path(path)


def test_readers_folder_skips_unreadable_files_with_a_warning(tmp_path, example_paths):
    import shutil

    for p in example_paths[:2]:
        shutil.copy(p, tmp_path / p.name)
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "thumb.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20)
    (tmp_path / "broken.jsonl").write_text('{"text": oops}\n')
    warnings: list[str] = []
    articles = read_inputs([tmp_path], warnings=warnings)
    assert [a.title for a in articles][0] == "Bombs rain down as Syria declares truce over"
    assert len(articles) == 2
    assert len(warnings) == 3
    assert any("empty.txt: skipped, file is empty" in w for w in warnings)
    assert any("thumb.txt: skipped, binary" in w for w in warnings)
    assert any("broken.jsonl:1: skipped, malformed JSON" in w for w in warnings)
    # the public API carries them into the brief's notes
    import newsfuse

    brief = newsfuse.brief([tmp_path], words=60, sections=[])
    assert len(brief.articles) == 2 and brief.summary
    assert sum("skipped" in w for w in brief.warnings) == 3
    # a file named directly still has to read, and a folder of only bad files fails as one
    with pytest.raises(InputError, match="empty"):
        read_inputs([tmp_path / "empty.txt"], warnings=[])
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "a.txt").write_bytes(b"")
    (bad / "b.md").write_text("   \n")
    with pytest.raises(InputError, match="no readable file in the folder"):
        read_inputs([bad], warnings=[])


@needs_posix
def test_readers_folder_names_a_broken_link_or_a_pipe_it_cannot_read(tmp_path, example_paths):
    """Before: a link to a moved article ('b.txt -> ../old/b.txt') or a named pipe with an
    article's name was left out without a word, the brief one report short."""
    import os
    import shutil

    for p in example_paths[:2]:
        shutil.copy(p, tmp_path / p.name)
    (tmp_path / "moved.txt").symlink_to(tmp_path / "gone" / "moved.txt")
    os.mkfifo(tmp_path / "feed.md")
    warnings: list[str] = []
    articles = read_inputs([tmp_path], warnings=warnings)
    assert len(articles) == 2
    assert warnings == [f"{tmp_path / 'feed.md'}: skipped, not a regular file (a pipe or a device)",
                        f"{tmp_path / 'moved.txt'}: skipped, a link to nothing"]
    with pytest.raises(InputError, match="a link to nothing|not a regular file"):
        read_inputs([tmp_path])  # without a warnings list every input must read


def test_readers_folder_names_the_files_it_does_not_read(tmp_path, example_paths):
    # Before: a PDF or Word file in a story folder was passed over without a word, so a brief
    # silently left out reports the user had put there
    import shutil

    for p in example_paths[:2]:
        shutil.copy(p, tmp_path / p.name)
    (tmp_path / "statement.pdf").write_bytes(b"%PDF-1.4 ...")
    (tmp_path / "interview.docx").write_bytes(b"PK...")
    (tmp_path / "old").mkdir()
    (tmp_path / "old" / "notes.PDF").write_bytes(b"%PDF-1.4 ...")
    (tmp_path / ".DS_Store").write_bytes(b"\x00")  # hidden files are not the user's reports
    warnings: list[str] = []
    assert len(read_inputs([tmp_path], warnings=warnings)) == 2
    assert warnings == [f"{tmp_path}: 3 files of other types not read (interview.docx, old/notes.PDF, "
                        "statement.pdf); newsfuse reads .txt, .md, .html, .json and .jsonl"]
    for n in range(4):
        (tmp_path / f"scan{n}.png").write_bytes(b"\x89PNG")
    warnings = []
    read_inputs([tmp_path], warnings=warnings)
    assert warnings[0].startswith(f"{tmp_path}: 7 files of other types not read (interview.docx, "
                                  "old/notes.PDF, scan0.png and 4 more)")
    # newsfuse group reads folders the same way: the line is a note, not a skipped article
    from newsfuse.corpus.ingest import iter_inputs

    entries = list(iter_inputs([str(tmp_path)]))
    assert [e.note for e in entries if e.note] == warnings
    assert not any(e.error for e in entries) and sum(e.article is not None for e in entries) == 2


def test_short_one_line_text_is_text_and_path_shaped_strings_are_paths(tmp_path, example_paths):
    """Before: any string of 12 words or fewer without a line break was taken for a path."""
    from pathlib import Path

    import newsfuse

    line = "Fire destroys three homes in Springfield on Monday, officials said."
    (article,) = read_inputs([line])
    assert article.text == line and article.path is None
    assert newsfuse.brief(line, sections=[]).summary_text == line
    for typo in ("story/", "missing.txt", "./notes"):  # shaped like paths: "no such file", not a brief
        with pytest.raises(InputError, match="no such file"):
            read_inputs([typo])
    assert read_inputs([str(example_paths[0])])[0].path == str(example_paths[0])  # an existing path
    with pytest.raises(InputError, match="no such file"):
        read_inputs([Path("Fire destroys three homes")])  # Path: always a path
    assert read_inputs([{"text": "story.txt"}])[0].text == "story.txt"  # a dict: always text


def test_an_empty_string_is_never_the_current_folder(tmp_path, example_paths, monkeypatch):
    """Path("") is Path("."): before, newsfuse.brief([""]) read every file under the working
    folder as articles, and 'newsfuse brief ""' (an unset shell variable) briefed that folder."""
    import shutil
    import subprocess
    import sys

    import newsfuse

    shutil.copy(example_paths[0], tmp_path / "elsewhere.txt")
    monkeypatch.chdir(tmp_path)
    (blank,) = read_inputs([""])
    assert blank.path is None and blank.text == ""
    with pytest.raises(InputError, match="no reporting left"):
        newsfuse.brief([""], sections=[])
    # before: TypeError; then "cannot read a int", "a NoneType", "a bytes"
    for odd, words in ((None, "cannot read None;"), (5, "cannot read an int;"), ([5], "cannot read an int;"),
                       ([None], "cannot read None;"), ([b"x"], "cannot read bytes;"), (3.5, "cannot read a float;")):
        with pytest.raises(InputError, match=words):
            newsfuse.brief(odd, sections=[])
    with pytest.raises(InputError, match="is not a list of sections"):
        newsfuse.brief([str(example_paths[0])], sections=5)
    cli = subprocess.run([sys.executable, "-m", "newsfuse", "brief", "", "--sections", "none"],
                         capture_output=True, text=True, timeout=120)
    assert cli.returncode == 1 and cli.stdout == ""
    assert cli.stderr.strip() == "newsfuse: error: '': an empty argument is not a path; give a file or a folder ('.' for this one)"


@pytest.mark.parametrize("line, day", [
    # ECB+ pages' shapes: text re-joined from tokens splits the clock, "4: 00am"
    ("April 12, 2013 | 4: 00am", "2013-04-12"),
    ("TUESDAY, MARCH 5, 2019, 11:47 PM", "2019-03-05"),
    ("TUESDAY, MARCH 5, 2019, 11: 47 PM", "2019-03-05"),
    # other date lines of news pages: a clock with a dot, an update note, ISO with its time
    ("Friday 19 December 2008 10.21 GMT", "2008-12-19"),
    ("December 19, 2008 -- Updated 1821 GMT (0221 HKT)", "2008-12-19"),
    ("2008-12-19T10:00:00Z", "2008-12-19"),
    # a date followed by words is not a date line
    ("May 5, 2013 file photo", None),
    ("March 3, 2015 12 people died", None),
    ("May 5, 2013 9.5 million viewers", None),
])
def test_date_lines_with_their_clock_in_any_shape(line, day):
    from newsfuse.dates import parse_date_line

    assert parse_date_line(line) == day


@pytest.mark.parametrize("line, day", [
    # a HuffPost stamp's shape, re-joined from tokens: the first stamp is the day it went up
    ("First Posted: 09 / 14 / 12 07:31 AM ET Updated: 11 / 02 / 12 03:05 PM ET", "2012-09-14"),
    ("(Posted on 3/14/2015)", "2015-03-14"),
    ("Posted: 05/06/12", None),  # May 6 or June 5: not read
    ("05/13/18, OH KTR4471, 2009 Ford Focus, Blue", None),  # a table row, not a stamp
])
def test_page_stamps_written_in_figures(line, day):
    from newsfuse.dates import numeric_stamp

    assert numeric_stamp(line) == day


def test_a_stamp_in_figures_that_reads_as_two_days_takes_the_one_near_the_storys_dates():
    # a stamp of May 3 or March 5, 2013 (in the form of an ECB+ page's; times changed) beside reports
    # of May 2 and 3, 2013
    from datetime import date

    from newsfuse.dates import stamp_line

    near = {date(2013, 5, 2), date(2013, 6, 14)}
    assert stamp_line("UPDATED 05 / 03 / 2013 at 9:45 AM EDT") is None
    assert stamp_line("UPDATED 05 / 03 / 2013 at 9:45 AM EDT", near) == "2013-05-03"
    assert stamp_line("Originally published 05 / 03 / 2013 at 8:05 AM EDT", near) == "2013-05-03"
    assert stamp_line("05 / 02 / 2013", near) == "2013-05-02"
    # both readings near the story's days, or neither: still unread
    assert stamp_line("05 / 06 / 2013", {date(2013, 5, 20)}) is None
    assert stamp_line("05 / 03 / 2013", {date(2011, 1, 1)}) is None


def test_a_title_that_is_only_a_date_line_is_the_publication_date():
    # a story file whose title field took the page's first line: ECB+ gives the first sentence
    # as "title", and a page may carry its stamp ("TUESDAY, MARCH 5, 2019, 11:47 PM") as a line
    # of its own. Given as the title, that line is when the report went up, not a headline
    # (page written for the test in an ECB+ page's shape)
    from newsfuse.readers.jsonl import article_from_dict

    text = ("A video of the crash that killed a cyclist on Main Street was played at the trial on "
            "Tuesday.\nTUESDAY, MARCH 5, 2019, 11:47 PM\nThe driver has denied the charge.")
    article = article_from_dict({"title": "TUESDAY, MARCH 5, 2019, 11:47 PM", "text": text}, "x")
    assert article.published == "2019-03-05"
    assert article.title != "TUESDAY, MARCH 5, 2019, 11:47 PM"
    # the same with the stamp's word before it ("Published: June 9, 2016 10:23 AM")
    stamped = article_from_dict({"title": "Published: June 9, 2016 10:23 AM", "text": text}, "x")
    assert stamped.published == "2016-06-09" and not (stamped.title or "").startswith("Published")
    # a headline with a date in it stays a headline
    dated = article_from_dict({"title": "Video of Main Street crash is played at trial",
                               "text": text}, "x")
    assert dated.published is None and dated.title.startswith("Video of Main Street")


@pytest.mark.parametrize("line, day", [
    # page stamps in ECB+ pages' shapes, each a line of its own
    ("Posted Sep 3, 2014 6:42 PM CDT", "2014-09-03"),
    ("Published: June 9, 2016 10:23 AM", "2016-06-09"),
    ("TUESDAY, MARCH 5, 2019, 11:47 PM", "2019-03-05"),
    ("First Posted: 09 / 14 / 12 07:31 AM ET Updated: 11 / 02 / 12 03:05 PM ET", "2012-09-14"),
    ("UPDATED: 08:37 GMT, 21 May 2015", "2015-05-21"),
    # stamps of ecbplus-20b and 40b: an ordinal day, two stamps on a line, a time before the
    # date, a hyphen before the year, a numeric date alone
    ("November 28th, 2005, 09:11 GMT", "2005-11-28"),
    ("Posted: Nov 27, 2005 8:20 AM ET Last Updated: Nov 27, 2005 8:10 PM ET", "2005-11-27"),
    ("(10:27 am PDT, Jun 11th 2012)", "2012-06-11"),
    ("Sunday, November 27-2005 at 18:40", "2005-11-27"),
    ("11 / 28 / 05", "2005-11-28"),
    # a stamp that names the update first: the page went up on the earlier day
    ("Updated: Dec 2, 2015 Published: Nov 30, 2015", "2015-11-30"),
    ("Last updated: 10 June 2013 | First published: 9 June 2013", "2013-06-09"),
    # a numeric date that reads as two days, and lines with words a stamp does not use
    ("05/06/12", None),
    ("On Tuesday, December 9, 2008.", None),
    ("THE NEWS June 5, 2012", None),
    ("March 3, 2015 - April 5, 2015", None),
    # a headline that holds a date is not a stamp
    ("Video of Brooklyn woman's fatal shooting is played at trial April 12, 2013", None),
])
def test_a_line_that_is_only_the_pages_date(line, day):
    from newsfuse.dates import stamp_line

    assert stamp_line(line) == day


def test_an_id_that_is_not_a_string_is_named_as_json_writes_it(tmp_path, example_paths):
    """Before: batch said 'skipped ['x']: ...' and 'skipped True: ...' (Python's repr), which
    is not what the user wrote, and group keyed such an article by that repr."""
    from newsfuse.readers.jsonl import iter_articles

    text = example_paths[0].read_text()
    path = tmp_path / "ids.jsonl"
    path.write_text("".join(json.dumps(line) + "\n" for line in (
        {"id": ["x"], "documents": 5}, {"id": True, "documents": []}, {"id": {"a": "é"}, "documents": [text]},
        {"id": 7, "documents": [text]}, {"id": 1.5, "text": text})))
    assert [r.id for r in iter_records(str(path))] == ['["x"]', "true", '{"a": "é"}', "7", "1.5"]
    assert [e.key for e in iter_articles(str(path))] == ['["x"]', "true", '{"a": "é"}', "7", "1.5"]


def test_reading_text_files_imports_neither_the_html_nor_the_json_reader(example_dir, tmp_path):
    """The five example articles (.txt) read in a fresh process without the HTML reader, the
    page metadata rules or the JSON reader; an HTML page and a JSON file read there import
    theirs."""
    import subprocess
    import sys
    from pathlib import Path

    page = tmp_path / "page.html"
    page.write_text("<html><head><title>Truce over</title></head><body><p>" + "Bombs fell on Aleppo. " * 20
                    + "</p></body></html>")
    record = tmp_path / "story.json"
    record.write_text('{"title": "Truce over", "text": "' + "Bombs fell on Aleppo. " * 20 + '"}')
    code = ("import sys\n"
            "from newsfuse.readers import read_inputs\n"
            "for path in sys.argv[1:]:\n"
            "    n = len(read_inputs([path]))\n"
            "    print(n, ' '.join(sorted(m[17:] for m in sys.modules if m.startswith('newsfuse.readers.'))))\n")
    src = Path(__file__).resolve().parents[1] / "src"
    out = subprocess.run([sys.executable, "-c", code, str(example_dir), str(page), str(record)],
                         capture_output=True, text=True, check=True, env={"PYTHONPATH": str(src)})
    assert out.stdout.splitlines() == ["5 decode formats reading text",
                                       "1 decode formats html jsonl page_meta reading text",
                                       "1 decode formats html jsonl page_meta reading text"]


def test_a_carriage_return_between_json_values_does_not_cut_the_record():
    """JSON takes a raw carriage return as space between values, so a record written with one
    there is one JSON line; reading lines ended by a carriage return alone (old Mac exports)
    cut it in two, each "malformed JSON". A file whose lines end in CR alone is still read
    line by line."""
    import io

    from newsfuse.readers.decode import text_lines

    record = b'{"id": "c1",\r "text": "Two people were hurt."}\n'
    assert [line.rstrip() for line in text_lines(io.BufferedReader(io.BytesIO(record)))] == \
        ['{"id": "c1",\r "text": "Two people were hurt."}']
    mac = b'{"id": "c1"}\r{"id": "c2"}\r'
    assert [line.rstrip() for line in text_lines(io.BufferedReader(io.BytesIO(mac)))] == \
        ['{"id": "c1"}', '{"id": "c2"}']


def test_a_record_holding_a_raw_carriage_return_is_parsed_once(example_paths, tmp_path, monkeypatch):
    """To know that a line with a raw carriage return is one record, ``text_lines`` parses it;
    the reader then takes that value (a record of megabytes was parsed twice). An example
    article's record, written with a carriage return between two of its keys, is read whole."""
    from newsfuse.readers.jsonl import iter_records

    article = example_paths[0].read_text(encoding="utf-8")
    record = '{"id": "c1",\r "documents": ' + json.dumps([article]) + '}\n'
    path = tmp_path / "cr.jsonl"
    path.write_bytes(record.encode("utf-8"))
    parsed = []
    original = json.loads
    monkeypatch.setattr(json, "loads", lambda s, *a, **k: parsed.append(len(s)) or original(s, *a, **k))
    records = list(iter_records(str(path)))
    assert [(r.id, r.error) for r in records] == [("c1", None)]
    assert len(records[0].articles) == 1
    assert len(parsed) == 1, parsed


def test_a_short_report_with_two_stray_nuls_is_text(example_paths):
    """"A stray NUL or two is text's" (``read_text``), but a file under 2,000 bytes was refused
    as binary for its second NUL: the allowance was one NUL per thousand bytes, at least one."""
    from newsfuse.readers.decode import read_text

    text = example_paths[0].read_text(encoding="utf-8")[:1200]
    cut = text.rfind(". ") + 1
    data = (text[:cut] + "\x00" + text[cut:] + "\x00").encode("utf-8")
    assert len(data) < 2000
    assert read_text(data, "stray.txt").replace("\x00", "") == text
    with pytest.raises(InputError, match="binary"):
        read_text(b"\x00\x00\x00" + text.encode("utf-8"), "three.txt")


def test_an_article_of_control_characters_only_has_no_text():
    """Control characters are dropped as an article is read (model.printable), so an article
    object or a list item that holds nothing else has no text: an input error naming the
    record, or the item left out, never an article of one space (hypothesis found
    {"text": "\\x1b"} giving one)."""
    from newsfuse.errors import InputError
    from newsfuse.readers.jsonl import articles_from_record

    with pytest.raises(InputError, match="no 'text'"):
        articles_from_record({"text": "\x1b"}, "articles[0]")
    assert [a.text for a in articles_from_record(["\x1b\x00", "Troops entered the town."], "x")] \
        == ["Troops entered the town."]


def test_a_feed_item_without_text_is_skipped_and_said_not_the_whole_file(example_paths, tmp_path):
    """A JSON Lines feed where one item kept only its headline (ECB+ stores dozens so) reads
    the other items and names the skipped line, as a folder names a file it cannot read; the
    same item alone, or read with no place for warnings, is still an error naming it."""
    texts = [p.read_text(encoding="utf-8") for p in example_paths[:2]]
    feed = tmp_path / "feed.jsonl"
    feed.write_text("\n".join(json.dumps(r) for r in (
        {"title": "Strikes kill Syrian troops", "text": texts[0]},
        {"title": "US-led strikes hit Syrian army near Deir ez-Zor", "text": ""},
        {"title": "Syria says coalition hit its troops", "text": texts[1]})) + "\n", encoding="utf-8")
    warnings: list[str] = []
    articles = read_inputs([feed], warnings=warnings)
    assert [a.title for a in articles] == ["Strikes kill Syrian troops", "Syria says coalition hit its troops"]
    assert warnings == [f"{feed}:2: skipped, article object has no 'text'"]
    listed = tmp_path / "list.json"
    listed.write_text(json.dumps([{"text": texts[0]}, {"title": "headline only"}]), encoding="utf-8")
    skipped: list[str] = []
    assert len(read_inputs([listed], warnings=skipped)) == 1
    assert skipped == [f"{listed}[1]: skipped, article object has no 'text'"]
    with pytest.raises(InputError, match=r"feed.jsonl:2: article object has no 'text'"):
        read_inputs([feed])
    alone = tmp_path / "alone.jsonl"
    alone.write_text(json.dumps({"title": "headline only", "text": " "}) + "\n", encoding="utf-8")
    with pytest.raises(InputError, match="no 'text'"):
        read_inputs([alone], warnings=[])


def test_a_cluster_of_a_batch_file_skips_a_document_without_text_and_says_so(example_paths, tmp_path):
    """``batch`` read the same cluster ``brief`` reads with a note, and failed all of it with
    "article object has no 'text'", not saying which document: one headline-only feed item (60
    ECB+ records are so) cost every report of its cluster."""
    from newsfuse.batch import run_batch

    texts = [p.read_text(encoding="utf-8") for p in example_paths[:2]]
    path = tmp_path / "clusters.jsonl"
    path.write_text(json.dumps({"id": "c1", "documents": [
        {"title": "Strikes kill Syrian troops", "text": texts[0]},
        {"title": "US-led strikes hit Syrian army near Deir ez-Zor"},
        {"title": "Syria says coalition hit its troops", "text": texts[1]}]}) + "\n"
        + json.dumps({"id": "c2", "documents": [{"title": "headline only"}]}) + "\n", encoding="utf-8")
    first, second = iter_records(str(path))
    assert first.error is None and [a.title for a in first.articles] == \
        ["Strikes kill Syrian troops", "Syria says coalition hit its troops"]
    assert first.skipped == ["a2 (c1[1]): skipped, article object has no 'text'"] and first.places == [1, 3]
    assert second.articles is None and second.error == "record has no non-empty documents"
    errors: list[tuple[str, str]] = []
    report = run_batch(str(path), str(tmp_path / "briefs.jsonl"), words=60,
                       on_error=lambda rid, why: errors.append((rid, why)))
    briefed = [json.loads(line) for line in (tmp_path / "briefs.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [b["id"] for b in briefed if "brief" in b] == ["c1"], (report, errors)
    assert [b for b in briefed if "brief" in b][0]["brief"]["warnings"][0] == \
        "a2 (c1[1]): skipped, article object has no 'text'"


def test_a_batch_cluster_numbers_its_documents_by_their_place_skipped_ones_included(example_paths, tmp_path):
    """Before: a document skipped for having no text (a headline-only feed item, or an empty
    string, which was passed by unsaid) took no number, so the documents after it were cited
    one lower than their place in the line ("documents"[2] as a2) while the warning named
    c1[1]. Multi-News' own records hold empty documents, and their annotations count them."""
    from newsfuse.batch import run_batch

    texts = [p.read_text(encoding="utf-8") for p in example_paths[:3]]
    path = tmp_path / "clusters.jsonl"
    path.write_text(json.dumps({"id": "c1", "documents": [
        texts[0], {"title": "US-led strikes hit Syrian army near Deir ez-Zor"}, texts[1], "", texts[2]]}) + "\n",
        encoding="utf-8")
    report = run_batch(str(path), str(tmp_path / "briefs.jsonl"), words=60, sections=["quotes"])
    assert report.done == 1, report.failed
    (line,) = [json.loads(x) for x in (tmp_path / "briefs.jsonl").read_text(encoding="utf-8").splitlines()]
    brief = line["brief"]
    assert [a["id"] for a in brief["articles"]] == ["a1", "a3", "a5"]
    assert [a["words"] for a in brief["articles"]][1] > 100  # a3 is the report at place 3
    assert brief["warnings"][:2] == ["a2 (c1[1]): skipped, article object has no 'text'",
                                     "a4 (c1[3]): skipped, the item is an empty text"], brief["warnings"]
    cited = {c["article"] for s in brief["summary"] for c in s["sources"]}
    assert cited <= {"a1", "a3", "a5"} and {a for q in brief["quotes"] for a in q["articles"]} <= {"a1", "a3", "a5"}


def _pdf_of(text: str) -> bytes:
    """A real PDF, as a scanner or 'print to PDF' of a page image writes it (Pillow's PDF
    writer), holding ``text`` drawn on the page."""
    import io

    from PIL import Image, ImageDraw

    page = Image.new("RGB", (600, 200), "white")
    ImageDraw.Draw(page).text((10, 10), text, fill="black")
    out = io.BytesIO()
    page.save(out, format="PDF")
    return out.getvalue()


def _docx_of(text: str) -> bytes:
    """A Word file as Word writes one: a zip whose parts are XML under word/."""
    import io
    import zipfile

    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.'
                   'openxmlformats.org/package/2006/content-types"/>')
        z.writestr("word/document.xml", f"<w:document><w:body><w:p><w:r><w:t>{text}</w:t></w:r></w:p>"
                   "</w:body></w:document>")
    return out.getvalue()


def test_a_pdf_or_word_file_is_named_with_what_to_do_and_a_misnamed_text_file_is_read(tmp_path, example_paths):
    """A PDF given by name was refused as "no article has any reporting left after cleaning"
    (its uncompressed parts passed for text, and cleaning took them for page furniture). What
    the file is decides, not its name: a PDF called .txt is a PDF, and a report saved as text
    under a .pdf name is read as the text it is."""
    report = example_paths[0].read_text(encoding="utf-8")
    cases = {"report.pdf": (_pdf_of(report[:80]), "a PDF document, not text", "pdftotext {path} report.txt"),
             "scan.txt": (_pdf_of(report[:80]), "a PDF document, not text", "pdftotext {path} scan-text.txt"),
             "interview.docx": (_docx_of(report[:200]), "a Word document (.docx), not text", "plain text"),
             "notes.rtf": (b"{\\rtf1\\ansi " + report[:200].encode() + b"}", "an RTF document", "plain text"),
             "story.zip": (b"PK\x03\x04" + bytes(40) + b"story/a.txt", "a zip archive", "unpack it"),
             # was "binary file (a PNG image), not text": what it was, not what to do
             "shot.png": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20, "binary file (a PNG image), not text",
                          "copy the report's text into a .txt file"),
             "scan.jpg": (b"\xff\xd8\xff\xe0" + bytes(64), "binary file (a JPEG image), not text",
                          "copy the report's text into a .txt file")}
    for name, (data, kind, advice) in cases.items():
        path = tmp_path / name
        path.write_bytes(data)
        with pytest.raises(InputError) as caught:
            read_path(path)
        assert caught.value.source == str(path) and kind in caught.value.reason \
            and advice.format(path=path) in caught.value.reason, \
            (name, caught.value.reason)
        assert "\n" not in str(caught.value)
    misnamed = tmp_path / "story.pdf"
    misnamed.write_text(report, encoding="utf-8")
    (article,) = read_path(misnamed)
    assert article.title == report.splitlines()[0] and "62 Syrian troops" in article.text


def test_text_in_another_legacy_encoding_is_refused_saying_to_save_it_as_utf8(tmp_path, example_paths):
    """Russian saved as KOI8-R (or Chinese as GBK) is not UTF-8, and read byte by byte as
    Windows-1252 it was a page of accented Latin letters, briefed as a language the identifier
    took for Amharic. Western text in Windows-1252 still reads, accents and all."""
    russian = "Официальные лица заявили, что 62 солдата погибли в результате удара по Дейр-эз-Зору. " * 8
    chinese = "官员说有62名士兵在空袭中丧生。叙利亚人权观察组织说死亡人数为83人。" * 10
    for name, data in (("report.txt", russian.encode("koi8-r")), ("baodao.txt", chinese.encode("gbk"))):
        path = tmp_path / name
        path.write_bytes(data)
        with pytest.raises(InputError, match="not UTF-8 text: .* of its letters are bytes of another encoding"
                                             ".*save the file as UTF-8"):
            read_path(path)
    french = "Le président a déclaré que les négociations étaient « très difficiles » à Genève. " * 10
    report = example_paths[0].read_text(encoding="utf-8") + "\n" + french
    path = tmp_path / "western.txt"
    path.write_bytes(report.encode("cp1252"))
    (article,) = read_path(path)
    assert "négociations étaient « très difficiles » à Genève" in article.text
