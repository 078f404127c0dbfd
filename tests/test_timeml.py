"""``timeline tag`` output: JSON records and TimeML."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.conftest import make_document
from timeline.dates import find_time_expressions
from timeline.model import TimeExpression, TimexType
from timeline.timeml import file_stem, tag_record, to_timeml

TEXT = "The Kremlin vowed on Thursday to press on this month, after a week of talks & more."


def test_tag_record_lists_every_expression_with_offsets_into_the_text() -> None:
    record = tag_record(make_document(TEXT, id="d1", published="2016-09-30"))
    assert record["id"] == "d1"
    assert record["published"] == "2016-09-30"
    timexes = record["timexes"]
    assert isinstance(timexes, list)
    assert [(t["text"], t["value"], t["granularity"]) for t in timexes] == [
        ("Thursday", "2016-09-29", "day"),
        ("this month", "2016-09", "month"),
        ("a week", "P1W", None),
    ]
    for t in timexes:
        assert TEXT[t["start"] : t["end"]] == t["text"]
        assert t["anchor"]
    json.dumps(record)  # JSON-ready


def test_tag_record_without_publication_date() -> None:
    record = tag_record(make_document(TEXT, published=None))
    assert record["published"] is None
    assert record["timexes"][0]["value"] == "XXXX-WXX-4"  # type: ignore[index]


def test_timeml_is_well_formed_and_keeps_the_text() -> None:
    document = make_document(TEXT, id="d1", published="2016-09-30")
    xml = to_timeml(document, find_time_expressions(document.text, document.published))
    root = ET.fromstring(xml)
    dct = root.find("DCT/TIMEX3")
    assert dct is not None
    assert dct.attrib["tid"] == "t0"
    assert dct.attrib["functionInDocument"] == "CREATION_TIME"
    assert dct.attrib["value"] == "2016-09-30"
    text = root.find("TEXT")
    assert text is not None
    assert "".join(text.itertext()) == TEXT
    timexes = text.findall("TIMEX3")
    assert [(t.text, t.attrib["value"], t.attrib["type"]) for t in timexes] == [
        ("Thursday", "2016-09-29", "DATE"),
        ("this month", "2016-09", "DATE"),
        ("a week", "P1W", "DURATION"),
    ]
    assert timexes[0].attrib["anchorTimeID"] == "t0"
    assert len({t.attrib["tid"] for t in timexes}) == 3


def test_timeml_without_publication_date_has_no_dct() -> None:
    document = make_document(TEXT, published=None)
    root = ET.fromstring(to_timeml(document, find_time_expressions(TEXT, None)))
    assert root.find("DCT") is None


def test_timeml_rejects_overlapping_expressions() -> None:
    document = make_document(TEXT)
    a = TimeExpression(21, 29, "Thursday", TimexType.DATE, "2016-09-29")
    b = TimeExpression(25, 30, TEXT[25:30], TimexType.DATE, "2016-09-29")
    with pytest.raises(ValueError, match="overlaps"):
        to_timeml(document, [a, b])


@settings(max_examples=100, deadline=None)
@given(text=st.text(max_size=80).map(lambda t: t + " on Thursday & <last week>"))
def test_timeml_parses_for_any_text(text: str) -> None:
    document = make_document(text)
    root = ET.fromstring(to_timeml(document, find_time_expressions(text, document.published)))
    body = root.find("TEXT")
    assert body is not None
    # XML cannot carry control characters (they become U+FFFD) and reads \r\n as \n.
    expected = re.sub(
        r"\r\n?", "\n", re.sub("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]", "\ufffd", text)
    )
    assert "".join(body.itertext()) == expected


@pytest.mark.parametrize(
    ("document_id", "stem"),
    [
        ("APW19980807.0261", "APW19980807.0261"),
        ("wsj_0006", "wsj_0006"),
        ("nyt/2016/0930", "nyt_2016_0930"),
        ("a\\b", "a_b"),
        ("../../etc/passwd", "____etc_passwd"),
        ("..", "_"),
        (".hidden", "_hidden"),
        ("ends with dots...", "ends with dots_"),
        ("trailing.", "trailing"),
        ('what? "now" <a|b>: *', "what_ _now_ _a_b__ _"),
        ("tab\tand\nline", "tab_and_line"),
        ("", "document"),
        ("CON", "_CON"),
        ("nul.txt", "_nul.txt"),
        ("Zürich 2016", "Zürich 2016"),
    ],
    ids=lambda value: repr(value)[:20],
)
def test_file_stem_is_a_safe_file_name(document_id: str, stem: str) -> None:
    assert file_stem(document_id) == stem


@settings(max_examples=200, deadline=None)
@given(document_id=st.text(max_size=300))
def test_file_stem_never_leaves_its_folder(document_id: str) -> None:
    stem = file_stem(document_id)
    assert stem and stem == stem.strip()
    assert not set(stem) & set('/\\:*?"<>|')
    assert ".." not in stem and not stem.startswith(".") and not stem.endswith(".")
    assert not any(ord(c) < 32 for c in stem)
    assert len((stem + "-99.tml").encode("utf-8")) <= 255
