"""The date resolver: recognition, anchoring, tense, and the things it must never tag."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.dates import find_time_expressions
from timeline.model import Granularity, Period, TimeExpression

FRIDAY = "2016-09-30"  # the first seed's publication date, a Friday


def tag(text: str, published: str | None = FRIDAY) -> tuple[TimeExpression, ...]:
    return find_time_expressions(text, Period.from_iso(published) if published else None)


def only(text: str, published: str | None = FRIDAY) -> TimeExpression:
    found = tag(text, published)
    assert len(found) == 1, [e.text for e in found]
    return found[0]


# (sentence, expected surface text, type, value, granularity or None)
RESOLVED = [
    (
        "seed-thursday",
        "The Kremlin vowed on Thursday to press on.",
        "Thursday",
        "DATE",
        "2016-09-29",
        "day",
    ),
    (
        "seed-wednesday",
        "Kirby said on Wednesday that Russia had an interest.",
        "Wednesday",
        "DATE",
        "2016-09-28",
        "day",
    ),
    (
        "seed-this-month",
        "They launched an assault on Aleppo this month.",
        "this month",
        "DATE",
        "2016-09",
        "month",
    ),
    (
        "seed-days-ahead",
        "When we are able to work through these in the days ahead we'll talk.",
        "the days ahead",
        "DATE",
        "FUTURE_REF",
        None,
    ),
    (
        "seed-a-week-after",
        "abandoning a ceasefire a week after it took effect",
        "a week",
        "DURATION",
        "P1W",
        None,
    ),
    (
        "seed-six-year-war",
        "the biggest battle of a six-year war",
        "six-year",
        "DURATION",
        "P6Y",
        None,
    ),
    (
        "future-weekday",
        "The ministers will meet on Thursday.",
        "Thursday",
        "DATE",
        "2016-10-06",
        "day",
    ),
    (
        "scheduled-for",
        "The vote is scheduled for Wednesday.",
        "Wednesday",
        "DATE",
        "2016-10-05",
        "day",
    ),
    ("due-on", "The report is due on Friday.", "Friday", "DATE", "2016-09-30", "day"),
    ("last-friday", "Talks collapsed last Friday.", "last Friday", "DATE", "2016-09-23", "day"),
    ("next-monday", "Talks resume next Monday.", "next Monday", "DATE", "2016-10-03", "day"),
    ("abbreviated-weekday", "They met on Tues. and agreed.", "Tues.", "DATE", "2016-09-27", "day"),
    (
        "abbreviated-opens-a-clause",
        "On Wed. the council voted.",
        "Wed.",
        "DATE",
        "2016-09-28",
        "day",
    ),
    ("abbreviated-future", "The vote is set for Thurs.", "Thurs.", "DATE", "2016-10-06", "day"),
    (
        "abbreviated-saturday",
        "The rally was held Sat. in Boston.",
        "Sat.",
        "DATE",
        "2016-09-24",
        "day",
    ),
    (
        "abbreviated-last-sunday",
        "It said last Sun. it won.",
        "last Sun.",
        "DATE",
        "2016-09-25",
        "day",
    ),
    (
        "abbreviated-on-sunday",
        "He will fly in on Sun. for talks.",
        "Sun.",
        "DATE",
        "2016-10-02",
        "day",
    ),
    ("today", "Officials met today.", "today", "DATE", "2016-09-30", "day"),
    ("yesterday", "Officials met yesterday.", "yesterday", "DATE", "2016-09-29", "day"),
    ("tomorrow", "Officials meet tomorrow.", "tomorrow", "DATE", "2016-10-01", "day"),
    ("tonight", "A vote is expected tonight.", "tonight", "DATE", "2016-09-30", "day"),
    (
        "this-morning",
        "Shelling resumed this morning.",
        "this morning",
        "TIME",
        "2016-09-30TMO",
        "day",
    ),
    ("last-night", "Shelling resumed last night.", "last night", "TIME", "2016-09-29TNI", "day"),
    ("this-week", "Fighting intensified this week.", "this week", "DATE", "2016-W39", "week"),
    ("last-week", "Fighting intensified last week.", "last week", "DATE", "2016-W38", "week"),
    ("next-week", "Talks resume next week.", "next week", "DATE", "2016-W40", "week"),
    ("last-month", "The truce began last month.", "last month", "DATE", "2016-08", "month"),
    ("next-year", "Elections are due next year.", "next year", "DATE", "2017", "year"),
    (
        "this-time-last-year",
        "Prices were higher this time last year.",
        "this time last year",
        "DATE",
        "2015-09-30",
        "day",
    ),
    (
        "at-this-time-next-year",
        "At this time next year the bridge will open.",
        "this time next year",
        "DATE",
        "2017-09-30",
        "day",
    ),
    ("this-quarter", "Sales fell this quarter.", "this quarter", "DATE", "2016-Q3", "quarter"),
    ("last-quarter", "Sales fell last quarter.", "last quarter", "DATE", "2016-Q2", "quarter"),
    (
        "days-ago",
        "The convoy was hit three days ago.",
        "three days ago",
        "DATE",
        "2016-09-27",
        "day",
    ),
    ("weeks-ago", "The convoy was hit two weeks ago.", "two weeks ago", "DATE", "2016-W37", "week"),
    ("years-ago", "The war began five years ago.", "five years ago", "DATE", "2011", "year"),
    (
        "fraction-ago",
        "The plant opened half a century ago.",
        "half a century ago",
        "DATE",
        "1966",
        "year",
    ),
    ("fraction-duration", "It took half an hour.", "half an hour", "DURATION", "PT30M", None),
    (
        "explicit-sept",
        "The truce took effect on Sept. 12.",
        "Sept. 12",
        "DATE",
        "2016-09-12",
        "day",
    ),
    (
        "explicit-day-month-year",
        "It took effect on 12 September 2016.",
        "12 September 2016",
        "DATE",
        "2016-09-12",
        "day",
    ),
    ("explicit-numeric", "It took effect on 9/12/16.", "9/12/16", "DATE", "2016-09-12", "day"),
    (
        "explicit-weekday-date",
        "It took effect on Monday, Sept. 12.",
        "Monday, Sept. 12",
        "DATE",
        "2016-09-12",
        "day",
    ),
    (
        "explicit-month-day-year",
        "He was born on Sept. 30, 1989.",
        "Sept. 30, 1989",
        "DATE",
        "1989-09-30",
        "day",
    ),
    ("month-past", "The siege began in July.", "July", "DATE", "2016-07", "month"),
    ("month-future", "Talks will resume in January.", "January", "DATE", "2017-01", "month"),
    (
        "month-deadline",
        "It ordered 90m doses of vaccine by December.",
        "December",
        "DATE",
        "2016-12",
        "month",
    ),
    (
        # A clause of time in the present tense speaks of the future, past verbs around it
        # notwithstanding.
        "month-when-present",
        "He had not signed the deal to hand him over when the case is heard in May.",
        "May",
        "DATE",
        "2017-05",
        "month",
    ),
    (
        "month-when-past",
        "He had not signed the deal to hand him over when the case was heard in May.",
        "May",
        "DATE",
        "2016-05",
        "month",
    ),
    (
        "month-past-across-year",
        "The siege began in November.",
        "November",
        "DATE",
        "2015-11",
        "month",
    ),
    ("month-year", "The siege began in July 2012.", "July 2012", "DATE", "2012-07", "month"),
    (
        "mid-month",
        "Talks broke down in mid-September.",
        "mid-September",
        "DATE",
        "2016-09",
        "month",
    ),
    ("early-year", "The offensive began in early 2015.", "early 2015", "DATE", "2015", "year"),
    ("fiscal-year-fy", "Revenue rose in FY2015.", "FY2015", "DATE", "2015", "year"),
    ("fiscal-year-fy-spaced", "Revenue rose in FY 2015.", "FY 2015", "DATE", "2015", "year"),
    ("fiscal-year-fy-two-digits", "Revenue rose in FY15.", "FY15", "DATE", "2015", "year"),
    (
        "late-last-year",
        "The offensive began late last year.",
        "late last year",
        "DATE",
        "2015",
        "year",
    ),
    ("season", "The offensive began last summer.", "last summer", "DATE", "2015-SU", "year"),
    ("decade", "It was a boom of the 1990s.", "the 1990s", "DATE", "199", None),
    (
        "fiscal-quarter",
        "Profit rose in the third quarter.",
        "the third quarter",
        "DATE",
        "2016-Q3",
        "quarter",
    ),
    (
        "quarter-adjective",
        "Third-quarter profit rose.",
        "Third-quarter",
        "DATE",
        "2016-Q3",
        "quarter",
    ),
    (
        "quarter-of-year",
        "Profit rose in the first quarter of 2015.",
        "the first quarter of 2015",
        "DATE",
        "2015-Q1",
        "quarter",
    ),
    (
        "time-on-weekday",
        "The vote was held at 3 p.m. on Tuesday.",
        "3 p.m. on Tuesday",
        "TIME",
        "2016-09-27T15:00",
        "day",
    ),
    (
        "time-before-abbreviated-weekday",
        "The talk was at 9 a.m. Sat. in Rome.",
        "9 a.m. Sat.",
        "TIME",
        "2016-09-24T09:00",
        "day",
    ),
    (
        "duration-nearly",
        "The war has lasted nearly six years.",
        "nearly six years",
        "DURATION",
        "P6Y",
        None,
    ),
    ("duration-hours", "The meeting lasted two hours.", "two hours", "DURATION", "PT2H", None),
    ("duration-vague", "The city was ruled for centuries.", "centuries", "DURATION", "PXC", None),
    ("duration-vague-decades", "It was ruled for decades.", "decades", "DURATION", "PXE", None),
    # "to come back" is a verb phrase, not "in the weeks to come".
    ("to-come-back", "Results could take weeks to come back.", "weeks", "DURATION", "PXW", None),
    (
        "set-every-thursday",
        "Protesters gather every Thursday.",
        "every Thursday",
        "SET",
        "XXXX-WXX-4",
        None,
    ),
    ("set-weekly", "The council meets weekly.", "weekly", "SET", "P1W", None),
    (
        "set-every-n-units",
        "The river adds a billion gallons every five minutes.",
        "every five minutes",
        "SET",
        "PT5M",
        None,
    ),
    ("now", "The city is now under siege.", "now", "DATE", "PRESENT_REF", None),
    ("recently", "The city was recently besieged.", "recently", "DATE", "PAST_REF", None),
    ("holiday", "The truce held over Christmas.", "Christmas", "DATE", "2015-12-25", "day"),
    (
        "holiday-week",
        "Protests began as Easter week began.",
        "Easter week",
        "DATE",
        "2016-W12",
        "week",
    ),
    (
        "time-on-day-month-year",
        "At 5:46 pm on 26 Nov 2009, a reader wrote:",
        "5:46 pm on 26 Nov 2009",
        "TIME",
        "2009-11-26T17:46",
        "day",
    ),
    ("weekend", "Talks resumed over the weekend.", "the weekend", "DATE", "2016-W38-WE", "week"),
    ("quarter-q3", "Profit rose in Q3 2015.", "Q3 2015", "DATE", "2015-Q3", "quarter"),
    ("quarter-q3-fiscal", "Profit rose in Q3 FY2015.", "Q3 FY2015", "DATE", "2015-Q3", "quarter"),
    (
        "quarter-of-fiscal-year",
        "Profit rose in the first quarter of FY2015.",
        "the first quarter of FY2015",
        "DATE",
        "2015-Q1",
        "quarter",
    ),
    (
        "half-of-fiscal-year",
        "Profit rose in the first half of FY15.",
        "the first half of FY15",
        "DATE",
        "2015-H1",
        "year",
    ),
    (
        "time-gmt",
        "It was hit at 1130 GMT on Monday.",
        "1130 GMT on Monday",
        "TIME",
        "2016-09-26T11:30",
        "day",
    ),
    (
        "time-local",
        "The quake struck at 1653 local time.",
        "1653 local time",
        "TIME",
        "2016-09-30T16:53",
        "day",
    ),
    (
        "time-hours",
        "The raid began at 0400 hours.",
        "0400 hours",
        "TIME",
        "2016-09-30T04:00",
        "day",
    ),
    ("year-end", "The sale will close by year-end.", "year-end", "DATE", "2016", "year"),
    (
        "week-of",
        "A hearing is set for the week of Oct. 10.",
        "the week of Oct. 10",
        "DATE",
        "2016-W41",
        "week",
    ),
    (
        "first-two-quarters",
        "Demand will stay weak through the first two quarters of 2017.",
        "the first two quarters of 2017",
        "DATE",
        "2017-H1",
        "year",
    ),
    (
        "time-weekday-day-month",
        "Page last updated at 15:47 GMT, Friday, 22 January 2010",
        "15:47 GMT, Friday, 22 January 2010",
        "TIME",
        "2010-01-22T15:47",
        "day",
    ),
    (
        "dotted-24-hour-time",
        "Printed at 22.59 BST on Tuesday 1 June 2010",
        "22.59 BST on Tuesday 1 June 2010",
        "TIME",
        "2010-06-01T22:59",
        "day",
    ),
    # British clock times: "4.15 pm" is a quarter past four, not "15 pm".
    (
        "dotted-time",
        "The well was capped at 4.15 pm.",
        "4.15 pm.",
        "TIME",
        "2016-09-30T16:15",
        "day",
    ),
    # TimeML writes a decade as its first three digits.
    ("decade-words", "Crime fell through the nineties.", "the nineties", "DATE", "199", None),
    ("last-decade", "Wages fell in the last decade.", "the last decade", "DATE", "200", None),
    (
        "half-of-a-decade",
        "Sales fell in the last half of the '80s.",
        "the last half of the '80s",
        "DATE",
        "198",
        None,
    ),
    # The month just before or after publication is "last month"/"next month", so a
    # month named with last/next is a year further away.
    (
        "last-adjacent-month",
        "Two helicopters crashed last August.",
        "last August",
        "DATE",
        "2015-08",
        "month",
    ),
    ("last-month-name", "The treaty was signed last May.", "last May", "DATE", "2016-05", "month"),
    (
        "next-adjacent-month",
        "Elections are due next October.",
        "next October",
        "DATE",
        "2017-10",
        "month",
    ),
    (
        "weekday-nights",
        "Flights leave on Tuesday nights.",
        "on Tuesday nights",
        "SET",
        "XXXX-WXX-2TNI",
        None,
    ),
    (
        "mid-afternoon-yesterday",
        "Shares fell at mid-afternoon yesterday.",
        "mid-afternoon yesterday",
        "TIME",
        "2016-09-29TAF",
        "day",
    ),
    (
        "mid-afternoon",
        "By mid-afternoon, the talks had stalled.",
        "mid-afternoon",
        "TIME",
        "2016-09-30TAF",
        "day",
    ),
    # "next to" is a place, not a future.
    (
        "next-to",
        "A bomb exploded next to the embassy on Thursday.",
        "Thursday",
        "DATE",
        "2016-09-29",
        "day",
    ),
    # A future seen from the past ("had been scheduled") is before publication.
    (
        "had-been-scheduled",
        "The offer had been scheduled to expire on Wednesday.",
        "Wednesday",
        "DATE",
        "2016-09-28",
        "day",
    ),
    (
        "is-scheduled",
        "The offer is scheduled to expire on Wednesday.",
        "Wednesday",
        "DATE",
        "2016-10-05",
        "day",
    ),
    (
        "until-had-not",
        "Until Thursday, they had not named a suspect.",
        "Thursday",
        "DATE",
        "2016-09-29",
        "day",
    ),
    (
        # A sentence's tense is its own: the past of the sentence before does not leak in.
        "sentence-initial-weekday",
        "The talks failed. Wednesday's meeting will decide.",
        "Wednesday",
        "DATE",
        "2016-10-05",
        "day",
    ),
    (
        "day-month-last-year",
        "Jackson died on 25 June last year.",
        "25 June last year",
        "DATE",
        "2015-06-25",
        "day",
    ),
    (
        "likely-to",
        "The mayor said the capital was likely to reopen on Thursday.",
        "Thursday",
        "DATE",
        "2016-10-06",
        "day",
    ),
    (
        "agreed-is-a-verb",
        "Ministers will meet again, and agreed at the weekend to launch a fund.",
        "the weekend",
        "DATE",
        "2016-W38-WE",
        "week",
    ),
    (
        "should-is-future",
        "A judge ordered that he should stand trial in March.",
        "March",
        "DATE",
        "2017-03",
        "month",
    ),
    (
        "earlier-weekday",
        "Earlier Monday, an executive said the well would close.",
        "Earlier Monday",
        "DATE",
        "2016-09-26",
        "day",
    ),
    (
        "until-at-least",
        "The school has been closed until at least Thursday.",
        "Thursday",
        "DATE",
        "2016-10-06",
        "day",
    ),
    (
        "part-of-a-century",
        "Values shifted in the last decade of the 20th century.",
        "the 20th century",
        "DATE",
        "19",
        None,
    ),
    (
        "last-quarter-of-a-year",
        "Investors get dividends for the last quarter of 2015.",
        "the last quarter of 2015",
        "DATE",
        "2015-Q4",
        "quarter",
    ),
    (
        "possessive-month-after-from",
        "The claims should be paid and BP can recover from April's disaster.",
        "April",
        "DATE",
        "2016-04",
        "month",
    ),
    # "by" after a participle names an agent, not a deadline.
    (
        "agent-by-possessive",
        "Haiti was devastated by Tuesday's earthquake.",
        "Tuesday",
        "DATE",
        "2016-09-27",
        "day",
    ),
    # "a <unit>" after an amount is a rate; after a verb or preposition a duration.
    ("rate-of-flow", "The well spews 5,000 barrels of oil a day.", "a day", "SET", "P1D", None),
    ("rate-of-cost", "The clean-up costs $6m a day.", "a day", "SET", "P1D", None),
    ("rate-of-pay", "Volunteers are paid $10 an hour.", "an hour", "SET", "PT1H", None),
    ("rate-per", "It leaks 1,000 barrels per day.", "per day", "SET", "P1D", None),
    ("rate-from", "It pumps 5,000 barrels a day from the well.", "a day", "SET", "P1D", None),
    ("not-a-rate", "The repair took a day.", "a day", "DURATION", "P1D", None),
    (
        "deadline-past-perfect-elsewhere",
        "The sale, which had been expected, is part of a plan to repay the loan by February.",
        "February",
        "DATE",
        "2017-02",
        "month",
    ),
    ("possessive-year", "It is as bad as 1957's pandemic.", "1957", "DATE", "1957", "year"),
    ("unit-abbreviation-hrs", "The rescue took 3 hrs.", "3 hrs", "DURATION", "PT3H", None),
    (
        "o-clock-in-the-afternoon",
        "The earthquake struck around 5 o'clock in the afternoon, so it's not clear.",
        "around 5 o'clock in the afternoon",
        "TIME",
        "2016-09-30T17:00",
        "day",
    ),
    (
        "o-clock-in-words",
        "They met at ten o'clock.",
        "ten o'clock",
        "TIME",
        "2016-09-30T10:00",
        "day",
    ),
    (
        "hour-in-the-morning",
        "The father will leave at 4 in the morning.",
        "4 in the morning",
        "TIME",
        "2016-09-30T04:00",
        "day",
    ),
    (
        "hour-in-the-evening-in-words",
        "They met until eight in the evening.",
        "eight in the evening",
        "TIME",
        "2016-09-30T20:00",
        "day",
    ),
    (
        "hour-and-minutes-at-night",
        "The polls shut at 11.30 at night.",
        "11.30 at night",
        "TIME",
        "2016-09-30T23:30",
        "day",
    ),
    (
        "hour-in-the-afternoon-on-a-day",
        "They met at 3 in the afternoon on Tuesday.",
        "3 in the afternoon on Tuesday",
        "TIME",
        "2016-09-27T15:00",
        "day",
    ),
    (
        "before-a-double-hyphen-dash",
        "They date from the early 20th century--the war years.",
        "the early 20th century",
        "DATE",
        "19",
        None,
    ),
    ("unit-abbreviation-yrs", "He served 10 yrs in jail.", "10 yrs", "DURATION", "P10Y", None),
    (
        "early-hours-of-the-morning",
        "The quake struck in the early hours of the morning.",
        "the early hours of the morning",
        "TIME",
        "2016-09-30TMO",
        "day",
    ),
    # Before a date only the date is tagged, as TimeML corpora have it.
    (
        "early-hours-of-a-weekday",
        "It hit in the early hours of Tuesday.",
        "Tuesday",
        "DATE",
        "2016-09-27",
        "day",
    ),
    (
        "early-hours",
        "He died in the early hours.",
        "the early hours",
        "TIME",
        "2016-09-30TMO",
        "day",
    ),
    (
        "24-hour-time-before-a-date",
        "At 23:48 1st Nov 2009, haufdeed wrote: I agree.",
        "23:48 1st Nov 2009",
        "TIME",
        "2009-11-01T23:48",
        "day",
    ),
    ("zone-et", "The speech ended at 5:08 PM ET.", "5:08 PM ET", "TIME", "2016-09-30T17:08", "day"),
    ("zone-ist", "It was sent at 11:31 pm IST.", "11:31 pm IST", "TIME", "2016-09-30T23:31", "day"),
    (
        "abbreviated-weekday-dateline",
        "CAIRO | Wed Apr 29, 2009 (Reuters) - Egypt ordered a cull.",
        "Wed Apr 29, 2009",
        "DATE",
        "2009-04-29",
        "day",
    ),
    (
        "abbreviated-weekday-day-month",
        "Posted Thu, 11 Jun 2009.",
        "Thu, 11 Jun 2009",
        "DATE",
        "2009-06-11",
        "day",
    ),
    (
        "fortnight-ago",
        "It happened a fortnight ago.",
        "a fortnight ago",
        "DATE",
        "2016-W37",
        "week",
    ),
    (
        "day-of-this-month",
        "The vote is on the 12th of this month.",
        "the 12th of this month",
        "DATE",
        "2016-09-12",
        "day",
    ),
    (
        "day-of-next-month",
        "Pay rises on the first of next month.",
        "the first of next month",
        "DATE",
        "2016-10-01",
        "day",
    ),
    (
        "day-before-a-weekday",
        "The day before last Tuesday's hearing, he went home.",
        "The day before last Tuesday",
        "DATE",
        "2016-09-26",
        "day",
    ),
    (
        "days-after-a-holiday",
        "Talks resume two days after Christmas.",
        "two days after Christmas",
        "DATE",
        "2016-12-27",
        "day",
    ),
    (
        "days-before-a-date",
        "He was warned 5 days before the 20 April explosion.",
        "5 days before the 20 April",
        "DATE",
        "2016-04-15",
        "day",
    ),
    (
        "week-before-last",
        "It fell the week before last.",
        "the week before last",
        "DATE",
        "2016-W37",
        "week",
    ),
    (
        "year-after-next",
        "It opens the year after next.",
        "the year after next",
        "DATE",
        "2018",
        "year",
    ),
    (
        "past-fortnight",
        "Cases doubled over the past fortnight.",
        "the past fortnight",
        "DURATION",
        "P2W",
        None,
    ),
    ("verb-last-is-no-modifier", "Talks last a week.", "a week", "DURATION", "P1W", None),
    (
        "month-of-last-year",
        "Al-Megrahi was released in August of last year.",
        "August of last year",
        "DATE",
        "2015-08",
        "month",
    ),
    (
        "day-of-next-year",
        "The talks resume on April 24 of next year.",
        "April 24 of next year",
        "DATE",
        "2017-04-24",
        "day",
    ),
    (
        "time-zone-glued",
        "The cap was removed at 1737GMT on Thursday.",
        "1737GMT on Thursday",
        "TIME",
        "2016-09-29T17:37",
        "day",
    ),
    (
        "time-zone-glued-year-like",
        "The film is on BBC One at 2030BST.",
        "2030BST",
        "TIME",
        "2016-09-30T20:30",
        "day",
    ),
    (
        "month-as-early-as-after-a-modal",
        "A vaccine could be ready as early as July.",
        "July",
        "DATE",
        "2017-07",
        "month",
    ),
    (
        "month-as-early-as-in-the-past",
        "As early as February, the tests were failing.",
        "February",
        "DATE",
        "2016-02",
        "month",
    ),
    (
        "day-as-early-as-in-the-past",
        "They knew of the flaws as early as March 8, before the blast.",
        "March 8",
        "DATE",
        "2016-03-08",
        "day",
    ),
    (
        "weekday-as-early-as-after-a-modal",
        "The cap could be placed as early as Wednesday.",
        "Wednesday",
        "DATE",
        "2016-10-05",
        "day",
    ),
    (
        "month-until-at-least",
        "The well will flow until at least November.",
        "November",
        "DATE",
        "2016-11",
        "month",
    ),
    (
        "month-come",
        "Voters will punish them come November.",
        "November",
        "DATE",
        "2016-11",
        "month",
    ),
    (
        "month-after-an",
        "Oil has gushed since an April explosion.",
        "April",
        "DATE",
        "2016-04",
        "month",
    ),
    (
        "month-before-a-name",
        "In December Barack Obama banned drilling.",
        "December",
        "DATE",
        "2015-12",
        "month",
    ),
    (
        "time-clause-with-a-longer-subject",
        "A plan was drawn up in case cases rise before a new flu helpline is opened in the spring.",
        "spring",
        "DATE",
        "2017-SP",
        "year",
    ),
    (
        "condition-clause-with-a-longer-subject",
        "The leak was capped, but it stops only when the two relief wells are finished in May.",
        "May",
        "DATE",
        "2017-05",
        "month",
    ),
    # A sentence ends at a period inside a closing quote: "would" before it is no cue.
    (
        "quote-closes-sentence",
        'It said the damage would be "slight." Allen said in an interview Thursday that it failed.',
        "Thursday",
        "DATE",
        "2016-09-29",
        "day",
    ),
    # A date opening its clause goes with the reporting verb, not with what was reported.
    (
        "fronted-date-said-would",
        "On Wednesday, the mayor said the city would close its schools.",
        "Wednesday",
        "DATE",
        "2016-09-28",
        "day",
    ),
    (
        "fronted-possessive-said-would",
        "In Wednesday's filing, the firm said it would waive the cap.",
        "Wednesday",
        "DATE",
        "2016-09-28",
        "day",
    ),
    (
        "chronology-says-is-to",
        "June 4 - The firm says it is to sell its stake.",
        "June 4",
        "DATE",
        "2016-06-04",
        "day",
    ),
    (
        "reporting-aside-is-no-verb",
        "Tuesday's talks, officials said, will settle the matter.",
        "Tuesday",
        "DATE",
        "2016-10-04",
        "day",
    ),
    (
        "reporting-after-quote-is-no-verb",
        '"In November the virus could spread north," he told reporters.',
        "November",
        "DATE",
        "2016-11",
        "month",
    ),
]


@pytest.mark.parametrize(
    ("sentence", "surface", "type_", "value", "granularity"),
    [pytest.param(*case[1:], id=case[0]) for case in RESOLVED],
)
def test_resolves(
    sentence: str, surface: str, type_: str, value: str, granularity: str | None
) -> None:
    found = only(sentence)
    assert (found.text, found.type.value, found.value) == (surface, type_, value)
    assert (found.period.granularity.value if found.period else None) == granularity
    assert sentence[found.start : found.end] == found.text


ANAPHORA = [
    # Alone, "the day before" counts from the date last mentioned.
    ("day-before-alone", "The truce began on Sept. 12. The day before, it rained.", "2016-09-11"),
    ("following-day", "The truce began on Sept. 12. The following day, it broke.", "2016-09-13"),
    ("two-days-later", "The truce began on Sept. 12. Two days later it broke.", "2016-09-14"),
    ("a-year-earlier", "Profit rose in the third quarter from a year earlier.", "2015-Q3"),
    ("that-year", "He arrived in 2012. That year the war spread.", "2012"),
    # Before a coarser reference is still within it, not the period before.
    ("a-day-earlier-than-a-year", "He arrived in 2012. A day earlier, it rained.", "2012"),
    (
        "quarter-ended-stays-the-topic",
        "In the quarter ended Sept. 30, profit rose from a year earlier.",
        "2015-Q3",
    ),
    (
        "months-ended-date-is-the-reference",
        "For the six months ended Aug. 12, profit rose from a year earlier.",
        "2015-08-12",
    ),
    (
        "that-same-day",
        "He was shot on Sept. 23. The site crossed him out that same day.",
        "2016-09-23",
    ),
    (
        "day-of-that-year",
        "He was refused in April 2009. He died on 25 June that year.",
        "2009-06-25",
    ),
    (
        "month-of-that-year",
        "SARS was declared in March 2003. By June of that year it waned.",
        "2003-06",
    ),
]


@pytest.mark.parametrize(("text", "value"), [pytest.param(*c[1:], id=c[0]) for c in ANAPHORA])
def test_anaphora_follow_the_date_last_mentioned(text: str, value: str) -> None:
    assert tag(text)[-1].value == value


# Ranges and lists: every expression, in order, as (surface text, value).
SEVERAL = [
    (
        "day-month-range-with-a-hyphen",
        "Week 9: 27 September-3 October schedules",
        [("27 September", "2016-09-27"), ("3 October", "2016-10-03")],
    ),
    (
        "time-range-shares-pm",
        "His nightly show (7-10pm) returns.",
        [("7", "2016-09-30T19:00"), ("10pm", "2016-09-30T22:00")],
    ),
    (
        "time-range-dotted",
        "2.45-5.00 pm BBC RADIO 5 LIVE",
        [("2.45", "2016-09-30T14:45"), ("5.00 pm", "2016-09-30T17:00")],
    ),
    (
        "time-range-from-to",
        "The office is open from 9 to 11 am for visitors.",
        [("9", "2016-09-30T09:00"), ("11 am", "2016-09-30T11:00")],
    ),
    (
        "time-range-between",
        "It is open between 2 and 4 p.m. for visitors.",
        [("2", "2016-09-30T14:00"), ("4 p.m.", "2016-09-30T16:00")],
    ),
    (
        "time-range-across-noon",
        "It runs 11-1 pm for visitors.",
        [("11", "2016-09-30T11:00"), ("1 pm", "2016-09-30T13:00")],
    ),
    (
        "counts-are-no-range-start",
        "He works the 2 and 4 pm shifts.",
        [("4 pm", "2016-09-30T16:00")],
    ),
    ("year-range-short", "A repeat of 1918-19 is unlikely.", [("1918", "1918"), ("19", "1919")]),
    ("year-range-long", "Spanish flu (1918-1920) was worse.", [("1918", "1918"), ("1920", "1920")]),
    ("year-range-century", "In the 1999-00 season it rained.", [("1999", "1999"), ("00", "2000")]),
    ("split-year", "The 2016/17 season was a success.", [("2016", "2016"), ("17", "2017")]),
    ("split-year-long", "The 1999/2000 budget was cut.", [("1999", "1999"), ("2000", "2000")]),
    (
        "abbreviated-weekdays-joined",
        "Talks ran Mon.-Wed. in Geneva.",
        [("Mon.", "2016-09-26"), ("Wed.", "2016-09-28")],
    ),
    (
        "abbreviated-sunday-before-a-time",
        "Polls close Sun. 8 p.m. sharp.",
        [("Sun.", "2016-10-02"), ("8 p.m.", "2016-10-02T20:00")],
    ),
    (
        "time-before-its-gmt",
        "The quake struck at 1653 (2153 GMT).",
        [("1653", "2016-09-30T16:53"), ("2153 GMT", "2016-09-30T21:53")],
    ),
    (
        "day-range-before-month",
        "The summit runs from 12-14 January in Davos.",
        [("12", "2017-01-12"), ("14 January", "2017-01-14")],
    ),
    (
        "day-range-after-month",
        "A poll taken April 21-27, 2009 found a majority.",
        [("April 21", "2009-04-21"), ("27, 2009", "2009-04-27")],
    ),
    (
        "day-range-weekdays",
        "Monday 12 to Friday 16 April 2010: the Book of the Week.",
        [("Monday 12", "2010-04-12"), ("Friday 16 April 2010", "2010-04-16")],
    ),
    (
        "day-range-between",
        "It peaked between 23 and 28 April.",
        [("23", "2016-04-23"), ("28 April", "2016-04-28")],
    ),
    (
        "day-pair-after-month",
        "The summit will be held on April 24 and 25 in Washington.",
        [("April 24", "2017-04-24"), ("25", "2017-04-25")],
    ),
    (
        "day-pair-ordinals-or",
        "The well should be reached December 14th or 15th.",
        [("December 14th", "2016-12-14"), ("15th", "2016-12-15")],
    ),
    (
        "day-pair-shares-a-year",
        "It was amended on 14 and 21 May 2010.",
        [("14", "2010-05-14"), ("21 May 2010", "2010-05-21")],
    ),
    (
        "count-after-a-day-is-no-day",
        "Police held 30 on April 24 and 25 others later.",
        [("April 24", "2016-04-24")],
    ),
    (
        "thousands-after-a-day-are-no-day",
        "On April 24 and 25,000 people marched.",
        [("April 24", "2016-04-24")],
    ),
    ("score-is-no-day-range", "Villa won 3-1 January's derby.", [("1 January", "2016-01-01")]),
    (
        "months-share-a-year",
        "Passengers flew in March and April of 2008.",
        [("March", "2008-03"), ("April of 2008", "2008-04")],
    ),
    (
        "month-range-shares-a-year",
        "Output fell between January and March 2003.",
        [("January", "2003-01"), ("March 2003", "2003-03")],
    ),
    (
        "months-share-a-relative-year",
        "It rained in June and July of last year.",
        [("June", "2015-06"), ("July of last year", "2015-07")],
    ),
    (
        "day-range-across-a-new-year",
        "Fees are frozen from December 1 until January 1, 2012.",
        [("December 1", "2011-12-01"), ("January 1, 2012", "2012-01-01")],
    ),
    (
        # A date opening its sentence takes the tense of the main verb after a long aside.
        "fronted-month-verb-after-an-aside",
        "In January, two weeks after the anniversary of the Supreme Court ruling on abortion"
        " in the case of Roe vs. Wade, a bomb at a clinic in Birmingham, Alabama, killed a guard.",
        [("January", "2016-01"), ("two weeks", "P2W")],
    ),
    (
        "today-is-no-shared-year",
        "He will retire on June 30, and today he told his staff.",
        [("June 30", "2017-06-30"), ("today", "2016-09-30")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [pytest.param(*c[1:], id=c[0]) for c in SEVERAL])
def test_finds_every_expression(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(e.text, e.value) for e in tag(text)] == expected


def test_a_time_takes_the_weekday_after_an_aside() -> None:
    found = tag("He was pulled out at 1422 local time (2022 GMT) on Saturday.")
    assert [(e.text, e.value) for e in found] == [
        ("1422 local time", "2016-09-24T14:22"),
        ("2022 GMT", "2016-09-24T20:22"),
        ("Saturday", "2016-09-24"),
    ]


NEVER_TAGGED = [
    ("decimal-percent", "Shares rose 4.15 percent."),
    ("morning-alone", "He is a morning person."),
    ("next-to-alone", "The plant stands next to the river."),
    ("may-modal", "Russia may respond in kind."),
    ("we-pronoun", "We cannot interpret this as anything else."),
    ("sat-verb", "He sat down with the envoy."),
    ("march-verb", "Thousands march on the capital."),
    ("march-verb-capitalised", "March on, they said; and March they did."),
    ("march-noun", "Thousands joined the March to the capital."),
    ("the-sun", "The Sun reported the talks."),
    ("dollars", "Shares rose $27 to close higher."),
    ("percent", "Turnout was 50% of voters."),
    ("one-of-the-four", "One of the four envoys left."),
    ("bare-number", "He counted 27 trucks and 1,998 crates."),
    ("year-looking-count", "The plant employs 2000 workers."),
    ("age", "The 6-year-old boy was rescued."),
    ("names", "April Smith and June Carter spoke."),
    ("tv-show", 'He said on "60 Minutes" that he would run.'),
    ("age-range", "Songs for 2 - 6 year olds and one to four year olds."),
    ("age-decade", "Most boys die in their late teens or early twenties."),
    ("ordinal-second", "It will be a second betrayal."),
    ("fraction-quarter", "Funds hold more than a quarter of the market."),
    ("quarterly-dividend", "It raised its quarterly dividend."),
    ("hours-count", "He served 1500 hours of community service."),
    ("half-hour", "She joins the show in the last half hour."),
    ("half-of-a-game", "They scored twice in the second half of the match."),
    ("half-of-a-programme", "Songs make up the first half of the program."),
    ("ordinal-after-a-count", "Thousands of Haitians spent a second night outside."),
    ("same-period-not-a-quarter", "Cases climbed eightfold over the same period."),
    ("newspaper-sunday", "The Sunday Times reported the talks."),
    ("programme-today", 'Suttles said on the NBC "Today" show.'),
    ("newspaper-today", "He wrote in USA Today that he would run."),
    ("newspaper-daily", "BP told the Anchorage Daily News about the leak."),
    ("report-weekly", "It is described in the Morbidity and Mortality Weekly Report."),
    ("programme-saturday", "Lenny Henry stars in the Saturday Play."),
    ("programme-now", "Stars will take part in the Hope for Haiti Now telethon."),
    ("award-of-the-year", "She won the BBC Young Musician of the Year award."),
    ("quoted-today", 'Obama was asked by NBC\'s "Today" about it.'),
    ("verse-number", "He read John 3:16 to them."),
    ("sat-sun-alone", "He sat in the Sun with Sat Singh and Wed."),
    ("price-range", "Tickets cost $1998-2005 each."),
    ("around-the-clock", "Rescuers worked around the clock."),
    ("six-o-clock-news", "It was the top story on the six o'clock news."),
    ("abbreviations-without-a-number", "Two Secs and the mins of the meeting."),
    ("night-of-something", "It was the night of terror, a morning to forget."),
    ("number-range-not-years", "It holds 2001-3000 people and 1998-1900 boxes."),
    ("scores-and-fractions", "They won 20-17 with 4/17 of the votes."),
    ("slash-years-not-consecutive", "The ratio 2016/2020 held."),
    ("sat-verb-with-period", "She sat. Then she left."),
    ("the-sun-with-period", "He told his story to The Sun."),
    ("doses-in-the-morning", "She took two in the morning and one at night."),
    ("score-in-the-afternoon", "He scored 2 in the afternoon session."),
    ("monmouthshire", "He lives in Abergavenny, Mon. with his wife."),
    ("name-like-abbreviation", "He spoke to Nguyen Thi Thu. She agreed."),
    ("revolution-named-after-a-month", "They studied the October Revolution."),
    ("now-and-then", "Every now and then they call, and now and again they write."),
    ("year-glued-to-a-name", "Then 1963Tiger wrote: what a mess."),
    ("year-glued-to-a-word", 'He asked "why?" 1701The reporter left.'),
]


@pytest.mark.parametrize("text", [pytest.param(c[1], id=c[0]) for c in NEVER_TAGGED])
def test_never_invents_dates(text: str) -> None:
    assert tag(text) == ()


@pytest.mark.parametrize(
    ("ended", "quarter"),
    [
        ("July 31", "2016-Q2"),
        ("Sept. 30", "2016-Q3"),
        ("Aug. 26", "2016-Q3"),
        ("Jan. 31", "2015-Q4"),
    ],
)
def test_a_quarter_ended_on_a_date_is_the_calendar_quarter_it_mostly_covers(
    ended: str, quarter: str
) -> None:
    # The three months up to the date: a fiscal quarter ended July 31 is mostly the second.
    found = tag(f"In the quarter ended {ended}, sales rose.")
    assert (found[0].text, found[0].value) == ("the quarter", quarter)


def test_the_1990s_is_a_decade_not_a_year() -> None:
    assert [e.value for e in tag("Growth slowed in the 1990s.")] == ["199"]


def test_month_precise_publication_bounds_a_weekday() -> None:
    found = only("On Thursday, rebels announced gains.", "2016-09")
    assert found.value == "XXXX-WXX-4"
    assert found.weekday == 4
    assert found.period == Period.from_iso("2016-09")
    assert "known only to 2016-09" in found.anchor


def test_this_time_last_year_keeps_the_precision_of_publication() -> None:
    found = only("Prices were higher this time last year.", "2016-09")
    assert (found.value, found.period) == ("2015-09", Period.from_iso("2015-09"))


def test_a_leap_day_without_its_year_in_a_year_without_one_is_left_unknown() -> None:
    found = only("The vote on February 29 was close.", "2010-05-05")
    assert (found.value, found.period) == ("XXXX-02-29", None)
    assert "no 29 February" in found.anchor


def test_a_leap_day_takes_the_year_of_the_date_joined_to_it() -> None:
    first, last = tag("Talks ran from February 29 to March 1, 2000.", "2010-05-05")
    assert (first.value, last.value) == ("2000-02-29", "2000-03-01")


def test_no_publication_date_leaves_relative_expressions_unanchored() -> None:
    thursday, month = tag("The Kremlin vowed on Thursday to press on this month.", None)
    assert (thursday.value, thursday.period) == ("XXXX-WXX-4", None)
    assert (month.value, month.period) == ("XXXX-XX", None)
    assert thursday.anchor == "no publication date to anchor to"


def test_absolute_dates_need_no_publication_date() -> None:
    assert only("It began on 12 September 2016.", None).value == "2016-09-12"


@pytest.mark.parametrize(
    ("text", "names_date"),
    [
        ("It began on 12 September 2016.", True),
        ("It began on Sept. 12.", True),
        ("It began on 9/12/16.", True),
        ("It began on Monday, Sept. 12.", True),
        ("It began in September 2016.", True),
        ("It began in 2015.", True),
        ("It began on Thursday.", False),
        ("It began yesterday.", False),
        ("It began two days ago.", False),
        ("It began last month.", False),
    ],
)
def test_an_expression_says_whether_it_writes_out_its_date(text: str, names_date: bool) -> None:
    assert only(text).names_date is names_date


def test_anchor_explains_weekday_and_tense() -> None:
    assert only("The Kremlin vowed on Thursday to press on.").anchor == (
        "weekday before publication 2016-09-30, past tense"
    )


def test_offsets_point_into_text_as_given() -> None:
    text = "  \u201cOn Thursday\u201d \u2014 caf\u00e9 talks; last week too.  "
    for found in tag(text):
        assert text[found.start : found.end] == found.text


# --- properties ---------------------------------------------------------------------------

_VALUE = re.compile(
    r"^(?:PRESENT_REF|PAST_REF|FUTURE_REF"
    r"|P(?:T?(?:X|\d+(?:\.\d+)?)[YMWDHSQECL]|\d+Y\d+M|T\d+M\d+S|T\d+H\d+M|\d+DT\d+H)+"
    r"|[\dX]{2,4}(?:-(?:[\dX]{2}|W[\dX]{2}|Q[\dX]|H[12]|SP|SU|FA|WI)"
    r"(?:-(?:[\dX]{2}|[1-7]|WE))?)?(?:T(?:\d\d(?::\d\d)?|MO|AF|EV|NI))?"
    r"|XXXX-WXX-[1-7](?:T(?:MO|AF|EV|NI))?)$"
)

_WORDS = st.sampled_from(
    [
        "on",
        "Thursday",
        "last",
        "week",
        "the",
        "may",
        "We",
        "March",
        "27",
        "$27",
        "50%",
        "1990s",
        "1998",
        "Sept.",
        "12",
        ",",
        ".",
        "ago",
        "two",
        "years",
        "next",
        "month",
        "this",
        "quarter",
        "early",
        "late",
        "mid-",
        "every",
        "daily",
        "now",
        "recently",
        "Christmas",
        "3",
        "p.m.",
        "and",
        "said",
        "decades",
        "centuries",
        "for",
        "will",
        "the",
        "third",
        "quarter",
        "a",
        "year",
        "earlier",
        "9/12/16",
        "weekend",
        "Tues.",
        "Sun.",
        "Sat.",
        "Mon.-Fri.",
        "FY2016",
        "FY16",
        "Q3",
        "2016/17",
        "1999/2000",
        "time",
        "night",
    ]
)


@st.composite
def news_like(draw: st.DrawFn) -> str:
    words = draw(st.lists(_WORDS | st.text(max_size=6), max_size=30))
    return " ".join(words)


@settings(max_examples=200, deadline=None)
@given(text=news_like(), published=st.none() | st.dates(dt.date(1950, 1, 1), dt.date(2050, 12, 31)))
def test_random_text_yields_valid_expressions(text: str, published: dt.date | None) -> None:
    found = find_time_expressions(text, Period.day(published) if published else None)
    previous_end = 0
    for e in found:
        assert 0 <= e.start < e.end <= len(text)
        assert e.start >= previous_end
        previous_end = e.end
        assert text[e.start : e.end] == e.text
        assert _VALUE.match(e.value), e.value
        if e.period is not None and re.match(r"^\d{4}-\d\d-\d\d", e.value):
            assert e.period.contains(dt.date.fromisoformat(e.value[:10]))


@settings(max_examples=100, deadline=None)
@given(
    published=st.dates(dt.date(1950, 1, 1), dt.date(2050, 12, 31)),
    phrase=st.sampled_from(["this week", "last month", "next year", "this quarter", "yesterday"]),
)
def test_relative_periods_have_their_granularity(published: dt.date, phrase: str) -> None:
    found = only(f"It happened {phrase}.", published.isoformat())
    assert found.period is not None
    expected = {
        "this week": Granularity.WEEK,
        "last month": Granularity.MONTH,
        "next year": Granularity.YEAR,
        "this quarter": Granularity.QUARTER,
        "yesterday": Granularity.DAY,
    }[phrase]
    assert found.period.granularity is expected
    assert found.value == found.period.iso()


@settings(max_examples=100, deadline=None)
@given(published=st.dates(dt.date(1950, 1, 8), dt.date(2050, 12, 24)), weekday=st.integers(1, 7))
def test_past_weekday_is_within_the_week_before_publication(
    published: dt.date, weekday: int
) -> None:
    name = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"][
        weekday - 1
    ]
    found = only(f"The envoy arrived on {name}.", published.isoformat())
    day = dt.date.fromisoformat(found.value)
    assert day.isoweekday() == weekday
    assert 0 <= (published - day).days <= 6


_MONTH_NAMES = [dt.date(2000, m, 1).strftime("%B") for m in range(1, 13)]


@settings(max_examples=150, deadline=None)
@given(
    published=st.dates(dt.date(1950, 1, 1), dt.date(2050, 12, 31)),
    first=st.dates(dt.date(1960, 1, 1), dt.date(2040, 12, 31)),
    days=st.integers(1, 300),
    join=st.sampled_from(["to", "until", "and", "through", "-"]),
)
def test_a_range_written_with_one_year_is_in_order_in_that_year(
    published: dt.date, first: dt.date, days: int, join: str
) -> None:
    last = first + dt.timedelta(days=days)
    start = f"{_MONTH_NAMES[first.month - 1]} {first.day}"
    end = f"{_MONTH_NAMES[last.month - 1]} {last.day}, {last.year}"
    found = tag(f"Talks ran from {start} {join} {end}.", published.isoformat())
    assert [e.text for e in found] == [start, end]
    assert [e.value for e in found] == [first.isoformat(), last.isoformat()]
