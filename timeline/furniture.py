"""Web-page furniture glued to a story: where it ends, and what it is.

Scraped news pages glue their headers to the story: a byline, a place and a
time stamp before a wire dateline ("WASHINGTON | Tue Apr 21, 2009 10:19 pm
BST WASHINGTON (Reuters) - "), a page's time stamp between headline and body
("Friday 28 May 2010 10.27 BST", "Last updated at 22:17 GMT"), a byline or a
reporter's credit that names the place reported from, ending where the page shows
the place does ("By David Willis BBC News, Los Angeles", "Mark Doyle, BBC News,
Haiti", "Newsbeat US reporter in Los Angeles"; ``_place_end``), a dateline in
capitals ("NEW ORLEANS--"), a live blog's headline ("... faces Congress - as it
happened"), a picture's caption and credit ("... Photograph:
Gerald Herbert/AP", "(AP Photo)"), headlines, captions or standfirsts with no
full stop before the lead ("... sleep on streets The storm ..."), the
entries of a chronology run together ("... fails to cap leak 2 June: US
government begins ..."), and a fact box of labels and values glued to the
sentence after it ("Born: August 29, 1958 Also known as: The King of Pop
Biggest hits: Thriller, Bad He told ...", ``fact_box_ends``).
Segmentation cuts a sentence where these end (``header_cuts``,
``top_of_page_cuts``, ``fact_box_ends``), and the pieces cut off are residue
(``is_page_header``), as are captions that say they describe a picture or
where the people in it stand ("Prince (l), ...", ``is_picture_caption``).
Readers' comments under an article are not reporting either
(``comments_start``).

At the top of the page, where headlines, captions and standfirsts are glued to
the lead, a sentence also starts at any capitalised word after a lower-case
content word, a day or month, or the year of a date after a lower-case word ("...
to cap Gulf of Mexico oil leak The US Coast
Guard ...", "... Your stories Wednesday 13 January It is feared ...",
"... dies in hospital Pop star Michael Jackson ..."), if the page never writes
that word capitalised after a lower-case word (a name) and writes it in lower
case elsewhere (before a lower-case content word, capitals before a name and at
a sentence's start aside: "... agreed President talks tough ..."); or at an
opening word before a name ("... crisis talks The White House meeting ..."), if
the page writes that name after the word in lower case elsewhere ("the White
House"), so the two are no title ("The Associated Press");
or where the lead restates the header's opening words, names and all ("BP has
faced mounting criticism for its handling of the crisis BP has denied ...",
``restated_openings``); or at a name and a verb after a place ("... camps in
Port-au-Prince Haiti is planning ...", ``_names_glued``).
Anywhere on the page, a sentence starts at an opening word before a lower-case
word ("... sleep on streets The storm left ..."), after a lower-case content word,
a day or month, a pronoun or adverb that ends a clause ("... fending for themselves
Nearly a week ...", "... declared over A 23-year-old ..."), a closing quotation
mark ("... death toll ` may be 50,000' On the ground ..."), or a name of one to
three words after a lower-case word ("... the people of Haiti There are ...", "...
in downtown Los Angeles The judge ..."), unless the opening word is a letter that
labels what comes before it ("influenza A virus", "Texas A and M").
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable

import punkt
from punkt.rules.orthography import OrthoContext

from timeline.terms import is_stop_word

# The patterns below open with a literal, not \b, so that re can skip ahead to it (40x faster).
_WIRE = r"\((?:Reuters|AP|AFP|UPI|Bloomberg|dpa|Xinhua|PA|CNN)\)"
# "WASHINGTON (Reuters) - ", "(AP)--": anywhere with a dash; "(AP) " alone only opening a sentence.
_WIRE_DATELINE = re.compile(rf"{_WIRE}(?:\s*(?:-{{1,2}}|—|–|_)\s*(?=\S)|(?P<bare>\s+(?=[A-Z])))")
_ENDS_WITH_DATELINE = re.compile(rf"{_WIRE}\s*(?:-{{1,2}}|—|–|_)?\s*$")
_MONTH = "January|February|March|April|May|June|July|August|September|October|November|December"
_WEEKDAY = "(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_ZONE = "(?:[ECMP][SD]T|GMT|UTC|BST|CET|CEST)"
# "Friday 28 May 2010 10.27 BST", "Thursday, May 6, 2010; 11:30 AM", "Last updated at 22:17 GMT",
# "Last updated: 14 January, 2010 - 17:26 GMT", "Last updated at 06:28".
_DATED_STAMP = (
    rf"{_WEEKDAY}(?: \d{{1,2}} (?:{_MONTH}) \d{{4}} \d{{1,2}}[.:]\d\d {_ZONE}"
    rf"|, (?:{_MONTH}) \d{{1,2}}, \d{{4}}; \d{{1,2}}:\d\d [AP]M)"
)
# The BBC's video pages follow the stamp with their player's "Help" link.
_UPDATED_STAMP = (
    rf"Last updated(?: at|:(?: \d{{1,2}} (?:{_MONTH}),? \d{{4}} -)?) \d\d:\d\d(?: {_ZONE})?"
    r"(?: Help(?= [A-Z]|$))?"
)
# The BBC's older pages: "Page last updated at 08:58 GMT, Thursday, 24 June 2010 09:58 UK".
_PAGE_UPDATED_STAMP = (
    rf"Page last updated at \d\d:\d\d {_ZONE}, {_WEEKDAY}, \d{{1,2}} (?:{_MONTH}) \d{{4}}"
    r"(?: \d\d:\d\d UK)?"
)
_PAGE_STAMP = re.compile(f"{_DATED_STAMP}|{_UPDATED_STAMP}|{_PAGE_UPDATED_STAMP}")
# Each kind separately: one pattern opening with either would not skip ahead (5x slower).
_PAGE_STAMPS_INSIDE = tuple(
    re.compile(rf"{stamp}(?=\s+[A-Z(])")
    for stamp in (_DATED_STAMP, _UPDATED_STAMP, _PAGE_UPDATED_STAMP)
)
_AGENCY = r"(?:AP|AFP|Reuters|EPA|PA|Getty\s+Images|Rex\s+Features|Bloomberg|Corbis|Alamy)"
# A dateline in capitals before a double hyphen or a dash: "NEW ORLEANS--", "PORT
# FOURCHON, LA.--", "VENICE, Louisiana--", "DAMASCUS — ". Found from the hyphens or the
# dash, then checked on the words before them.
_DATELINE_DASH = re.compile(r"(?:--|—|–)\s?(?=[A-Z\"“])")
_CAPITALS_PLACE = (
    r"(?:[A-Z][A-Z.'&-]+ )*[A-Z][A-Z.'&-]+(?:, [A-Z][A-Za-z]*\.?(?: [A-Z][a-z]*\.?)?)?"
)
_PLACE_BEFORE = re.compile(rf"{_CAPITALS_PLACE} ?$")
_ENDS_WITH_PLACE_DATELINE = re.compile(rf"{_CAPITALS_PLACE} ?(?:--|—|–)$")
# A bracketed picture credit: "(AP Photo)", "(AP Photo/Patrick Semansky)", "(White House Photo by
# Pete Souza)".
_BRACKETED_CREDIT = re.compile(
    r"\((?:[A-Z][\w.]*\s){0,4}Photo(?:\s?\\?/\s?[^()]{1,40}|\s+by\s+[^()]{1,40})?\)"
)
# A picture's caption ends with its credit: "... Photograph: Gerald Herbert/AP".
_PHOTO_CREDIT = re.compile(
    rf"(?:Photograph|Photo|Picture)s?:\s+(?:[A-Z][\w.'-]*\s+){{0,3}}?"
    rf"(?:[\w.' -]{{0,40}}?\\?/)*(?i:{_AGENCY})(?=\s|$)"
)

# A picture's caption that says so: "... in this handout photograph taken on April 21", "In this
# image made from video provided by BP, ...", "This Sept. 2010 photo provided by NOAA shows ...",
# "This official White House photograph is being made available only for publication ...".
_PICTURE = r"(?:photo|photograph|image|picture|frame grab|video grab)s?"
_PICTURE_CAPTION = re.compile(
    rf"(?i:in) this (?:[\w.,'’-]+ ){{0,5}}?{_PICTURE}(?![\w-])"
    rf"|{_PICTURE} (?:provided|released|supplied) by [^.]{{1,80}}? shows "
    rf"|{_PICTURE} (?:is|are) being made available only for "
)
# A caption says where a person stands in the picture, after the name: "Prince (l), Paris
# and ...", "Rahm Emanuel, (l), and ...", "Margaret Chan (C) during a visit". Not a party
# ("Gov. Bobby Jindal (R) said"), a copyright sign ("(c) 2010"), a list's label ("... and
# (c) Thomas"), nor "(pictured)", which reporting uses too ("Dr Patton (pictured), responded
# to ...").
_POSITION = re.compile(
    r"\((?:[lrcLC]|left|right|centre|center|top|bottom|far left|far right|front|back)\)"
)
# A position set off by commas after a name: "Tony Hayward, left, listens to ...".
_COMMA_POSITION = re.compile(
    r"(?<=[a-z]), (?:left|right|centre|center|top|bottom|(?:second|far) (?:left|right)), "
)
_READING_ORDER = re.compile(r"\((?:[lL]-[rR]|[rR]-[lL]|from left|from right|left to right)\)")
_NAME_BEFORE = re.compile(r"(?<![\w'’.-])[A-Z][\w'’.-]*(?P<comma>,)? $")
# A BBC byline: "By Richard Black Environment correspondent, BBC News", "By Robyn Bresnahan
# BBC News", "By Jamie Robertson Presenter, BBC World News", opening the page or a line, or
# after a headline ("... BP backlash By Russell Hotten Business reporter, BBC News British
# industry ..."). One that names a place after a comma ("BBC News, Los Angeles") ends where
# the place does (``_PLACE_CREDIT``).
_BBC_NAMES = r" News| World News| World Service| Panorama| Newsnight"
_BBC_BYLINE = re.compile(
    rf"By [A-Z][^.\n,]{{1,40}}?(?:, )?BBC(?:{_BBC_NAMES}| NI business reporter)?+"
    r"(?P<place>,)?(?=\s+[A-Z\"“])"
)
# A byline of two or more people, with no outlet, glued to what follows: "By Lisa Rein and
# Ed O'Keefe BP has reimbursed ...". Each name is two capitalised words, or three with an
# initial ("Steven E. Levingston"): a longer name would be cut after its second word.
_PERSON = r"[A-Z][\w'’-]+ (?:[A-Z]\. )?[A-Z][\w'’-]+"
_NAMES_BYLINE = re.compile(rf"By (?:{_PERSON}, )*{_PERSON},? and {_PERSON}(?= [A-Z\"“])")
# A credit that names the outlet and then the place reported from, glued to a caption or to
# the story: "By David Willis BBC News, Los Angeles Michael Jackson died in June 2009 ...",
# "Science reporter, BBC News, Lake Baikal The subs ...", a correspondent's box in the body
# ("Mark Doyle, BBC News, Haiti The scene ..."). Found from the outlet, then checked for a
# name or a role before it (not "Speaking to the BBC World Service, Mr Saqib said").
_OUTLET = rf"BBC(?:{_BBC_NAMES})?"
_PLACE_CREDIT = re.compile(rf"{_OUTLET}, (?=[A-Z])")
_ENDS_WITH_OUTLET = re.compile(rf"{_OUTLET}, $")
_CREDITED = re.compile(
    r"(?<![\w'’-])(?:[A-Z][\w'’-]*|reporter|correspondent|editor|presenter|producer),? $"
)
# A reporter's credit with the place, left opening a line when the name was lost: "Newsbeat
# US reporter in Los Angeles It had just gone 11am ...", not "A BBC correspondent in Santo
# Domingo said ...".
_REPORTER_IN_PLACE = re.compile(
    r"(?:BBC(?: News)?|Newsbeat)(?: [A-Z]\w*)? (?:reporter|correspondent) in (?=[A-Z])"
)
# A word of a place's name ("Port-au-Prince", "Lake Baikal") or of a person's.
_CAPITALISED_WORD = re.compile(r"[A-Z][\w'’-]*")
# What may follow the end of a place: the end of the line, or a space before a sentence.
_SENTENCE_AFTER = re.compile(r"\s*$|\n| (?![a-z,;])")
PLACE_WORDS = 5
"""How many capitalised words after a credit's outlet are looked at for the place."""
# A list's bullet before a capitalised item: "... fatal swine flu outbreak * New mixture of
# viruses ...", "• Hotels and cruise ship operators ..." (scraped text escapes "*" as "\*").
# Not a starred word ("it * will * be").
_BULLET = re.compile(r"(?:\\\*|\*|•) (?=[A-Z\"“])")
# A fact box: two or more short labels, each a capitalised word and up to three more before a
# colon, with their values ("Born: August 29, 1958, Gary, Indiana Also known as: The King of
# Pop Biggest hits: Thriller, Bad"). No label holds a digit or a day or month, so a
# chronology's entries ("2 June: ...", "April 28: ...") and a live blog's times ("1003: ...")
# are none, nor are a live blog's "Noon ET:" and "Monday:"; nor is a one-letter "Q:" or
# "A:", nor a speaker's name in capitals in a transcript ("PALIN: Well, ..."). A value opens
# with a capital or a number, so a colon before a quote ('He said: "...') or a clause ("Not
# so fast: the ...") opens no value.
_FACT_LABEL = re.compile(r"(?<![\w'’-])[A-Z][A-Za-z'’-]+(?: [A-Za-z'’-]+){0,3}: (?=[A-Z0-9$£€])")
_TIME_IN_LABEL = re.compile(
    rf"\b(?:{_MONTH}|{_WEEKDAY}|Noon|Midnight|[ECMP][SD]?T|GMT|UTC|BST|CET|CEST)\b"
)
_NON_SPACE = re.compile(r"\S+")
# A live blog's headline ends with a dash and "as it happened" or "live", glued to the
# standfirst ("BP boss faces Congress - as it happened BP's chief executive is grilled ...").
_LIVE_BLOG_HEADLINE = re.compile(r"(?<= )[-–—] (?:as it happened|live)(?= [A-Z\"“])")
# A web server's failed include, left in the page: "(an error occurred while processing this
# directive)".
_SERVER_ERROR = re.compile(r"[(\[]an error occurred while processing this directive[)\]]")
_ENDS_WITH_CREDIT = re.compile(rf"(?:{_PHOTO_CREDIT.pattern}|{_BRACKETED_CREDIT.pattern})\s*$")
# A sentence glued to a headline or caption with no full stop between them: a capitalised word
# that opens sentences ("The", "Thousands of ...", "Nearly a week ...") and is never part of a
# name, before a lower-case word or a number ("About 300 people ...", "A 23-month-old ...",
# "More than 2,000 ...").
_OPENERS = (
    "The",
    "A",
    "An",
    "It",
    "He",
    "She",
    "They",
    "We",
    "This",
    "These",
    "There",
    "His",
    "Her",
    "Their",
    "Its",
    "Many",
    "Some",
    "Most",
    "But",
    "As",
    "In",
    "On",
    "At",
    "If",
    "When",
    "While",
    "After",
    "Despite",
    "Thousands",
    "Hundreds",
    "Dozens",
    "Millions",
    "Tens",
    "Scores",
    "Several",
    "Nearly",
    "Almost",
    "About",
    "Another",
    "More",
    "With",
)
# Pronouns that end a clause, and so a headline or caption ("... fending for themselves").
_ENDING_PRONOUNS = frozenset(["them", "themselves", "himself", "herself", "itself", "us", "him"])
# Stop words that can end a clause, and so a headline or caption ("... find their relatives
# too The ...", "... operation declared over A 23-year-old ..."), unlike "the" or "of".
_ENDING_ADVERBS = frozenset(
    [
        "too",
        "again",
        "here",
        "now",
        "yet",
        "instead",
        "anyway",
        "either",
        "also",
        "alone",
        "together",
        "though",
        "over",
        "up",
        "down",
        "out",
        "off",
        "away",
    ]
)
# Particles that end a clause only before an opener and a lower-case word ("... so the aid
# agencies can go in The nine volunteers ..."); before a name or a date they lead into it
# ("... this query in May 2010", "... in Mexico City").
_ENDING_PARTICLES = frozenset(["in", "on"])
# Words on sumy's stop-word list that are nouns, adjectives or participles, and so can end a
# headline or caption ("... what BP should have done This morning ...").
_ENDING_CONTENT_WORDS = frozenset(
    [
        "way",
        "changes",
        "course",
        "value",
        "name",
        "available",
        "possible",
        "necessary",
        "serious",
        "sorry",
        "sure",
        "welcome",
        "later",
        "soon",
        "best",
        "better",
        "old",
        "done",
        "gone",
        "used",
        "useful",
        "ignored",
        "described",
        "known",
        "seen",
        "taken",
        "kept",
        "sent",
        "placed",
        "followed",
        "tried",
        "appropriate",
        "immediate",
        "novel",
        "whole",
    ]
)
# Verbs on that list that end a headline as nouns, after a word that introduces a noun
# ("... plead for help The Red Cross estimates ...", not "... ready to help Haiti Taylor").
_ENDING_NOUNS = frozenset(["help", "need", "use"])
_INTO_A_NOUN = frozenset(["for", "of", "in", "no", "the", "more", "any", "some", "much"])
# "Up" opens a lead only before "to" and a number ("... food and water Up to 10,000 US
# troops ..."); elsewhere it is part of a name ("Scrub Up taps").
_GLUED_OPENING = re.compile(rf"(?:{'|'.join(_OPENERS)}) (?=[a-z]|\d)|Up (?=to \d)")
# Words that open a sentence by setting its place or time before a name and a comma:
# "... for Haiti's displaced In Haiti, easing the gridlock ...", "... the debris For
# Haitians, there is ...".
_SETTING_OPENERS = (
    *("In", "On", "At", "For", "From", "After", "Before", "During", "Since"),
    *("When", "While", "As", "Despite", "With", "Across", "Outside", "Inside"),
)
_SETTING_BEFORE_A_NAME = re.compile(
    rf"(?:{'|'.join(_SETTING_OPENERS)}) (?=[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){{0,2}},)"
)
_INTO_A_PLACE = frozenset(["to", "in", "into", "from", "at", "of", "near", "across", "for"])
# A quotation mark of any kind; "`", "‘" and "“" only open a quotation.
_QUOTE_MARK = re.compile("[\"“”`‘’']")
_CLOSING_SINGLE_QUOTE = re.compile(r"(?<=\w)['’] (?=[A-Z\"“])")
QUOTE_REACH = 300
"""How many characters before a closing quotation mark are looked at for its opening one."""
# Nouns that take a letter as a label ("influenza A virus", "type A flu", "plan A").
_LETTER_LABELS = frozenset(
    [
        "type",
        "influenza",
        "hepatitis",
        "vitamin",
        "plan",
        "grade",
        "class",
        "category",
        "group",
        "section",
        "part",
        "phase",
        "level",
        "division",
        "exhibit",
        "annex",
        "appendix",
        "schedule",
        "series",
    ]
)

