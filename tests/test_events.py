"""Candidate events: dating sentences and dropping page residue."""

from __future__ import annotations

import random

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.conftest import day, make_candidate, make_document, make_expression, make_sentence
from timeline.events import Candidate, candidates, is_residue, off_topic, without_templates
from timeline.model import Period

RESIDUE = [
    ("Leave a Reply", "comment prompt"),
    ("Share this article on Facebook and Twitter with your friends", "share prompt"),
    ("Source: Reuters and ARA News", "credit line"),
    ("Moscow vows to press Syria offensive; U.S. weighs tough response", "headline repeated"),
    ("Read more about the war in Syria here and there", "read more"),
    ("Five words only here now", "too short"),
    ("By Maggie Fox, Health Editor WASHINGTON | Tue Apr 21, 2009 (Reuters) -", "wire header"),
    ("Haiti survivors sleep on the streets of the capital", "headline without a full stop"),
    ("BP oil spill: new cap installed on leaking well BP to begin tests", "standfirst"),
    ("(Reporting by Tom Bergin in London; Editing by Dan Lalor)", "credit in brackets"),
    ("Why doesn't Obama take charge of the BP oil spill?", "question"),
    ('Is this the end of the road for "big oil?"', "question in quotes"),
    ("The company says the failure of its cementi...Coast Guard rescue at the rig.", "teasers"),
    (
        "Fire crews battle the blazing rig off Louisiana, in this handout photograph taken on"
        " April 21, 2010.",
        "picture caption",
    ),
    ("In this May 26 photo provided by the Coast Guard, a rig holds position.", "caption first"),
    ("This Sept. 2010 photo provided by a survey team shows corals on the seabed.", "photo shows"),
    ("The singer's children Ann (l), Tom (c) and Sue opened the charity concert.", "(l) and (c)"),
    ("Mayor Jo Bell, (r), and Sen. Al Kerr, (l), walk on the oily beach.", "commas around"),
    ("Coach Dan Moss (left) with striker Ben Ray at the club's ground.", "(left)"),
    ("Officials Tim Kay (C) and Lee Ash inspect the damaged levee in town.", "(C)"),
    ("Mr Dudley (back) went with Mr Hayward to the White House last week.", "(back)"),
    ("BP chief Tony Hayward, left, listens to chairman Carl-Henric Svanberg.", ", left,"),
    ("Adm. Thad Allen, second right, and Gov. Bobby Jindal tour the coast.", "second right"),
    ("Oil company executives (L-R) Rex Tillerson and John Watson are sworn in.", "(L-R)"),
    (
        "This official White House photograph is being made available only for publication by"
        " news organizations.",
        "photo release terms",
    ),
    (
        "Denmark reports its first case of swine flu German authorities confirm a case "
        + "in a nurse Mexico says it will lodge a challenge at the WTO " * 6
        + "On Thursday ministers held a meeting.",
        "a list run together",
    ),
]


@pytest.mark.parametrize(("text", "why"), RESIDUE, ids=[r[1] for r in RESIDUE])
def test_residue_is_not_an_event(text: str, why: str) -> None:
    document = make_document(
        f"{text} The story goes on.",
        title="Moscow vows to press Syria offensive; U.S. weighs tough response",
    )
    assert is_residue(make_sentence(text), document), why


def test_a_line_of_its_own_without_a_stop_may_be_reporting() -> None:
    line = "Sergei Ryabkov expressed outrage on Thursday at the statements of U.S. officials"
    document = make_document(f"{line}\nHe said so.")
    assert not is_residue(make_sentence(line), document)
    assert is_residue(make_sentence(line), make_document(f"{line} He said so."))


