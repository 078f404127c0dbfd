"""The documentation's Python names exist as written."""

from __future__ import annotations

import re
import subprocess
import sys

from tests.conftest import REPO


def test_every_dotted_name_in_the_api_docs_resolves_after_import_timeline() -> None:
    docs = (REPO / "docs" / "api.md").read_text(encoding="utf-8")
    # `timeline.x.y` used as written after a bare `import timeline`, not `from timeline.x import`
    names = sorted(set(re.findall(r"(?<!from )(?<![\w.])(timeline(?:\.\w+)+)", docs)))
    assert "timeline.load" in names
    script = (
        "import functools, sys, timeline\n"
        "missing = []\n"
        "for name in sys.argv[1:]:\n"
        "    try:\n"
        "        functools.reduce(getattr, name.split('.')[1:], timeline)\n"
        "    except AttributeError:\n"
        "        missing.append(name)\n"
        "print(' '.join(missing))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script, *names], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "", f"not reachable after `import timeline`: {result.stdout}"