# A chronology's entry glued to the text before it: "... badly affected 1957: Asian flu
# killed ...", "... fails to cap leak 2 June: US government begins ...". Found from the colon,
# then checked for a date before it.
_COLON_BEFORE_CAPITAL = re.compile(r": (?=[A-Z\"“])")
_YEAR = r"(?:1[89]|20)\d\d"
# A chronology's entry headed by a full date and no colon: "28 June 2009 Los Angeles police
# interview Dr Murray ...", "July 28, 2009 Dr Murray's home ...". A page needs this many
# sentences opening with one to count as a chronology.
_DATE_HEADING = re.compile(
    rf"(?<![\w,])(?:\d{{1,2}} (?:{_MONTH})|(?:{_MONTH}) \d{{1,2}},) {_YEAR} (?=[A-Z\"“])"
)
DATED_ENTRIES = 3
# A date inside a headline or caption, after a lower-case word: "... died in June 2009",
# "... died on 25 June 2009", "... on May 5, 2010".
_DATE_AFTER_A_WORD = re.compile(
    rf"(?<![\w'’-])[a-z]+ (?:\d{{1,2}} )?(?:{_MONTH})(?: \d{{1,2}},)? {_YEAR}$"
)
_DATE_BEFORE_COLON = re.compile(
    rf"(?:(?:early|late|mid-?) )?"
    rf"(?:{_YEAR}|(?:{_MONTH})(?: \d{{1,2}},?)?(?: {_YEAR})?|\d{{1,2}} (?:{_MONTH})(?: {_YEAR})?)$"
)

