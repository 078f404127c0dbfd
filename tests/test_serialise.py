"""JSON output: documented shape and a lossless round trip."""

from __future__ import annotations

import json

from hypothesis import given

from tests.strategies import timelines
from timeline.model import Timeline
from timeline.serialise import from_dict, from_json, to_dict, to_json


@given(timelines())
def test_json_round_trips(timeline: Timeline) -> None:
    assert from_json(to_json(timeline)) == timeline
    assert from_dict(json.loads(json.dumps(to_dict(timeline)))) == timeline


@given(timelines())
def test_every_entry_has_the_documented_fields(timeline: Timeline) -> None:
    data = to_dict(timeline)
    assert set(data) == {"format", "documents", "entries", "off_topic"}
    for entry in data["entries"]:
        assert {"date", "granularity", "events"} <= set(entry)
        for event in entry["events"]:
            assert {"text", "score", "date", "sources"} <= set(event)
            for source in event["sources"]:
                assert {"document_id", "title", "url", "start", "end", "time_expression"} <= set(
                    source
                )
