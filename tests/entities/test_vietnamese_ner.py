"""Vietnamese NER beyond the CRF (issue 15, item 3): person cues, nationality words, body heads and extents,
the CRF's acronyms. Each rule with cases it must find and cases it must leave alone."""
import pytest

from .support import check_pairs as check, pairs


@pytest.mark.parametrize("text, expected, not_expected", [
    # a profession, role, rank or kinship word before capitalised syllables: a person, without the cue
    ("Cùng quan điểm với Luật sư Được, ông Thiệp nhận định như vậy.", {("PERSON", "Được")}, {("PERSON", "Luật sư Được")}),
    ("HLV Antonio Conte đã loại anh khỏi kế hoạch.", {("PERSON", "Antonio Conte")}, {("PERSON", "HLV Antonio Conte"), ("ORG", "HLV Antonio Conte")}),
    ("Ông đã gặp Thiếu tướng Vũ Ngọc Nhạ tại Sài Gòn.", {("PERSON", "Vũ Ngọc Nhạ")}, set()),
    # the cue alone, or before a lower-case word, names nobody
    ("Luật sư cho biết vụ án sẽ được xét xử lại.", set(), {("PERSON", "Luật sư")}),
    ("Các cầu thủ đã tập luyện chăm chỉ.", set(), {("PERSON", "cầu thủ")}),
])
def test_person_after_a_cue(text, expected, not_expected):
    check(text, "vi", expected, not_expected)


@pytest.mark.parametrize("text, expected, not_expected", [
    # a country after "người", "tiếng", "dân tộc": a nationality, a language, an ethnic group
    ("Tiền đạo người Argentina đã lên tiếng chê bai.", set(), {("GPE", "Argentina")}),
    ("Cô ấy nói thạo tiếng Anh và tiếng Pháp.", set(), {("GPE", "Anh"), ("GPE", "Pháp")}),
    # the country itself, and "người dân <country>" (the people of the country), stay
    ("Người dân Việt Nam chào đón đoàn đại biểu Pháp.", {("GPE", "Việt Nam")}, set()),
    ("Thủ tướng thăm Argentina và Pháp.", {("GPE", "Argentina"), ("GPE", "Pháp")}, set()),
])
def test_nationality_is_no_place(text, expected, not_expected):
    check(text, "vi", expected, not_expected)


def test_no_nationality_rule_in_english():
    assert ("GPE", "Argentina") in pairs("The people of Argentina voted.", "en")


@pytest.mark.parametrize("text, expected, not_expected", [
    # embassies, courts, fronts, ventures are bodies
    ("Đại sứ quán Nhật Bản tại Việt Nam tặng xe chữa cháy.", {("ORG", "Đại sứ quán Nhật Bản"), ("GPE", "Việt Nam")},
     {("GPE", "Nhật Bản")}),
    ("TAND Hà Nội tiếp tục phiên tòa xét xử.", {("ORG", "TAND Hà Nội")}, {("GPE", "Hà Nội")}),
    # a body's name ends after a known place when a lower-case word follows ...
    ("Quốc hội Hàn Quốc đầu tuần này đã họp.", {("ORG", "Quốc hội Hàn Quốc")}, {("ORG", "Quốc hội Hàn Quốc đầu tuần")}),
    ("Tổng công ty Đường sắt Việt Nam vừa cho biết sẽ giảm giá vé.", {("ORG", "Tổng công ty Đường sắt Việt Nam")}, set()),
    # ... but lower-case syllables of a capitalised word run on ("Giao thông vận tải")
    ("Sở Giao thông vận tải Hà Nội đã gửi văn bản.", {("ORG", "Sở Giao thông vận tải Hà Nội")}, {("GPE", "Hà Nội")}),
    # "và các Hội ...": another body opens after "và"
    ("Hiệp hội Chữ thập Đỏ - Trăng lưỡi liềm Đỏ quốc tế và các Hội quốc gia đã hỗ trợ.",
     {("ORG", "Hiệp hội Chữ thập Đỏ - Trăng lưỡi liềm Đỏ quốc tế")}, set()),
    ("Trung tâm Nghiên cứu và Phát triển đã công bố.", {("ORG", "Trung tâm Nghiên cứu và Phát triển")}, set()),
])
def test_body_heads_and_extents(text, expected, not_expected):
    check(text, "vi", expected, not_expected)


@pytest.mark.parametrize("text, expected, not_expected", [
    # an economic or technical abbreviation is no name
    ("Dịch bệnh làm tiêu tan hàng nghìn tỷ USD GDP toàn cầu.", set(), {("ORG", "GDP"), ("PERSON", "GDP")}),
    # a news agency opening the article (a dateline) is a source, not an actor
    ("TGVN. Hội nghị năm nay diễn ra trực tuyến.", set(), {("ORG", "TGVN")}),
])
def test_no_names(text, expected, not_expected):
    check(text, "vi", expected, not_expected)


@pytest.mark.parametrize("text, expected, not_expected", [
    # the CRF's person that is an acronym or holds one is an organisation
    ("Trên thực tế thì uy tín của SPD đã giảm mạnh.", {("ORG", "SPD")}, {("PERSON", "SPD")}),
    # an office before a company names no person
    ("Sau khi Sơn thôi chức TGĐ OceanBank để về làm Phó TGĐ PVN.", set(), {("PERSON", "OceanBank"), ("PERSON", "PVN")}),
])
def test_crf_acronyms(text, expected, not_expected):
    check(text, "vi", expected, not_expected)