# At the top of a page: a capitalised word after a lower-case word or a closing quote. The
# word is only looked ahead at, so that a word right after it is seen too ("... 15 January
# Up to ...", "... arrive in Haiti The Democratic Republic ...").
_CAPITALISED_AFTER_LOWER = re.compile(r"[a-z0-9][\"”’']? (?=([A-Z][a-z]*) (\S))")
_CALENDAR_WORDS = f"{_MONTH}|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday".split("|")
_NAME = re.compile(r"[A-Z][\w'’-]*")
_WORD = re.compile(r"[^\s,.:;]+")
# A capitalised word and the space after it, as in a title before a name ("US President").
_TITLE_WORD = re.compile(r"[A-Z][\w'’.-]* ")
# A capitalised word after a word, as after a title or the first word of a name.
_BEFORE_A_NAME = re.compile(r" [A-Z][a-z]")
_CAPITAL_AFTER = re.compile(r" [A-Z\"“]")
_WORD_BEFORE_CAPITAL = re.compile(r"[a-z0-9][\"”’')]? (?=[A-Z])")
# Lower-case words that make a name after them part of the same phrase, so it opens no
# new sentence: a person's or a body's role ("her brother Michael Jackson", "the charity
# World Vision"), a word that introduces a title ("entitled Michael Jackson's Autopsy"),
# or "the" ("the Deepwater Horizon").
_INTO_A_NAME = frozenset(
    [
        "the",
        "brother",
        "sister",
        "son",
        "daughter",
        "wife",
        "husband",
        "mother",
        "father",
        "uncle",
        "aunt",
        "cousin",
        "friend",
        "star",
        "singer",
        "actor",
        "actress",
        "mogul",
        "legend",
        "icon",
        "chief",
        "boss",
        "president",
        "minister",
        "secretary",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "director",
        "doctor",
        "physician",
        "lawyer",
        "attorney",
        "judge",
        "governor",
        "senator",
        "congressman",
        "congresswoman",
        "leader",
        "executive",
        "chairman",
        "chairwoman",
        "correspondent",
        "editor",
        "reporter",
        "author",
        "presenter",
        "host",
        "charity",
        "group",
        "company",
        "firm",
        "rival",
        "partner",
        "colleague",
        "manager",
        "coach",
        "player",
        "captain",
        "commander",
        "general",
        "official",
        "officer",
        "envoy",
        "ambassador",
        "adviser",
        "advisor",
        "administrator",
        "analyst",
        "professor",
        "scientist",
        "expert",
        "founder",
        "owner",
        "producer",
        "rapper",
        "band",
        "entitled",
        "called",
        "named",
        "dubbed",
    ]
)
# A place after "in", a one-word name and a verb: "... in Port-au-Prince Haiti is planning".
_NAMES_BEFORE_A_VERB = re.compile(
    r"(?<![\w'’-])in (?P<first>[A-Z][\w-]*[a-z]) (?=(?P<second>[A-Z][\w-]*[a-z])"
    r" (?:is|was|are|were|has|have|had|says|said|will|would|can|could|may|must) )"
)
TOP_OF_PAGE = 1000
"""How many characters of a page's first sentence may hold a headline, caption or standfirst."""

