"""entities_zh (with gazetteer_zh): Chinese places and institutions on the real shipped gazetteers."""

from __future__ import annotations


from pipeline.extract.entities.chinese import ZhEntityMatcher
from pipeline.extract.entities.gazetteer import load_gazetteer
from pipeline.extract.entities.gazetteer_zh import build_zh, zh_lines
from pipeline.lang import blocks, fold, locale


def found(matcher: ZhEntityMatcher, text: str, loc: str | None = None) -> list[tuple[str, str, str]]:
    """(surface, label, entity id or name) of every mention in `text`."""
    spans = [(b.start, b.end, b.lang) for b in blocks(text)]
    out = []
    for m in matcher.mentions("d", text, spans, loc or locale(text)):
        assert text[m.start:m.end] == m.text
        out.append((m.text, m.label, m.entity_id or (f"id:{m.gazetteer_id}" if m.gazetteer_id else f"name:{m.text}")))
    return out


def test_both_scripts_link_to_one_id_and_keep_the_text_as_written(matcher: ZhEntityMatcher) -> None:
    trad = found(matcher, "香港科技園公司與國家發展和改革委員會合作。")
    simp = found(matcher, "香港科技园公司与国家发展和改革委员会合作。")
    assert [t[0] for t in trad] == ["香港科技園公司", "國家發展和改革委員會"]
    assert [t[0] for t in simp] == ["香港科技园公司", "国家发展和改革委员会"]
    assert [t[1:] for t in trad] == [t[1:] for t in simp]
    assert [t[1] for t in trad] == ["INSTITUTION", "INSTITUTION"]


def test_chinese_and_english_names_share_the_canonical_id(matcher: ZhEntityMatcher) -> None:
    index = load_gazetteer().alias_index()
    pairs = [("香港科技園公司", "Hong Kong Science and Technology Parks Corporation"), ("中科院", "Chinese Academy of Sciences"),
             ("國家發改委", "NDRC"), ("本港", "Hong Kong"), ("香港特區", "HKSAR"), ("內地", "Mainland China")]
    for zh, en in pairs:
        got = found(matcher, f"，{zh}，")
        assert len(got) == 1 and got[0][2] == index[en].id, (zh, got)


def test_short_forms(matcher: ZhEntityMatcher) -> None:
    text = "中國科學院（中科院）與香港特別行政區（香港特區）及科技園公司合作，本港受惠。"
    ids = {t[0]: t[2] for t in found(matcher, text)}
    assert ids["中國科學院"] == ids["中科院"]
    assert ids["香港特別行政區"] == ids["香港特區"] == ids["本港"]
    assert "科技園公司" in ids


def test_longest_match_and_no_place_inside_an_institution_name(matcher: ZhEntityMatcher) -> None:
    got = found(matcher, "深圳市人民政府和香港中文大學共建。")
    assert [(t[0], t[1]) for t in got] == [("深圳市人民政府", "INSTITUTION"), ("香港中文大學", "INSTITUTION")]


def test_place_starting_a_programme_name_is_no_mention(matcher: ZhEntityMatcher) -> None:
    got = found(matcher, "深圳配合實施大灣區青年就業計劃，已有350名香港青年到深圳就業。", "cn")
    assert [t[0] for t in got] == ["深圳", "香港", "深圳"]


def test_names_inside_a_document_title_are_skipped(matcher: ZhEntityMatcher) -> None:
    assert found(matcher, "国务院印发《河套深港科技创新合作区深圳园区发展规划》。") == [
        ("国务院", "INSTITUTION", found(matcher, "，国务院，")[0][2])]


def test_government_follows_the_locale(matcher: ZhEntityMatcher) -> None:
    hk = found(matcher, "過去數年，政府投放於創科的資源超過1,500億港元。", "hk")
    mo = found(matcher, "過去數年，政府投放於創科的資源。", "mo")
    cn = found(matcher, "过去数年，政府投放于创科的资源。", "cn")
    assert [t[0] for t in hk] == ["政府"] and hk[0][2] == "inst:hksar-gov"
    assert [t[0] for t in mo] == ["政府"] and mo[0][2] != hk[0][2]
    assert cn == []
    # 各区人民政府 is every district's government (generic, GUIDELINES-zh 13); 市政府 is the document's own city
    # government even where no city is named (a Mainland section often leaves it unnamed): listed as written
    got = found(matcher, "各区人民政府，市政府直属各单位", "cn")
    assert [(s, lab) for s, lab, _ in got] == [("市政府", "INSTITUTION")]


