"""Reading documents: plain text, HTML, JSON lines, folders and standard input.

Each reader yields :class:`~.model.Document` records, or raises
:class:`~rightsgraph.ontology.errors.BadInputError` naming the input and what is wrong
with it. :func:`iter_documents` walks a list of paths and yields ``(source, document)``
or ``(source, error)`` pairs, so that one bad file never stops the others.

Examples
--------
>>> from rightsgraph.loaders.documents import document_from_text
>>> doc = document_from_text("Un titre de dépêche\\n\\nLe ministre a condamné les arrestations.", "a.txt")
>>> doc.lang, doc.title, len(doc.sentences)
('fr', 'Un titre de dépêche', 2)
"""

from __future__ import annotations

import codecs
import hashlib
import io
import json
import os
import re
import sys
from pathlib import Path

from rightsgraph.ontology.errors import BadInputError

from .langid import SUPPORTED, detect_language, paragraph_languages
from .model import Document
from .sentences import split_sentences

TEXT_SUFFIXES = {".txt", ".text", ".md"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
CSV_SUFFIXES = {".csv"}
KNOWN_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES | CSV_SUFFIXES

MAX_BYTES = 256 * 1024 * 1024     # refuse files larger than this
CHUNK_BYTES = 1024 * 1024         # large texts are read and split in pieces of this size
LARGE_BYTES = 8 * 1024 * 1024     # above this a text file is streamed, not read whole

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_WHITESPACE_RUN = re.compile(r"[ \t\u00a0]+")


def _check_bytes(data: bytes, source: str) -> str:
    """Decode ``data`` as UTF-8, refusing empty, binary and mis-encoded input."""
    if not data.strip():
        raise BadInputError(source, "empty document")
    if data.startswith(codecs.BOM_UTF16_LE) or data.startswith(codecs.BOM_UTF16_BE):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise BadInputError(source, f"invalid UTF-16 at byte {exc.start}") from None
    if b"\x00" in data[:8192]:
        raise BadInputError(source, "binary file (contains NUL bytes), not a text document")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise BadInputError(
            source, f"not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start});"
            " re-encode it as UTF-8") from None
    sample = text[:8192]
    if sample and len(_CONTROL.findall(sample)) / len(sample) > 0.05:
        raise BadInputError(source, "binary file (control characters), not a text document")
    if not text.strip():
        raise BadInputError(source, "empty document")
    return text


def _first_line_title(text: str):
    """The first line that reads like a headline: 4 to 40 words, not a sentence run-on.

    Navigation lines of saved web pages ("Logo", "Contact Us", "Aller au contenu") are
    too short to be taken for the title.
    """
    fallback = None
    for line in text[:5000].splitlines():
        line = line.strip()
        if not line:
            continue
        fallback = fallback or (line if len(line) <= 300 else None)
        if 4 <= len(line.split()) <= 40 and len(line) <= 300:
            return line
    return fallback


def finish(doc: Document, lang: str | None = None) -> Document:
    """Fill the derived fields of ``doc``: checksum, language, sentences."""
    if not doc.sha256:
        doc.sha256 = hashlib.sha256(doc.text.encode("utf-8")).hexdigest()
    if lang:
        doc.lang = lang
    elif doc.lang in (None, "", "und"):
        doc.lang = detect_language(doc.text)
        spans = paragraph_languages(doc.text)
        langs = {s[2] for s in spans if s[2] in SUPPORTED}
        if len(langs) > 1:
            doc.paragraph_langs = spans
    if not doc.sentences:
        doc.sentences = split_sentences(doc.text)
    return doc


def document_from_text(text: str, identifier: str, *, source: str = "", lang=None,
                       title=None, date=None, url=None, media_type="text/plain") -> Document:
    """Build a :class:`Document` from text already decoded."""
    if not text.strip():
        raise BadInputError(source or identifier, "empty document")
    doc = Document(identifier=identifier, text=text, source=source or identifier,
                   title=title or _first_line_title(text), date=date, url=url,
                   media_type=media_type)
    return finish(doc, lang)


# ----------------------------------------------------------------------------- HTML

_DROP_TAGS = ("script", "style", "noscript", "template", "nav", "header", "footer", "form",
              "aside", "iframe", "svg", "button", "select", "input", "textarea", "label",
              "dialog", "object", "embed", "canvas", "menu")
_BOILERPLATE_ATTR = re.compile(
    r"(^|[-_ ])(nav|navbar|menu|breadcrumbs?|cookie|consent|banner|donat\w*|don|share|"
    r"sharing|social|comments?|related|read-?also|newsletter|subscribe|sidebar|footer|"
    r"header|advert\w*|ads?|promo|popup|modal|skip-link|toolbar|tags)([-_ ]|$)", re.I)
_BLOCK_TAGS = {"p", "div", "section", "article", "main", "li", "ul", "ol", "h1", "h2", "h3",
               "h4", "h5", "h6", "blockquote", "pre", "table", "tr", "td", "th", "br",
               "figure", "figcaption", "dd", "dt", "dl", "hr"}


def _html_meta(root):
    def meta(*names):
        for name in names:
            for attr in ("property", "name", "itemprop"):
                found = root.xpath(f'//meta[@{attr}="{name}"]/@content')
                if found and found[0].strip():
                    return found[0].strip()
        return None

    title = meta("og:title", "twitter:title")
    if not title:
        found = root.xpath("//title/text()")
        title = found[0].strip() if found and found[0].strip() else None
    date = meta("article:published_time", "datePublished", "date", "dc.date", "DC.date")
    if not date:
        found = root.xpath("//time/@datetime")
        date = found[0] if found else None
    lang = root.xpath("/html/@lang")
    return {
        "title": title,
        "date": _iso_date(date),
        "url": meta("og:url") or (root.xpath('//link[@rel="canonical"]/@href') or [None])[0],
        "publisher": meta("og:site_name", "publisher", "author"),
        "lang": lang[0].split("-")[0].lower() if lang else None,
    }


def _iso_date(value):
    if not value:
        return None
    match = re.match(r"(\d{4})-(\d{2})-(\d{2})", value.strip())
    return "-".join(match.groups()) if match else None


def html_to_text(markup: str, source: str = "") -> tuple[str, dict]:
    """Visible text of an HTML page without scripts and boilerplate, and its metadata."""
    import lxml.html  # parsing HTML is this function's whole job
    from lxml import etree

    try:
        root = lxml.html.document_fromstring(markup)
    except (etree.ParserError, ValueError) as exc:
        raise BadInputError(source, f"unreadable HTML ({exc})") from None
    info = _html_meta(root)
    for element in list(root.iter(etree.Comment, etree.ProcessingInstruction)):
        element.drop_tree() if hasattr(element, "drop_tree") else None
    body = root.find("body")
    body = body if body is not None else root
    doomed = [el for el in body.iter() if isinstance(el.tag, str) and (
        el.tag in _DROP_TAGS
        or _BOILERPLATE_ATTR.search(" ".join([el.get("class", ""), el.get("id", ""),
                                              el.get("role", "")]))
        or el.get("aria-hidden") == "true" or el.get("hidden") is not None)]
    for el in doomed:
        if el.getparent() is not None:
            el.drop_tree()
    parts: list[str] = []

    def walk(el):
        tag = el.tag if isinstance(el.tag, str) else ""
        if tag in _BLOCK_TAGS:
            parts.append("\n")
        if el.text and tag:
            parts.append(el.text)
        for child in el:
            walk(child)
            if child.tail:
                parts.append(child.tail)
        if tag in _BLOCK_TAGS:
            parts.append("\n")

    walk(body)
    lines = [_WHITESPACE_RUN.sub(" ", line).strip() for line in "".join(parts).split("\n")]
    text = "\n\n".join(line for line in lines if line)
    return text, info


# ----------------------------------------------------------------------------- readers

def read_text_bytes(data: bytes, identifier: str, source: str, lang=None) -> Document:
    return document_from_text(_check_bytes(data, source), identifier, source=source, lang=lang)


def read_html_bytes(data: bytes, identifier: str, source: str, lang=None) -> Document:
    markup = _check_bytes(data, source)
    text, info = html_to_text(markup, source)
    if not text.strip():
        raise BadInputError(source, "HTML page has no visible text")
    doc = document_from_text(text, identifier, source=source, title=info["title"],
                             date=info["date"], url=info["url"], media_type="text/html",
                             lang=lang or (info["lang"] if info["lang"] in SUPPORTED else None))
    doc.publisher = info["publisher"]
    return doc


def read_coded_csv(data: bytes, identifier: str, source: str):
    """A coded-events CSV as a Document whose acts are already known (see :mod:`.coded`).

    Yields the Document, preceded by one BadInputError per row that was skipped.
    """
    from .coded import read_coded_events

    text = _check_bytes(data, source)
    skipped = []
    extraction = read_coded_events(text, source, on_error=skipped.append)
    yield from skipped
    doc = Document(identifier=identifier, text=text, source=source,
                   title=None, media_type="text/csv", coded=extraction)
    doc.lang = _csv_language(text)
    yield finish(doc, lang=doc.lang)


def _csv_language(text: str) -> str:
    """The most frequent ``lang`` cell of a coded-events CSV (English when absent)."""
    import csv
    from collections import Counter

    reader = csv.DictReader(io.StringIO(text, newline=""))
    column = next((n for n in reader.fieldnames or () if n and n.strip().lower() == "lang"), None)
    if column is None:
        return "en"
    counts = Counter((row.get(column) or "en").strip() or "en" for row in reader)
    return counts.most_common(1)[0][0] if counts else "en"


def read_jsonl_lines(lines, source: str, lang=None):
    """Yield a Document, or a BadInputError, for each line of a JSON-lines stream."""
    for number, raw in enumerate(lines, 1):
        where = f"{source}:{number}"
        if not raw.strip():
            continue
        try:
            record = json.loads(raw)
        except json.JSONDecodeError as exc:
            yield BadInputError(where, f"invalid JSON ({exc.msg} at column {exc.colno})")
            continue
        if not isinstance(record, dict) or not isinstance(record.get("text"), str):
            yield BadInputError(where, 'each line must be an object with a "text" string')
            continue
        identifier = str(record.get("id") or f"{Path(source).name}#{number}")
        try:
            doc = document_from_text(
                record["text"], identifier, source=where, title=record.get("title"),
                date=_iso_date(record.get("date")), url=record.get("url"),
                lang=lang or record.get("lang"))
        except BadInputError as exc:
            yield exc
            continue
        doc.publisher = record.get("publisher")
        yield doc


def iter_text_chunks(path: Path, source: str):
    """Yield ``(offset, text)`` pieces of a UTF-8 file, cut after line ends.

    ``offset`` counts characters from the start of the decoded text (BOM removed), so
    offsets computed on a piece shift to document offsets by adding it.
    """
    decoder = codecs.getincrementaldecoder("utf-8")()
    offset, position, pending = 0, 0, ""
    with path.open("rb") as fh:
        while True:
            block = fh.read(CHUNK_BYTES)
            final = not block
            if position == 0 and block.startswith(codecs.BOM_UTF8):
                block = block[3:]
            if b"\x00" in block:
                raise BadInputError(source, "binary file (contains NUL bytes), not a text document")
            try:
                pending += decoder.decode(block, final=final)
            except UnicodeDecodeError as exc:
                raise BadInputError(
                    source, f"not valid UTF-8 (near byte offset {position + exc.start});"
                    " re-encode it as UTF-8") from None
            position += len(block)
            cut = len(pending) if final else pending.rfind("\n") + 1
            if cut > 0:
                yield offset, pending[:cut]
                offset += cut
                pending = pending[cut:]
            if final:
                return


def _stream_large_text(path: Path, source: str, lang=None) -> Document:
    """A large text file as a streamed Document: one pass for checksum and language.

    The text is not kept: ``Document.chunks()`` reads it again piece by piece, so memory
    stays bounded whatever the file's size.
    """
    digest = hashlib.sha256()
    head, chars, nonblank = "", 0, False
    for _, chunk in iter_text_chunks(path, source):
        digest.update(chunk.encode("utf-8"))
        if len(head) < 20000:
            head += chunk[:20000]
        nonblank = nonblank or bool(chunk.strip())
        chars += len(chunk)
    if not nonblank:
        raise BadInputError(source, "empty document")
    doc = Document(identifier=path.name, text="", source=source,
                   title=_first_line_title(head[:2000]), path=str(path), length=chars)
    doc.sha256 = digest.hexdigest()
    doc.lang = lang or detect_language(head)
    return doc


def read_path(path: Path, lang=None):
    """Yield the Documents (or BadInputErrors) of one file."""
    source = str(path)
    try:
        size = path.stat().st_size
    except OSError as exc:
        yield BadInputError(source, exc.strerror or "cannot be read")
        return
    suffix = path.suffix.lower()
    if size > MAX_BYTES and suffix not in JSONL_SUFFIXES:  # JSON lines are read line by line
        yield BadInputError(source, f"too large ({size // 2**20} MiB > {MAX_BYTES // 2**20} MiB)")
        return
    try:
        if suffix in JSONL_SUFFIXES:
            with path.open("r", encoding="utf-8", errors="strict") as fh:
                try:
                    yield from read_jsonl_lines(fh, source, lang)
                except UnicodeDecodeError:
                    yield BadInputError(source, "not valid UTF-8; re-encode it as UTF-8")
            return
        if suffix in CSV_SUFFIXES:
            yield from read_coded_csv(path.read_bytes(), path.name, source)
            return
        if suffix not in HTML_SUFFIXES and size > LARGE_BYTES:
            yield _stream_large_text(path, source, lang)
            return
        data = path.read_bytes()
        if suffix in HTML_SUFFIXES or (suffix not in TEXT_SUFFIXES and _looks_like_html(data)):
            yield read_html_bytes(data, path.name, source, lang)
        else:
            yield read_text_bytes(data, path.name, source, lang)
    except BadInputError as exc:
        yield exc
    except OSError as exc:
        yield BadInputError(source, exc.strerror or str(exc))


def _looks_like_html(data: bytes) -> bool:
    head = data[:1024].lstrip().lower()
    return head.startswith(b"<!doctype html") or head.startswith(b"<html")


def expand_paths(paths):
    """Files named by ``paths``: folders are walked recursively in sorted order.

    Hidden files and files with unknown suffixes inside folders are skipped; a file named
    explicitly is always read. ``-`` stands for standard input. A single ``str`` or path is
    one path, not an iterable of one-character paths (``"/data/x.jsonl"`` would otherwise
    start with ``"/"`` and walk the whole file system).
    """
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    for raw in paths:
        if raw == "-":
            yield "-"
            continue
        path = Path(raw)
        if path.is_dir():
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    if name.startswith(".") or Path(name).suffix.lower() not in KNOWN_SUFFIXES:
                        continue
                    yield Path(root) / name
        else:
            yield path


def iter_documents(paths, lang=None, stdin=None, fmt=None):
    """Yield ``(source, Document)`` or ``(source, BadInputError)`` for every input.

    Parameters
    ----------
    paths : str, path or iterable of them
        Files, folders, or ``-`` for standard input; a single string is one path.
    lang : str, optional
        Force this language instead of detecting it.
    stdin : binary file, optional
        Where ``-`` reads from (default ``sys.stdin.buffer``).
    fmt : {"txt", "html", "jsonl"}, optional
        Format of standard input (and of files whose suffix says nothing).
    """
    for item in expand_paths(paths):
        if item == "-":
            stream = stdin if stdin is not None else sys.stdin.buffer
            data = stream.read()
            if fmt == "jsonl":
                try:
                    lines = data.decode("utf-8").splitlines()
                except UnicodeDecodeError:
                    yield "<stdin>", BadInputError("<stdin>", "not valid UTF-8")
                    continue
                for doc in read_jsonl_lines(lines, "<stdin>", lang):
                    yield "<stdin>", doc
                continue
            digest = hashlib.sha256(data).hexdigest()[:12]
            try:
                if fmt == "html" or (fmt is None and _looks_like_html(data)):
                    doc = read_html_bytes(data, f"stdin-{digest}", "<stdin>", lang)
                else:
                    doc = read_text_bytes(data, f"stdin-{digest}", "<stdin>", lang)
                yield "<stdin>", doc
            except BadInputError as exc:
                yield "<stdin>", exc
            continue
        if not item.exists():
            yield str(item), BadInputError(str(item), "no such file or folder")
            continue
        for result in read_path(item, lang):
            yield str(item), result