@pytest.mark.parametrize("text, expected, not_expected", [
    # a country's short name right after a title is the title's country, not part of the person's name
    ("Tổng thống Mỹ Donald Trump đã đe dọa.", {("PERSON", "Donald Trump")}, {("PERSON", "Mỹ Donald Trump")}),
    ("Tổng thống Pháp Macron theo đuổi cải cách.", {("PERSON", "Macron")}, {("PERSON", "Pháp Macron")}),
    ("Thủ tướng Anh đến Hà Nội.", {("GPE", "Anh")}, {("PERSON", "Anh")}),
    # a model person confirms no one-syllable country inside it ("Bảo Anh" is a singer)
    ("Cả Bảo Anh và Hồ Quang Hiếu thường xuyên đăng ảnh.", {("PERSON", "Hồ Quang Hiếu")}, {("GPE", "Anh")}),
    # an acronym closing a parenthesised gloss is not turned into an organisation
    ("Các sản phẩm kinh tế ưu tiên (Priority Economic Deliverables - PED) của Brunei.", {("GPE", "Brunei")},
     {("ORG", "PED"), ("PERSON", "PED")}),
])
def test_countries_and_glosses_next_to_names(text, expected, not_expected):
    check(text, "vi", expected, not_expected)


@pytest.mark.parametrize("text, expected, not_expected", [
    # a capitalised syllable the segmenter glues to a lower-case one after a title is a portfolio or a body
    ("Các Bộ trưởng Kinh tế ASEAN thảo luận.", {("ORG", "ASEAN")}, {("PERSON", "Kinh")}),
    ("Đại tướng Phan Văn Giang, Phó bí thư Quân ủy Trung ương, dẫn đầu đoàn.",
     {("PERSON", "Phan Văn Giang"), ("ORG", "Quân ủy Trung ương")}, {("PERSON", "Quân")}),
    # known names joined by a hyphen after a title are no person, and each is found
    ("Các cuộc gặp Bộ trưởng Quốc phòng ASEAN-Hoa Kỳ và ASEAN-Nhật Bản tại Jakarta.",
     {("GPE", "Hoa Kỳ"), ("GPE", "Nhật Bản")}, {("PERSON", "ASEAN-Hoa Kỳ")}),
    # a person after a title stays
    ("Bộ trưởng Bùi Thanh Sơn tiếp Đại sứ Marc Knapper.", {("PERSON", "Marc Knapper")}, set()),
])
def test_after_a_title(text, expected, not_expected):
    check(text, "vi", expected, not_expected)


@pytest.mark.parametrize("lang, text, expected, not_expected", [
    # the model's mention that ends a person found in the same document is that person
    ("vi", "Ông Vương Nghị gặp hai ông Blinken và Lavrov bên lề hội nghị. Ông gặp Ngoại trưởng Nga Sergei Lavrov.",
     {("PERSON", "Lavrov")}, {("GPE", "Lavrov")}),
    # a photo credit names nobody in the story (Vietnamese)
    ("vi", "Thủ tướng chủ trì hội nghị. (Ảnh: Nguyễn Hồng)", set(), {("PERSON", "Nguyễn Hồng")}),
    ("vi", "Ông Nguyễn Hồng Sơn phát biểu tại hội nghị.", {("PERSON", "Nguyễn Hồng Sơn")}, set()),
    # a single letter or a date from the model is no name
    ("vi", "Ngày 14/11, tại Singapore, diễn ra Hội nghị.", {("GPE", "Singapore")}, {("GPE", "Ngày 14/11")}),
])
def test_persons_credits_and_dates(lang, text, expected, not_expected):
    check(text, lang, expected, not_expected)


@pytest.mark.parametrize("text, expected, not_expected", [
    # bodies counted or shared out are common nouns
    ("Hai bên đánh giá cao hợp tác giữa Bộ Ngoại giao hai nước thời gian gần đây.", set(),
     {("ORG", "Bộ Ngoại giao"), ("ORG", "Bộ Ngoại giao hai nước")}),
    ("Hợp tác giữa hai Học viện Ngoại giao được đẩy mạnh.", set(), {("ORG", "Học viện Ngoại giao")}),
    ("Ông làm việc tại Học viện Ngoại giao.", {("ORG", "Học viện Ngoại giao")}, set()),
    ("Bộ Ngoại giao Việt Nam ra thông cáo.", {("ORG", "Bộ Ngoại giao Việt Nam")}, set()),
    # a body's name ends before the number of its session
    ("Hội nghị Hội đồng Cộng đồng Kinh tế ASEAN lần thứ 4 diễn ra.", {("ORG", "Hội đồng Cộng đồng Kinh tế ASEAN")},
     {("ORG", "Hội đồng Cộng đồng Kinh tế ASEAN lần thứ 4")}),
    # a sea or region ends with its name; "khu vực" is no part of it
    ("Các bên cam kết duy trì Biển Đông hòa bình và ổn định.", {("LOC", "Biển Đông")},
     {("LOC", "Biển Đông hòa bình và ổn định")}),
    ("Hòa bình ở Khu vực Đông Nam Á được duy trì.", {("LOC", "Đông Nam Á")}, {("LOC", "Khu vực Đông Nam Á")}),
    ("An ninh ở khu vực Tiểu vùng sông", set(), {("LOC", "Tiểu vùng sông"), ("GPE", "Tiểu")}),
    ("Hợp tác Tiểu vùng Mê Công mở rộng được tăng cường.", {("LOC", "Tiểu vùng Mê Công mở rộng")}, set()),
    # "Ảnh VGP": a credit
    ("Thủ tướng tới Malaysia. Ảnh VGP", {("GPE", "Malaysia")}, {("ORG", "Ảnh VGP"), ("ORG", "VGP")}),
])
def test_generic_bodies_sessions_and_regions(text, expected, not_expected):
    check(text, "vi", expected, not_expected)


