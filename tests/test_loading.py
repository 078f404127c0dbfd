"""Loading articles as people have them, and bad input that never costs a result."""

from __future__ import annotations

import io
import json
import re
import tempfile
import time
import tracemalloc
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from timeline.loading import (
    EXTENSIONS,
    FieldNames,
    LoadIssue,
    LoadOptions,
    LoadResult,
    Notice,
    implausible_dates,
    iter_load,
    load,
)
from timeline.model import Document, Granularity, Period

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO / "seeds"
INPUTS = Path(__file__).resolve().parent / "fixtures" / "inputs"

ARTICLE = "The Kremlin vowed on Thursday to press on with its assault in Syria.\n"


def write(folder: Path, name: str, content: str | bytes) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8")
    else:
        path.write_bytes(content)
    return path


def front(body: str = ARTICLE, **meta: str) -> str:
    lines = "".join(f"{k}: {v}\n" for k, v in meta.items())
    return f"---\n{lines}---\n{body}"


def only(result: LoadResult, kind: Notice) -> list[LoadIssue]:
    return [i for i in result.issues if i.kind is kind]


def by_id(result: LoadResult) -> dict[str, Document]:
    return {d.id: d for d in result.documents}


# --- the seeds and plain text -----------------------------------------------------


def test_seeds_load_with_their_ids_dates_and_bodies() -> None:
    result = load([str(SEEDS)])
    docs = by_id(result)
    assert list(docs) == ["000_4d2526ec87dee3a8", "001_afe4df272759aabc"]
    first, second = docs.values()
    assert first.published == Period.day(Period.from_iso("2016-09-30").start)
    assert second.published == Period.from_iso("2016-09")
    assert second.published.granularity is Granularity.MONTH
    assert first.published_origin == "front matter `published`"
    assert first.title == "Moscow vows to continue Syria offensive, accuses US of supporting terror"
    assert first.source == "The Arab American News (Reuters wire)"
    assert first.url and first.url.startswith("https://arabamericannews.com/2016/09/30/")
    raw = (SEEDS / "000_4d2526ec87dee3a8.txt").read_text(encoding="utf-8")
    assert raw.endswith(first.text)
    assert first.text.startswith("DAMASCUS — The Kremlin")
    assert result.issues == ()


def test_body_is_kept_as_is_below_the_front_matter(tmp_path: Path) -> None:
    body = "  Indented first line.\r\n\r\nSecond paragraph.  \n\n"
    write(tmp_path, "a.md", front(body, published="2016-09-30"))
    (doc,) = load([str(tmp_path / "a.md")]).documents
    assert doc.text == body


def test_markdown_heading_is_the_title_when_front_matter_has_none(tmp_path: Path) -> None:
    write(tmp_path, "a.md", "\n# Truce collapses  \n\n" + ARTICLE)
    write(tmp_path, "b.md", front("# Heading\n" + ARTICLE, title="Front matter wins"))
    write(tmp_path, "c.md", "#hashtag is not a heading\n" + ARTICLE)
    titles = [d.title for d in load([str(tmp_path)]).documents]
    assert titles == ["Truce collapses", "Front matter wins", None]


def test_text_without_front_matter_is_the_whole_file(tmp_path: Path) -> None:
    write(tmp_path, "plain.txt", ARTICLE)
    result = load([str(tmp_path / "plain.txt")])
    (doc,) = result.documents
    assert doc.text == ARTICLE
    assert doc.published is None


def test_timestamp_in_front_matter_keeps_the_articles_own_day(tmp_path: Path) -> None:
    write(tmp_path, "late.md", front(published="2016-09-29T22:40:00-04:00"))
    (doc,) = load([str(tmp_path)]).documents
    assert doc.published == Period.from_iso("2016-09-29")


def test_front_matter_date_field_and_other_names(tmp_path: Path) -> None:
    write(tmp_path, "hugo.md", front(date="'Sept. 19, 2016'", headline="Truce ends"))
    (doc,) = load([str(tmp_path)]).documents
    assert doc.published == Period.from_iso("2016-09-19")
    assert doc.published_origin == "front matter `date`"
    assert doc.title == "Truce ends"


def test_a_date_written_in_another_language_is_read_at_its_precision(tmp_path: Path) -> None:
    write(tmp_path, "le-monde.md", front(published="30 septembre 2016"))
    other = "Los rebeldes anunciaron que habían tomado veinte pueblos cerca de Hama.\n"
    write(tmp_path, "el-pais.md", front(other, published="septiembre de 2016"))
    docs = sorted(load([str(tmp_path)]).documents, key=lambda d: d.id)
    assert [d.published for d in docs] == [
        Period.from_iso("2016-09"),
        Period.from_iso("2016-09-30"),
    ]