# The header of a reader's comment on a news page: "At 12:19 26th Apr 2009, Jim213 wrote:",
# "At 2:40 pm on 28 May 2010, richard33p wrote:", and the stamp of the BBC's debate pages,
# "Added: Tuesday, 19 January, 2010, 18:32 GMT".
_COMMENT_HEADER = re.compile(
    r"At\s+\d{1,2}[:.]\d\d\b[^,\n]{0,30},\s+[^\s,]+\s+wrote:"
    rf"|Added: {_WEEKDAY}, \d{{1,2}} (?:{_MONTH}), \d{{4}}, \d\d:\d\d GMT"
)


def comments_start(text: str) -> int:
    """Where the readers' comments under a web article begin, or ``len(text)``.

    What readers wrote is neither reporting nor a sign of which dates matter.
    """
    found = _COMMENT_HEADER.search(text)
    return found.start() if found else len(text)


def is_page_header(text: str) -> bool:
    """Whether ``text`` is page furniture that segmentation cut off: a header ending in
    a wire-service dateline, a caption ending in its picture credit, or a page's time
    stamp alone."""
    return (
        _ENDS_WITH_DATELINE.search(text) is not None
        or _PAGE_STAMP.fullmatch(text) is not None
        or _ENDS_WITH_CREDIT.search(text) is not None
        or _SERVER_ERROR.fullmatch(text) is not None
        or (text.endswith(("--", "—", "–")) and _ENDS_WITH_PLACE_DATELINE.search(text) is not None)
        or len(_fact_box_labels(text, 0, len(text))) >= 2
    )


def is_picture_caption(text: str) -> bool:
    """Whether ``text`` describes a picture ("... in this handout photograph taken on
    April 21", "This photo provided by NOAA shows ...") or says where the people in it
    stand ("Prince (l) and Paris ...", "Tony Hayward, left, listens ...", "Oil company
    executives (L-R) ExxonMobil Chairman ..."): a caption, not reporting."""
    return (
        _PICTURE_CAPTION.search(text) is not None
        or _READING_ORDER.search(text) is not None
        or any(_marks_a_position(text, m) for m in _POSITION.finditer(text))
        or any(_after_a_name(text, m.start()) for m in _COMMA_POSITION.finditer(text))
    )


def _after_a_name(text: str, at: int) -> bool:
    """Whether a capitalised word of a name ends at ``at`` ("Tony Hayward")."""
    return _NAME_BEFORE.search(text, max(0, at - 40), at + 2) is not None


def _marks_a_position(text: str, position: re.Match[str]) -> bool:
    """Whether ``position`` ("(l)", "(right)") follows a name and so says where that
    person stands in a picture: right after it ("Prince (l) and ..."), or set off by
    commas on both sides ("Rahm Emanuel, (l), and ...")."""
    name = _NAME_BEFORE.search(text, max(0, position.start() - 40), position.start())
    if name is None or text[position.end() : position.end() + 2].strip()[:1].isdigit():
        return False
    return not name.group("comma") or text.startswith(",", position.end())


def header_cuts(text: str) -> tuple[list[int], dict[int, int]]:
    """Where page headers end in ``text``: after wire datelines and picture credits, and
    around page time stamps; and, by the offset they open at, the ends of bare "(AP) "
    datelines, which count only where a sentence opens with them."""
    cuts: set[int] = set()
    opening: dict[int, int] = {}
    for m in _WIRE_DATELINE.finditer(text):
        if m.group("bare"):
            opening[m.start()] = m.end()
        else:
            cuts.add(m.end())
    cuts.update(m.end() for m in _PHOTO_CREDIT.finditer(text))
    cuts.update(_byline_cuts(text))
    for m in _BULLET.finditer(text):
        if m.start() == 0 or text[m.start() - 1].isspace():
            cuts.update((m.start(), m.end()))
    cuts.update(m.end() for m in _BRACKETED_CREDIT.finditer(text))
    cuts.update(m.end() for m in _LIVE_BLOG_HEADLINE.finditer(text))
    for m in _SERVER_ERROR.finditer(text):
        cuts.update((m.start(), m.end()))
    cuts.update(m.end() for m in _DATELINE_DASH.finditer(text) if _place_before(text, m.start()))
    for stamps in _PAGE_STAMPS_INSIDE:
        for m in stamps.finditer(text):
            cuts.update((m.start(), m.end()))
    cuts.update(m.start() for m in _GLUED_OPENING.finditer(text) if _glued(text, m.start()))
    cuts.update(
        m.start()
        for m in _SETTING_BEFORE_A_NAME.finditer(text)
        if _sets_a_scene(text, m.start(), m.end())
    )
    cuts.update(_chronology_entries(text))
    cuts.update(_dated_entries(text))
    cuts.update(_after_quoted_headlines(text))
    cuts.update(_place_credit_ends(text, cuts))
    return sorted(cuts), opening