@pytest.mark.parametrize(
    "text",
    [
        "Kremlin spokesman Dmitry Peskov said Russia would continue the operation.",
        '"We have not been able to stop the flow," he told reporters on Saturday.',
        'He said the rescue was "a miracle."',
        "The bill passed by 215 votes to 201 (with two abstentions.)",
        "Shares fell 13% in a day!",
        '"Why now?" he asked, before the vote was taken.',
        "Robots filmed the leak, and images taken by them were released on Friday.",
        "In this photographic exhibition, the artist shows the spill at its worst.",
        "BP said video images of the leak are being made available to scientists on its website.",
        "Louisiana Gov. Bobby Jindal (R) said the state would build sand berms.",
        "The panel found that (a) the cement failed, (b) tests were ignored and (c) BP rushed.",
        "(c) Capitol News Company, 2010, reported the hearing on Tuesday.",
        "That is how the moderator, Dr Don Patt (pictured), responded to the vote.",
        "Officials said on Monday that " + "the slick, " * 35 + "now had reached the coast.",
    ],
    ids=[
        "statement",
        "quote-first",
        "closing-quote",
        "closing-bracket",
        "exclamation",
        "quoted-question",
        "images-in-prose",
        "this-photographic",
        "images-made-available",
        "party-after-a-name",
        "list-labels",
        "copyright",
        "pictured",
        "eighty-words",
    ],
)
def test_reporting_is_not_residue(text: str) -> None:
    assert not is_residue(make_sentence(text), make_document(text, title="Something else"))


def test_sentence_takes_its_own_time_expression() -> None:
    text = "The Kremlin vowed on Thursday to press on with its assault in Syria."
    document = make_document(text)
    thursday = make_expression(
        "Thursday", text.index("Thursday"), "2016-09-29", period=day("2016-09-29")
    )
    (candidate,) = candidates(document, [make_sentence(text)], [thursday])
    assert candidate.date.period == day("2016-09-29")
    assert not candidate.date.inferred
    assert candidate.expression == thursday
    assert "Thursday" in candidate.date.explanation


def test_undated_sentence_takes_the_publication_date_marked_inferred() -> None:
    text = "The Russian and Syrian governments say they are targeting only militants."
    (candidate,) = candidates(
        make_document(text, published="2016-09-30"), [make_sentence(text)], []
    )
    assert candidate.date.period == day("2016-09-30")
    assert candidate.date.inferred
    assert "publication date" in candidate.date.explanation


def test_undated_sentence_without_publication_date_is_not_a_candidate() -> None:
    text = "The Russian and Syrian governments say they are targeting only militants."
    assert candidates(make_document(text, published=None), [make_sentence(text)], []) == ()


def test_expression_outside_the_sentence_is_not_used() -> None:
    first = "Officials met in Geneva to discuss a ceasefire deal."
    second = "Talks collapsed on Thursday after hours of argument."
    text = f"{first} {second}"
    document = make_document(text)
    thursday = make_expression(
        "Thursday", text.index("Thursday"), "2016-09-29", period=day("2016-09-29")
    )
    found = candidates(
        document,
        [make_sentence(first), make_sentence(second, start=len(first) + 1)],
        [thursday],
    )
    assert [c.date.inferred for c in found] == [True, False]


def test_expression_without_period_does_not_date_a_sentence() -> None:
    text = "The war has lasted nearly six years and shows no sign of ending soon."
    duration = make_expression("nearly six years", text.index("nearly"), "P6Y")
    (candidate,) = candidates(make_document(text), [make_sentence(text)], [duration])
    assert candidate.date.inferred


def test_equal_dates_are_one_object() -> None:
    first = "Rebels took the town of Halfaya on 12 September, officials said."
    second = "Aid convoys stopped at the border on 12 September as fighting spread."
    third = "The two sides blamed each other for the collapse of the truce."
    text = f"{first} {second} {third}"
    starts = [text.index(first), text.index(second), text.index(third)]
    found = candidates(
        make_document(text, published="2016-09-30"),
        [make_sentence(t, start=i) for t, i in zip((first, second, third), starts, strict=True)],
        [
            make_expression(
                "12 September",
                text.index("12 September", i),
                "2016-09-12",
                period=day("2016-09-12"),
            )
            for i in starts[:2]
        ],
    )
    assert [c.date.inferred for c in found] == [False, False, True]
    assert found[0].date is found[1].date
    assert found[0].expression != found[1].expression


def test_position_counts_reporting_sentences_and_terms_are_content_words() -> None:
    lead = "The Kremlin vowed to press on with its assault in Syria on Thursday."
    residue = "Share this article on Facebook and Twitter with your friends"
    second = "Officials in Washington searched for a tougher response to the assault."
    text = f"{lead} {residue} {second}"
    sentences = [
        make_sentence(lead),
        make_sentence(residue, start=text.index(residue)),
        make_sentence(second, start=text.index(second)),
    ]
    found = candidates(make_document(text), sentences, [])
    assert [(c.sentence.text, c.position) for c in found] == [(lead, 0), (second, 1)]
    assert {"kremlin", "vow", "assault", "syria"} <= found[0].terms
    assert not {"the", "to", "on", "with"} & found[0].terms