def test_utf8_bom_and_windows_1252_are_decoded(tmp_path: Path) -> None:
    write(tmp_path, "bom.txt", b"\xef\xbb\xbf" + front(published="2016-09-30").encode())
    latin = "Le gouvernement français a déclaré mercredi que la trêve était rompue à Alep.\n"
    write(tmp_path, "latin.txt", latin.encode("cp1252"))
    result = load([str(tmp_path)])
    docs = by_id(result)
    assert docs["bom"].published == Period.from_iso("2016-09-30")
    assert docs["bom"].text == ARTICLE
    assert docs["latin"].text == latin


# --- directories and paths -----------------------------------------------------------


def test_fixture_folder_recurses_sorted_and_skips_hidden_and_unknown() -> None:
    result = load([str(INPUTS / "folder")])
    assert [d.id for d in result.documents] == ["2016-09-29_rebels", "ceasefire", "kremlin"]
    assert all(".hidden" not in (d.path or "") for d in result.documents)
    assert only(result, Notice.SKIPPED) == []
    kremlin = by_id(result)["kremlin"]
    assert kremlin.published is None
    dateline, no_date = [i for i in result.issues if i.path.endswith("kremlin.txt")]
    assert dateline.kind is no_date.kind is Notice.WARNING
    assert "dateline gives September 29 but no year" in dateline.message
    assert no_date.message.startswith("no publication date; relative dates stay unanchored")
    assert "add `published: YYYY-MM-DD` to its front matter or pass --published" in no_date.message


def test_directory_order_is_deterministic(tmp_path: Path) -> None:
    for name in ["b.txt", "a/z.txt", "a/b.txt", "c.md", "A.txt"]:
        write(tmp_path, name, f"{name} says something different.\n")
    ids = [d.id for d in load([str(tmp_path)]).documents]
    assert ids == ["A", "b", "z", "b-2", "c"]


def test_missing_path_is_skipped_and_the_rest_loads(tmp_path: Path) -> None:
    write(tmp_path, "good.txt", ARTICLE)
    result = load([str(tmp_path / "nope.txt"), str(tmp_path / "good.txt")])
    assert [d.id for d in result.documents] == ["good"]
    (issue,) = only(result, Notice.SKIPPED)
    assert issue.path.endswith("nope.txt")
    assert issue.message == "no such file or directory; check the path"


def test_directory_without_readable_files_is_skipped(tmp_path: Path) -> None:
    write(tmp_path, "photos/cat.jpg", b"\xff\xd8\xff\xe0 jpeg")
    write(tmp_path, "photos/.notes.txt", ARTICLE)
    (tmp_path / "empty").mkdir()
    result = load([str(tmp_path / "photos"), str(tmp_path / "empty")])
    assert result.documents == ()
    first, second = only(result, Notice.SKIPPED)
    assert first.path.endswith("photos")
    assert first.message.startswith("directory has no readable file (1 file(s) of other kinds)")
    assert ".txt" in first.message
    assert second.message.startswith("directory has no readable file (no files)")


def test_explicit_unknown_extension_is_read_with_a_warning(tmp_path: Path) -> None:
    write(tmp_path, "notes", ARTICLE)
    write(tmp_path, "dump.data", json.dumps({"text": "Other.", "published": "2016-09-30"}))
    write(tmp_path, "scan.docx", b"PK\x03\x04 zipped")
    named = ["notes", "dump.data", "scan.docx"]
    result = load([str(tmp_path / n) for n in named])
    assert [d.text for d in result.documents] == [ARTICLE, "Other."]
    messages = [i.message for i in result.issues]
    assert messages[0].startswith("unknown extension (none); read as text")
    assert messages[2].startswith("unknown extension .data; read as json")
    assert messages[3].startswith("a ZIP archive (or a Word/OpenDocument file), not text")
    assert load([str(tmp_path)]).documents == ()


# --- bad input, one clear line each -----------------------------------------------------


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("empty.txt", b"", "empty file; nothing to load"),
        ("blank.md", b"  \n\t\n", "empty file; nothing to load"),
        ("only-front.md", front("\n\n", published="2016-09-30").encode(), "no article text"),
        ("report.txt", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "a PDF, not text"),
        ("chart.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "a PNG image, not text"),
        ("nul.txt", b"abc\x00\x01\x02def", "a binary file, not text"),
        ("broken16.txt", b"\xff\xfeA", "not valid utf-16"),
        ("high.txt", bytes(range(128, 256)) * 3, "encoding could not be detected"),
        ("yaml.md", b"---\ntitle: [unclosed\n---\nBody.\n", "malformed front matter"),
        ("colon.md", b"---\ntitle: a: b\n---\nBody.\n", "malformed front matter"),
        ("list.md", b"---\n- a\n- b\n---\nBody.\n", "not a mapping"),
        ("open.md", b"---\ntitle: x\nBody without a closing line.\n", "never closed"),
        ("bad.json", b'{"text": "a",}', "malformed JSON (Expecting property name"),
        ("scalar.json", b'"just a string"', "a JSON string, not an article object"),
        ("notext.json", b'{"title": "x"}', "no text field"),
        ("empty-list.json", b"[]", "an empty JSON list"),
    ],
)
def test_bad_file_is_skipped_with_a_clear_message_and_neighbours_load(
    tmp_path: Path, name: str, content: bytes, message: str
) -> None:
    write(tmp_path, "good.txt", ARTICLE)
    write(tmp_path, name, content)
    result = load([str(tmp_path)])
    assert [d.id for d in result.documents] == ["good"]
    (issue,) = only(result, Notice.SKIPPED)
    assert issue.path == str(tmp_path / name)
    assert message in issue.message
    assert "\n" not in issue.message