@pytest.mark.parametrize("text, expected, not_expected", [
    # sports teams: an age class before a name, a club's mark after it; the place inside is no mention
    ("U16 Việt Nam đánh bại U.16 Mông Cổ với tỷ số 9-0.", {("ORG", "U16 Việt Nam"), ("ORG", "U.16 Mông Cổ")},
     {("GPE", "Việt Nam"), ("GPE", "Mông Cổ")}),
    ("Tiếp đón Hải Phòng FC trên sân nhà Tam Kỳ.", {("ORG", "Hải Phòng FC")}, {("ORG", "Phòng FC trên sân nhà Tam Kỳ")}),
    ("Thủ tướng thăm Việt Nam năm 2016.", {("GPE", "Việt Nam")}, set()),
    # a head word that ends a known name is no head ("Phòng" of "Hải Phòng"); a real head stays
    ("Đoàn công tác tỉnh Hải Phòng làm việc với Sở Ngoại vụ.", {("GPE", "Hải Phòng"), ("ORG", "Sở Ngoại vụ")}, set()),
    # a byline before the outlet's dateline, and the dateline itself, name nobody; the agency as an actor stays
    ("Bốn điểm nhấn lớn\nMinh Vương TGVN. Bối cảnh đặc biệt của Hội nghị năm nay.", set(),
     {("PERSON", "Minh Vương"), ("ORG", "Minh Vương TGVN")}),
    ("Ông gặp đại diện TTXVN. Sau đó ông về Hà Nội.", {("ORG", "TTXVN")}, set()),
])
def test_teams_and_bylines(text, expected, not_expected):
    check(text, "vi", expected, not_expected)


@pytest.mark.parametrize("lang, text, expected", [
    # knowledge-base additions (issue 15, item 6), in both languages
    ("en", "The Southeast Asia Nuclear Weapon Free-zone Commission met in Manila.",
     {("ORG", "Southeast Asia Nuclear Weapon Free-zone Commission")}),
    ("en", "Leaders reaffirmed the Sunnylands Principles.", {("LAW", "Sunnylands Principles")}),
    ("en", "Ships sailed near the Senkaku Islands in Okinawa Prefecture.",
     {("LOC", "Senkaku Islands"), ("GPE", "Okinawa Prefecture")}),
    ("vi", "Tàu Trung Quốc hoạt động gần quần đảo Senkaku thuộc tỉnh Okinawa.", {("GPE", "Okinawa")}),
    ("vi", "Các nhà lãnh đạo tái khẳng định Tuyên bố Sunnylands.", {("LAW", "Tuyên bố Sunnylands")}),
])
def test_knowledge_base_additions(lang, text, expected):
    assert expected <= pairs(text, lang)


@pytest.mark.parametrize("text, expected, not_expected", [
    # a partnership's rank is no act; an act with the same head stays
    ("Hai bên làm sâu sắc hơn nữa quan hệ Đối tác Chiến lược Toàn diện ASEAN - Nhật Bản.", {("GPE", "Nhật Bản")},
     {("LAW", "Chiến lược Toàn diện ASEAN - Nhật Bản")}),
    ("ASEAN thông qua Chiến lược Toàn diện về Phục hồi.", {("LAW", "Chiến lược Toàn diện về Phục hồi")}, set()),
])
def test_partnership_rank(text, expected, not_expected):
    check(text, "vi", expected, not_expected)


@pytest.mark.parametrize("text, expected, not_expected", [
    # a body's name ends before "và" and a lower-case word or a number, a connector and a number, an amount
    ("Sở Tài chính, Sở GTVT và một số đơn vị liên quan đã họp.", {("ORG", "Sở GTVT")}, {("ORG", "Sở GTVT và một số đơn vị")}),
    ("Với sự tham gia của Sở Nông nghiệp và Phát triển nông thôn của 13 tỉnh.",
     {("ORG", "Sở Nông nghiệp và Phát triển nông thôn")}, set()),
    ("Các khoản như Hội Chữ thập đỏ 30.000 đồng/học sinh được thu.", {("ORG", "Hội Chữ thập đỏ")}, set()),
    # lower-case words run on in a body's name
    ("Ông thăm Nhà máy sản xuất xơ sợi polyester Đình Vũ hôm qua.", {("ORG", "Nhà máy sản xuất xơ sợi polyester Đình Vũ")}, set()),
    ("Bộ Văn hóa, Thể thao và Du lịch tổ chức lễ hội.", {("ORG", "Bộ Văn hóa, Thể thao và Du lịch")}, set()),
])
def test_where_a_body_ends(text, expected, not_expected):
    check(text, "vi", expected, not_expected)


def test_a_time_word_ends_a_name():
    found = pairs("Ông thăm Nhà máy sản xuất xơ sợi polyester Đình Vũ hôm qua.", "vi")
    assert ("ORG", "Nhà máy sản xuất xơ sợi polyester Đình Vũ") in found
    assert ("ORG", "Quốc hội Hàn Quốc") in pairs("Quốc hội Hàn Quốc hôm nay thông qua luật.", "vi")


@pytest.mark.parametrize("text, expected, not_expected", [
    # an ambiguous alias in capitals ("NAM", the Non-Aligned Movement) matches only in capitals: "miền Nam" is
    # the south, no organisation
    ("Sau vòng sơ tuyển khu vực miền Nam, ban giám khảo đã chọn 40 thí sinh.", set(), {("ORG", "Nam")}),
    ("Nam và nữ vốn rất khác nhau.", set(), {("ORG", "Nam")}),
])
def test_ambiguous_acronym_alias_needs_capitals(text, expected, not_expected):
    check(text, "vi", expected, not_expected)


def test_ambiguous_acronym_alias_in_capitals_still_matches():
    from pipeline.kb import knowledge_base

    text = "Hội nghị NAM khai mạc."
    assert [m.entry.key for m in knowledge_base().find(text)] == ["non_aligned_movement"]
    assert not list(knowledge_base().find("Hội nghị Nam khai mạc."))


