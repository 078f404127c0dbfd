"""Choosing the text, date, title, url, source and id fields of an object, row or front matter."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from timeline.loading_types import DateClaim, FieldNames, Fields, shown

CANDIDATES: dict[str, tuple[str, ...]] = {
    "text": (
        "text",
        "body",
        "content",
        "article",
        "full_text",
        "fulltext",
        "article_text",
        "article_body",
        "body_text",
        "main_text",
        "maintext",
        "story",
        "document",
    ),
    "date": (
        "published",
        "date",
        "published_at",
        "published_date",
        "publication_date",
        "publish_date",
        "date_published",
        "pub_date",
        "pubdate",
        "dct",
        "datetime",
        "created_at",
        "timestamp",
        "time",
    ),
    "title": ("title", "headline", "heading"),
    "url": ("url", "link", "href", "uri", "permalink", "canonical_url", "source_url"),
    "source": (
        "source",
        "publisher",
        "outlet",
        "site",
        "site_name",
        "sitename",
        "publication",
        "media",
        "newspaper",
        "domain",
    ),
    "id": ("id", "doc_id", "docid", "article_id", "uid", "uuid", "guid", "_id"),
}
"""The field names picked up automatically, best first (matched ignoring case,
spaces, dashes and camelCase: ``publishedAt`` is ``published_at``)."""

_LISTED = 12
_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")


def normalise_key(key: str) -> str:
    """``publishedAt``, ``Published At`` and ``published-at`` all become ``published_at``."""
    return re.sub(r"[\s\-.]+", "_", _CAMEL.sub("_", key.strip())).lower()


@dataclass(frozen=True, slots=True)
class FieldMap:
    """Which actual key plays each role, for one set of keys."""

    text: str | None
    dates: tuple[str, ...]
    title: str | None
    url: str | None
    source: str | None
    id: str | None

    @classmethod
    def resolve(cls, keys: Iterable[str], names: FieldNames) -> FieldMap:
        """Match ``keys`` to roles, honouring the user's ``names`` first."""
        by_norm: dict[str, str] = {}
        for key in keys:
            by_norm.setdefault(normalise_key(key), key)
        actual = set(by_norm.values())

        def find(role: str) -> tuple[str, ...]:
            chosen: str | None = getattr(names, role)
            if chosen is not None:
                if chosen in actual:
                    return (chosen,)
                hit = by_norm.get(normalise_key(chosen))
                return (hit,) if hit else ()
            return tuple(by_norm[c] for c in CANDIDATES[role] if c in by_norm)

        def one(role: str) -> str | None:
            found = find(role)
            return found[0] if found else None

        return cls(one("text"), find("date"), one("title"), one("url"), one("source"), one("id"))

    def missing_text(self, keys: Iterable[str], names: FieldNames) -> str:
        """The message for a record without a text field."""
        listed = [f"`{shown(k, 30)}`" for k in keys]
        if len(listed) > _LISTED:
            listed[_LISTED:] = [f"and {len(listed) - _LISTED} more"]
        fields = ", ".join(listed) or "none"
        if names.text is not None:
            return f"no `{shown(names.text)}` field (--text-field); its fields are {fields}"
        return (
            f"no text field (looked for {', '.join(CANDIDATES['text'][:4])}, ...); "
            f"its fields are {fields}; name the right one with --text-field"
        )

    def dates_of(self, fields: Fields, label: str) -> tuple[DateClaim, ...]:
        """The date claims in ``fields``, labelled ``{label} `key```."""
        claims = []
        for key in self.dates:
            value = fields.get(key)
            if value is None or value == "":
                continue
            if not isinstance(value, str | int | float) or isinstance(value, bool):
                value = str(value)
            claims.append(DateClaim(value, f"{label} `{shown(key, 30)}`"))
        return tuple(claims)

    def meta_of(self, fields: Fields) -> tuple[str | None, str | None, str | None, str | None]:
        """The title, source, url and id in ``fields``, as strings or None."""
        return (
            _string(fields, self.title),
            _string(fields, self.source),
            _string(fields, self.url),
            _string(fields, self.id),
        )


def _string(fields: Fields, key: str | None) -> str | None:
    if key is None:
        return None
    value = fields.get(key)
    if isinstance(value, dict):  # NewsAPI: "source": {"id": ..., "name": "BBC News"}
        value = value.get("name") or value.get("title") or value.get("id")
    if value is None or isinstance(value, bool | list | dict):
        return None
    text = " ".join(str(value).split())
    return text or None