def test_jsonl_bad_lines_are_skipped_one_by_one() -> None:
    result = load([str(INPUTS / "articles.jsonl")])
    skipped = {i.path.rsplit(":", 1)[1]: i.message for i in only(result, Notice.SKIPPED)}
    assert skipped["4"].startswith("a JSON list, not an object")
    assert skipped["5"].startswith("its text field `body` is a number, not a string")
    assert skipped["6"].startswith("not valid JSON (Expecting ',' delimiter")
    assert skipped["7"].startswith("no text field")
    assert "--text-field" in skipped["7"]
    assert set(skipped) == {"4", "5", "6", "7"}
    docs = by_id(result)
    assert list(docs) == ["wire-1", "wire-2", "wire-1-2", "articles:10"]
    assert docs["wire-2"].text.startswith("Rebels announced on Thursday  that they")
    assert docs["articles:10"].published == Period.from_iso("2016-09-30")
    assert docs["wire-1"].published_origin == "JSON field `published`"


def test_impossible_date_is_reported_and_ignored() -> None:
    result = load([str(INPUTS / "articles.jsonl")])
    line8 = [i for i in result.issues if i.path.endswith(":8")]
    messages = [i.message for i in line8]
    assert any(m.startswith("impossible publication date `2016-13-45`") for m in messages)
    assert any("id `wire-1` is already used by" in m and "`wire-1-2`" in m for m in messages)
    assert by_id(result)["wire-1-2"].published is None


def test_exact_duplicates_count_once_and_near_duplicates_stay(tmp_path: Path) -> None:
    write(tmp_path, "a.txt", ARTICLE)
    write(tmp_path, "b.txt", "  " + ARTICLE.replace(" ", "\n", 3) + "\n\n")
    write(tmp_path, "c.txt", ARTICLE.replace("Syria", "Syria's north"))
    result = load([str(tmp_path)])
    assert [d.id for d in result.documents] == ["a", "c"]
    (dup,) = only(result, Notice.DUPLICATE)
    assert dup.path.endswith("b.txt")
    assert dup.message.startswith("same text as `a`")
    assert result.summary() == "loaded 2 documents, skipped 0, 1 duplicate"


def test_seed_wire_stories_are_near_duplicates_and_both_stay() -> None:
    assert len(load([str(SEEDS), str(SEEDS / "000_4d2526ec87dee3a8.txt")]).documents) == 2


def test_ids_are_unique_across_folders(tmp_path: Path) -> None:
    write(tmp_path, "bbc/story.txt", "One story.\n")
    write(tmp_path, "cnn/story.txt", "Another story.\n")
    result = load([str(tmp_path)])
    assert [d.id for d in result.documents] == ["story", "story-2"]
    (warning,) = [i for i in result.issues if "already used" in i.message]
    assert warning.path.endswith("cnn/story.txt")


# --- dates --------------------------------------------------------------------------


def test_published_option_fills_gaps_but_never_overrides(tmp_path: Path) -> None:
    write(tmp_path, "dated.md", front("Dated.\n", published="2016-09-30"))
    write(tmp_path, "undated.txt", "Undated.\n")
    option = Period.from_iso("2016-10")
    result = load([str(tmp_path)], LoadOptions(published=option))
    docs = by_id(result)
    assert docs["dated"].published == Period.from_iso("2016-09-30")
    assert docs["undated"].published == option
    assert docs["undated"].published_origin == "--published"
    assert result.issues == ()


def test_dateline_url_and_file_name_dates_are_inferred(tmp_path: Path) -> None:
    write(tmp_path, "wire.txt", "DAMASCUS, Sept 29, 2016 (Reuters) - Fighting went on.\n")
    write(tmp_path, "page.md", front("Text.\n", url="https://x.example/2016/09/30/story"))
    write(tmp_path, "2016-09-28_note.txt", "A note.\n")
    write(tmp_path, "2016-10_yearless.txt", "ALEPPO, Oct 2 (AFP) - Strikes resumed.\n")
    docs = by_id(load([str(tmp_path)]))
    assert docs["wire"].published == Period.from_iso("2016-09-29")
    assert docs["wire"].published_origin == "dateline (inferred)"
    assert docs["page"].published == Period.from_iso("2016-09-30")
    assert docs["page"].published_origin == "URL (inferred)"
    assert docs["2016-09-28_note"].published_origin == "file name (inferred)"
    assert docs["2016-10_yearless"].published == Period.from_iso("2016-10-02")
    assert docs["2016-10_yearless"].published_origin == "dateline (inferred; year from file name)"


