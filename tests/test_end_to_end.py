"""The whole pipeline on the bundled seed articles (issue: the seeds must come out right)."""

from __future__ import annotations

import json
from typing import Any

import pytest

from tests.conftest import REPO
from timeline.cli import main


@pytest.fixture(scope="module")
def seeds_json(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """`timeline --format json` with no arguments: the bundled seeds, with every date kept."""
    out = tmp_path_factory.mktemp("e2e") / "seeds.json"
    assert main(["--format", "json", "--max-dates", "0", "--per-date", "20", "-o", str(out)]) == 0
    data: dict[str, Any] = json.loads(out.read_text(encoding="utf-8"))
    return data


def events(data: dict[str, Any]) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    return [(entry, event) for entry in data["entries"] for event in entry["events"]]


def find(data: dict[str, Any], *words: str) -> tuple[dict[str, Any], dict[str, Any]]:
    """The one entry and event whose text contains every word."""
    found = [(en, ev) for en, ev in events(data) if all(w in ev["text"] for w in words)]
    assert len(found) == 1, f"{words}: {[ev['text'] for _, ev in found]}"
    return found[0]


SEED_A, SEED_B = "000_4d2526ec87dee3a8", "001_afe4df272759aabc"


@pytest.mark.parametrize(
    ("words", "date"),
    [
        (("Kremlin vowed", "press on"), "2016-09-29"),
        (("Peskov", "continue the operation"), "2016-09-29"),
        (("Ryabkov", "outrage"), "2016-09-29"),
        (("Kirby",), "2016-09-28"),
    ],
    ids=["kremlin-vow", "peskov-statement", "ryabkov-outrage", "kirby-statement"],
)
def test_key_events_are_dated_to_the_day(
    seeds_json: dict[str, Any], words: tuple[str, ...], date: str
) -> None:
    entry, event = find(seeds_json, *words)
    assert (entry["date"], entry["granularity"]) == (date, "day")
    assert event["date"]["inferred"] is False


def test_peskov_combines_both_sources_evidence(seeds_json: dict[str, Any]) -> None:
    _, event = find(seeds_json, "Peskov", "continue the operation")
    sources = {s["document_id"]: s for s in event["sources"]}
    assert set(sources) == {SEED_A, SEED_B}
    # 000 has no date in the sentence: its own date is its publication day, inferred.
    assert sources[SEED_A]["date"] == {
        **sources[SEED_A]["date"],
        "value": "2016-09-30",
        "inferred": True,
    }
    # 001 says "Thursday" but is published only in 2016-09: a Thursday in September.
    own = sources[SEED_B]["date"]
    assert (own["value"], own["granularity"], own["weekday"]) == ("2016-09", "month", "Thursday")
    assert sources[SEED_B]["time_expression"]["text"] == "Thursday"
    assert "2016-09-30" in event["date"]["explanation"]


def test_a_thursday_told_only_by_the_month_dated_article_stays_a_thursday_in_september(
    seeds_json: dict[str, Any],
) -> None:
    entry, event = find(seeds_json, "seized more than 20 villages")
    assert (entry["date"], entry["granularity"]) == ("2016-09", "month")
    assert event["date"]["weekday"] == "Thursday"
    assert [s["document_id"] for s in event["sources"]] == [SEED_B]


def test_this_month_is_a_month_not_a_day(seeds_json: dict[str, Any]) -> None:
    entry, event = find(seeds_json, "recapture the rebel-held sector of Aleppo this month")
    assert (entry["date"], entry["granularity"]) == ("2016-09", "month")
    expression = event["sources"][0]["time_expression"]
    assert expression["text"] == "this month"
    assert expression["value"] == "2016-09"


def test_events_told_by_both_articles_appear_once_citing_both(seeds_json: dict[str, Any]) -> None:
    for words in [("Kremlin vowed",), ("Peskov", "continue the operation"), ("this month",)]:
        _, event = find(seeds_json, *words)
        assert {s["document_id"] for s in event["sources"]} == {SEED_A, SEED_B}
    texts = [event["text"] for _, event in events(seeds_json)]
    assert len(texts) == len(set(texts))


def test_residue_is_never_quoted(seeds_json: dict[str, Any]) -> None:
    for _, event in events(seeds_json):
        assert "Leave a Reply" not in event["text"]
        assert event["text"] != "Moscow vows to press Syria offensive; U.S. weighs tough response"
        assert not event["text"].startswith("Source:")


def test_entries_are_chronological(seeds_json: dict[str, Any]) -> None:
    starts = [entry["date"] for entry in seeds_json["entries"]]
    assert starts == sorted(starts)


def test_every_citation_quotes_its_document(seeds_json: dict[str, Any]) -> None:
    bodies = {}
    for path in (REPO / "seeds").glob("*.txt"):
        raw = path.read_text(encoding="utf-8")
        bodies[path.stem] = raw.split("---\n", 2)[2]
    for _, event in events(seeds_json):
        for source in event["sources"]:
            body = bodies[source["document_id"]]
            assert body[source["start"] : source["end"]] == source["text"]
        assert event["text"] in [s["text"] for s in event["sources"]]