def fact_box_ends(text: str, start: int, end: int, cuts: Iterable[int]) -> list[int]:
    """Where the sentence glued after a fact box starts, in the sentence ``text[start:end]``
    already cut at ``cuts``: a piece that opens with two or more labels ("Born: ... Also
    known as: ... Biggest hits: Thriller, Bad | He told ...") ends where the last label's
    value gives way to a sentence (``_value_end``)."""
    if text.find(": ", start, end) < 0:  # most sentences; checked first for speed
        return []
    bounds = sorted({start, *(cut for cut in cuts if start < cut < end), end})
    found = []
    for begin, stop in itertools.pairwise(bounds):
        labels = _fact_box_labels(text, begin, stop)
        if len(labels) >= 2:
            value_end = _value_end(text, labels[-1].end(), stop)
            if value_end is not None:
                found.append(value_end)
    return found


def _fact_box_labels(text: str, start: int, end: int) -> list[re.Match[str]]:
    """The labels of the fact box that ``text[start:end]`` opens with (``_FACT_LABEL``),
    or none if it opens with no label."""
    while start < end and text[start].isspace():
        start += 1
    first = _FACT_LABEL.match(text, start, end)
    if first is None:
        return []
    labels: list[re.Match[str]] = []
    for label in itertools.chain([first], _FACT_LABEL.finditer(text, first.end(), end)):
        if _TIME_IN_LABEL.search(label.group()) or any(
            len(word) > 3 and word.isupper() for word in label.group()[:-2].split()
        ):
            break
        labels.append(label)
    return labels


def _value_end(text: str, start: int, end: int) -> int | None:
    """Where the value of a fact box's last label, at ``text[start:end]``, gives way to a
    sentence glued after it, or None if it does not: at an opening quote; else, before
    the first lower-case content word after the value's first word, at the last word
    that opens sentences ("... Earth Song The civil rights leader ...", "... Earth Song A
    Jackson 5 medley was ...") since that value's item began, or at a capitalised word
    with a comma right before it, in a list ("... Earth Song Earlier, veteran ..."): a
    box's items are names and titles, and an item may open with "The" ("Also known as:
    The King of Pop")."""
    words = list(_NON_SPACE.finditer(text, start, end))
    item = 0  # where the item of the word before (after a comma or a lower-case word) begins
    for i in range(1, len(words)):
        word, before = words[i], words[i - 1]
        if word.group()[0] in '"“':
            return word.start()
        bare = word.group().rstrip(",;:.")
        if bare[:1].islower() and not is_stop_word(bare):
            openers = [w for w in words[item + 1 : i] if w.group() in _OPENERS]
            if openers:
                return openers[-1].start()
            listed = item > 0 and i - 1 > item  # not "Rex Tillerson, chief executive ..."
            if listed and before.group()[:1].isupper() and before.group().endswith(","):
                return before.start()
            item = i
        elif before.group().endswith(","):
            item = i
    return None


def _byline_cuts(text: str) -> list[int]:
    """Where a BBC byline or one of several people ends, unless a place follows it
    (``_place_credit_ends``), and where it starts after a headline ("... BP backlash By
    Russell Hotten ..."); not "By Tuesday ..."."""
    found = []
    for m in itertools.chain(_BBC_BYLINE.finditer(text), _NAMES_BYLINE.finditer(text)):
        start = m.start()
        name = _CAPITALISED_WORD.match(text, start + 3)
        if name is None or name.group() in _CALENDAR_WORDS:
            continue
        if start > 0 and text[start - 1] != "\n":
            end = start - 1
            begin = _word_start(text, end, max(0, end - 40))
            if not (text[end] == " " and _ends_a_headline(text, begin, end, before_opener=False)):
                continue
            found.append(start)
        if not m.groupdict().get("place"):
            found.append(m.end())
    return found


def _place_credit_ends(text: str, cuts: Iterable[int]) -> list[int]:
    """Where the place that a credit names after its outlet ends ("By David Willis BBC
    News, Los Angeles | Michael Jackson died ...", ``_place_end``); and that of a
    reporter's credit that opens a line or follows a header cut off (``cuts``): "Newsbeat
    US reporter in Los Angeles | It had just gone ..."."""
    found = []
    for m in _PLACE_CREDIT.finditer(text):
        credited = _CREDITED.search(text, max(0, m.start() - 40), m.start())
        if credited and credited.group().rstrip(", ") not in _CALENDAR_WORDS:
            found.append(_place_end(text, m.end()))
    cut_at = set(cuts)
    for m in _REPORTER_IN_PLACE.finditer(text):
        before = m.start()
        while before > 0 and text[before - 1] == " ":
            before -= 1
        if before == 0 or text[before - 1] == "\n" or before in cut_at:
            found.append(_place_end(text, m.end()))
    return [end for end in found if end is not None]


def _place_end(text: str, at: int) -> int | None:
    """Where the name of a place that starts at ``at`` ends, before a caption or a
    sentence glued to it, or None if that cannot be told.

    The place is one or more capitalised words ("Los Angeles", "Campeche, Mexico"); what
    follows opens with a word that opens sentences (``_opens_a_sentence``), a number, a
    quote or a name, never with a lower-case word or a comma (as in a list: "... on CNN,
    BBC News, Sky News and ITV"). So the place ends at the longest run of its words that
    the page writes elsewhere as a whole name ("... in downtown Los Angeles when ...");
    else before a word that opens a sentence, a number or a quote; else, where a
    lower-case word (not "and" or "or") or a colon follows, before the longest run of
    the last words that the page writes elsewhere, the subject ("Texas | David Shukman
    looks at ...", on a page bylined "By David Shukman"), or that repeats the place
    ("Pensacola, Florida | Pensacola prides itself ...")."""
    words: list[re.Match[str]] = []
    position = at
    opened = False
    while len(words) < PLACE_WORDS:
        word = _CAPITALISED_WORD.match(text, position)
        if word is None:
            break
        if words and _opens_a_sentence(text, word):
            opened = True
            break
        words.append(word)
        position = word.end() + 1
        if text.startswith(", ", word.end()) and text[position + 1 : position + 2].isupper():
            position += 1  # "Campeche, Mexico"
        elif text[word.end() : position] != " ":
            break
    if not words:
        return None
    # The place cannot end before the comma inside it ("Venice, | Louisiana"), nor before a
    # lower-case word or a comma, as in a list ("... CNN, BBC News, Sky News and ITV").
    ends = [w.end() for w in words if _SENTENCE_AFTER.match(text, w.end())]
    if not ends:
        return None
    for end in reversed(ends):
        if _written_elsewhere(text, at, end, before=None):
            return end
    after = words[-1].end()
    following = (
        text[after + 1 : after + 2] if text.startswith(" ", after) else text[after : after + 1]
    )
    if opened or following in ("", "\n") or following.isdigit() or following in "\"“‘'`(":
        return ends[-1] if ends[-1] == after else None
    if re.match(r" (?:and|or) ", text[after : after + 5]):
        return None  # names in a list ("Sky News and ITV"), not a subject and its verb
    for previous, word in itertools.pairwise(words):
        if previous.end() in ends and (
            word.group() == words[0].group()
            or _written_elsewhere(text, word.start(), after, before=previous.group())
        ):
            return previous.end()
    return None