def test_yearless_dateline_without_a_year_anywhere_is_explained(tmp_path: Path) -> None:
    write(tmp_path, "wire.txt", "DAMASCUS, Sept 29 (Reuters) - Fighting went on.\n")
    result = load([str(tmp_path)])
    messages = [i.message for i in result.issues]
    assert "its dateline gives September 29 but no year" in messages[0]
    assert "no publication date" in messages[1]
    with_year = load([str(tmp_path)], LoadOptions(published=Period.from_iso("2016")))
    (doc,) = with_year.documents
    assert doc.published == Period.from_iso("2016-09-29")
    assert doc.published_origin == "dateline (inferred; year from --published)"


def test_ambiguous_dates_are_reported_once_per_file(tmp_path: Path) -> None:
    lines = [{"text": f"Article {n}.", "published": f"0{n}/04/2016"} for n in range(1, 4)]
    write(tmp_path, "a.jsonl", "\n".join(json.dumps(x) for x in lines))
    result = load([str(tmp_path)])
    assert [d.published.iso() for d in result.documents if d.published] == [
        "2016-01-04",
        "2016-02-04",
        "2016-03-04",
    ]
    (warning,) = result.issues
    assert "read month first" in warning.message
    assert "--dayfirst" in warning.message
    dayfirst = load([str(tmp_path)], LoadOptions(dayfirst=True))
    assert dayfirst.issues == ()
    assert dayfirst.documents[0].published == Period.from_iso("2016-04-01")


def test_a_date_field_named_but_absent_is_named_in_the_warning(tmp_path: Path) -> None:
    write(tmp_path, "a.jsonl", json.dumps({"text": ARTICLE, "published": "2016-09-30"}))
    result = load([str(tmp_path)], LoadOptions(fields=FieldNames(date="pubdate")))
    (warning,) = result.issues
    assert "no date in its `pubdate` field (--date-field)" in warning.message
    assert "add a `published` field" not in warning.message  # it has one


@pytest.mark.parametrize("name", ["a.jsonl", "a.csv"])
def test_undated_records_of_one_file_are_reported_once_then_counted(
    name: str, tmp_path: Path
) -> None:
    texts = [f"Article {n} says the council met on Thursday." for n in range(1, 6)]
    if name.endswith(".csv"):
        write(tmp_path, name, "title,text\n" + "".join(f"t,{t}\n" for t in texts))
    else:
        write(tmp_path, name, "\n".join(json.dumps({"text": t}) for t in texts))
    write(tmp_path, "b.jsonl", json.dumps({"text": "Another article from another file."}))
    result = load([str(tmp_path)])
    assert len(result.documents) == 6
    first, count, other = result.issues
    assert first.path.startswith(str(tmp_path / name) + ":")
    assert first.message.startswith(
        "no publication date (any others in this file are counted, not listed); relative dates"
    )
    assert first.message.endswith("or pass --published")
    assert other.path.startswith(str(tmp_path / "b.jsonl"))
    assert count.path == str(tmp_path / name)
    assert count.message.startswith("5 records in all have no publication date")
    assert "--published" in count.message


def test_implausible_future_date_is_dropped_with_a_warning() -> None:
    docs = [
        Document("a", "A.", Period.from_iso("2016-09-29"), path="a.txt", published_origin="x"),
        Document("b", "B.", Period.from_iso("2016-09"), path="b.txt"),
        Document("typo", "C.", Period.from_iso("2061-09-30"), path="typo.txt"),
        Document("none", "D."),
    ]
    kept, issues = implausible_dates(docs)
    assert [d.published for d in kept] == [docs[0].published, docs[1].published, None, None]
    (issue,) = issues
    assert issue.path == "typo.txt"
    assert issue.kind is Notice.WARNING
    assert "2061-09-30" in issue.message
    assert "more than 2 years after the newest other article (2016-09, `b`)" in issue.message


def test_spread_out_collection_keeps_its_dates() -> None:
    docs = [Document(str(y), "x", Period.from_iso(str(y))) for y in range(2000, 2017)]
    kept, issues = implausible_dates(docs)
    assert issues == ()
    assert kept == tuple(docs)


def test_load_applies_the_implausible_date_check(tmp_path: Path) -> None:
    write(tmp_path, "a.md", front("One.\n", published="2016-09-29"))
    write(tmp_path, "b.md", front("Two.\n", published="2016-09-30"))
    write(tmp_path, "c.md", front("Three.\n", published="2061-09-30"))
    result = load([str(tmp_path)])
    assert by_id(result)["c"].published is None
    assert "ignored as implausible" in result.issues[-1].message


# --- JSON fields --------------------------------------------------------------------


