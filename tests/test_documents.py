"""Reading documents: formats, offsets, language, and every kind of bad input."""

from __future__ import annotations

import io
import json

import pytest

from rightsgraph.loaders.documents import (
    document_from_text, html_to_text, iter_documents, read_path,
)
from rightsgraph.loaders.langid import detect_language, paragraph_languages
from rightsgraph.loaders.sentences import split_sentences
from rightsgraph.ontology.errors import BadInputError


def _only(items):
    results = [r for _, r in items]
    assert len(results) == 1
    return results[0]


def test_sentence_offsets_are_exact_in_three_languages():
    text = ("Le ministre M. Dupont a condamné l'arrestation. Il exige une enquête !\n\n"
            "أدانت وزارة الخارجية الاعتقالات. وطالبت بالإفراج عن المعتقلين؟\n"
            "The U.S. State Department said on Friday it was concerned. Mr. Smith agreed.")
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == [
        "Le ministre M. Dupont a condamné l'arrestation.", "Il exige une enquête !",
        "أدانت وزارة الخارجية الاعتقالات.", "وطالبت بالإفراج عن المعتقلين؟",
        "The U.S. State Department said on Friday it was concerned.", "Mr. Smith agreed.",
    ]
    for s in sentences:
        assert text[s.start:s.end] == s.text


def test_sentence_offsets_with_base_shift():
    sentences = split_sentences("One two. Three four.", base=100)
    assert [(s.start, s.end) for s in sentences] == [(100, 108), (109, 120)]


@pytest.mark.parametrize("text,lang", [
    ("Les autorités ont arrêté des dizaines de manifestants dans la capitale.", "fr"),
    ("The authorities arrested dozens of protesters in the capital on Monday.", "en"),
    ("اعتقلت السلطات عشرات المتظاهرين في العاصمة يوم الاثنين.", "ar"),
    ("Die Behörden haben am Montag Dutzende Demonstranten in der Hauptstadt festgenommen.", "de"),
    ("Las autoridades detuvieron a decenas de manifestantes en la capital el lunes.", "es"),
    ("12345 67890 !!!", "und"),
])
def test_language_detection(text, lang):
    assert detect_language(text) == lang


def test_mixed_document_gets_paragraph_languages():
    text = ("The foreign ministry condemned the arrests of the activists on Monday.\n\n"
            "أدانت وزارة الخارجية اعتقال الناشطين يوم الاثنين في العاصمة.")
    doc = document_from_text(text, "mixed.txt")
    langs = [lang for _, _, lang in doc.paragraph_langs]
    assert langs == ["en", "ar"]
    assert [lang for _, _, lang in paragraph_languages(text)] == ["en", "ar"]


def test_text_document_fields(tmp_path):
    path = tmp_path / "report.txt"
    path.write_text("Un titre d'article assez long\n\nLe gouvernement a dénoncé les arrestations.",
                    encoding="utf-8")
    doc = _only(iter_documents([str(path)]))
    assert doc.identifier == "report.txt"
    assert doc.lang == "fr"
    assert doc.title == "Un titre d'article assez long"
    assert len(doc.sha256) == 64
    assert doc.sentences[-1].text == "Le gouvernement a dénoncé les arrestations."


def test_title_skips_navigation_lines():
    doc = document_from_text("Logo\nContact Us\nSearch\nThe army opened fire on protesters in the capital\n\nBody text here.", "n.txt")
    assert doc.title == "The army opened fire on protesters in the capital"


def test_html_drops_scripts_navigation_and_keeps_metadata(tmp_path):
    html = """<!doctype html><html lang="en"><head><title>Site</title>
    <meta property="og:title" content="Ministry condemns arrests">
    <meta property="article:published_time" content="2021-06-02T10:00:00Z">
    <meta property="og:site_name" content="Example News">
    <script>var secret = "do not read me";</script><style>p{}</style></head>
    <body><nav><a href="/">Home</a> <a href="/donate">Donate</a></nav>
    <div class="cookie-banner">We use cookies</div>
    <article><h1>Ministry condemns arrests</h1><p>The foreign ministry condemned the arrests.</p>
    <p>It called for the <b>release</b> of the activists.</p></article>
    <footer>Copyright</footer><script>alert(1)</script></body></html>"""
    path = tmp_path / "page.html"
    path.write_text(html, encoding="utf-8")
    doc = _only(iter_documents([str(path)]))
    assert "do not read me" not in doc.text and "alert" not in doc.text
    assert "cookies" not in doc.text and "Donate" not in doc.text and "Copyright" not in doc.text
    assert "It called for the release of the activists." in doc.text
    assert doc.title == "Ministry condemns arrests"
    assert doc.date == "2021-06-02"
    assert doc.publisher == "Example News"
    assert doc.media_type == "text/html"
    for s in doc.sentences:
        assert doc.text[s.start:s.end] == s.text


def test_html_to_text_of_empty_page_is_empty():
    text, _ = html_to_text("<html><body><script>x()</script></body></html>")
    assert text == ""