@pytest.mark.parametrize("text, expected, not_expected", [
    # a family name after a lower-case word starts the person heading the body ...
    ("Ông làm việc ở Vụ Chính sách thương mại đa biên Nguyễn Văn Hùng cho biết.",
     {("ORG", "Vụ Chính sách thương mại đa biên"), ("PERSON", "Nguyễn Văn Hùng")}, set()),
    # ... but not in lower case ("quản lý Vườn" holds no family name) ...
    ("Giám đốc Ban quản lý Vườn quốc gia Pù Mát cho biết.", {("ORG", "Ban quản lý Vườn quốc gia Pù Mát")},
     {("ORG", "Ban quản")}),
    # ... nor after an administrative prefix (a place) ...
    ("Nhân dịp này, UBND quận Hoàng Mai đã khen thưởng 65 tập thể.", {("ORG", "UBND quận Hoàng Mai")},
     {("ORG", "UBND quận")}),
    # ... nor in a school's name, which often honours a person
    ("Phụ huynh Trường Mầm non Phùng Chí Kiên đã họp.", {("ORG", "Trường Mầm non Phùng Chí Kiên")},
     {("ORG", "Trường Mầm non"), ("PERSON", "Phùng Chí Kiên")}),
])
def test_person_inside_a_body_name(text, expected, not_expected):
    check(text, "vi", expected, not_expected)


@pytest.mark.parametrize("lang, text, expected, not_expected", [
    # a mark standing alone ends a person's name: the office after it is no part of it
    ("vi", "Đó là chỉ đạo của ông Đào Minh Tú – Phó Thống đốc Ngân hàng Nhà nước.", {("PERSON", "Đào Minh Tú")},
     {("PERSON", "Đào Minh Tú – Phó")}),
    ("vi", "Theo Lê Thanh Tịnh – Giám đốc Ban quản lý, rừng được bảo vệ.", {("PERSON", "Lê Thanh Tịnh")},
     {("PERSON", "Lê Thanh Tịnh – Giám")}),
    ("en", "Foreign Minister Retno Marsudi – Indonesia's top diplomat – said so.", {("PERSON", "Retno Marsudi")},
     {("PERSON", "Retno Marsudi – Indonesia")}),
    # without a mark the name runs on
    ("vi", "Ông Nguyễn Văn An cho biết.", {("PERSON", "Nguyễn Văn An")}, set()),
    ("en", "Foreign Minister Retno Marsudi said so.", {("PERSON", "Retno Marsudi")}, set()),
])
def test_person_name_ends_at_a_standalone_mark(lang, text, expected, not_expected):
    check(text, lang, expected, not_expected)


def _model_decisions(text):
    from pipeline.document import Document
    from pipeline.entities import find_entities, model_decisions
    from pipeline.stages.tokenize import tokenize_batch

    doc = Document("id", "src", text=text, lang="vi")
    tokenize_batch([doc])
    find_entities(doc)
    return {text[d.start:d.end]: (d.label, d.rule) for d in model_decisions(doc)}


@pytest.mark.parametrize("text, kept, dropped", [
    # the CRF's place after a word of place or motion, or before a comma and a known place, stays
    ("Các em đã đến Wyoming ở miền tây Hoa Kỳ.", ["Wyoming"], []),
    ("Trái cây Tân Phước, Tiền Giang rất ngon.", ["Tân Phước"], []),
    ("Các nước đối tác gồm: Trung Quốc, Ấn Độ, Australia,  New Zeland, EU và Nga.", ["New Zeland"], []),
    # the comma the CRF takes in front of a list's item is no part of it
    ("Anh sinh ngày 26/05/1984 tại Londrina, Parana, Brazil.", ["Londrina", "Parana"], []),
    ("Hàng thủ có Mangala, Danilo và Otamendi.", [], ["Danilo"]),
    # a known place needs no cue
    ("Các hộ dân xã Cổ Loa, Đông Anh, Hà Nội đã nhận.", ["Hà Nội"], []),
    # elsewhere the CRF's places are mostly people, clubs and brands
    ("Hàng thủ có Mangala, Danilo và Otamendi.", [], ["Mangala", "Otamendi"]),
])
def test_crf_place_needs_a_cue(text, kept, dropped):
    decisions = _model_decisions(text)
    assert all(decisions[name][0] == "GPE" for name in kept), decisions
    assert all(decisions[name] == (None, "vi_place_without_cue") for name in dropped), decisions


@pytest.mark.parametrize("text, expected, not_expected", [
    # "miền" and a capitalised direction name a region, the region word included
    ("Miền Trung và miền Bắc chịu ảnh hưởng của bão.", {("LOC", "Miền Trung"), ("LOC", "miền Bắc")}, set()),
    ("Bão đổ bộ vào miền Tây Bắc.", {("LOC", "miền Tây Bắc")}, {("LOC", "miền Tây")}),
    ("Công giáo trong miền Nam Việt Nam phát triển.", {("LOC", "miền Nam"), ("GPE", "Việt Nam")}, set()),
    # in lower case it describes a part of a country; a capitalised word that is no direction is no region
    ("Ông sống ở Kappeln, miền bắc Đức.", set(), {("LOC", "miền bắc"), ("LOC", "miền bắc Đức")}),
    ("Người miền Hạ Thanh đón khách.", set(), {("LOC", "miền Hạ Thanh"), ("LOC", "miền Hạ")}),
    # the regions of Vietnam are known places: "Bộ" after "Nam" opens no body
    ("Dự báo thời tiết: Nam Bộ có mưa dông.", {("LOC", "Nam Bộ")}, {("ORG", "Bộ có mưa dông")}),
    ("Nhà sách tại Bắc Trung bộ và Đông Nam Bộ.", {("LOC", "Bắc Trung bộ"), ("LOC", "Đông Nam Bộ")}, set()),
])
def test_regions(text, expected, not_expected):
    check(text, "vi", expected, not_expected)