def test_json_text_is_kept_exactly_and_fields_are_found_by_usual_names(tmp_path: Path) -> None:
    text = "  Two spaces,\ttabs\r\nand a trailing newline.\n"
    obj = {"ID": 7, "Headline": "H", "publishedAt": "2016-09-30T23:00:00+03:00", "Body": text}
    write(tmp_path, "one.json", json.dumps(obj))
    (doc,) = load([str(tmp_path)]).documents
    assert doc.text == text
    assert doc.id == "7"
    assert doc.title == "H"
    assert doc.published == Period.from_iso("2016-09-30")
    assert doc.published_origin == "JSON field `publishedAt`"


def test_newsapi_export_reads_nested_source_and_list() -> None:
    result = load([str(INPUTS / "newsapi.json")])
    first, second = result.documents
    assert (first.source, first.title) == ("Example Times", "Aid convoy struck")
    assert first.published == Period.from_iso("2016-09-20")
    assert second.published is None
    assert second.id == "newsapi:2"


def test_field_options_pick_other_names(tmp_path: Path) -> None:
    row = {
        "key": "k1",
        "story_text": "The story.",
        "text": "Not this one.",
        "when": "30/09/2016",
        "hed": "Title",
        "link": "https://e.example/a",
        "outlet": "Outlet",
    }
    write(tmp_path, "x.jsonl", json.dumps(row) + "\n")
    names = FieldNames(
        text="story_text", date="when", title="hed", url="link", source="outlet", id="key"
    )
    (doc,) = load([str(tmp_path)], LoadOptions(fields=names)).documents
    assert (doc.id, doc.text, doc.title, doc.url, doc.source) == (
        "k1",
        "The story.",
        "Title",
        "https://e.example/a",
        "Outlet",
    )
    assert doc.published_origin == "JSON field `when`"
    missing = load([str(tmp_path)], LoadOptions(fields=FieldNames(text="content")))
    (issue,) = missing.issues
    assert issue.message.startswith("no `content` field (--text-field); its fields are `key`")


# --- stdin and streaming ---------------------------------------------------------------


def test_stdin_jsonl(tmp_path: Path) -> None:
    lines = b'\n{"text": "One.", "published": "2016-09-30"}\n[1]\n{"id": "b", "text": "Two."}\n'
    result = load(["-"], stdin=io.BytesIO(lines))
    assert [d.id for d in result.documents] == ["stdin:2", "b"]
    assert only(result, Notice.SKIPPED)[0].path == "<stdin>:3"
    (no_date,) = [i for i in result.issues if i.path == "<stdin>:4"]
    assert "add a `published` field" in no_date.message


def test_stdin_plain_text_with_front_matter() -> None:
    data = front(published="2016-09-30", title="From a pipe").encode()
    (doc,) = load(["-"], stdin=io.BytesIO(data)).documents
    assert (doc.id, doc.title, doc.text) == ("stdin", "From a pipe", ARTICLE)
    assert doc.path == "<stdin>"


@pytest.mark.parametrize(
    "data",
    [
        b'[\n  {"id": "a", "text": "One."},\n  {"id": "b", "text": "Two."}\n]\n',
        b'{\n  "articles": [\n    {"id": "a", "text": "One."},\n'
        + b'    {"id": "b", "text": "Two."}\n  ]\n}',
        b"<html><head><title>Page</title></head><body><article><p>"
        + b"One. Two words more, and more words to make a paragraph of news. " * 3
        + b"</p></article></body></html>",
    ],
    ids=["json-list", "json-object", "html"],
)
def test_stdin_json_and_html_are_recognised(data: bytes) -> None:
    result = load(["-"], stdin=io.BytesIO(data))
    assert result.documents
    assert all(d.text.startswith(("One.", "Two.")) for d in result.documents)
    assert only(result, Notice.SKIPPED) == []


def test_stdin_jsonl_with_a_broken_first_line_keeps_the_rest() -> None:
    data = b'{"text": "broken\n{"text": "Fine."}\n'
    result = load(["-"], stdin=io.BytesIO(data))
    assert [d.text for d in result.documents] == ["Fine."]
    assert only(result, Notice.SKIPPED)[0].path == "<stdin>:1"


def test_stdin_empty_or_absent_is_skipped() -> None:
    (issue,) = load(["-"], stdin=io.BytesIO(b"\n\n")).issues
    assert issue.message == "standard input is empty; nothing to load"
    (issue,) = load(["-"]).issues
    assert issue.kind is Notice.SKIPPED


class _CountingLines(io.RawIOBase):
    """A byte stream that counts how many lines were read from it."""

    def __init__(self, lines: list[bytes]) -> None:
        self.lines = iter(lines)
        self.read_count = 0

    def readline(self, size: int | None = -1) -> bytes:
        self.read_count += 1
        return next(self.lines, b"")


def test_iter_load_streams_line_by_line() -> None:
    lines = [
        json.dumps({"text": f"Article number {n}.", "date": "2016"}).encode() + b"\n"
        for n in range(1000)
    ]
    stream = _CountingLines(lines)
    items: Iterator[Document | LoadIssue] = iter_load(["-"], stdin=stream)  # type: ignore[arg-type]
    first = next(items)
    assert isinstance(first, Document)
    assert first.text == "Article number 0."
    assert stream.read_count < 5


