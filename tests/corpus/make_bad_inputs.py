"""Writes tests/corpus/bad_inputs/, the files that show what the pipeline does with bad input.

The bytes are committed; run this only to change them (`python tests/corpus/make_bad_inputs.py`).
VISCII and TCVN3 bytes come from glibc's iconv, as Python has no codec for them. What cannot be
committed (a 50 MB file, a FIFO, an unreadable file, a broken link) is added at test time by
tests/test_robustness.py. Every file is written from the article text a perfect reader would return,
kept here in TEXTS so that tests can compare.
"""
from __future__ import annotations

import codecs
import random
import subprocess
from pathlib import Path

FOLDER = Path(__file__).resolve().parent / "bad_inputs"

EN_DIGITAL = ("ASEAN ministers agree to speed up the digital masterplan\n\n"
              "The ASEAN Digital Ministers agreed in Singapore on Friday to implement the ASEAN Digital Masterplan "
              "2025 ahead of schedule. Singapore pledged to host a regional cybersecurity centre, officials said.\n")
VI_LAOS = ("Việt Nam và Lào tăng cường hợp tác\n\n"
           "Bộ trưởng Ngoại giao Bùi Thanh Sơn đã hội đàm với Bộ trưởng Ngoại giao Lào tại Viên Chăn. "
           "Hai bên nhất trí thúc đẩy hợp tác trong khuôn khổ ASEAN và tiểu vùng Mekong.\n")
EN_BRUNEI = ("Brunei hands over the ASEAN chair\n\n"
             "Brunei handed over the ASEAN chairmanship to Cambodia at a ceremony in Bandar Seri Begawan, "
             "and both governments agreed to keep working on the Code of Conduct in the South China Sea.\n")
# curly quotes, dashes and letters where Windows-1252 and its neighbours (cp1250) differ: ï
EN_JAKARTA = ("Jakarta talks end with a “firm commitment” – ministers say\n\n"
              "The ministers’ meeting in Jakarta ended on Thursday with a “firm commitment” to the Treaty of Amity "
              "and Cooperation – a naïve hope, critics said, but one the Secretary-General’s café briefing called "
              "a résumé of real progress.\n")
VI_MINISTERS = ("Các Bộ trưởng Ngoại giao ASEAN nhất trí tăng cường hợp tác\n\n"
                "Các Bộ trưởng Ngoại giao ASEAN nhất trí tăng cường hợp tác trong khu vực. Thứ trưởng Ngoại giao "
                "Nguyễn Quốc Dũng cho biết Hội nghị diễn ra trực tuyến vào ngày 4 tháng 8. Hoà bình, ổn định và "
                "phát triển là mục tiêu chung của các nước thành viên.\n")