def _opens_a_sentence(text: str, word: re.Match[str]) -> bool:
    """Whether the capitalised ``word`` after a place opens a sentence rather than going
    on with the place's name: a word that opens sentences ("The", "Some"), a stop word
    before a lower-case word ("Even as ...", "Maybe it ..."), or a word the page writes
    in lower case only (``_written_in_lower_case_only``) that is a stop word ("Given
    Brazil's ...") or comes before a lower-case word or a comma ("Fans sing ...",
    "Increasingly, the ...")."""
    if word.group() in _OPENERS:
        return True
    after = text[word.end() : word.end() + 2]
    stop_word = len(word.group()) > 1 and is_stop_word(word.group().lower())
    if stop_word and after[1:].islower() and after[:1] == " ":
        return True
    if not (stop_word or after == ", " or (after[:1] == " " and after[1:].islower())):
        return False
    return _written_in_lower_case_only(text, word.group(), (word.start(), word.start() + 1))


def _written_elsewhere(text: str, start: int, end: int, *, before: str | None) -> bool:
    """Whether ``text`` writes the name ``text[start:end]`` somewhere else as a whole name:
    not in another credit of its outlet, and, if ``before`` is None (a place), not before
    another capitalised word ("New" of "New York" is no place), else (a subject) not
    after the word ``before`` (so "York" of "New York" is no subject)."""
    name = re.escape(text[start:end])
    after = "| [A-Z]" if before is None else ""
    for m in re.finditer(rf"(?<![\w'’-]){name}(?![\w-]|['’](?!s\b){after})", text):
        if m.start() == start or _ENDS_WITH_OUTLET.search(text, max(0, m.start() - 30), m.start()):
            continue
        if before is None or not text.endswith(f"{before} ", 0, m.start()):
            return True
    return False


def _chronology_entries(text: str) -> list[int]:
    """Where a chronology's entry ("1957: Asian flu killed ...") starts right after
    the end of a headline or of the entry before it (``_ends_a_headline``), with no
    full stop between them; not "... this request in January 2010: ..."."""
    starts = []
    for colon in _COLON_BEFORE_CAPITAL.finditer(text):
        date = _DATE_BEFORE_COLON.search(text, max(0, colon.start() - 20), colon.start())
        if date is None or date.start() < 2 or text[date.start() - 1] != " ":
            continue
        end = date.start() - 1
        if _ends_a_headline(text, _word_start(text, end, 0), end, before_opener=False):
            starts.append(date.start())
    return starts


def _dated_entries(text: str) -> list[int]:
    """Where a chronology's entry headed by a full date with no colon ("... when he died
    25 June 2009 Dr Murray finds Jackson ...") starts right after the end of a caption or
    headline (``_ends_a_headline``), on a page where at least ``DATED_ENTRIES`` sentences
    open with such a heading; not after a stop word ("... on 25 June 2009 Jackson ...")."""
    headings = list(_DATE_HEADING.finditer(text))
    opening = sum(1 for m in headings if m.start() == 0 or text.endswith(". ", 0, m.start()))
    if opening < DATED_ENTRIES:
        return []
    starts = []
    for m in headings:
        if m.start() < 2 or text[m.start() - 1] != " ":
            continue
        end = m.start() - 1
        if _ends_a_headline(text, _word_start(text, end, 0), end, before_opener=False):
            starts.append(m.start())
    return starts


def _place_before(text: str, end: int) -> bool:
    """Whether a dateline in capitals ("NEW ORLEANS", "GRAND ISLE, La.") ends at ``end``,
    with no lower-case word before it (so not "in the U.S.--")."""
    place = _PLACE_BEFORE.search(text, max(0, end - 60), end)
    if place is None or not any(c.isupper() for c in text[place.start() + 1 : place.start() + 2]):
        return False
    before = text[max(0, place.start() - 40) : place.start()]
    if before[-1:].isalnum():
        return False  # the capitals are the end of a longer word
    previous = before.split()[-1:] if before.strip() else []
    return not (previous and previous[0][:1].islower())


def _glued(text: str, start: int) -> bool:
    """Whether the opening word at ``start`` follows the end of a headline or caption
    (``_ends_a_headline``) with no punctuation between them, or a quotation that closes
    one (``_closes_a_quote``), so that it opens a new sentence."""
    if start < 3 or text[start - 1] != " ":
        return False
    if text[start - 2] in "\"”’'" and text[start - 3].isalnum():
        return _closes_a_quote(text, start - 2)
    if not text[start - 2].isalnum():
        return False
    begin = _word_start(text, start - 1, 0)
    if begin > 0 and not text[begin - 1].isspace():
        return False
    # Before a number, an opener after a name may be part of a title ("Performance On 3").
    before_a_word = not text[text.index(" ", start) + 1].isdigit()
    ends_a_clause = text[begin : start - 1] in _ENDING_PARTICLES and before_a_word
    if not (ends_a_clause or _ends_a_headline(text, begin, start - 1, before_opener=before_a_word)):
        return False
    return not _letter_label(text, start, begin)


def _sets_a_scene(text: str, start: int, name_at: int) -> bool:
    """Whether the word at ``start``, which sets a place or time before the name at
    ``name_at`` and a comma ("In Haiti, ...", "When Tony Hayward, 53, ..."), opens a
    sentence glued to a caption or headline: after a lower-case word that can end one
    (``_ends_a_headline``), or after a one-word name that a word leading into a place
    introduces ("... have flown aid to Haiti In Port-au-Prince, the British ..."). A
    title is no name: its words may be stop words ("... their new album For All We Know,
    which ..."), and a name may start it ("... including hits Lost In London, Winner
    ...")."""
    if start < 3 or text[start - 1] != " " or not text[start - 2].isalpha():
        return False
    name = text[name_at : text.index(",", name_at)].split()
    if any(is_stop_word(word.lower()) for word in name):
        return False
    begin = _word_start(text, start - 1, 0)
    word = text[begin : start - 1]
    if word.islower():
        return _ends_a_headline(text, begin, start - 1, before_opener=False)
    if not (word[:1].isupper() and word[1:].islower()) or begin < 2 or text[begin - 1] != " ":
        return False
    return text[_word_start(text, begin - 1, 0) : begin - 1] in _INTO_A_PLACE


def _closes_a_quote(text: str, at: int) -> bool:
    """Whether the quotation mark at ``at`` closes a quotation opened before it on its
    line, as a quoted headline ends ("... death toll ` may be 50,000' On the ground
    ..."), rather than opening one glued to the word before it ('... described as" The
    worst ...')."""
    return _quotation_opened(text, at) is not None


def _quotation_opened(text: str, at: int) -> int | None:
    """Where the quotation that the mark at ``at`` closes was opened on its line: the
    nearest quotation mark before it, apostrophes inside words aside, if it opens one."""
    line = max(text.rfind("\n", 0, at) + 1, at - QUOTE_REACH)
    for m in reversed(list(_QUOTE_MARK.finditer(text, line, at))):
        mark = m.start()
        before, after = text[mark - 1 : mark], text[mark + 1 : mark + 2]
        if before.isalpha() and after.isalpha():
            continue  # "didn't", "Haiti's"
        after_a_space = (not before or before in " (") and not after.isspace()
        return mark if m.group() in "`‘“" or after_a_space else None
    return None