# --- HTML pages ------------------------------------------------------------------------

HTML = INPUTS / "html"


def test_html_page_gives_main_text_without_navigation_or_comments() -> None:
    result = load([str(HTML / "arab-american-news.html")])
    (doc,) = result.documents
    assert doc.id == "arab-american-news"
    assert doc.text.startswith("DAMASCUS — The Kremlin vowed on Thursday")
    assert doc.text.rstrip().endswith("specifically to Syria.”")
    for residue in (
        "Leave a Reply",
        "Post Comment",
        "Pray for Aleppo",
        "Subscribe",
        "Recent Posts",
    ):
        assert residue not in doc.text
    assert doc.title == "Moscow vows to continue Syria offensive, accuses US of supporting terror"
    assert doc.source == "The Arab American News"
    assert doc.url == (
        "https://arabamericannews.com/2016/09/30/"
        "moscow-vows-to-continue-syria-offensive-accuses-us-of-supporting-terror/"
    )
    assert result.issues == ()


def test_html_date_comes_from_article_published_time_in_its_own_zone() -> None:
    (doc,) = load([str(HTML / "arab-american-news.html")]).documents
    # 2016-09-30T01:12:45+03:00 is still 29 September in UTC; the article's own day wins.
    assert doc.published == Period.from_iso("2016-09-30")
    assert doc.published_origin == "HTML meta article:published_time"


def test_html_without_date_metadata_is_dated_from_its_canonical_url() -> None:
    (doc,) = load([str(HTML / "ara-news.htm")]).documents
    assert doc.published == Period.from_iso("2016-09")
    assert doc.published_origin == "URL (inferred)"
    assert doc.source == "ARA News"
    assert "About ARA News" not in doc.text
    assert "Kurdish forces advance" not in doc.text


def test_html_declared_charset_is_honoured(tmp_path: Path) -> None:
    # In ISO-8859-15 the euro sign is byte A4, which Windows-1252 reads as "¤".
    words = "Le gouvernement a promis 5 € par habitant, mais la trêve était rompue à Alep."
    page = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-15">'
        f"<title>Trêve</title></head><body><article><p>{words}</p><p>{words}</p></article>"
        "</body></html>"
    )
    write(tmp_path, "fr.html", page.encode("iso-8859-15"))
    (doc,) = load([str(tmp_path)]).documents
    assert doc.text.startswith(words)


def test_html_page_without_an_article_is_skipped() -> None:
    result = load([str(HTML)])
    assert [d.id for d in result.documents] == ["ara-news", "arab-american-news"]
    (issue,) = only(result, Notice.SKIPPED)
    assert issue.path.endswith("empty-page.html")
    assert issue.message.startswith("no article text found in the page")


@pytest.mark.parametrize(
    ("head", "iso", "origin"),
    [
        (
            '<meta name="date" content="2016-09-28">',
            "2016-09-28",
            "HTML meta date",
        ),
        (
            '<script type="application/ld+json">{"@context": "https://schema.org", '
            '"@graph": [{"@type": "NewsArticle", "datePublished": "2016-09-27T08:00:00+02:00"}]}'
            "</script>",
            "2016-09-27",
            "HTML JSON-LD datePublished",
        ),
        (
            '<meta property="article:published_time" content="2016-13-45">'
            '<meta name="pubdate" content="2016-09-26">',
            "2016-09-26",
            "HTML meta pubdate",
        ),
    ],
    ids=["meta-name-date", "json-ld", "impossible-then-next"],
)
def test_html_date_sources(tmp_path: Path, head: str, iso: str, origin: str) -> None:
    body = "".join(
        f"<p>Paragraph {n} of a story about the siege of Aleppo and talks.</p>" for n in range(5)
    )
    page = f"<html><head><title>T</title>{head}</head><body><article>{body}</article></body></html>"
    write(tmp_path, "page.html", page)
    (doc,) = load([str(tmp_path)]).documents
    assert doc.published == Period.from_iso(iso)
    assert doc.published_origin == origin


# --- feeds --------------------------------------------------------------------------------

FEEDS = INPUTS / "feeds"


def test_rss_items_become_documents_with_rfc_2822_dates_in_their_own_zone() -> None:
    result = load([str(FEEDS / "wire.rss")])
    docs = by_id(result)
    first = docs["wire-20160930-001"]
    # Fri, 30 Sep 2016 01:30:00 +0300 is 29 September in UTC.
    assert first.published == Period.from_iso("2016-09-30")
    assert first.published_origin == "feed item `published`"
    assert first.title == "Moscow vows to press on in Aleppo"
    assert first.url == "https://wire.example.com/world/2016/09/30/moscow-vows"
    assert first.source == "Example Wire – World"
    assert first.text == (
        "The Kremlin vowed on Thursday to press on with its assault in Syria.\n"
        "Kremlin spokesman Dmitry Peskov said Russia would continue the operation of its air force."
    )
    assert "track()" not in first.text
    assert docs["wire:2"].published == Period.from_iso("2016-09-29")
    assert docs["wire:2"].text.startswith("Rebel fighters said on Thursday")