@pytest.mark.parametrize("text, expected, not_expected", [
    # a capitalised word right before a family name opens the person's name: a family name the list misses,
    # a stage or foreign given name
    ("Khi Ninh Văn Quỳnh khai nhận, ông đã nộp tiền.", {("PERSON", "Ninh Văn Quỳnh")}, {("PERSON", "Văn Quỳnh")}),
    ("Sau giải Bạc, Soobin Hoàng Sơn bắt đầu tập trung.", {("PERSON", "Soobin Hoàng Sơn")}, {("PERSON", "Hoàng Sơn")}),
    # ... but not a word capitalised by the sentence, a title, a known name or a body's head
    ("Theo Nguyễn Văn An, việc này đúng.", {("PERSON", "Nguyễn Văn An")}, {("PERSON", "Theo Nguyễn Văn An")}),
    ("Tổng thống Mỹ Donald Trump gặp Thủ tướng Nguyễn Xuân Phúc.", {("PERSON", "Nguyễn Xuân Phúc")},
     {("PERSON", "Thủ tướng Nguyễn Xuân Phúc"), ("PERSON", "Mỹ Donald Trump")}),
    # a family name after a body's acronym starts the person heading it; a school's name goes on
    ("Thứ trưởng Bộ GTVT Nguyễn Ngọc Đông phát biểu.", {("ORG", "Bộ GTVT"), ("PERSON", "Nguyễn Ngọc Đông")},
     {("ORG", "Bộ GTVT Nguyễn Ngọc Đông")}),
    ("Học sinh Trường THPT Nguyễn Trãi đạt giải.", {("ORG", "Trường THPT Nguyễn Trãi")}, {("PERSON", "Nguyễn Trãi")}),
])
def test_person_name_openings(text, expected, not_expected):
    check(text, "vi", expected, not_expected)


@pytest.mark.parametrize("text, expected, not_expected", [
    # a royal title before a name: a person, without the title
    ("Bộ trưởng Ngoại giao Brunei, Hoàng thân Mohamed Bolkiah chủ trì Hội nghị.", {("PERSON", "Mohamed Bolkiah")},
     {("PERSON", "Hoàng thân Mohamed Bolkiah")}),
    ("Ông gặp Thái tử Naruhito tại Tokyo.", {("PERSON", "Naruhito")}, {("PERSON", "Thái tử Naruhito")}),
    # in lower case before a lower-case word it names nobody
    ("Họ là hoàng thân quốc thích của triều đình.", set(), {("PERSON", "hoàng thân")}),
    # the author on the line above the outlet's dateline is a byline, not an actor of the story
    ("Bốn điểm nhấn lớn\n\nMinh Vương\nTGVN. Bối cảnh của Hội nghị năm nay đặc biệt.", set(), {("PERSON", "Minh Vương")}),
    ("Người phát biểu đầu tiên là ông Nguyễn Văn Bình\nSau đó, hội nghị bế mạc.", {("PERSON", "Nguyễn Văn Bình")}, set()),
])
def test_royal_titles_and_bylines(text, expected, not_expected):
    check(text, "vi", expected, not_expected)


@pytest.mark.parametrize("text, expected, not_expected", [
    # "Đồng thuận với" (agreeing with) is a verb, not a title: the title starts at the next head
    ("Đồng thuận với Tuyên bố chung của Hội nghị, Indonesia cho biết sẽ ủng hộ.", {("LAW", "Tuyên bố chung của Hội nghị")},
     {("LAW", "Đồng thuận với Tuyên bố chung của Hội nghị")}),
    ("Các bên tôn trọng Thỏa thuận Hòa bình Paris năm 1991.", {("LAW", "Thỏa thuận Hòa bình Paris")}, set()),
    ("Thỏa thuận với Thái Lan về biên giới, Campuchia cho biết sẽ tuân thủ.", set(),
     {("LAW", "Thỏa thuận với Thái Lan"), ("LAW", "Thỏa thuận với Thái Lan về biên giới")}),
    # a number makes no name proper: a verb after it stays in the title until a proper word has come
    ("Các bên triển khai Tuyên bố kỷ niệm 10 năm thành lập EAS đã được thông qua.",
     {("LAW", "Tuyên bố kỷ niệm 10 năm thành lập EAS")}, {("LAW", "Tuyên bố kỷ niệm 10 năm")}),
    # ... but it designates a body: a verb after it ends the body's name
    ("Ông từng chỉ huy Bộ Tư lệnh tác chiến 2 thuộc lục quân Hàn Quốc.", {("ORG", "Bộ Tư lệnh tác chiến 2")},
     {("ORG", "Bộ Tư lệnh tác chiến 2 thuộc lục quân Hàn Quốc")}),
    ("Trung tâm Nghiên cứu ASEAN công bố báo cáo mới.", {("ORG", "Trung tâm Nghiên cứu ASEAN")},
     {("ORG", "Trung tâm Nghiên cứu ASEAN công bố báo cáo mới")}),
])
def test_title_openings_and_numbers(text, expected, not_expected):
    check(text, "vi", expected, not_expected)


@pytest.mark.parametrize("text, expected, not_expected", [
    # once a title has its proper words, "và" and a lower-case word end it ...
    ("Các bên xây dựng Tầm nhìn ASEAN sau 2015 và cải tiến tổ chức bộ máy của ASEAN.",
     {("LAW", "Tầm nhìn ASEAN sau 2015")}, {("LAW", "Tầm nhìn ASEAN sau 2015 và cải tiến tổ chức bộ máy của ASEAN")}),
    # ... but capitalised parts after "và" belong to it
    ("Các bên thông qua Kế hoạch Hợp tác và Phát triển Mê Công được ký.",
     {("LAW", "Kế hoạch Hợp tác và Phát triển Mê Công")}, {("LAW", "Kế hoạch Hợp tác")}),
])
def test_title_ends_at_and_with_lower_case(text, expected, not_expected):
    check(text, "vi", expected, not_expected)


@pytest.mark.parametrize("text, expected, not_expected", [
    # an abbreviation of a common noun names nothing: BV = bệnh viện (a hospital), PCCC = fire prevention ...
    ("Bệnh nhi được chuyển tới BV trong tình trạng nguy kịch.", set(),
     {("ORG", "BV"), ("GPE", "BV"), ("PERSON", "BV")}),
    ("Hợp tác trong lĩnh vực PCCC và CNCH sẽ tiếp tục.", set(),
     {("ORG", "PCCC"), ("ORG", "CNCH"), ("GPE", "PCCC"), ("PERSON", "CNCH")}),
    # an acronym that names a body stays
    ("Ngân hàng MBB tăng vốn điều lệ.", {("ORG", "Ngân hàng MBB")}, set()),
    ("Trên thực tế thì uy tín của SPD đã giảm mạnh.", {("ORG", "SPD")}, set()),
])
def test_common_noun_abbreviations(text, expected, not_expected):
    check(text, "vi", expected, not_expected)


