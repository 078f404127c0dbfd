"""The command line: exit codes, messages for bad input, pipe-safe output."""

from __future__ import annotations

import argparse
import io
import json
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from rich.console import Console

from tests.conftest import REPO, outbreak_collection
from timeline.cli import _progress, main
from timeline.model import Period, TimeExpression

ARTICLE = """---
title: Council closes bridge
published: 2016-09-30
---
The city council voted on Thursday to close the old bridge for repairs.
Engineers said the work would take until next spring.
"""

UNDATED = "The mayor said on Thursday that the old bridge would reopen next spring after repairs."


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(args)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_default_run_summarises_the_bundled_seeds(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run([], capsys)
    assert code == 0
    assert "Thu 29 Sep 2016" in out
    assert "September 2016" in out
    assert "loaded 2 documents" in err


def test_piped_output_has_no_ansi_codes(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, err = run([], capsys)
    assert "\x1b[" not in out
    assert "\x1b[" not in err


def test_output_file_is_plain_text(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "timeline.txt"
    code, stdout, _ = run(["-o", str(out)], capsys)
    assert code == 0
    assert stdout == ""
    text = out.read_text(encoding="utf-8")
    assert "Thu 29 Sep 2016" in text
    assert "\x1b[" not in text


@pytest.mark.parametrize("fmt", ["markdown", "json"])
def test_formats_go_to_stdout(fmt: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["--format", fmt], capsys)
    assert code == 0
    if fmt == "json":
        assert {"documents", "entries"} <= set(json.loads(out))
    else:
        assert out.startswith("# Timeline\n")
        assert "[^1]:" in out


def test_bad_files_are_reported_and_the_rest_still_processed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "good.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(b"%PDF-1.4\x00\x01\x02\xff\xfe")
    (tmp_path / "nodate.txt").write_text(UNDATED, encoding="utf-8")
    (tmp_path / "broken.jsonl").write_text('{"id": "a", "text": "x"\n[1, 2]\n', encoding="utf-8")
    code, out, err = run([str(tmp_path), "--format", "json"], capsys)
    assert code == 0
    data = json.loads(out)
    quoted = " ".join(ev["text"] for en in data["entries"] for ev in en["events"])
    assert "close the old bridge" in quoted
    assert re.search(r"skipped: .*empty\.txt", err)
    assert re.search(r"skipped: .*binary\.txt", err)
    assert re.search(r"warning: .*nodate\.txt: .*--published", err)
    assert re.search(r"broken\.jsonl:1", err)
    assert re.search(r"broken\.jsonl:2", err)
    assert "Traceback" not in err


def test_file_without_a_date_uses_published_option(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "nodate.txt"
    path.write_text(UNDATED, encoding="utf-8")
    code, out, err = run([str(path), "--published", "2016-09-30", "--format", "json"], capsys)
    assert code == 0
    (entry,) = json.loads(out)["entries"]
    assert entry["date"] == "2016-09-29"
    assert "warning:" not in err


@pytest.mark.parametrize(
    ("order", "published", "warned"),
    [
        ([], "2016-03-04", True),
        (["--monthfirst"], "2016-03-04", False),
        (["--dayfirst"], "2016-04-03", False),
    ],
    ids=["default", "monthfirst", "dayfirst"],
)
def test_published_option_follows_the_day_order_options(
    order: list[str],
    published: str,
    warned: bool,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    path = tmp_path / "nodate.txt"
    path.write_text(UNDATED, encoding="utf-8")
    code, out, err = run([str(path), "--published", "03/04/2016", *order, "-f", "json"], capsys)
    assert code == 0
    (document,) = json.loads(out)["documents"]
    assert document["published"] == published
    assert ("--published 03/04/2016 is ambiguous" in err) is warned


def test_undated_file_alone_still_gives_no_invented_dates(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "nodate.txt"
    path.write_text(UNDATED, encoding="utf-8")
    code, out, _ = run([str(path), "--format", "json"], capsys)
    assert code == 0
    assert json.loads(out)["entries"] == []


class _Terminal(io.BytesIO):
    """Standard input as a terminal: someone typed UNDATED, then Ctrl-D."""

    def isatty(self) -> bool:
        return True


STDIN_HINT = "reading articles from standard input; end with Ctrl-D (Ctrl-Z Enter on Windows)"


@pytest.mark.parametrize("command", [["-f", "json"], ["tag"]], ids=["main", "tag"])
def test_articles_typed_on_a_terminal_get_a_hint_first(
    command: list[str], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(_Terminal(UNDATED.encode())))
    code, out, err = run([*command, "-", "--published", "2016-09-30"], capsys)
    assert code == 0
    prog = "timeline tag" if command == ["tag"] else "timeline"
    assert err.splitlines()[0] == f"{prog}: {STDIN_HINT}"
    assert err.count(STDIN_HINT) == 1
    assert "2016-09-29" in out  # what was typed was read


@pytest.mark.parametrize("command", [["-f", "json"], ["tag"]], ids=["main", "tag"])
def test_piped_standard_input_gets_no_hint(
    command: list[str], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(UNDATED.encode())))
    code, out, err = run([*command, "-", "--published", "2016-09-30"], capsys)
    assert code == 0
    assert "standard input" not in err
    assert "2016-09-29" in out


def test_no_progress_bars_while_articles_are_typed_on_the_terminal(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # the bars redraw the line the articles are typed on
    terminal = Console(file=io.StringIO(), force_terminal=True)
    options = argparse.Namespace(quiet=False, paths=["-"])
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(_Terminal(b"")))
    with _progress(options, terminal) as bars:
        assert bars._progress is None
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"")))
    with _progress(options, terminal) as bars:
        assert bars._progress is not None


def _why_nothing(err: str) -> list[str]:
    """The lines after the load summary: why the timeline is empty."""
    lines = err.splitlines()
    return lines[next(i for i, line in enumerate(lines) if "loaded" in line) + 1 :]


def test_an_empty_timeline_says_what_was_read_and_what_to_try(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "short.txt"
    path.write_text("The council met on Thursday.\n", encoding="utf-8")
    code, out, err = run([str(path), "--published", "2016-09-30"], capsys)
    assert code == 0  # an empty timeline is still a timeline, as before
    assert "No dated events were found." in out
    why = _why_nothing(err)
    assert len(why) == 2
    assert why[0].startswith("timeline: no dated events in 1 document (1 sentence read): ")
    assert "under 6 or over 80 words" in why[0] and "headlines" in why[0]
    assert "whole articles" in why[1] and "--published" not in why[1]


def test_text_run_together_without_full_stops_is_named_as_a_reason(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "run-on.txt"
    path.write_text("the council met on Thursday and voted " * 12 + "\n", encoding="utf-8")
    code, out, err = run([str(path), "--published", "2016-09-30"], capsys)
    assert code == 0
    assert "No dated events were found." in out
    why = _why_nothing(err)
    assert "over 80 words" in why[0] and "full stops" in why[1]


def test_an_empty_timeline_of_undated_files_suggests_published(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "a.txt").write_text(UNDATED, encoding="utf-8")
    (tmp_path / "b.txt").write_text(UNDATED.replace("mayor", "governor"), encoding="utf-8")
    code, out, err = run([str(tmp_path), "--format", "json"], capsys)
    assert code == 0
    assert json.loads(out)["entries"] == []
    why = _why_nothing(err)
    assert len(why) == 2
    assert why[0].startswith("timeline: no dated events in 2 documents (2 sentences read): ")
    assert "2 of them have no publication date" in why[0]
    assert "--published" in why[1]


def test_an_empty_timeline_after_since_until_or_granularity_names_them(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    code, _, err = run([str(path), "--since", "2017-01-01", "--granularity", "day"], capsys)
    assert code == 0
    why = _why_nothing(err)
    assert len(why) == 2
    limits = "--since 2017-01-01 --granularity day"
    assert f"none of the 2 dated sentences falls within {limits}" in why[0]
    assert "widen" in why[1]


def test_a_timeline_with_entries_needs_no_explanation(capsys: pytest.CaptureFixture[str]) -> None:
    _, _, err = run([], capsys)
    assert _why_nothing(err) == []


def test_nothing_usable_exits_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "empty.txt").write_text("   \n", encoding="utf-8")
    code, out, err = run([str(tmp_path / "empty.txt"), str(tmp_path / "missing.txt")], capsys)
    assert code == 1
    assert out == ""
    assert "missing.txt" in err
    assert "no usable document" in err


@pytest.mark.parametrize(
    "args",
    [
        ["--max-dates", "x"],
        ["--since", "30/09/2016"],
        ["--published", "2016-13"],
        ["--method", "gpt"],
        ["--per-date", "0"],
    ],
    ids=["max-dates", "since", "published", "method", "per-date-0"],
)
def test_usage_errors_exit_2_with_a_message(
    args: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(args)
    assert exit_info.value.code == 2
    assert "error:" in capsys.readouterr().err


def test_a_misspelt_granularity_lists_the_choices(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--granularity", "days"])
    assert exit_info.value.code == 2
    err = capsys.readouterr().err
    assert "expected one of day, week, month, quarter, year, got 'days'" in err
    assert "Granularity" not in err


def test_granularity_ignores_case(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["--granularity", "Day", "--format", "json"], capsys)
    assert code == 0
    assert {entry["granularity"] for entry in json.loads(out)["entries"]} == {"day"}


def test_since_after_until_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--since", "2016-10-01", "--until", "2016-09-01"])
    assert exit_info.value.code == 2
    assert "--since 2016-10-01 is after --until 2016-09-01" in capsys.readouterr().err


def test_help_teaches_with_examples(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    for text in ["examples:", "--format", "--published", "exit codes", "timeline tag"]:
        assert text in out


@pytest.mark.parametrize("command", [[], ["tag"], ["evaluate"]], ids=["main", "tag", "evaluate"])
def test_help_fits_an_80_column_terminal(
    command: list[str], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "80")
    with pytest.raises(SystemExit):
        main([*command, "--help"])
    long = [
        line
        for line in capsys.readouterr().out.splitlines()
        if len(line) > 80 and "--method {" not in line  # argparse's usage line for the choices
    ]
    assert long == []


def test_every_option_is_documented() -> None:
    docs = (REPO / "docs" / "cli.md").read_text(encoding="utf-8")
    for command in ([], ["tag"], ["evaluate"]):
        help_text = subprocess.run(
            [sys.executable, "-m", "timeline", *command, "--help"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for option in set(re.findall(r"(?<![\w-])(--[a-z][a-z-]+)", help_text)):
            assert option in docs, (
                f"{option} of `timeline {' '.join(command)}` is not in docs/cli.md"
            )


def test_tag_writes_one_json_line_a_document(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    code, out, _ = run(["tag", str(path)], capsys)
    assert code == 0
    (line,) = out.splitlines()
    record = json.loads(line)
    thursday = next(t for t in record["timexes"] if t["text"] == "Thursday")
    assert thursday["value"] == "2016-09-29"
    body = ARTICLE.split("---\n", 2)[2]
    assert body[thursday["start"] : thursday["end"]] == "Thursday"


def test_evaluate_scores_a_prediction(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    reference = tmp_path / "ref.txt"
    reference.write_text(
        "2016-09-29\nThe Kremlin vowed to press on.\n" + "-" * 32 + "\n", encoding="utf-8"
    )
    code, out, _ = run(["evaluate", str(reference), str(reference), "--format", "json"], capsys)
    assert code == 0
    assert "Date" in out


def test_evaluate_bad_reference_exits_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_text("not a timeline\n", encoding="utf-8")
    code, _, err = run(["evaluate", str(bad), str(bad)], capsys)
    assert code == 1
    assert "timeline evaluate:" in err


def test_tag_messages_name_the_subcommand(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(["tag", str(tmp_path / "missing.txt")], capsys)
    assert code == 1
    lines = err.strip().splitlines()
    assert lines and all(line.startswith("timeline tag: ") for line in lines)


def test_tag_keeps_exact_duplicates(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    line = {"published": "2016-09-30", "text": "It happened on Thursday."}
    path = tmp_path / "docs.jsonl"
    path.write_text(
        "\n".join(json.dumps({"id": i, **line}) for i in ("a", "b")) + "\n", encoding="utf-8"
    )
    code, out, _ = run(["tag", str(path)], capsys)
    assert code == 0
    assert [json.loads(x)["id"] for x in out.splitlines()] == ["a", "b"]


def _jsonl(path: Path, *ids: str) -> Path:
    path.write_text(
        "".join(
            json.dumps({"id": i, "published": "2016-09-30", "text": f"{i} happened on Thursday."})
            + "\n"
            for i in ids
        ),
        encoding="utf-8",
    )
    return path


def _parsed_timeml(path: Path) -> ET.Element:
    root = ET.parse(path).getroot()
    assert root.tag == "TimeML"
    return root


def test_tag_timeml_writes_one_tml_file_a_document_into_a_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = _jsonl(tmp_path / "many.jsonl", "APW19980807.0261", "wsj_0006")
    folder = tmp_path / "out" / "system"  # created, parents included
    code, out, err = run(["tag", str(source), "--format", "timeml", "-o", str(folder)], capsys)
    assert code == 0
    assert out == ""
    assert sorted(p.name for p in folder.iterdir()) == ["APW19980807.0261.tml", "wsj_0006.tml"]
    for name in ("APW19980807.0261", "wsj_0006"):
        root = _parsed_timeml(folder / f"{name}.tml")
        assert root.findtext("DOCID") == name
        dct = root.find("DCT/TIMEX3")
        assert dct is not None and dct.attrib["value"] == "2016-09-30"
        (thursday,) = root.findall("TEXT/TIMEX3")
        assert thursday.attrib["value"] == "2016-09-29"
        assert thursday.attrib["anchorTimeID"] == "t0"
    assert f"wrote 2 TimeML files to {folder}" in err


@pytest.mark.parametrize("where", [None, "one.tml"], ids=["stdout", "one-file"])
def test_tag_timeml_of_several_documents_needs_a_folder(
    where: str | None, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = _jsonl(tmp_path / "many.jsonl", "a", "b")
    output = ["-o", str(tmp_path / where)] if where else []
    with pytest.raises(SystemExit) as exit_info:
        main(["tag", str(source), "--format", "timeml", *output])
    assert exit_info.value.code == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "pass -o DIR" in captured.err
    assert "Traceback" not in captured.err
    assert list(tmp_path.iterdir()) == [source]  # no half-written file


@pytest.mark.parametrize("where", [None, "one.tml", "one.xml"], ids=["stdout", "tml", "xml"])
def test_tag_timeml_of_one_document_goes_to_stdout_or_one_file(
    where: str | None, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = _jsonl(tmp_path / "one.jsonl", "APW19980807.0261")
    output = ["-o", str(tmp_path / where)] if where else []
    code, out, _ = run(["tag", str(source), "--format", "timeml", *output], capsys)
    assert code == 0
    if where:
        assert out == ""
        root = _parsed_timeml(tmp_path / where)
    else:
        root = ET.fromstring(out)
    assert root.findtext("DOCID") == "APW19980807.0261"
    dct = root.find("DCT/TIMEX3")
    assert dct is not None and dct.attrib["value"] == "2016-09-30"


def test_tag_timeml_file_names_are_safe_and_never_overwrite_each_other(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ids = ["../escape", "a/b", "a_b", "A_B"]  # (the loader already makes equal ids unique)
    source = _jsonl(tmp_path / "many.jsonl", *ids)
    folder = tmp_path / "out"
    code, _, err = run(["tag", str(source), "--format", "timeml", "-o", str(folder)], capsys)
    assert code == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["many.jsonl", "out"]  # none escaped
    files = sorted(folder.iterdir())
    assert len(files) == len(ids)
    assert sorted(_parsed_timeml(f).findtext("DOCID") or "" for f in files) == sorted(ids)
    assert [f.name for f in files] == ["A_B-3.tml", "__escape.tml", "a_b-2.tml", "a_b.tml"]
    # each renamed document is reported once, naming its id and the file it went to;
    # case counts as the same name, as it does on macOS and Windows
    renamed = [line for line in err.splitlines() if "warning:" in line]
    assert len(renamed) == 2
    assert all(line.startswith("timeline tag: warning: ") for line in renamed)
    assert "`a_b` is written as a_b-2.tml" in renamed[0]
    assert "`A_B` is written as A_B-3.tml" in renamed[1]
    assert "warnings 2" in err


def test_tag_timeml_into_a_file_that_is_not_a_folder_says_so_before_reading(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = _jsonl(tmp_path / "many.jsonl", "a", "b")
    taken = tmp_path / "results"
    taken.write_text("keep me", encoding="utf-8")
    code, out, err = run(["tag", str(source), "--format", "timeml", "-o", str(taken)], capsys)
    assert code == 1
    assert out == ""
    assert f"{taken}" in err and "not a folder" in err
    assert "loaded" not in err
    assert taken.read_text(encoding="utf-8") == "keep me"


def test_a_closed_pipe_ends_quietly(tmp_path: Path) -> None:
    path = tmp_path / "many.jsonl"
    lines = (
        json.dumps({"id": str(i), "published": "2016-09-30", "text": f"Item {i} came on Thursday."})
        for i in range(3000)
    )
    path.write_text("\n".join(lines), encoding="utf-8")  # far more output than a pipe buffers
    reader = subprocess.Popen(
        [sys.executable, "-m", "timeline", "tag", str(path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert reader.stdout is not None
    reader.stdout.read(10)
    reader.stdout.close()
    _, err = reader.communicate()
    assert reader.returncode == 0
    assert b"Traceback" not in err


def test_implausible_publication_date_is_reported_and_ignored(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    typo = ARTICLE.replace("published: 2016-09-30", "published: 2061-09-30").replace(
        "The city council voted on Thursday", "On Thursday 29 September 2016 the mayor said"
    )
    (tmp_path / "b.txt").write_text(typo, encoding="utf-8")
    code, out, err = run([str(tmp_path), "--format", "json"], capsys)
    assert code == 0
    assert re.search(r"warning: .*b\.txt: .*2061-09-30 is more than 2 years after", err)
    assert "warnings 1" in err
    data = json.loads(out)
    assert not any(entry["date"].startswith("206") for entry in data["entries"])
    (bridge,) = [ev for en in data["entries"] for ev in en["events"] if "bridge" in ev["text"]]
    assert bridge["date"]["value"] == "2016-09-29"
    from_b = next(s for s in bridge["sources"] if s["document_id"] == "b")
    assert from_b["date"]["value"] == "2016-09-29"  # its absolute date still counts


def test_unwritable_output_is_one_line_naming_the_path(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "missing-dir" / "out.md"
    code, _, err = run(["--format", "markdown", "-o", str(target)], capsys)
    assert code == 1
    assert str(target) in err and "check the path" in err
    assert len(err.strip().splitlines()) == 1
    assert "Traceback" not in err


@pytest.mark.parametrize("where", ["missing-dir/out.md", "."], ids=["no-folder", "a-folder"])
def test_unwritable_output_is_reported_before_any_work(
    where: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / where
    code, out, err = run(["--format", "markdown", "-o", str(target)], capsys)
    assert code == 1
    assert out == ""
    assert "cannot write" in err
    assert "loaded" not in err  # nothing was read, so a long run loses nothing


def test_a_document_that_breaks_a_stage_is_skipped_and_the_run_goes_on(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import timeline.pipeline

    real = timeline.pipeline.find_time_expressions

    def failing_on_marker(text: str, published: Period | None) -> tuple[TimeExpression, ...]:
        if "MARKER" in text:
            raise RuntimeError("injected fault")
        return real(text, published)

    monkeypatch.setattr(timeline.pipeline, "find_time_expressions", failing_on_marker)
    (tmp_path / "good.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "bad.txt").write_text(
        ARTICLE.replace("repairs", "repairs MARKER"), encoding="utf-8"
    )
    code, out, err = run([str(tmp_path), "--jobs", "1", "--format", "json"], capsys)
    assert code == 0
    assert re.search(
        r"skipped: .*bad\.txt: `bad` could not be processed \(RuntimeError: injected", err
    )
    assert "Traceback" not in err
    cited = {
        s["document_id"]
        for en in json.loads(out)["entries"]
        for ev in en["events"]
        for s in ev["sources"]
    }
    assert cited == {"good"}


def test_off_topic_documents_are_named_on_stderr_with_the_option_that_keeps_them(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus = tmp_path / "outbreak.jsonl"
    corpus.write_text(
        "".join(
            json.dumps({"id": d.id, "text": d.text, "published": d.published.iso()}) + "\n"
            for d in outbreak_collection()
            if d.published
        ),
        encoding="utf-8",
    )
    code, _, err = run([str(corpus), "--max-dates", "0"], capsys)
    assert code == 0
    assert "left out 1 document as off-topic" in err
    assert "listings; --keep-off-topic keeps them" in err
    code, out, err = run([str(corpus), "--max-dates", "0", "--keep-off-topic"], capsys)
    assert code == 0
    assert "off-topic" not in err
    assert "Radio 3 presents" in out or "news quiz" in out