def test_rss_bad_items_are_reported_one_by_one() -> None:
    result = load([str(FEEDS / "wire.rss")])
    skipped, impossible, undated = result.issues
    assert skipped.path.endswith("wire.rss item 3")
    assert skipped.message.startswith("feed item has no content or summary")
    assert impossible.path.endswith("wire.rss item 4")
    assert impossible.message.startswith("impossible publication date `Sun, 45 Sep 2016")
    assert undated.message.endswith("pass --published")
    assert by_id(result)["wire:4"].published is None


def test_atom_entries_use_published_then_updated() -> None:
    first, second = load([str(FEEDS / "news.atom")]).documents
    assert first.published == Period.from_iso("2016-09-30")  # -04:00, not UTC's 1 October
    assert first.published_origin == "feed item `published`"
    assert first.text.startswith("Washington searched on Friday for a tougher response to Russia’s")
    assert "\nOfficials admitted" in first.text
    assert second.published == Period.from_iso("2016-09-20")
    assert second.published_origin == "feed item `updated`"
    assert second.source == "Example Times: Middle East"


def test_broken_feed_and_non_feed_xml_are_skipped() -> None:
    result = load([str(FEEDS / "broken.rss"), str(FEEDS / "sitemap.xml")])
    broken, sitemap = result.issues
    assert broken.kind is sitemap.kind is Notice.SKIPPED
    assert broken.message.startswith("malformed feed (line 2, column 41: no element found)")
    assert sitemap.message.startswith("not an RSS or Atom feed")


# --- CSV and TSV --------------------------------------------------------------------------

TABLES = INPUTS / "tables"


def test_csv_columns_are_picked_up_by_name() -> None:
    result = load([str(TABLES / "news-database.csv")])
    docs = by_id(result)
    assert list(docs) == ["nx-101", "nx-102", "nx-103"]
    first = docs["nx-101"]
    assert first.title == "Moscow vows to press Syria offensive"
    assert first.source == "Example Wire"
    assert first.published == Period.from_iso("2016-09-30")
    assert first.published_origin == "CSV column `Publication Date`"
    assert first.text.startswith("The Kremlin vowed on Thursday")
    assert '"continue the operation"' in first.text
    assert "\n\n" in first.text
    assert docs["nx-102"].title == 'Rebels claim gains, "20 villages"'
    assert docs["nx-103"].published_origin == "URL (inferred)"
    (issue,) = result.issues
    assert issue.path.endswith("news-database.csv:8")
    assert issue.message.startswith("no article text")


def test_tsv_with_other_names() -> None:
    result = load([str(TABLES / "export.tsv")])
    assert [(d.id, d.published and d.published.iso(), d.source) for d in result.documents] == [
        ("t1", "2016-09-30", "Example Times"),
        ("t2", "2016-09", "Example Times"),
    ]


def test_csv_without_a_text_column_names_the_option_and_the_columns() -> None:
    (issue,) = load([str(TABLES / "no-text-column.csv")]).issues
    assert issue.kind is Notice.SKIPPED
    assert "its fields are `name`, `count`" in issue.message
    assert "--text-field" in issue.message


def test_semicolon_cp1252_csv_with_field_options_and_dayfirst() -> None:
    options = LoadOptions(fields=FieldNames(text="texte", title="titre"), dayfirst=True)
    result = load([str(TABLES / "european.csv")], options)
    first, second = result.documents
    assert first.title == "Trêve rompue"
    assert first.text.startswith("Le gouvernement français a déclaré lundi")
    assert first.published == Period.from_iso("2016-10-03")
    assert second.published == Period.from_iso("2016-09-20")
    assert result.issues == ()
    monthfirst = load([str(TABLES / "european.csv")], replace_dayfirst(options, None))
    assert monthfirst.documents[0].published == Period.from_iso("2016-03-10")
    assert "read month first" in monthfirst.issues[0].message


def replace_dayfirst(options: LoadOptions, dayfirst: bool | None) -> LoadOptions:
    return LoadOptions(published=options.published, fields=options.fields, dayfirst=dayfirst)


def test_csv_with_an_unclosed_quote_keeps_the_rows_before(tmp_path: Path) -> None:
    write(
        tmp_path,
        "x.csv",
        'text,date,source\n"Good row.",2016-09-30,A\n"Unclosed,2016-09-29,B\nNext,2016-09-28,C\n',
    )
    result = load([str(tmp_path)])
    assert [d.text for d in result.documents] == ["Good row."]
    (issue,) = result.issues
    assert issue.kind is Notice.SKIPPED
    assert issue.path.endswith("x.csv:3")
    assert issue.message == (
        "row has 1 of 3 columns and runs over lines 3-4: probably an unclosed quote; "
        "fix the quoting there"
    )


