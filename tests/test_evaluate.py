"""The tilse metrics, the readers, and agreement with tilse on the shared fixtures."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline.errors import EvaluationError
from timeline.evaluate import (
    METRICS,
    DailySummaries,
    Score,
    agreement_rouge,
    align_rouge,
    concat_rouge,
    date_f1,
    evaluate,
    from_timeline,
    parse_tilse,
    read_prediction,
    read_tilse,
    report_to_dict,
    score_all,
    write_tilse,
)
from timeline.model import Citation, Entry, Event, EventDate, Granularity, Period, Timeline

FIXTURES = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "tls-fixtures"
TOLERANCE = 0.002


def d(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def timeline(days: dict[str, list[str]], name: str = "") -> DailySummaries:
    return DailySummaries({d(k): tuple(v) for k, v in days.items()}, name)


# Reading and writing -------------------------------------------------------------------

TILSE_TEXT = """\
2010-04-20
Rig explodes .

Eleven workers die .
--------------------------------
2010-04-22
The rig sinks .
--------------------------------
2010-04-20
Oil leaks .
--------------------------------
2010-05-02
Obama visits .
"""


def test_parse_tilse_blocks_blank_lines_duplicates_and_open_last_block() -> None:
    tl = parse_tilse(TILSE_TEXT)
    assert tl.dates == (d("2010-04-20"), d("2010-04-22"), d("2010-05-02"))
    assert tl.days[d("2010-04-20")] == ("Rig explodes .", "Eleven workers die .", "Oil leaks .")
    assert tl.days[d("2010-05-02")] == ("Obama visits .",)
    assert tl.average_sentences() == pytest.approx(5 / 3)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        pytest.param("Stray sentence .\n2010-04-20\nx\n", "line 1", id="text-before-date"),
        pytest.param("2010-02-30\nx\n", "day is out of range", id="bad-date"),
        pytest.param("\n\n", "no dated entries", id="empty"),
    ],
)
def test_parse_tilse_rejects_bad_input(text: str, message: str) -> None:
    with pytest.raises(EvaluationError, match=message):
        parse_tilse(text)


def test_read_tilse_takes_a_path_or_the_text(tmp_path: Path) -> None:
    path = tmp_path / "ref.txt"
    path.write_text(TILSE_TEXT, encoding="utf-8")
    from_path = read_tilse(path)
    assert from_path.name == str(path)
    assert from_path.days == read_tilse(TILSE_TEXT).days
    assert read_tilse(str(path)).days == from_path.days


def test_read_tilse_missing_file_says_so(tmp_path: Path) -> None:
    with pytest.raises(EvaluationError, match="no such file"):
        read_tilse(tmp_path / "nope.txt")


sentence = st.text(alphabet="abcdefghij .,'`-", min_size=1, max_size=30).filter(
    lambda s: s.strip() and s.strip() != "-" * 32
)


@given(
    st.dictionaries(
        st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 1, 1)),
        st.lists(sentence, min_size=1, max_size=3),
        min_size=1,
        max_size=5,
    )
)
def test_write_then_parse_round_trips(days: dict[dt.date, list[str]]) -> None:
    tl = DailySummaries({day: tuple(" ".join(s.split()) for s in ss) for day, ss in days.items()})
    assert parse_tilse(write_tilse(tl)).days == tl.days


def test_read_prediction_takes_timeline_json_and_skips_non_day_entries(tmp_path: Path) -> None:
    data = {
        "documents": [],
        "entries": [
            {"date": "2016-09", "granularity": "month", "events": [{"text": "A month."}]},
            {"date": "2016-09-29", "granularity": "day", "events": [{"text": "Bombs fell."}]},
            {
                "date": "2016-09-30",
                "granularity": "day",
                "events": [{"text": "Talks failed."}, {"text": "Aid stopped."}],
            },
            {"date": "2016-W39", "granularity": "week", "events": []},
        ],
    }
    path = tmp_path / "out.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    tl = read_prediction(path)
    assert tl.days == {
        d("2016-09-29"): ("Bombs fell.",),
        d("2016-09-30"): ("Talks failed.", "Aid stopped."),
    }
    assert len(tl.skipped) == 2
    assert tl.skipped[0] == "2016-09 (month, 1 event): not a single day"
    assert "2016-W39 (week" in tl.skipped[1]


def make_entry(period: Period, *texts: str) -> Entry:
    when = EventDate(period, "test")
    return Entry(
        period,
        tuple(Event(t, when, 1.0, (Citation("doc", 0, len(t), t, when),)) for t in texts),
    )


def test_from_timeline_keeps_day_entries_and_explains_the_rest() -> None:
    tl = Timeline(
        (),
        (
            make_entry(Period.from_iso("2016-09-29"), "Bombs fell.", "Aid stopped."),
            make_entry(Period.containing(Granularity.MONTH, d("2016-09-01")), "A month."),
        ),
    )
    summaries = from_timeline(tl, "run")
    assert summaries.days == {d("2016-09-29"): ("Bombs fell.", "Aid stopped.")}
    assert summaries.name == "run"
    assert summaries.skipped == ("2016-09 (month, 1 event): not a single day",)


def test_read_prediction_sniffs_tilse_format(tmp_path: Path) -> None:
    path = tmp_path / "pred.txt"
    path.write_text(TILSE_TEXT, encoding="utf-8")
    assert read_prediction(path).days == parse_tilse(TILSE_TEXT).days


@pytest.mark.parametrize(
    ("content", "message"),
    [
        pytest.param("{not json", "not valid JSON", id="broken-json"),
        pytest.param(
            '{"id": "a", "text": "x"}\n{"id": "b", "text": "y"}\n',
            r"not valid JSON \(.*\); pass the output of `timeline --format json`",
            id="articles-jsonl",
        ),
        pytest.param('{"documents": []}', '"entries" list', id="no-entries"),
        pytest.param('{"entries": [{"events": []}]}', '"date" string', id="no-date"),
        pytest.param('{"entries": [{"date": "29/09/2016"}]}', "not an ISO date", id="bad-date"),
        pytest.param(
            '{"entries": [{"date": "2016-09-29", "events": [{"txt": 1}]}]}',
            '"text" string',
            id="bad-event",
        ),
        pytest.param('{"entries": []}', "no entries", id="empty"),
    ],
)
def test_read_prediction_rejects_bad_json(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "bad.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(EvaluationError, match=message):
        read_prediction(path)


# Metrics on hand-made timelines ---------------------------------------------------------


def test_date_f1() -> None:
    pred = timeline(
        {"2010-01-01": ["a"], "2010-01-02": ["b"], "2010-01-03": ["c"], "2010-01-09": ["x"]}
    )
    ref = timeline({"2010-01-02": ["b"], "2010-01-03": ["c"]})
    score = date_f1(pred, [ref])
    assert (score.precision, score.recall) == (0.5, 1.0)
    assert score.f1 == pytest.approx(2 / 3)


def test_align_weights_hits_by_date_distance() -> None:
    pred = timeline({"2010-04-21": ["Oil rig explodes in the gulf"]})
    ref = timeline({"2010-04-20": ["Oil rig explodes in the gulf"]})
    score = align_rouge(pred, [ref], 1)
    # One day apart: every hit counts 1/2, in precision and in recall.
    assert (score.precision, score.recall) == (0.5, 0.5)
    assert date_f1(pred, [ref]).f1 == 0.0
    assert agreement_rouge(pred, [ref], 1) == Score(0.0, 0.0, 0.0)
    assert concat_rouge(pred, [ref], 1) == Score(1.0, 1.0, 1.0)


def test_align_prefers_content_over_nearness() -> None:
    pred = timeline({"2010-04-22": ["Rig sinks into the gulf"]})
    ref = timeline(
        {
            "2010-04-21": ["Obama speaks about jobs"],
            "2010-04-24": ["Rig sinks into the gulf"],
        }
    )
    # cost to 04-21: (1 - 1/2) * 1 = 0.5; to 04-24: (1 - 1/3) * 0 = 0, so precision
    # matches the identical summary two days away and earns 1/3 of each hit.
    score = align_rouge(pred, [ref], 1)
    assert score.precision == pytest.approx(1 / 3)
    # recall: 04-21 matches the only predicted date with no hits, 04-24 with 1/3 of 3.
    assert score.recall == pytest.approx((3 / 3) / 6)


def test_align_many_to_one() -> None:
    pred = timeline({"2010-04-20": ["explosion"], "2010-04-21": ["explosion kills"]})
    ref = timeline({"2010-04-20": ["explosion kills workers"]})
    score = align_rouge(pred, [ref], 1)
    # both predicted dates match the single reference date.
    assert score.precision == pytest.approx((1 + 2 / 2) / 3)
    assert score.recall == pytest.approx(1 / 3)


def test_agreement_compares_shared_dates_only() -> None:
    pred = timeline({"2010-04-20": ["explosion kills workers"], "2010-04-25": ["leak grows"]})
    ref = timeline({"2010-04-20": ["explosion kills"], "2010-04-30": ["leak grows"]})
    score = agreement_rouge(pred, [ref], 1)
    assert score.precision == pytest.approx(2 / 5)
    assert score.recall == pytest.approx(2 / 4)


def test_several_references_at_once_use_model_averaging() -> None:
    pred = timeline({"2010-04-20": ["explosion"]})
    refs = [timeline({"2010-04-20": ["explosion"]}), timeline({"2010-04-20": ["fire"]})]
    score = concat_rouge(pred, refs, 1)
    assert (score.precision, score.recall) == (0.5, 0.5)


def test_empty_prediction_scores_zero() -> None:
    pred = timeline({})
    ref = timeline({"2010-04-20": ["explosion"]})
    scores = score_all(pred, [ref])
    assert all(s == Score(0.0, 0.0, 0.0) for s in scores.values())


def test_evaluate_macro_averages_p_and_r_then_computes_f() -> None:
    pred = timeline({"2010-04-20": ["a"], "2010-04-21": ["b"]})
    ref_a = timeline({"2010-04-20": ["a"]}, "a.txt")
    ref_b = timeline(
        {"2010-04-20": ["a"], "2010-04-21": ["b"], "2010-04-22": ["c"], "2010-04-23": ["d"]},
        "b.txt",
    )
    report = evaluate(pred, [ref_a, ref_b])
    dates = [r.scores["Date"] for r in report.per_reference]
    assert [(s.precision, s.recall) for s in dates] == [(0.5, 1.0), (1.0, 0.5)]
    average = report.average["Date"]
    assert (average.precision, average.recall) == (0.75, 0.75)
    assert average.f1 == pytest.approx(0.75)
    assert average.f1 != pytest.approx(sum(s.f1 for s in dates) / 2)
    assert [r.reference for r in report.per_reference] == ["a.txt", "b.txt"]


def test_evaluate_needs_a_reference() -> None:
    with pytest.raises(EvaluationError, match="no reference"):
        evaluate(timeline({"2010-04-20": ["a"]}), [])


def test_report_to_dict_is_json_ready() -> None:
    pred = timeline({"2010-04-20": ["explosion kills"]}, "pred.json")
    report = evaluate(pred, [timeline({"2010-04-20": ["explosion"]}, "ref.txt")])
    data = json.loads(json.dumps(report_to_dict(report)))
    assert list(data["average"]) == list(METRICS)
    assert data["average"]["concat-R1"] == {
        "precision": 0.5,
        "recall": 1.0,
        "f1": pytest.approx(2 / 3),
    }
    assert data["references"][0]["reference"] == "ref.txt"


# Agreement with tilse 0.2.1 + ROUGE-1.5.5 ------------------------------------------------


def fixture_cases() -> list[Path]:
    return sorted(p for p in FIXTURES.iterdir() if p.is_dir()) if FIXTURES.is_dir() else []


def test_the_shared_fixtures_are_there() -> None:
    assert len(fixture_cases()) == 10, f"expected the ten tilse fixtures in {FIXTURES}"


@pytest.mark.parametrize("case", fixture_cases(), ids=lambda p: p.name)
def test_reproduces_tilse_on_fixture(case: Path) -> None:
    expected = json.loads((case / "expected.json").read_text(encoding="utf-8"))
    scores = score_all(read_tilse(case / "prediction.txt"), [read_tilse(case / "reference.txt")])
    assert set(expected) <= set(scores)
    for metric, figures in expected.items():
        got = scores[metric]
        assert got.precision == pytest.approx(figures["precision"], abs=TOLERANCE), metric
        assert got.recall == pytest.approx(figures["recall"], abs=TOLERANCE), metric
        assert got.f1 == pytest.approx(figures["f_score"], abs=TOLERANCE), metric


@pytest.mark.parametrize("case", fixture_cases(), ids=lambda p: p.name)
def test_rouge_counts_match_tilse_exactly_on_fixture(case: Path) -> None:
    """concat ROUGE and Date F1 involve no alignment: they agree to rounding error."""
    expected = json.loads((case / "expected.json").read_text(encoding="utf-8"))
    scores = score_all(read_tilse(case / "prediction.txt"), [read_tilse(case / "reference.txt")])
    for metric in ("concat-R1", "concat-R2", "Date"):
        assert scores[metric].f1 == pytest.approx(expected[metric]["f_score"], abs=1e-12)
