import pytest

from corpus.make_bad_inputs import HTML_NO_ARTICLE
from pipeline.stages.ingest import find_title, ingest, normalise_text
from pipeline.io.inputs import RawRecord


@pytest.mark.parametrize("raw, expected", [
    ("Home » News » Vietnam affirms its role\n\nBody text.", "Vietnam affirms its role\n\nBody text."),
    ("Trang chủ > Thời sự > Việt Nam khẳng định vai trò\nNội dung.", "Việt Nam khẳng định vai trò\nNội dung."),
    ("Hoa\u0300 bi\u0300nh", "Hoà bình"),                                    # NFC
    ("Line one.\r\nLine two.  \r\n\r\n\r\n\r\nEnd.", "Line one.\nLine two.\n\nEnd."),
    ("Body " * 40 + "\n\nLeave a Comment\n\nThis site uses Akismet to reduce spam.", ("Body " * 40).strip()),
    ("Leave a comment on every meeting, he said. " + "Body " * 40, "Leave a comment on every meeting, he said. " + ("Body " * 40).strip()),
    ("A\x00B\u200bC", "ABC"),
    # the rating widget and the comment section of Vietnamese pages end the story
    ("Nội dung " * 40 + "\n\nBài viết hay? Hãy đánh giá bài viết\nuser image\nÝ KIẾN\n\nTin khác.", ("Nội dung " * 40).strip()),
    ("Nội dung " * 40 + "\n\nÝ kiến bạn đọc (3)\n\nBình luận.", ("Nội dung " * 40).strip()),
    # a related-stories box near the end holds other stories, not this one
    ("Nội dung " * 40 + "\n\nTin cùng chuyên mục\n\nThủ tướng Campuchia Hun Manet. (Ảnh: THX/TTXVN)", ("Nội dung " * 40).strip()),
    ("Body " * 40 + "\n\nRelated Articles:\nMost Popular\nBACK TO TOP\nEdition:\nChinese | BIG5 | Deutsch", ("Body " * 40).strip()),
    # ... a sentence that starts with the same words, or such a box early in the page, is kept
    ("Body " * 40 + "\n\nRelated news outlets reported the talks.", ("Body " * 40).strip() + "\n\nRelated news outlets reported the talks."),
    ("Tin liên quan\n" + "Nội dung " * 40, ("Nội dung " * 40).strip()),    # (the header line alone goes)
    # ... a sentence about opinions does not
    ("Nội dung " * 40 + "\n\nÝ kiến của các nước được lắng nghe.", ("Nội dung " * 40).strip() + "\n\nÝ kiến của các nước được lắng nghe."),
])
def test_normalise_text(raw, expected):
    assert normalise_text(raw) == expected


@pytest.mark.parametrize("text, title", [
    ("ASEAN will promote cooperation in digital transformation\n\nThe ASEAN Ministers ...", "ASEAN will promote cooperation in digital transformation"),
    ("Chuyển đổi số trong ASEAN diễn ra mạnh mẽ\nCác Bộ trưởng ...", "Chuyển đổi số trong ASEAN diễn ra mạnh mẽ"),
    ("Sau 5 ngày làm việc, Hội nghị đã thành công tốt đẹp.\nHội nghị ...", None),   # a sentence, not a headline
    ("Only one line", None),
])
def test_find_title(text, title):
    assert find_title(text) == title


@pytest.mark.parametrize("record, status, error_words", [
    (RawRecord("a.txt", data="Hello world.".encode("utf-8-sig")), "ok", None),
    (RawRecord("a.txt", data="Xin chào thế giới.".encode("utf-16")), "ok", None),
    (RawRecord("a.txt", data=b"   \n\t "), "skipped", "empty"),
    (RawRecord("a.pdf", data=b"%PDF-1.7 ..."), "failed", "PDF"),
    (RawRecord("a.jsonl#1", fields={"title": "T"}, kind="record"), "failed", "no 'text' field"),
    (RawRecord("a.jsonl#2", fields={"text": 42}, kind="record"), "failed", "'text' is of type int"),
    (RawRecord("a.jsonl#3", fields={"text": "Body.", "title": 7}, kind="record"), "ok",
     "'title' is of type int, expected a string: title holds nothing (no headline in the text) instead"),
    (RawRecord("a.jsonl#3", fields={"text": "Head\n\nBody.", "title": ["x"]}, kind="record"), "ok",
     "title holds the headline found in the text ('Head') instead"),
    (RawRecord("a.jsonl#3", fields={"text": "Body.", "url": 5}, kind="record"), "ok",
     "'url' is of type int, expected a string: url was left empty"),
    (RawRecord("a.jsonl#4", fields={"text": "word " * 100_001}, kind="record"), "failed", "over the 500,000-character"),
    (RawRecord("a.txt", data=("word " * 100_001).encode()), "failed", "split it into one file per article"),
    (RawRecord("a.txt", data=b"\x00" * 100), "failed", "only NUL bytes"),
    (RawRecord("a.txt", data="Caf\xe9 na\xefve.".encode("cp1252")), "ok", "read as cp1252"),
    (RawRecord("a.html", data=HTML_NO_ARTICLE.encode(), kind="html"), "failed", "no article text"),
])
def test_ingest_status(record, status, error_words):
    doc = ingest(record)
    assert doc.status == status
    if error_words:
        assert error_words in doc.error


def test_ingest_metadata_and_id():
    doc = ingest(RawRecord("a.jsonl#1", fields={"text": "Body text.", "title": "Head", "published": "2021-08-06",
                                               "url": "https://example.org/a"}, kind="record"))
    assert (doc.title, str(doc.published), doc.url) == ("Head", "2021-08-06", "https://example.org/a")
    import hashlib
    assert doc.doc_id == hashlib.sha256("Body text.".encode()).hexdigest()


def test_a_published_that_is_no_date_is_kept_for_the_warning_written_after_the_stages():
    doc = ingest(RawRecord("a.jsonl#3", fields={"text": "Body.", "published": "yesterday"}, kind="record"))
    assert (doc.status, doc.published, doc.rejected_published, doc.error) == ("ok", None, "'yesterday'", None)


@pytest.mark.parametrize("head, url", [
    ('<link rel="canonical" href="https://example.org/news/asean-japan">', "https://example.org/news/asean-japan"),
    ('<meta property="og:url" content="https://example.org/og/asean-japan">', "https://example.org/og/asean-japan"),
    ("", None),
])
def test_an_html_page_gives_its_canonical_address(head, url):
    from corpus.make_bad_inputs import HTML_PAGE

    doc = ingest(RawRecord("a.html", data=HTML_PAGE.replace("<title>", head + "<title>").encode(), kind="html"))
    assert doc.status == "ok" and doc.url == url