def test_binary_and_empty_csv_are_skipped(tmp_path: Path) -> None:
    write(tmp_path, "a.csv", b"text\nrow\x00\n")
    write(tmp_path, "b.tsv", b"\n\n")
    write(tmp_path, "c.csv", b"text,date\n")
    first, second, third = load([str(tmp_path)]).issues
    assert first.message == "a binary file, not CSV text"
    assert second.message == "empty file; nothing to load"
    assert third.message == "a header row but no rows; nothing to load"


# --- fuzzing: nothing crashes, everything is a Document or a LoadIssue ----------------------

_TIMEML_DATE = re.compile(r"^\d{4}(?:-W\d{2}|-Q[1-4]|-\d{2}(?:-\d{2})?)?$")
_FUZZ = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
_EXTENSIONS = sorted(EXTENSIONS)


def check_items(items: list[Document | LoadIssue]) -> None:
    ids = [i.id for i in items if isinstance(i, Document)]
    assert len(ids) == len(set(ids))
    for item in items:
        assert isinstance(item, Document | LoadIssue)
        if isinstance(item, LoadIssue):
            assert item.message and "\n" not in item.message
            continue
        assert item.id
        assert item.text and not item.text.isspace()
        if item.published is not None:
            assert _TIMEML_DATE.match(item.published.iso())
            assert item.published_origin
            assert 1000 <= item.published.start.year <= 9999


def load_bytes(name: str, data: bytes, options: LoadOptions | None = None) -> list[Any]:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        path.write_bytes(data)
        return list(iter_load([str(path), folder], options))


@_FUZZ
@given(st.sampled_from(_EXTENSIONS), st.binary(max_size=2000))
def test_fuzz_random_bytes_in_every_format(extension: str, data: bytes) -> None:
    check_items(load_bytes("fuzz" + extension, data))


@_FUZZ
@given(st.sampled_from([*_EXTENSIONS, ""]), st.text(max_size=1500))
def test_fuzz_random_text_in_every_format(extension: str, text: str) -> None:
    check_items(load_bytes("fuzz" + extension, text.encode("utf-8", "surrogatepass")))


_DATES = st.one_of(
    st.text(max_size=40),
    st.dates().map(str),
    st.datetimes(timezones=st.timezones()).map(lambda d: d.isoformat()),
    st.from_regex(r"\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}", fullmatch=True),
    st.integers(),
    st.floats(),
)


@_FUZZ
@given(_DATES, st.sampled_from([None, True, False]))
def test_fuzz_random_dates_in_json_lines(value: object, dayfirst: bool | None) -> None:
    line = json.dumps({"text": "Something happened on Thursday.", "published": value})
    items = load_bytes("d.jsonl", line.encode(), LoadOptions(dayfirst=dayfirst))
    check_items(items)
    assert sum(isinstance(i, Document) for i in items) == 1


@_FUZZ
@given(_DATES.filter(lambda v: isinstance(v, str)))
def test_fuzz_random_dates_in_front_matter(value: str) -> None:
    text = f"---\npublished: {json.dumps(value)}\n---\nSomething happened on Thursday.\n"
    items = load_bytes("d.md", text.encode("utf-8", "surrogatepass"))
    check_items(items)


_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=30),
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.dictionaries(
            st.sampled_from(["text", "id", "published", "title", "x"]), inner, max_size=5
        )
    ),
    max_leaves=12,
)


@_FUZZ
@given(st.lists(_JSON, max_size=6))
def test_fuzz_random_json_values(values: list[object]) -> None:
    lines = "\n".join(json.dumps(v) for v in values)
    check_items(load_bytes("v.jsonl", lines.encode("utf-8", "surrogatepass")))
    check_items(load_bytes("v.json", json.dumps(values).encode("utf-8", "surrogatepass")))


@_FUZZ
@given(st.binary(max_size=1500))
def test_fuzz_random_stdin(data: bytes) -> None:
    check_items(list(iter_load(["-"], stdin=io.BytesIO(data))))


# --- size ------------------------------------------------------------------------------------


def test_ten_megabyte_document_loads_in_bounded_time_and_memory(tmp_path: Path) -> None:
    paragraph = "The Kremlin vowed on Thursday to press on with its assault in Syria’s north. "
    text = paragraph * (10 * 2**20 // len(paragraph.encode()))
    write(tmp_path, "big.md", front(text, published="2016-09-30"))
    tracemalloc.start()
    started = time.perf_counter()
    (doc,) = load([str(tmp_path)]).documents
    elapsed = time.perf_counter() - started
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert doc.text == text
    assert elapsed < 30  # about 0.5 s on a laptop, far more under tracemalloc on slow CI
    assert peak < 8 * len(text.encode())  # bytes + decoded text + body: about 5x the file