def test_jsonl_records_and_bad_lines(tmp_path):
    path = tmp_path / "batch.jsonl"
    lines = [
        json.dumps({"id": "a1", "text": "The ministry condemned the arrests.", "date": "2020-01-05",
                    "url": "https://example.org/a1", "lang": "en"}),
        "{not json",
        json.dumps({"id": "a3", "body": "no text field"}),
        json.dumps({"text": "Le ministère a condamné les arrestations."}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    results = [r for _, r in iter_documents([str(path)])]
    assert [type(r).__name__ for r in results] == ["Document", "BadInputError", "BadInputError", "Document"]
    assert results[0].identifier == "a1" and results[0].date == "2020-01-05"
    assert results[0].url == "https://example.org/a1"
    assert f"{path}:2" in str(results[1]) and "invalid JSON" in str(results[1])
    assert f"{path}:3" in str(results[2])
    assert results[3].identifier == "batch.jsonl#4" and results[3].lang == "fr"


def test_stdin_document():
    stream = io.BytesIO("The government denied the reports.".encode("utf-8"))
    doc = _only(iter_documents(["-"], stdin=stream))
    assert doc.identifier.startswith("stdin-") and doc.lang == "en"


@pytest.mark.parametrize("content,reason", [
    (b"", "empty document"),
    (b"   \n\n  ", "empty document"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file"),
    ("Le gouvernement a condamné".encode("latin-1") + b"\xe9\xe9 les arrestations", "not valid UTF-8"),
])
def test_bad_inputs_give_one_clear_error(tmp_path, content, reason):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    error = _only(iter_documents([str(path)]))
    assert isinstance(error, BadInputError)
    assert str(path) in str(error) and reason in str(error)
    assert "\n" not in str(error)


def test_missing_path_is_reported():
    error = _only(iter_documents(["/nonexistent/file.txt"]))
    assert isinstance(error, BadInputError) and "no such file" in str(error)


@pytest.mark.parametrize("as_path", [str, lambda p: p])
def test_a_single_path_is_one_input_not_its_characters(tmp_path, as_path):
    # iter_documents("/x/y.txt") once walked "/" (the string's first character) as a folder
    path = tmp_path / "one.txt"
    path.write_text("The police arrested dozens of activists.", encoding="utf-8")
    doc = _only(iter_documents(as_path(path)))
    assert not isinstance(doc, BadInputError) and doc.identifier == "one.txt"


def test_folder_is_walked_recursively_in_order(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "two.txt").write_text("The army arrested dozens of activists.", encoding="utf-8")
    (tmp_path / "one.txt").write_text("The police arrested dozens of activists.", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("Hidden file text here.", encoding="utf-8")
    (tmp_path / "image.png").write_bytes(b"\x89PNG\x00")
    names = [r.identifier for _, r in iter_documents([str(tmp_path)])]
    assert names == ["two.txt", "one.txt"] or names == ["one.txt", "two.txt"]
    assert len(names) == 2


def test_large_text_is_streamed_with_exact_offsets(tmp_path, monkeypatch):
    from rightsgraph.loaders import documents

    monkeypatch.setattr(documents, "LARGE_BYTES", 10_000)
    monkeypatch.setattr(documents, "CHUNK_BYTES", 4_096)
    paragraph = "Le ministère a condamné les arrestations de militants à Minsk. " * 5 + "\n"
    text = "Titre du long document de test\n" + paragraph * 200
    path = tmp_path / "long.txt"
    path.write_text(text, encoding="utf-8")
    doc = _only(read_path_pairs(path))
    assert doc.streamed and doc.text == "" and doc.char_count() == len(text)
    assert doc.lang == "fr" and doc.title == "Titre du long document de test"
    import hashlib
    assert doc.sha256 == hashlib.sha256(text.encode("utf-8")).hexdigest()
    pieces = list(doc.chunks())
    assert len(pieces) > 5
    for offset, chunk, sentences in pieces:
        assert text[offset:offset + len(chunk)] == chunk
        for s in sentences:
            assert text[s.start:s.end] == s.text


def read_path_pairs(path):
    return [(str(path), r) for r in read_path(path)]


def test_size_limit_spares_json_lines(tmp_path, monkeypatch):
    from rightsgraph.loaders import documents

    monkeypatch.setattr(documents, "MAX_BYTES", 100)
    big_text = tmp_path / "big.txt"
    big_text.write_text("The ministry condemned the arrests. " * 10, encoding="utf-8")
    big_lines = tmp_path / "big.jsonl"
    big_lines.write_text("\n".join(json.dumps({"id": f"d{i}", "text": "The ministry condemned the arrests."})
                                   for i in range(10)), encoding="utf-8")
    (error,) = [r for _, r in iter_documents([str(big_text)])]
    assert isinstance(error, BadInputError) and "too large" in str(error)
    assert len([r for _, r in iter_documents([str(big_lines)])]) == 10
