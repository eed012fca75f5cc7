"""Ingest: turns a raw record (bytes or JSON fields) into a `Document` with normalised text.

Reads: `RawRecord` from io/inputs. Adds: text (decoded, Unicode NFC, boilerplate removed), title,
published (from metadata only; dates infer it later), url, doc_id (sha256 of the text), and
status/error for records that cannot become an article.
"""
from __future__ import annotations

import functools
import hashlib
import re
import unicodedata
from dataclasses import dataclass
from datetime import date

from ..document import FAILED, SKIPPED, Document
from ..errors import Errors
from ..resources import load_data
from ..io.inputs import RawRecord

# control characters other than tab and newline carry no text and break downstream tools
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b\ufeff]")
_TRAILING_SPACE = re.compile(r"[ \t\u00a0]+$", re.MULTILINE)
_MANY_BLANK_LINES = re.compile(r"\n{3,}")
# Longest text one document may have. News articles run to 2,000-50,000 characters, official
# statements to about 100,000. spaCy refuses texts over its max_length (1,000,000) and its parser
# needs about 1.5 GB and 20 s for 500,000 characters of English (en_core_web_sm, measured), so a
# longer text is almost surely several articles, or not an article, and fails with a message.
MAX_ARTICLE_CHARS = 500_000


@dataclass(frozen=True)
class IngestRules:
    strip_prefix: tuple[re.Pattern, ...]
    drop_line: tuple[re.Pattern, ...]
    cut_from: tuple[re.Pattern, ...]
    cut_window: float
    title_max_chars: int
    title_max_words: int
    title_bad_ending: re.Pattern

    @classmethod
    def from_disk(cls, relative_path: str = "ingest.yaml") -> "IngestRules":
        data = load_data(relative_path)
        flags = re.IGNORECASE | re.MULTILINE
        compile_all = lambda key: tuple(re.compile(p, flags) for p in data.get(key, []))  # noqa: E731
        return cls(compile_all("strip_prefix"), compile_all("drop_line"), compile_all("cut_from"),
                   float(data["cut_window"]), int(data["title"]["max_chars"]), int(data["title"]["max_words"]),
                   re.compile(data["title"]["not_ending_with"]))


@functools.cache
def ingest_rules() -> IngestRules:
    return IngestRules.from_disk()


def ingest(record: RawRecord) -> Document:
    """The document for one raw record; never raises for bad input, sets status/error instead."""
    if record.error:
        return failed_document(record.source, record.error)
    title = url = bad_title = bad_url = None
    published = rejected_published = None
    notes: list[str] = []
    if record.kind == "record":
        fields = record.fields
        url, bad_url = _optional_str(fields, "url")
        text, problem = _text_field(fields)
        if problem:
            return failed_document(record.source, problem, url)
        title, bad_title = _optional_str(fields, "title")
        published, rejected_published = _published(fields.get("published"))
    else:
        text, title, url, problem = _decode(record, notes)
        if problem:
            return failed_document(record.source, problem)
    text = normalise_text(text)
    if not text:
        empty = Errors.EMPTY_RECORD if record.kind == "record" else Errors.EMPTY
        return Document(doc_id=_doc_id(""), source=record.source, status=SKIPPED, error=empty, url=url)
    if len(text) > MAX_ARTICLE_CHARS:
        return failed_document(record.source, Errors.TEXT_TOO_LONG.format(chars=len(text), limit=MAX_ARTICLE_CHARS),
                               url)
    doc = Document(doc_id=_doc_id(text), source=record.source, text=text, url=url, published=published,
                   rejected_published=rejected_published)
    doc.title = title.strip() if title and title.strip() else find_title(text)
    if bad_title:
        stored = f"the headline found in the text ({doc.title!r})" if doc.title else "nothing (no headline in the text)"
        notes.append(Errors.TITLE_WRONG_TYPE.format(kind=bad_title, stored=stored))
    if bad_url:
        notes.append(Errors.URL_WRONG_TYPE.format(kind=bad_url))
    if notes:
        doc.error = "; ".join(notes)   # kept on an ok row: the record was read, with a warning
    return doc


def _decode(record: RawRecord, notes: list[str]) -> tuple[str, str | None, str | None, str | None]:
    """(text, title, url, None) or ("", None, None, error) of a text or HTML file."""
    from ..io.decode import decode_bytes, html_to_text  # lazy: charset detection is only needed here

    decoded = decode_bytes(record.data or b"")
    if decoded.note:
        notes.append(decoded.note)
    if decoded.error or record.kind != "html":
        return decoded.text, None, None, decoded.error
    return html_to_text(decoded.text)


def normalise_text(text: str) -> str:
    rules = ingest_rules()
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _CONTROL.sub("", text)
    text = unicodedata.normalize("NFC", text)
    text = remove_boilerplate(text, rules)
    text = _TRAILING_SPACE.sub("", text)
    text = _MANY_BLANK_LINES.sub("\n\n", text)
    return text.strip()


def remove_boilerplate(text: str, rules: IngestRules) -> str:
    for pattern in rules.cut_from:
        match = pattern.search(text)
        if match and match.start() >= len(text) * (1 - rules.cut_window):
            text = text[:match.start()]
    for pattern in rules.drop_line:
        text = pattern.sub("", text)
    for pattern in rules.strip_prefix:
        text = pattern.sub("", text)
    return text


def find_title(text: str) -> str | None:
    """The first line when it reads as a headline: short, not ending like a sentence, more text after it."""
    rules = ingest_rules()
    first, _, rest = text.partition("\n")
    first = first.strip()
    if not rest.strip() or not first:
        return None
    if len(first) > rules.title_max_chars or len(first.split()) > rules.title_max_words:
        return None
    if rules.title_bad_ending.search(first):
        return None
    return first


def _doc_id(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def failed_document(source: str, error: str, url: str | None = None) -> Document:
    """The row of a record that could not become an article. It has no text: its row gets a doc_id of its
    own from its source (`tables.published_document_row`)."""
    return Document(doc_id=_doc_id(""), source=source, status=FAILED, error=error, url=url)


def _text_field(fields: dict) -> tuple[str, str | None]:
    if "text" not in fields:
        return "", Errors.JSONL_NO_TEXT.format(fields=", ".join(sorted(map(str, fields))) or "none")
    value = fields["text"]
    if not isinstance(value, str):
        return "", Errors.JSONL_WRONG_TYPE.format(field="text", kind=type(value).__name__, expected="a string")
    return value, None


def _optional_str(fields: dict, name: str) -> tuple[str | None, str | None]:
    """(the value, None), or (None, the name of its type) when it is there but not a string."""
    value = fields.get(name)
    if value is None or isinstance(value, str):
        return value, None
    return None, type(value).__name__


def _published(value) -> tuple[date | None, str | None]:
    """(the date, None), or (None, the value as given) when it is there but not a date. What is stored
    instead is only known after the dates stage: `published_note` words the warning then."""
    if value is None or value == "":
        return None, None
    if isinstance(value, str):
        try:
            return date.fromisoformat(value.strip()[:10]), None
        except ValueError:
            pass
    return None, repr(value)


def published_note(doc: Document) -> str | None:
    """The warning for a `published` the input gave but that is not a date, saying what the row holds."""
    if doc.rejected_published is None:
        return None
    if doc.published is None:
        return Errors.BAD_PUBLISHED_NONE.format(value=doc.rejected_published)
    return Errors.BAD_PUBLISHED_INFERRED.format(value=doc.rejected_published, stored=doc.published.isoformat())