def test_city_government_and_zone_refer_back(matcher: ZhEntityMatcher) -> None:
    text = ("深圳市人民政府办公厅关于加快推进河套深港科技创新合作区深圳园区建设的通知\n"
            "合作区地处深圳河两侧。经市政府同意，现将有关事项通知如下。")
    got = {t[0]: t[2] for t in found(matcher, text)}
    assert got["市政府"] == found(matcher, "，深圳市人民政府，")[0][2]
    assert got["合作区"] == found(matcher, "，河套深港科技创新合作区，")[0][2]


def test_known_name_plus_suffix_is_a_new_institution(matcher: ZhEntityMatcher) -> None:
    # (立法會財務委員會 and 立法會內務委員會 are gazetteer entries now: 立法會人事委員會 is the known name + suffix here)
    got = found(matcher, "超算中心由香港潤江智算科技有限公司營運，立法會人事委員會已批准撥款。")
    assert ("香港潤江智算科技有限公司", "INSTITUTION", "name:香港潤江智算科技有限公司") in got
    assert ("立法會人事委員會", "INSTITUTION", "name:立法會人事委員會") in got
    assert not any(t[0] == "香港" for t in got)
    assert [t[0] for t in found(matcher, "为深入贯彻落实国务院决策部署")] == ["国务院"]


def test_a_counted_kind_is_not_a_named_body(matcher: ZhEntityMatcher) -> None:
    got = found(matcher, "以及六所國家工程技術研究中心香港分中心。")
    assert all(t[0] != "國家工程技術研究中心" for t in got)


def test_two_character_districts_need_a_left_boundary(matcher: ZhEntityMatcher) -> None:
    assert [t[0] for t in found(matcher, "北區沙嶺10公頃土地")] == ["北區", "沙嶺"]
    assert all(t[0] != "南區" for t in found(matcher, "華南區的企業"))


def test_zh_alias_file_is_valid_and_agrees_with_the_shipped_gazetteers() -> None:
    gazetteer = load_gazetteer()
    zh = build_zh(gazetteer)
    owner = {}
    for alias, eid in zh.aliases:
        owner.setdefault(fold(alias), eid)
    for _, raw in zh_lines():
        eid = str(raw["id"])
        assert raw.get("canonical") or eid in zh.entries, f"{eid}: extends an unknown id"
        for alias in raw["zh"]:
            # an alias also in the shipped data must name the same entity there (a duplicate is harmless,
            # a conflict is not)
            target = owner[fold(alias)]
            mine = eid if eid in zh.entries else None
            assert mine is None or target == mine or zh.entries[target].canonical == zh.entries[mine].canonical, \
                (alias, target, mine)


def test_quoted_names_with_a_suffix_are_entities_but_slogans_and_funds_are_not(matcher: ZhEntityMatcher) -> None:
    got = found(matcher, "在河套香港園區設立「生命健康研究院」，推出「創科產業引導基金」，貫徹「一區兩園」。", "hk")
    assert [(t[0], t[1]) for t in got] == [("河套香港園區", "PLACE"), ("生命健康研究院", "INSTITUTION")]


def test_short_names_that_are_also_word_parts(matcher: ZhEntityMatcher) -> None:
    assert found(matcher, "推动沿海地区发展，增加纳入范围，让人联想到北大西洋。", "cn") == \
        [("大西洋", "PLACE", found(matcher, "，大西洋，")[0][2])]
    # 中山市 is a prefecture-level city of the division gazetteer: the full name is the longest match; 元朗区 is
    # the Hong Kong district written with its mark, so its span takes 区 (session 9, districts_zh: it was 元朗)
    assert [t[0] for t in found(matcher, "与古巴、智利等国合作，元朗区和中山市", "cn")] == ["古巴", "智利", "元朗区", "中山市"]


def test_a_name_whose_last_character_starts_another_word(matcher: ZhEntityMatcher) -> None:
    assert found(matcher, "各地教育部门和财政部门要开创新的发展局面。", "cn") == []
    assert [t[0] for t in found(matcher, "教育部和财政部联合发文，发展局会跟进。", "cn")] == ["教育部", "财政部", "发展局"]