@pytest.mark.parametrize("text, expected, not_expected", [
    # an ambiguous country name glued to a capitalised syllable is a syllable of another name
    ("Lưu thông trên tuyến đường Pháp Vân - Cầu Giẽ.", set(), {("GPE", "Pháp")}),
    ("Các trận đấu chuyển ra sân Mỹ Đình thay vì Thống Nhất.", set(), {("GPE", "Mỹ")}),
    ("Trên trang cá nhân, Bảo Anh đã đăng tải dòng trạng thái.", set(), {("GPE", "Anh")}),
    # ... but not when the word before is capitalised by the sentence, or a title comes before the country
    ("Tại Mỹ, giá xăng tăng mạnh.", {("GPE", "Mỹ")}, set()),
    ("Tổng thống Mỹ Joe Biden phát biểu.", {("GPE", "Mỹ"), ("PERSON", "Joe Biden")}, set()),
    ("Tổng thống đắc cử Mỹ Donald Trump đã cáo buộc Panama.", {("GPE", "Mỹ"), ("PERSON", "Donald Trump")}, set()),
    ("Các nước Anh, Úc, Mỹ, Nhật, Pháp hay Áo đều có ban đại diện.", {("GPE", "Mỹ"), ("GPE", "Pháp")}, set()),
])
def test_ambiguous_country_glued_to_a_name(text, expected, not_expected):
    check(text, "vi", expected, not_expected)


def test_ambiguous_country_glued_to_a_name_only_in_vietnamese():
    # English names a people's government by its adjective: "Lao" there is Laos
    assert ("GPE", "Lao") in pairs("The Lao Government welcomed the plan.", "en")


@pytest.mark.parametrize("lang, text, expected, not_expected", [
    # a body named inside an official's title is an organisation of its own (gold policy)
    ("vi", "Thượng tướng Chansamone Chanyalath, Bộ trưởng Bộ Quốc phòng Lào, phát biểu.", {("ORG", "Bộ Quốc phòng")}, set()),
    ("vi", "Ông Nguyễn Văn A, Ủy viên Bộ Chính trị, dự hội nghị.", {("ORG", "Bộ Chính trị")}, set()),
    # ... but the government of "Thủ tướng Chính phủ" belongs to the title
    ("vi", "Thủ tướng Chính phủ Phạm Minh Chính phát biểu.", {("PERSON", "Phạm Minh Chính")}, {("ORG", "Chính phủ")}),
    # English titles name their ministry with "of": no body of its own is read into a bare title
    ("en", "Defence Minister Dato Seri Mohamad Hasan spoke in Kuala Lumpur.", {("GPE", "Kuala Lumpur")},
     {("ORG", "Defence Minister")}),
])
def test_a_body_inside_a_title(lang, text, expected, not_expected):
    found = pairs(text, lang)
    assert expected <= found and not (not_expected & found)


@pytest.mark.slow
@pytest.mark.parametrize("text, expected, not_expected", [
    # a capitalised event noun the CRF takes for a one-syllable person, anywhere in the sentence
    ("Lãnh đạo các nước ASEAN đã dự Phiên họp toàn thể tại Singapore.", {("GPE", "Singapore")}, {("PERSON", "Phiên")}),
    ("Lãnh đạo hai bên đã chứng kiến Lễ ký Nghị định thư tại Kuala Lumpur.", {("GPE", "Kuala Lumpur")},
     {("PERSON", "Lễ")}),
])
def test_a_capitalised_event_noun_is_no_person(text, expected, not_expected):
    check(text, "vi", expected, not_expected)


@pytest.mark.parametrize("text, sentence_initial, label", [
    ("Lavrov", False, "PERSON"),      # a name the CRF found alone mid-sentence stays a person
    ("Tuấn", False, "PERSON"),
    ("Phiên", False, None),           # a capitalised event noun does not ("dự Phiên họp toàn thể")
    ("Lễ", False, None),
    ("Nguyễn", True, "PERSON"),       # a family name stays, even opening a sentence
    ("Quân", True, None),
])
def test_the_crf_one_syllable_person(text, sentence_initial, label):
    from pipeline.entities.lexicon import entity_rules
    from pipeline.entities.rules_vi import vietnamese_model_label
    from pipeline.entities.words import words_in

    assert vietnamese_model_label(words_in(text, 0, len(text)), "PERSON", entity_rules("vi"), [],
                                  sentence_initial)[0] == label


@pytest.mark.parametrize("text, expected, not_expected", [
    # once a body's name has capitalised words, a lower-case adverb or pronoun of the clause ends it, as a verb does
    ("Nhưng cũng chính Bộ Giao thông Vận tải lại tạo ra một tiền lệ xấu.", {("ORG", "Bộ Giao thông Vận tải")},
     {("ORG", "Bộ Giao thông Vận tải lại")}),
    ("Ngay cả nguyên đơn dân sự là Ngân hàng Đại Dương mới cũng không xác định được.", {("ORG", "Ngân hàng Đại Dương")},
     {("ORG", "Ngân hàng Đại Dương mới")}),
    # lower-case nouns of the name run on
    ("Với sự tham gia của Bộ Nông nghiệp và Phát triển nông thôn, dự án đã xong.",
     {("ORG", "Bộ Nông nghiệp và Phát triển nông thôn")}, set()),
])
def test_an_adverb_ends_a_body_name(text, expected, not_expected):
    check(text, "vi", expected, not_expected)