TEMPLATE = "Views expressed in the comments do not represent those of the paper."


def copies(
    text: str, days: list[str], *, dated: str | None = None
) -> tuple[list[Candidate], dict[str, Period | None]]:
    """``text`` told by one document published on each of ``days``: undated, or dated
    by a time expression to ``dated`` ("own": to each document's own day, as "today")."""
    found = [
        make_candidate(
            text,
            document_id=f"d{i}",
            period=iso if dated in (None, "own") else dated,
            inferred=dated is None,
        )
        for i, iso in enumerate(days)
    ]
    return found, {f"d{i}": Period.from_iso(iso) for i, iso in enumerate(days)}


@pytest.mark.parametrize(
    ("days", "dated", "kept"),
    [
        (["2010-05-01", "2010-05-20", "2010-06-30"], None, 0),
        (["2010-05-01", "2010-05-02", "2010-05-02"], None, 3),  # wire copies of one story
        (["2010-05-01", "2010-06-30"], None, 2),  # two documents may share a sentence
        (["2010-05-01", "2010-05-20", "2010-06-30"], "2010-04-20", 3),  # background, dated
        (["2010-05-01", "2010-05-20", "2010-06-30"], "own", 0),  # "on today's show"
        (["2010-05-01", "2010-05-02", "2010-05-02"], "own", 3),  # wire copies again
    ],
    ids=["template", "wire-copies", "two-documents", "dated", "dated-by-each-copy", "wire-own"],
)
def test_sentences_of_page_templates_are_no_events(
    days: list[str], dated: str | None, kept: int
) -> None:
    found, published = copies(TEMPLATE, days, dated=dated)
    other = make_candidate("Engineers capped the well after months.", document_id="d0")
    assert len(without_templates([*found, other], published)) == kept + 1


STORY = frozenset({"flu", "virus", "swine", "mexico", "case", "health", "pandem", "spread"})


def story_page(extra: str) -> list[frozenset[str]]:
    """A page about the story: ten sentences, each with the story's terms and its own."""
    return [STORY | {f"{extra}{i}"} for i in range(10)]


def listings_page() -> list[frozenset[str]]:
    """A radio listings page that names the story once among sixty other terms."""
    return [frozenset({"flu"}), frozenset(f"show{i}" for i in range(60))]


def test_a_page_that_names_the_story_once_is_off_topic() -> None:
    pages = {f"story-{n}": story_page(f"s{n}-") for n in range(12)}
    pages["listings"] = listings_page()
    assert off_topic(pages) == {"listings"}


def test_a_page_too_short_to_judge_is_kept() -> None:
    pages = {f"story-{n}": story_page(f"s{n}-") for n in range(12)}
    pages["short"] = [frozenset(f"word{i}" for i in range(40))]  # fewer than 50 terms
    assert off_topic(pages) == frozenset()


def test_a_small_collection_is_not_judged() -> None:
    pages = {f"story-{n}": story_page(f"s{n}-") for n in range(8)}
    pages["listings"] = listings_page()
    assert off_topic(pages) == frozenset()


@given(
    st.lists(
        st.lists(
            st.frozensets(st.sampled_from(sorted(STORY | {f"other{i}" for i in range(30)}))),
            max_size=12,
        ),
        max_size=25,
    ),
    st.randoms(use_true_random=False),
)
def test_off_topic_leaves_most_documents_in_whatever_the_order(
    pages: list[list[frozenset[str]]], order: random.Random
) -> None:
    by_id = {f"d{i}": page for i, page in enumerate(pages)}
    found = off_topic(by_id)
    judged = sum(1 for page in pages if sum(len(terms) for terms in page) >= 50)
    assert len(found) <= judged // 2  # below a fifth of the median: never the median itself
    shuffled = list(by_id.items())
    order.shuffle(shuffled)
    assert off_topic(dict(shuffled)) == found