def test_name_bodies_take_conjunctions_but_not_verbs(matcher: ZhEntityMatcher) -> None:
    assert [(t[0], t[1]) for t in found(matcher, "北京协和医院与深圳湾实验室合作，在香港设立实验室。", "cn")] == [
        ("北京协和医院", "INSTITUTION"), ("深圳湾实验室", "INSTITUTION"), ("香港", "PLACE")]
    assert [t[0] for t in found(matcher, "香港和深圳大学合作", "cn")] == ["香港", "深圳大学"]


def test_a_counted_phrase_is_no_name_body(matcher: ZhEntityMatcher) -> None:
    assert [t[0] for t in found(matcher, "香港現有十六所國家重點實驗室。", "hk")] == ["香港"]


def test_latin_acronyms_in_chinese_text(matcher: ZhEntityMatcher) -> None:
    got = found(matcher, "香港科技園公司（HKSTP）與NDRC合作，InnoHK及AI不是機構。", "hk")
    assert [(t[0], t[1]) for t in got] == [("香港科技園公司", "INSTITUTION"), ("HKSTP", "INSTITUTION"),
                                           ("NDRC", "INSTITUTION")]
    assert got[0][2] == got[1][2]


def test_a_user_gazetteer_adds_and_overrides_chinese_names(tmp_path) -> None:  # type: ignore[no-untyped-def]
    user = tmp_path / "mine.jsonl"
    user.write_text('{"id": "inst:my-lab", "table": "institution", "canonical": "My Lab", "type": "lab", '
                    '"aliases": ["My Lab", "我的實驗所", "數碼港"]}\n', "utf-8")
    m = ZhEntityMatcher(load_gazetteer([user]))
    got = found(m, "我的實驗所與數碼港合作。", "hk")
    assert [(t[0], t[2]) for t in got] == [("我的實驗所", "inst:my-lab"), ("數碼港", "inst:my-lab")]



def test_short_hong_kong_body_names_are_common_nouns_elsewhere(matcher: ZhEntityMatcher) -> None:
    # in a Mainland text they are a city's and a district's bureaux, listed as written (the lead's ruling,
    # session 10), never Hong Kong's Inland Revenue Department or Education Bureau
    got = found(matcher, "市税务局、区教育局和中关村科学园", "cn")
    assert [(t[0], t[1]) for t in got] == [("市税务局", "INSTITUTION"), ("区教育局", "INSTITUTION")]
    assert not any(t[2].startswith("id:") for t in got)
    # 香港教育局: the SAR before its own bureau is part of the bureau's name, no place (session 24, own_bodies_zh)
    assert [t[0] for t in found(matcher, "由教育局和稅務局負責，香港教育局亦會參與。", "hk")] == ["教育局", "稅務局", "教育局"]


def test_a_municipal_body_is_not_the_national_one(matcher: ZhEntityMatcher) -> None:
    # a city's commission written by its level is the city's, listed as written (the lead's ruling, session 10)
    got = found(matcher, "市发展改革委、市财政局等部门做好配合", "cn")
    assert [(t[0], t[1]) for t in got] == [("市发展改革委", "INSTITUTION"), ("市财政局", "INSTITUTION")]
    assert not any(t[2].startswith("id:") for t in got)
    assert [t[0] for t in found(matcher, "国家发展改革委、发改委和商务部", "cn")] == ["国家发展改革委", "发改委", "商务部"]


def test_distinctive_district_names_need_no_boundary(matcher: ZhEntityMatcher) -> None:
    got = [t[0] for t in found(matcher, "北部都會區涵蓋元朗區和北區。華南區及遠東區的投資者", "hk")]
    assert got == ["北部都會區", "元朗區", "北區"]  # the district takes its mark 區 (session 9, districts_zh)


def test_government_as_a_modifier_is_no_mention(matcher: ZhEntityMatcher) -> None:
    assert found(matcher, "。政府總收入向下修訂，政府開支增加，政府部門亦需節流。", "hk") == []
    assert [t[0] for t in found(matcher, "。政府決心恢復財政平衡。", "hk")] == ["政府"]