@pytest.mark.parametrize("text, expected, not_expected", [
    # a head followed by lower-case words alone ends before the clause's verb: no name is left
    ("Tiến hành kiểm tra, phía Công ty phát hiện tủ sắt bị phá.", set(),
     {("ORG", "Công ty phát hiện tủ sắt"), ("ORG", "Công ty")}),
    ("Tuy nhiên, Hội phụ huynh vẫn xem xét các trường hợp khó khăn.", set(),
     {("ORG", "Hội phụ huynh vẫn xem xét các trường hợp khó khăn")}),
])
def test_a_lower_case_tail_ends_at_the_verb(text, expected, not_expected):
    check(text, "vi", expected, not_expected)


@pytest.mark.parametrize("text, expected, not_expected", [
    # a head in lower case opens a body's name when a capitalised name follows it (VLSP keeps the head)
    ("Vụ việc đã được trình báo với công an huyện Nghi Lộc.", {("ORG", "công an huyện Nghi Lộc")},
     {("GPE", "Nghi Lộc")}),
    ("Ông thăm nhà máy sản xuất đạm Ninh Bình hôm qua.", {("ORG", "nhà máy sản xuất đạm Ninh Bình")}, set()),
    ("Em là học sinh trường THPT chuyên Trần Đại Nghĩa.", {("ORG", "trường THPT chuyên Trần Đại Nghĩa")},
     {("PERSON", "Trần Đại Nghĩa")}),
    # ... up to its last capitalised word, before a connector other than "và"
    ("Sẽ đóng cửa công ty Dệt Pacific Crystal nếu còn gây ô nhiễm.", {("ORG", "công ty Dệt Pacific Crystal")},
     {("ORG", "công ty Dệt Pacific Crystal nếu")}),
    ("Nghiên cứu được công bố trên tạp chí y khoa BMJ Open của Anh.", {("ORG", "tạp chí y khoa BMJ Open")},
     {("ORG", "tạp chí y khoa BMJ Open của Anh")}),
    # not a head inside a longer word ("thị trường"), nor before a connector or with no capitalised word
    ("Giá vàng trên thị trường Việt Nam tăng mạnh.", set(), {("ORG", "trường Việt Nam")}),
    ("Tất cả công ty ở London đều phải tuân thủ.", set(), {("ORG", "công ty ở London")}),
    ("Các công ty sản xuất phân bón đều lỗ.", set(), {("ORG", "công ty sản xuất phân bón")}),
])
def test_a_lower_case_head(text, expected, not_expected):
    check(text, "vi", expected, not_expected)


def test_lower_case_heads_are_heads():
    from pipeline.entities.lexicon import entity_rules

    rules = entity_rules("vi")
    assert rules.lower_case_heads and all(rules.heads.get(head) == "ORG" for head in rules.lower_case_heads)
    assert not entity_rules("en").lower_case_heads


def test_a_lower_case_title_runs_on_over_its_verbs():
    # an act's lower-case title holds verbs: only a body's lower-case tail ends at one
    check("Các nước thông qua Kế hoạch hành động khu vực về việc thực hiện các chuẩn mực về hành động cấp nhà nước.",
          "vi", {("LAW", "Kế hoạch hành động khu vực về việc thực hiện các chuẩn mực về hành động cấp nhà nước")}, set())


@pytest.mark.parametrize("words, label, expected", [
    # words in capitals with Vietnamese vowel marks are shouted words, no acronym: no body
    ("NGUY HIỂM", "ORG", (None, "vi_shouted_words")),
    ("SỐC", "GPE", (None, "vi_shouted_words")),
    # a person in capitals stays a person, not an acronym's body
    ("LÊ PHONG", "PERSON", ("PERSON", None)),
    # bare initials ("Đ" is a letter of its own) are an acronym
    ("HĐND", "GPE", ("ORG", "vi_acronym_is_org")),
])
def test_shouted_words_are_no_acronym(words, label, expected):
    from pipeline.entities.lexicon import entity_rules
    from pipeline.entities.rules_vi import vietnamese_model_label
    from pipeline.entities.words import words_in

    assert vietnamese_model_label(words_in(words, 0, len(words)), label, entity_rules("vi"), []) == expected


@pytest.mark.parametrize("lang, text, span, expected", [
    # the model's body mention that opens with an office is trimmed past it
    ("vi", "Sơn thôi chức TGĐ OceanBank để về PVN.", "TGĐ OceanBank", "OceanBank"),
    ("vi", "Ông Hoàn – nguyên Phó TGĐ OceanBank.", "Phó TGĐ OceanBank", "OceanBank"),
    # a body's name that opens with no office is left whole; nothing is trimmed off English bodies
    ("vi", "Ông làm việc tại Ngân hàng Đại Dương.", "Ngân hàng Đại Dương", "Ngân hàng Đại Dương"),
    ("en", "Former Chairman Tran Bac Ha resigned.", "Former Chairman Tran Bac Ha", "Former Chairman Tran Bac Ha"),
])
def test_a_body_mention_past_its_office(lang, text, span, expected):
    from pipeline.entities.lexicon import entity_rules
    from pipeline.entities.model import clean_span

    start = text.index(span)
    trimmed, _ = clean_span(text, start, start + len(span), "ORG", entity_rules(lang))
    assert text[trimmed[0]:trimmed[1]] == expected


@pytest.mark.parametrize("text, expected, not_expected", [
    # one word in capitals after an office is the body it heads, not its holder
    ("Bị cáo Hà Văn Thắm, nguyên Chủ tịch OceanBank, khẳng định như vậy.", set(), {("PERSON", "OceanBank")}),
    # a person's name after an office stays a person
    ("Bị cáo Thắm, nguyên Chủ tịch Hà Văn Thắm, khẳng định như vậy.", {("PERSON", "Hà Văn Thắm")}, set()),
])
def test_a_company_after_an_office_is_no_person(text, expected, not_expected):
    check(text, "vi", expected, not_expected)


