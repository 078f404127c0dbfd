"""Saved web pages: the main text by trafilatura, the date from metadata or htmldate.

Both libraries get a parsed tree, never a string, so neither can mistake the
input for a URL and fetch it.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from copy import deepcopy

import lxml.html  # type: ignore[import-untyped]
from lxml import etree

from timeline.loading_types import DateClaim, Item, LoadIssue, Notice, Record

# Meta tags that state the original publication date, best first.
_META_PROPERTIES = (
    "article:published_time",
    "og:published_time",
    "og:article:published_time",
    "rnews:datepublished",
)
_META_NAMES = (
    "article:published_time",
    "datepublished",
    "date",
    "pubdate",
    "publishdate",
    "publish-date",
    "publish_date",
    "publication_date",
    "original-publish-date",
    "sailthru.date",
    "parsely-pub-date",
    "article.published",
    "dc.date.issued",
    "dcterms.issued",
    "dc.date",
    "dcterms.date",
    "dcterms.created",
    "citation_publication_date",
    "citation_date",
)
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)
_BLOCKS = frozenset(
    [
        "p",
        "div",
        "br",
        "li",
        "ul",
        "ol",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "blockquote",
        "tr",
        "table",
        "section",
        "article",
        "pre",
        "header",
        "footer",
        "figure",
        "figcaption",
        "dd",
        "dt",
        "hr",
    ]
)
_MIN_WORDS = 8
"""Fewer words than this is a menu or a cookie notice, not an article."""
# Fixed bounds, so htmldate never consults the clock.
_EARLIEST, _LATEST = "1900-01-01", "2199-12-31"


def parse_html(text: str) -> lxml.html.HtmlElement | None:
    """A parsed page, or None when the text is not HTML at all."""
    text = _XML_DECLARATION.sub("", text, count=1)
    if not text.strip():
        return None
    try:
        return lxml.html.document_fromstring(text)
    except (etree.ParserError, ValueError):
        return None


def read_html(text: str, *, path: str, stem: str, name: str) -> Iterator[Item]:
    """One article from a saved web page.

    The main text comes from trafilatura without navigation, comments or
    boilerplate; title, site name and canonical URL from the page's metadata.
    Publication dates, best first: the page's meta tags, JSON-LD and ``<time>``
    elements (named in ``published_origin``), then htmldate's reading of the
    metadata; the URL comes later, as an inferred date.
    """
    tree = parse_html(text)
    if tree is None:
        yield LoadIssue(path, Notice.SKIPPED, "not an HTML page; check the file's extension")
        return
    # Imported here: they are slow to import and most runs read no HTML.
    from htmldate import find_date
    from trafilatura import bare_extraction

    claims = _meta_dates(tree)
    found = find_date(
        tree,
        extensive_search=False,
        original_date=True,
        url="",  # never look at (or fetch) a URL: URL dates are inferred later
        min_date=_EARLIEST,
        max_date=_LATEST,
    )
    if found:
        claims = (*claims, DateClaim(found, "HTML metadata (htmldate)"))
    extracted = bare_extraction(
        deepcopy(tree),
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        include_images=False,
        include_links=False,
        date_extraction_params={
            "extensive_search": False,
            "original_date": True,
            "min_date": _EARLIEST,
            "max_date": _LATEST,
        },
    )
    body = _attr(extracted, "text")
    if body is None or len(body.split()) < _MIN_WORDS:
        yield LoadIssue(
            path,
            Notice.SKIPPED,
            "no article text found in the page (only navigation or boilerplate); "
            "save the article itself as .txt",
        )
        return
    yield Record(
        where=path,
        path=path,
        fallback_id=stem,
        text=body,
        dates=claims,
        title=_attr(extracted, "title"),
        source=_attr(extracted, "sitename") or _attr(extracted, "hostname"),
        url=_attr(extracted, "url"),
        name=name,
    )


def _attr(extracted: object, key: str) -> str | None:
    value = extracted.get(key) if isinstance(extracted, dict) else getattr(extracted, key, None)
    if not isinstance(value, str):
        return None
    return value.strip() or None


def _meta_dates(tree: lxml.html.HtmlElement) -> tuple[DateClaim, ...]:
    claims: list[DateClaim] = []
    metas = tree.xpath("//meta[@content]")
    for wanted in _META_PROPERTIES:
        for meta in metas:
            if (meta.get("property") or "").strip().lower() == wanted:
                claims.append(DateClaim(meta.get("content"), f"HTML meta {wanted}"))
    for wanted in _META_NAMES:
        for meta in metas:
            key = (meta.get("name") or meta.get("itemprop") or "").strip().lower()
            if key == wanted:
                claims.append(DateClaim(meta.get("content"), f"HTML meta {wanted}"))
    for script in tree.xpath("//script[@type='application/ld+json']"):
        for value in _json_ld_dates(script.text_content()):
            claims.append(DateClaim(value, "HTML JSON-LD datePublished"))
    for time in tree.xpath("//time[@datetime][@pubdate or @itemprop='datePublished']"):
        claims.append(DateClaim(time.get("datetime"), "HTML <time datetime>"))
    return tuple(c for c in claims if isinstance(c.value, str) and c.value.strip())


def _json_ld_dates(source: str) -> Iterator[str]:
    try:
        data = json.loads(source)
    except json.JSONDecodeError:
        return
    stack = [data]
    while stack:
        item = stack.pop()
        if isinstance(item, list):
            stack.extend(reversed(item))
        elif isinstance(item, dict):
            value = item.get("datePublished")
            if isinstance(value, str):
                yield value
            graph = item.get("@graph")
            if isinstance(graph, list):
                stack.extend(reversed(graph))


def html_to_text(fragment: str) -> str:
    """Plain text of an HTML fragment (a feed item's content): one line per block."""
    if "<" not in fragment:
        return fragment.strip()
    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except (etree.ParserError, ValueError):
        return fragment.strip()
    for bad in root.xpath("//script|//style"):
        bad.drop_tree()
    for element in root.iter():
        if isinstance(element.tag, str) and element.tag.lower() in _BLOCKS:
            element.tail = "\n" + (element.tail or "")
    lines = (" ".join(line.split()) for line in root.text_content().splitlines())
    return "\n".join(line for line in lines if line)
