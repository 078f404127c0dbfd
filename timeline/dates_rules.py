"""The recognition rules, in the order that settles ties between equal spans.

Each :class:`~timeline.dates_match.Rule` finds candidate spans with a regular
expression, vetoes the ones its context rules out (``check``), and resolves
the survivors in text order (``resolve``) so anaphora see the date mentioned
before them.
"""

from __future__ import annotations

from timeline.dates_calendar import CALENDAR_RULES
from timeline.dates_match import Found, Rule
from timeline.dates_relative import RELATIVE_RULES

RULES: tuple[Rule, ...] = CALENDAR_RULES + RELATIVE_RULES

__all__ = ["RULES", "Found", "Rule"]