@pytest.mark.parametrize("text, expected, not_expected", [
    # the heads of sub-departments, military regions, branches, ranger stations, hospitals, units and the treasury
    ("Vụ việc được chuyển qua Chi cục Thuế TP.Bến Tre đề nghị xử lý.", {("ORG", "Chi cục Thuế TP.Bến Tre")}, set()),
    ("Sáng nay, Quân khu 1 đã tổ chức trại sáng tác.", {("ORG", "Quân khu 1")}, set()),
    ("Tổ công tác Đội CSGT số 2 đã bắt giữ hai đối tượng.", {("ORG", "Đội CSGT số 2")}, set()),
    ("Bệnh nhi được chuyển đến BV Đa khoa Chương Mỹ điều trị.", {("ORG", "BV Đa khoa Chương Mỹ")}, set()),
    # an office of such a body is no body; the head alone before a verb names none
    ("Ông là Chi cục trưởng Chi cục Thuế TP.Bến Tre.", {("ORG", "Chi cục Thuế TP.Bến Tre")},
     {("ORG", "Chi cục trưởng Chi cục Thuế TP.Bến Tre")}),
    ("Hằng tuần, Chi hội tổ chức đi kiểm tra rừng.", set(), {("ORG", "Chi hội tổ chức đi kiểm tra rừng")}),
])
def test_more_body_heads(text, expected, not_expected):
    check(text, "vi", expected, not_expected)


@pytest.mark.parametrize("text, expected, not_expected", [
    # one foreign word the CRF calls a person, never named in full nor after a title: a club, a company
    ("Tuy nhiên, mới đây, Chelsea đã thông báo trên trang mạng xã hội rằng anh sẽ ra đi.", {("ORG", "Chelsea")},
     {("PERSON", "Chelsea")}),
    ("Sau khi iPhone mới của Apple bán ra thì công ty này tăng giá.", {("ORG", "Apple")}, {("PERSON", "Apple")}),
    # the speaker after a quotation, a name after a title, a word of a longer name stay persons
    ("“Đó là vấn đề ở vị trí thủ môn và trung vệ”, Neville phát biểu.", {("PERSON", "Neville")}, {("ORG", "Neville")}),
    ("HLV Zidane đã có quyết định lạ. Những quyết định của Zidane khiến nhiều người bất ngờ.", {("PERSON", "Zidane")},
     {("ORG", "Zidane")}),
    ("Người mẫu Fabiana Semprebom sinh ngày 26/05/1984 tại Brazil.", {("PERSON", "Fabiana Semprebom")},
     {("ORG", "Semprebom")}),
])
def test_a_foreign_word_alone_is_an_organisation(text, expected, not_expected):
    check(text, "vi", expected, not_expected)


@pytest.mark.parametrize("word, native", [
    ("Thảo", True), ("Nguyễn", True), ("Khuê", True), ("Boeing", True),     # a Vietnamese syllable's letters
    ("Chelsea", False), ("Apple", False), ("Uber", False), ("L'Oréal", False),
])
def test_native_syllables(word, native):
    from pipeline.entities.lexicon import entity_rules
    from pipeline.entities.rules_vi import _folded

    assert bool(entity_rules("vi").native_syllable.fullmatch(_folded(word))) == native
    assert entity_rules("en").native_syllable is None


@pytest.mark.parametrize("text, expected, not_expected", [
    # a document's topic after "về" runs on over its lower-case verbs and "và" (title_topic_markers)
    ("Các nhà lãnh đạo thông qua Tuyên bố về Tầm nhìn của Lãnh đạo ASEAN về một ASEAN tự cường và sáng tạo.",
     {("LAW", "Tuyên bố về Tầm nhìn của Lãnh đạo ASEAN về một ASEAN tự cường và sáng tạo")}, set()),
    ("Các nước thông qua Tuyên bố ASEAN về tăng cường năng lực và hiệu quả thể chế, cùng nhiều văn kiện khác.",
     {("LAW", "Tuyên bố ASEAN về tăng cường năng lực và hiệu quả thể chế")}, set()),
    # ... not before a stopper, another document after "và", or outside a document's name
    ("Hội nghị thông qua Tuyên bố về hợp tác an ninh mạng và Kế hoạch hành động chống khủng bố.",
     {("LAW", "Tuyên bố về hợp tác an ninh mạng"), ("LAW", "Kế hoạch hành động chống khủng bố")}, set()),
    ("Tổng cục Du lịch về làm việc và ký kết hợp tác.", set(), {("ORG", "Tổng cục Du lịch về làm việc và ký kết hợp tác")}),
])
def test_a_documents_topic_runs_on(text, expected, not_expected):
    check(text, "vi", expected, not_expected)


@pytest.mark.parametrize("text, expected, not_expected", [
    # a document's name may hold a meeting's whole ("Tuyên bố chung Hà Nội của ADMM+ lần thứ nhất"): the meeting stays
    # a meeting inside it, and no place is taken out of the name
    ("Sau Lễ ký, Tuyên bố chung Hà Nội của ADMM+ lần thứ nhất đã được trao lại cho Tổng Thư ký ASEAN.",
     {("LAW", "Tuyên bố chung Hà Nội của ADMM+ lần thứ nhất")}, {("GPE", "Hà Nội")}),
    # a name that only touches a meeting is no document
    ("Hội nghị ADMM+ lần thứ nhất diễn ra tại Hà Nội.", {("GPE", "Hà Nội")}, {("LAW", "Hội nghị ADMM+ lần thứ nhất")}),
])
def test_a_document_named_after_its_meeting(text, expected, not_expected):
    check(text, "vi", expected, not_expected)


def test_partners_named_in_a_list_of_meetings_stay_entities():
    # one span shared by several meetings (PMC+1 sessions) is a list: the partners it names are places of their own
    check("Ngày 21-7, các Hội nghị Bộ trưởng Ngoại giao ASEAN với Trung Quốc và Australia đã diễn ra tại Bali.", "vi",
          {("GPE", "Trung Quốc"), ("GPE", "Australia")}, set())
