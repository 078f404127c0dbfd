"""What web-page furniture looks like: readers' comments (headers and captions are
tested with segmentation, in test_segment.py)."""

from __future__ import annotations

import pytest

from timeline.furniture import comments_start


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("Flu spread. At 12:19 26th Apr 2009, Jim213 wrote: Panic!", 12),
        ("At 2:40 pm on 28 May 2010, richard33p wrote: I wonder.", 0),
        ("On 5 May, the minister wrote: we will act.", None),
        ("At 10:00 on Monday, the minister wrote: we will act.", None),
        (
            "Should Africa help? Added: Tuesday, 19 January, 2010, 18:32 GMT 18:32 UK I think so.",
            20,
        ),
        ("The page was added: Tuesday, as the minister wrote.", None),
    ],
    ids=[
        "bbc-comment",
        "guardian-comment",
        "reported-letter",
        "reported-letter-timed",
        "bbc-debate-comment",
        "added-in-a-sentence",
    ],
)
def test_readers_comments_start_at_the_first_comment_header(text: str, start: int | None) -> None:
    assert comments_start(text) == (len(text) if start is None else start)