# the same article kept in other code pages, each with its own last line: as three different files
# (not duplicates of one another) every one of them shows in documents how it was read
VI_MINISTERS_VISCII = VI_MINISTERS + "Bản lưu theo bảng mã VISCII.\n"
VI_MINISTERS_TCVN3 = VI_MINISTERS + "Bản lưu theo bảng mã TCVN3.\n"
HTML_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>ASEAN and Japan launch a maritime dialogue | Example News</title>
<script>var tracking = {"id": 42};</script><style>nav {display: flex}</style></head>
<body>
<header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/asia">Asia</a> <a href="/login">Sign in</a></nav></header>
<main><article>
<h1>ASEAN and Japan launch a maritime dialogue</h1>
<p class="byline">By Staff Reporter, Tokyo</p>
<p>Foreign ministers of ASEAN and Japan agreed on Monday to launch an annual maritime security dialogue, the Japanese
Ministry of Foreign Affairs said in a statement after the meeting in Tokyo.</p>
<p>The ministers committed to promote freedom of navigation in the South China Sea in accordance with the 1982 United
Nations Convention on the Law of the Sea, and to hold the first session in Manila next year.</p>
<p>Japan also pledged new funding for coast guard training in Vietnam, the Philippines and Indonesia.</p>
</article></main>
<aside><h3>Most read</h3><ul><li><a href="/a">Stocks fall</a></li><li><a href="/b">Weather warning</a></li></ul></aside>
<footer><p>© 2024 Example News. All rights reserved.</p><p>Subscribe to our newsletter</p></footer>
</body></html>
"""
HTML_NO_ARTICLE = """<html><head><title>Page not found</title></head><body><nav><a href="/">Home</a> |
<a href="/news">News</a></nav><div id="app"></div><script>window.location = "/";</script></body></html>
"""
FR_VIENTIANE = ("Les ministres de l'ASEAN réunis à Vientiane\n\n"
                "Les ministres des Affaires étrangères de l'ASEAN se sont réunis mardi à Vientiane pour discuter de "
                "la situation en Birmanie et de la coopération régionale. Le ministre laotien a déclaré que la "
                "réunion était très importante pour toute la région.\n")
MIXED_SUMMIT = ("Vietnam affirms its role at the ASEAN Summit\n\n"
                "Prime Minister Pham Minh Chinh attended the 43rd ASEAN Summit in Jakarta on September 5. "
                "He said that ASEAN should keep its central role in the regional architecture and agreed to promote "
                "cooperation on the digital economy.\n"
                "Phát biểu tại Hội nghị, Thủ tướng Phạm Minh Chính nhấn mạnh: “ASEAN cần giữ vững đoàn kết và vai trò "
                "trung tâm.”\n"
                "The leaders also approved the ASEAN Outlook on the Indo-Pacific implementation plan.\n")
JSONL_LINES = [
    '{"text": "Indonesia and Malaysia agreed on Wednesday to settle their maritime boundary in the Sulawesi Sea, the '
    'two foreign ministers said in Kuala Lumpur.", "title": "Indonesia, Malaysia agree on sea border", '
    '"published": "2023-06-08", "url": "https://example.org/a"}',
    '{"text": "unterminated string, "title": "broken"',          # malformed
    '',                                                           # blank: no record
    '{"title": "A record without its body", "url": "https://example.org/b"}',
    '{"text": 42}',
    '["a", "list", "not", "an", "object"]',
    '{"text": "Thailand will host the next meeting of ASEAN environment ministers in Bangkok, the ministry announced '
    'on Monday.", "published": "last Tuesday", "title": 7}',     # read, with warnings
    '{"text": "   "}',
]
JSON_ARRAY = ('[{"text": "Thủ tướng Phạm Minh Chính đề nghị ASEAN đẩy mạnh hợp tác kinh tế số và chuyển đổi xanh '
              'trong giai đoạn tới.", "published": "2023-09-05"}, "a bare string"]')
EN_RICE = ("Philippines and Vietnam sign rice trade deal\n\n"
           "The Philippines and Vietnam signed a five-year agreement on rice trade in Manila on Tuesday, "
           "with Vietnam committing to supply up to two million tonnes a year.\n")
VI_SUMMIT = ("Hội nghị Cấp cao ASEAN lần thứ 44 khai mạc\n\n"
             "Hội nghị Cấp cao ASEAN lần thứ 44 đã khai mạc tại thủ đô Viên Chăn, Lào. Các nhà lãnh đạo cam kết "
             "thúc đẩy kết nối và tăng cường khả năng tự cường của Cộng đồng ASEAN.\n")
EN_CAMBODIA = ("Cambodia to chair ASEAN defence talks\n\n"
               "Cambodia will chair the ASEAN Defence Ministers' Meeting in Phnom Penh next month, the defence "
               "ministry said. Ministers are expected to adopt a joint declaration on peacekeeping.\n")
VI_MYANMAR = ("Myanmar vắng mặt tại Hội nghị Bộ trưởng\n\n"
              "Myanmar không cử đại diện chính trị tới Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 56 tại Jakarta. "
              "Các Bộ trưởng kêu gọi chấm dứt bạo lực và thực hiện Đồng thuận 5 điểm.\n")
EN_LAOS = ("Laos opens ASEAN tourism forum\n\n"
           "Laos opened the ASEAN Tourism Forum in Vientiane on Wednesday, and tourism ministers agreed to "
           "promote a single visa for travellers from outside the region.\n")

# file name -> the article text a perfect reader returns (before normalisation)
TEXTS = {
    "utf8_bom.txt": EN_DIGITAL, "utf16_bom.txt": VI_LAOS, "utf16le_no_bom.txt": EN_BRUNEI,
    "windows_1252.txt": EN_JAKARTA, "windows_1258_vi.txt": VI_MINISTERS, "viscii_vi.txt": VI_MINISTERS_VISCII,
    "tcvn3_vi.txt": VI_MINISTERS_TCVN3, "french.txt": FR_VIENTIANE, "mixed_en_vi.txt": MIXED_SUMMIT,
    "dup_a.txt": EN_RICE, "dup_b (copy).txt": EN_RICE, "Hội nghị ASEAN – bản tin số 1.txt": VI_SUMMIT,
    "nul_bytes.txt": EN_CAMBODIA, "invalid_utf8.txt": VI_MYANMAR,
    "folder named like a file.txt/nested article.txt": EN_LAOS,
}


def iconv(text: str, encoding: str) -> bytes:
    return subprocess.run(["iconv", "-f", "UTF-8", "-t", encoding], input=text.encode("utf-8"),
                          capture_output=True, check=True).stdout


def with_invalid_utf8(text: str) -> bytes:
    """UTF-8 with two stray bytes and one cut-off character, as a bad copy or transfer leaves them."""
    data = text.encode("utf-8")
    cut = data.index(b"Jakarta")
    return data[:cut] + b"\xff\xfe" + data[cut:cut + 9] + b"\xc3" + data[cut + 9:]


def contents() -> dict[str, bytes]:
    return {
        "utf8_bom.txt": EN_DIGITAL.encode("utf-8-sig"),
        "utf16_bom.txt": VI_LAOS.encode("utf-16"),
        "utf16le_no_bom.txt": EN_BRUNEI.encode("utf-16-le"),
        "windows_1252.txt": EN_JAKARTA.encode("cp1252"),
        "windows_1258_vi.txt": iconv(VI_MINISTERS, "CP1258"),
        "viscii_vi.txt": iconv(VI_MINISTERS_VISCII, "VISCII"),
        "tcvn3_vi.txt": iconv(VI_MINISTERS_TCVN3, "TCVN"),
        "article.html": HTML_PAGE.encode(),
        "no_article.html": HTML_NO_ARTICLE.encode(),
        "french.txt": FR_VIENTIANE.encode(),
        "mixed_en_vi.txt": MIXED_SUMMIT.encode(),
        "records.jsonl": ("\n".join(JSONL_LINES) + "\n").encode(),
        "records.json": JSON_ARRAY.encode(),
        "empty.jsonl": b"\n\n",
        "empty_list.json": b"[]",
        "dup_a.txt": EN_RICE.encode(),
        # the same article saved again on Windows: BOM, CRLF, trailing spaces; the same normalised text
        "dup_b (copy).txt": codecs.BOM_UTF8 + EN_RICE.replace("\n", "  \r\n").encode(),
        "Hội nghị ASEAN – bản tin số 1.txt": VI_SUMMIT.encode(),
        "folder named like a file.txt/nested article.txt": EN_LAOS.encode(),
        # NUL bytes inside a word and as padding after the text, as an interrupted write leaves them
        "nul_bytes.txt": EN_CAMBODIA.replace("chair", "ch\x00air").encode() + b"\x00" * 512,
        "invalid_utf8.txt": with_invalid_utf8(VI_MYANMAR),
        "image_renamed.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)),
        "random_bytes.txt": random.Random(8).randbytes(4096),
        "scan.pdf": b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n",
        "empty.txt": b"",
        "whitespace_only.txt": b"  \n\t\r\n \xc2\xa0 \xe2\x80\x8b\n\n",
        "too_short.txt": b"12 34 -- !!\n",
    }


def main() -> None:
    for name, data in contents().items():
        path = FOLDER / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)


if __name__ == "__main__":
    main()