def _after_quoted_headlines(text: str) -> list[int]:
    """Where a sentence starts right after a headline or caption that ends in a quotation
    in single quotes, as British pages quote in headlines ("... leak plug ` going as
    planned' The oil company ...", "... cap flow ` within 24 hours' BP plans ..."): a
    capitalised word after the closing mark of a quotation opened with "`" or "‘" after
    a word, not one that opens the headline ("` Top kill' BP operation ... fails").
    The quotation must be of two words or more, and open in lower case or after a colon
    ("Ban Ki-moon: ` We are facing ...' UN officials said ..."): a word in quotes, or
    words that each open in capitals, are a name or a title in a sentence ("Sean `
    Diddy' Combs", "dropping the ` Beyond Petroleum' Helios brand mark")."""
    found = []
    for m in _CLOSING_SINGLE_QUOTE.finditer(text):
        opened = _quotation_opened(text, m.start())
        if opened is None or opened < 2 or text[opened] not in "`‘" or text[opened - 1] != " ":
            continue
        words = text[opened + 1 : m.start()].split()
        after_a_colon = text[opened - 2] == ":"
        if (text[opened - 2].isalnum() or after_a_colon) and (
            len(words) >= 2 and (words[0][:1].islower() or after_a_colon)
        ):
            found.append(m.end())
    return found


def _letter_label(text: str, at: int, word_begin: int) -> bool:
    """Whether a capital "A" at ``at`` labels the word before it, which starts at
    ``word_begin``, rather than opening a sentence: after a noun that takes letters
    ("influenza A virus", "plan A"), after a name that "the" introduces ("the Snorre A
    platform"), or before "and" or "or" ("Texas A and M")."""
    if text[at : at + 2] != "A ":
        return False
    word = text[word_begin : at - 1]
    if word.lower() in _LETTER_LABELS or text.startswith(("and ", "or "), at + 2):
        return True
    return word[:1].isupper() and text[max(0, word_begin - 4) : word_begin].lower() == "the "


def _word_start(text: str, end: int, floor: int) -> int:
    """Where the word that ends at ``end`` in ``text`` starts, not before ``floor``."""
    begin = end
    while begin > floor and (text[begin - 1].isalnum() or text[begin - 1] in "'’-"):
        begin -= 1
    return begin


def _ends_a_headline(text: str, begin: int, end: int, *, before_opener: bool) -> bool:
    """Whether the word ``text[begin:end]`` can end a headline or caption glued to the
    next sentence: a lower-case content word ("... sleep on streets The storm ..."), a
    day or month ("... Your stories Wednesday 13 January It is feared ..."), the year of
    a date after a lower-case word ("... died in June 2009 Michael Jackson was ...", not
    "... not guilty. 3 March 2011 The trial ..."), a pronoun or adverb that ends a clause
    ("... fending for themselves Nearly ...", "... declared over A 23-year-old ..."), or
    before an opening word, a number or a name of one to three words after a lower-case
    word ("... appeal to help the people of Haiti There are 13 charities ...", "...
    pandemic of 1918 The current ...", "... in downtown Los Angeles The judge ...", but
    not "... his This Is It tour ...": an opener is no word of the name)."""
    word = text[begin:end]
    if word in _CALENDAR_WORDS or word in _ENDING_PRONOUNS or word in _ENDING_ADVERBS:
        return True
    if word in _ENDING_CONTENT_WORDS:
        return True
    if word in _ENDING_NOUNS and begin >= 2 and text[begin - 1] == " ":
        return text[_word_start(text, begin - 1, 0) : begin - 1] in _INTO_A_NOUN
    if word[:1].islower() and not is_stop_word(word):
        return True
    if _DATE_AFTER_A_WORD.search(text, max(0, begin - 30), end):
        return True
    if not (before_opener and begin >= 2 and text[begin - 1] == " "):
        return False
    if not (word.isdigit() or word[:1].isupper()):
        return False
    # "... The influenza pandemic of 1918 The current ...", not the end of a date that may
    # open the entry after it ("... not guilty. 3 March 2011 The trial is delayed ...")
    previous = text[_word_start(text, begin - 1, 0) : begin - 1]
    if word[:1].isupper():  # go back over the name's other words
        for _ in range(2):
            if not previous[:1].isupper() or previous in _OPENERS:
                break
            begin = _word_start(text, begin - 1, 0)
            if begin < 2 or text[begin - 1] != " ":
                return False
            previous = text[_word_start(text, begin - 1, 0) : begin - 1]
    return previous[:1].islower()


def top_of_page_cuts(text: str, start: int, end: int) -> list[int]:
    """Where a sentence glued to a headline, caption or standfirst starts in the page's
    first sentence ``text[start:end]``: at a capitalised word after a lower-case content
    word or a day or month ("... 13 January It is feared ...").

    - A word that opens sentences ("The", "A", "It") is cut at if the page writes it in
      lower case and never capitalised after a lower-case word outside this header, or
      if the page writes the name after it in lower case elsewhere ("the White House"),
      so the two are no title ("The Associated Press").
    - Any other word must come before a lower-case word, so "... told Prime Minister
      ..." stays whole, and the page must write it in lower case elsewhere and never
      capitalised after a lower-case word (as names are). Before a lower-case content
      word, and not after a role noun ("boss Hayward faces"), opening sentences elsewhere
      counts as lower case, and a capital before a name does not count ("... agreed
      President talks tough ..." on a page with "the president" and "met President Lula").

    - A name and a verb after a place open the lead ("... camps in Port-au-Prince Haiti
      is planning ...", ``_names_glued``).

    Only the first ``TOP_OF_PAGE`` characters are looked at: headers are short, and
    each word found is looked up in the whole page."""
    cuts = []
    for m in _CAPITALISED_AFTER_LOWER.finditer(text, start, min(end, start + TOP_OF_PAGE)):
        word, cut = m.group(1), m.start(1)
        opener = word in _OPENERS
        if word in _CALENDAR_WORDS or (not opener and not m.group(2).islower()):
            continue
        before_end = m.start() + 1
        before = _word_start(text, before_end, start)
        if not _ends_a_headline(text, before, before_end, before_opener=opener):
            continue
        if _letter_label(text, cut, before):
            continue
        # Other glued uses of an opening word in the same header ("... after 11 days A
        # French rescue worker said ... food A Haitian man") are no sign of a title.
        glued = _written_in_lower_case_only(
            text,
            word,
            (start, end) if opener else (cut, cut + 1),
            titles_only=opener,
            before_content_word=not opener
            and text[before:before_end] not in _INTO_A_NAME
            and _content_word_at(text, m.end(1) + 1),
            lower_in_english=not opener and _lower_case_in_english(word.lower()),
        ) or (
            opener
            and m.group(2).isupper()
            and _article_in_lower_case_elsewhere(text, word, m.end(1) + 1)
        )
        if glued:
            cuts.append(cut)
    return [*cuts, *_names_glued(text, start, end)]


def _names_glued(text: str, start: int, end: int) -> list[int]:
    """Where a lead that opens with a name and a verb ("... camps in Port-au-Prince Haiti
    is planning ...") is glued to a header that ends in another name, in the page's first
    sentence ``text[start:end]``: the first is a place after "in" ("... of Michael Jackson
    will ..." is one name), both are one word that the page writes elsewhere as a whole
    name, and never together."""
    cuts = []
    for m in _NAMES_BEFORE_A_VERB.finditer(text, start, min(end, start + TOP_OF_PAGE)):
        first, second = m.span("first"), m.span("second")
        together = f"{m.group('first')} {m.group('second')}"
        if m.group("first") in _OPENERS or text.count(together) > 1:
            continue  # "in The Hague ...", "in Michael Jackson's home ..."
        if _written_elsewhere(text, *first, before=None) and _written_elsewhere(
            text, *second, before=m.group("first")
        ):
            cuts.append(second[0])
    return cuts


def restated_openings(text: str, start: int, end: int, cuts: Iterable[int]) -> list[int]:
    """Where a lead that restates the opening words of its header starts, in the page's
    first sentence ``text[start:end]`` already cut at ``cuts``: "Louisiana Governor Bobby
    Jindal warned the spill threatened their way of life Louisiana Governor Bobby Jindal
    has warned ...", "BP has faced mounting criticism for its handling of the crisis BP
    has denied ...".

    The restatement must go on in lower case where it parts from the opening, so that a
    repeated name inside the header is no lead ("... has not yet hit Halliburton profits
    Halliburton, services provider ..."). Words that name a role before the name belong
    to the lead ("... within 48 hours Talent show mogul Simon Cowell has confirmed ..."),
    so the cut goes before them when a capitalised word opens them; after a role noun
    alone ("her brother Michael Jackson's tribute") there is no cut. So does a title
    ("... earthquake victims US President Barack Obama has vowed ...")."""
    limit = min(end, start + TOP_OF_PAGE)
    bounds = sorted({start, *(cut for cut in cuts if start < cut < limit), limit})
    found = []
    for begin, stop in itertools.pairwise(bounds):
        opening = _bare_words(text, begin, stop)
        if len(opening) < 2 or not opening[0][:1].isupper():
            continue
        for m in _WORD_BEFORE_CAPITAL.finditer(text, begin, stop):
            restated = (_bare_words(text, at, end) for at in _names_at(text, m.end()))
            if any(_restates(opening, words) for words in restated):
                cut = _start_of_lead(list(_WORD.finditer(text, begin, m.end())))
                if cut is not None:
                    found.append(cut)
    return found


def _names_at(text: str, at: int) -> list[int]:
    """Where a name restated at ``at`` may start: there, or after up to two capitalised
    words of a title before it ("US President Barack Obama")."""
    found = [at]
    for _ in range(2):
        title = _TITLE_WORD.match(text, found[-1])
        if title is None:
            break
        found.append(title.end())
    return found


def _bare_words(text: str, start: int, end: int) -> list[str]:
    """The first eight words of ``text[start:end]``, without a possessive ending."""
    found = itertools.islice(_WORD.finditer(text, start, end), 8)
    return [re.sub(r"['’]s$", "", m.group()) for m in found]


def _restates(opening: list[str], words: list[str]) -> bool:
    """Whether ``words`` repeat at least the first two of ``opening`` and go on in lower case."""
    same = 0
    while same < min(len(opening), len(words)) and words[same] == opening[same]:
        same += 1
    return same >= 2 and same < len(words) and words[same][:1].islower()


def _start_of_lead(before: list[re.Match[str]]) -> int | None:
    """Where a lead starts, given the words ``before`` the name it restates (or the
    name's title): right there, after a word that ends a headline or caption; after a
    word that leads into the name (``_INTO_A_NAME``), at the capitalised word that opens
    the phrase ("Pop star", "Talent show mogul", "Since the"), after such a word; None
    if neither."""
    if len(before) < 2:
        return None
    if before[-1].group() not in _INTO_A_NAME:
        return before[-1].end() + 1 if _ends_headline(before[-1]) else None
    for k in (2, 3):
        if len(before) <= k:
            return None
        word = before[-k].group()
        if word[:1].isupper():
            return before[-k].start() if _ends_headline(before[-k - 1]) else None
        if not word[:1].islower():
            return None
    return None


def _ends_headline(word: re.Match[str]) -> bool:
    """Whether ``word`` (closing quotes and brackets aside) can end a headline or caption."""
    bare = word.group().rstrip("\"”’')")
    return bool(bare) and _ends_a_headline(
        word.string, word.start(), word.start() + len(bare), before_opener=False
    )


def _article_in_lower_case_elsewhere(text: str, opener: str, name_at: int) -> bool:
    """Whether ``text`` writes the words after ``opener`` (a capitalised "The Gulf of Mexico")
    elsewhere after the opener in lower case ("the Gulf of Mexico"), so that the opener is
    not part of a title ("The Associated Press", "The Jackson 5")."""
    name = _NAME.match(text, name_at)
    if name is None:
        return False
    return re.search(rf" {opener.lower()} {re.escape(name.group())}(?![\w'’-])", text) is not None


def _content_word_at(text: str, at: int) -> bool:
    """Whether the word at ``at`` in ``text`` is a lower-case word that is not a stop word."""
    word = _WORD.match(text, at)
    return word is not None and word.group().islower() and not is_stop_word(word.group())


def _written_in_lower_case_only(
    text: str,
    word: str,
    apart_from: tuple[int, int],
    *,
    titles_only: bool = False,
    before_content_word: bool = False,
    lower_in_english: bool = False,
) -> bool:
    """Whether ``text`` writes ``word`` in lower case, and never capitalised after a
    lower-case word or a comma outside the span ``apart_from``.

    If ``lower_in_english`` (English text writes the word in lower case and never
    capitalised inside a sentence, ``_lower_case_in_english``), the page need not write
    it in lower case: "... in Haiti rubble Rescue teams searching ..." on a page that has
    no other "rescue". If ``titles_only`` (``word`` opens sentences, as "The" does), only
    a capital before another capitalised word counts, as in a title or a name ("told The
    Guardian"); before a lower-case word it is another glued sentence ("... Aldershot
    Hampshire The good thing is ..."). If ``before_content_word`` (the word opens a
    lead's subject, as in "... cement Live video of ..."), opening a sentence elsewhere
    before a lower-case word counts as lower case ("... online. Live video ..."), and a
    capital before another capitalised word does not count, as it opens a name or a
    title before one ("the Health Protection Agency", "said President Obama")."""
    lower = word.lower()
    found_lower = False
    for m in re.finditer(rf"{lower}(?![\w'’@-]|\.\w)", text):
        before = text[m.start() - 1] if m.start() else " "
        if not (before.isalnum() or before in "'’@.-"):
            found_lower = True
            break
    opens_sentences = before_content_word and re.search(rf"[.!?] {word} [a-z]", text)
    if not (found_lower or opens_sentences or lower_in_english):
        return False
    for m in re.finditer(rf" {word}(?![\w'’-])", text):
        if (
            not apart_from[0] <= m.start() + 1 < apart_from[1]
            and m.start() > 0
            and text[m.start() - 1] in "abcdefghijklmnopqrstuvwxyz,"
            and not (before_content_word and _BEFORE_A_NAME.match(text, m.end()))
            and not (titles_only and not _CAPITAL_AFTER.match(text, m.end()))
        ):
            return False
    return True


def _lower_case_in_english(word: str) -> bool:
    """Whether Punkt's English model saw ``word`` in lower case and never capitalised
    inside a sentence: the evidence Punkt itself takes that a capitalised ``word`` opens
    a sentence (Kiss & Strunk's orthographic heuristic)."""
    context = punkt.load_model("english").ortho_context.get(word, 0)
    return bool(context & OrthoContext.LC) and not context & OrthoContext.MID_UC
