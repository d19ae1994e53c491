"""entities_zh: governments of countries, the large banks by their short names, a bank's branches, provincial
laboratories, units of academies and universities, a shared head after bare division names, and dates glued to a
name's body (made-up sentences; each states the general rule it tests)."""

from __future__ import annotations

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


def institutions(matcher: ZhEntityMatcher, text: str, loc: str = "cn") -> list[tuple[str, str]]:
    return [(s, c) for s, lab, c in found(matcher, text, loc) if lab == "INSTITUTION"]


def places(matcher: ZhEntityMatcher, text: str, loc: str = "cn") -> list[str]:
    return [s for s, lab, _ in found(matcher, text, loc) if lab == "PLACE"]


def test_a_country_name_before_government_names_that_countrys_government(matcher: ZhEntityMatcher) -> None:
    # 政府 alone is the locale's government; a country's name glued to it makes that country's
    text = "法國政府和加拿大政府回應後,政府表示歡迎;中國政府亦作出說明。"
    assert institutions(matcher, text, "hk") == [
        ("法國政府", "法國政府"), ("加拿大政府", "加拿大政府"), ("政府", "Hong Kong SAR Government"),
        ("中國政府", "Central People's Government")]
    assert places(matcher, text, "hk") == []


def test_the_large_banks_by_their_short_names(matcher: ZhEntityMatcher) -> None:
    text = "会上,邮储银行、兴业银行与国开行分别签约,浙商银行股份有限公司亦参加。"
    assert institutions(matcher, text) == [
        ("邮储银行", "Postal Savings Bank of China"), ("兴业银行", "Industrial Bank"),
        ("国开行", "China Development Bank"), ("浙商银行股份有限公司", "China Zheshang Bank")]
    # a short name that is also a verb phrase's tail needs a boundary on its left
    assert institutions(matcher, "各地正加快建设银行网点的数字化。") == []


def test_a_banks_branch_is_one_body_and_its_place_no_mention(matcher: ZhEntityMatcher) -> None:
    text = "中國建設銀行江西省分行與市政府簽約。作为交通银行在本省的机构,南昌分行将提供贷款。"
    assert [s for s, _ in institutions(matcher, text)] == ["中國建設銀行江西省分行", "市政府", "交通银行", "南昌分行"]
    assert places(matcher, text) == []


def test_a_named_provincial_laboratory_and_the_bare_designation(matcher: ZhEntityMatcher) -> None:
    text = "其中,深海装备与材料浙江省实验室(宁波)揭牌,首批3家浙江省实验室启动建设,新一批省实验室将启动。"
    assert [s for s, _ in institutions(matcher, text)] == ["深海装备与材料浙江省实验室(宁波)"]
    assert places(matcher, text) == ["浙江"]  # the designation's province is a place; the lab's is inside a name


def test_an_academys_institute_and_a_universitys_school_are_one_name(matcher: ZhEntityMatcher) -> None:
    text = "依托中国科学院武汉病毒与免疫研究所和复旦大学材料科学学院开展研究。"
    assert [s for s, _ in institutions(matcher, text)] == ["中国科学院武汉病毒与免疫研究所", "复旦大学材料科学学院"]


def test_a_known_body_on_the_last_of_bare_division_names_is_shared(matcher: ZhEntityMatcher) -> None:
    # 广州、深圳、东莞市政府: the head 市政府 is written once, after the last city
    text = "项目由中山、江门、东莞市政府共同组织。"
    assert [c for _, c in institutions(matcher, text)] == ["中山市政府", "江门市政府", "Dongguan Municipal People's Government"]
    assert places(matcher, text) == []


def test_a_date_or_a_chapter_number_before_a_name_is_no_part_of_it(matcher: ZhEntityMatcher) -> None:
    text = "二○二五年三月一日起咨询委员会的成员如下。第五章委员会的工作。"
    assert institutions(matcher, text, "hk") == []


def test_a_country_name_before_a_central_bodys_generic_name_is_that_countrys_body(matcher: ZhEntityMatcher) -> None:
    # 國務院 alone is China's State Council; after another country's name it is that country's department
    text = "德國外交部和加拿大財政部表示關注,國務院隨即回應。"
    assert institutions(matcher, text, "hk") == [("德國外交部", "德國外交部"), ("加拿大財政部", "加拿大財政部"),
                                                 ("國務院", "State Council")]


def test_provincial_laboratories_listed_before_a_shared_head(matcher: ZhEntityMatcher) -> None:
    text = "省长为海洋科学与工程、生物育种与农业3家…"  # no count match: nothing made
    assert institutions(matcher, text) == []
    text = "省长为海洋科学与工程、生物育种、合成化学3家山东省实验室授牌。"
    assert [c for _, c in institutions(matcher, text)] == [
        "海洋科学与工程山东省实验室", "生物育种山东省实验室", "合成化学山东省实验室"]


def test_a_quoted_working_group_is_one_name_with_its_conjunction(matcher: ZhEntityMatcher) -> None:
    text = "當局成立「規劃及土地供應工作小組」和「交通及基建專責小組」,並就新醫學院提供意見。"
    assert [s for s, _ in institutions(matcher, text, "hk")] == ["規劃及土地供應工作小組", "交通及基建專責小組"]


def test_a_place_and_a_determiner_before_a_suffix_is_a_kind_of_body(matcher: ZhEntityMatcher) -> None:
    assert institutions(matcher, "他與香港本地大學和深圳相關研究院交流。") == []


def test_hong_kongs_healthcare_regulatory_councils(matcher: ZhEntityMatcher) -> None:
    # the closed class of statutory boards registering healthcare professionals; their short forms are Hong Kong's
    text = "大學須取得醫委會認可,並向香港牙醫管理委員會及脊醫管理局提交資料。"
    assert [c for _, c in institutions(matcher, text, "hk")] == [
        "Medical Council of Hong Kong", "Dental Council of Hong Kong", "Chiropractors Council"]
    assert institutions(matcher, "医委会成立后开展工作。") == []  # not a Mainland text's body


def test_the_state_councils_bodies_by_their_names_and_short_forms(matcher: ZhEntityMatcher) -> None:
    # the whole list of the State Council's bodies (gov.cn), not only its ministries
    text = "国新办举行发布会,国家疾控局、中国社科院和国家原子能机构负责人介绍情况。国办发〔2030〕1号。"
    assert [c for _, c in institutions(matcher, text)] == [
        "State Council Information Office", "National Disease Control and Prevention Administration",
        "Chinese Academy of Social Sciences", "China Atomic Energy Authority"]


def test_a_name_ends_before_a_verb_and_a_universitys_hospital_is_one_name(matcher: ZhEntityMatcher) -> None:
    text = "成都实验室纳入国家实验室体系,四川大学华西第二医院牵头组建联盟。"
    assert [s for s, _ in institutions(matcher, text)] == ["成都实验室", "四川大学华西第二医院"]


def test_an_exchange_named_by_its_place_and_market(matcher: ZhEntityMatcher) -> None:
    assert [s for s, _ in institutions(matcher, "大连商品交易所与郑州期货交易所签约。")] == ["大连商品交易所", "郑州期货交易所"]


def test_chamber_heads_and_civil_service_ranks_are_posts(matcher: ZhEntityMatcher) -> None:
    text = "中華總商會會長、香港中華廠商聯合會副會長和商務部二級巡視員出席。"
    assert institutions(matcher, text, "hk") == []


def test_a_group_is_named_by_its_registered_name_without_the_company_form(matcher: ZhEntityMatcher) -> None:
    # the gazetteer holds 中国机械工业集团有限公司; texts write 中国机械工业集团
    assert institutions(matcher, "市政府与中国机械工业集团签约。") [-1] == (
        "中国机械工业集团", "China National Machinery Industry Corporation")


def test_hong_kong_bodies_without_hong_kong_and_a_citys_own_bureau(matcher: ZhEntityMatcher) -> None:
    text = "政府與貿易發展局合辦論壇,深圳市旅游发展局亦有參與。"
    assert institutions(matcher, text, "hk") == [
        ("政府", "Hong Kong SAR Government"), ("貿易發展局", "Hong Kong Trade Development Council"),
        ("深圳市旅游发展局", "深圳市旅游发展局")]


def test_a_known_bodys_department_and_division_name_the_unit(matcher: ZhEntityMatcher) -> None:
    text = "教育部职业教育司和中聯辦教育科技部協調處發出通知,商务部副部长出席。"
    assert [s for s, _ in institutions(matcher, text)] == ["教育部职业教育司", "中聯辦教育科技部協調處"]


def test_kinds_of_company_are_no_names(matcher: ZhEntityMatcher) -> None:
    # a bare 公司 head is not read as a name (session 7 tried it: it found 丝绸之路信息港公司 but also 监管公众公司,
    # 非上市公司, 全牌照…进出口公司 on new batches, so it was withdrawn); companies need their registered form or a gazetteer
    text = "各地融资平台公司、房地产公司和子公司要规范,监管公众公司和非上市公司。"
    assert institutions(matcher, text) == []


def test_a_zones_committee_and_a_hospital_that_signs(matcher: ZhEntityMatcher) -> None:
    text = "组织仁济医院与前海管委会签署协议。"
    assert [s for s, _ in institutions(matcher, text)] == ["仁济医院", "前海管委会"]


def test_a_companys_or_a_banks_department_is_no_unit_of_its_own(matcher: ZhEntityMatcher) -> None:
    text = "华夏银行抢抓西部开发机遇,食物環境衞生署總部和民政事务总署各区办事处开放。"
    assert [s for s, _ in institutions(matcher, text, "hk")] == ["华夏银行", "食物環境衞生署", "民政事务总署"]


def test_a_rivers_west_bank_is_no_province(matcher: ZhEntityMatcher) -> None:
    # a name cut short before a verb (依托) no longer hides a place read inside a river's name
    # (and the river itself is named by its bank since session 8: 湘江西岸 → 湘江, DECISIONS 24)
    assert places(matcher, "赣江西岸依托高校建设科技城,江西省加快发展。") == ["赣江", "江西省"]


def test_an_embassy_and_another_countrys_ministry_by_its_own_name(matcher: ZhEntityMatcher) -> None:
    text = "局長與馬來西亞國際貿易及工業部官員會面,並拜訪中國駐馬來西亞大使館;日本各省市亦有代表。"
    assert [s for s, _ in institutions(matcher, text, "hk")] == ["馬來西亞國際貿易及工業部", "中國駐馬來西亞大使館"]


def test_hong_kong_departments_without_government_and_a_place_word_after_a_department(matcher: ZhEntityMatcher) -> None:
    text = "物流服務署將協助社署物色合適處所。"
    assert [c for _, c in institutions(matcher, text, "hk")] == [
        "Government Logistics Department", "Social Welfare Department"]


def test_a_verb_ending_in_a_head_character_after_a_country_is_no_body(matcher: ZhEntityMatcher) -> None:
    assert institutions(matcher, "法國總統簽署協議,德國當局部署行動。", "hk") == []


def test_a_body_named_after_according_to(matcher: ZhEntityMatcher) -> None:
    text = "根据市政府办公厅《关于做好考评工作的通知》要求,按照省政府部署,南京市卫生健康委落实。"
    assert [c for _, c in institutions(matcher, text)][0] == "南京市人民政府办公厅"


def test_inside_a_department_is_no_unit_of_it(matcher: ZhEntityMatcher) -> None:
    text = "路政署会于内部检讨,路政署内部亦有讨论。"
    assert [c for _, c in institutions(matcher, text, "hk")] == ["Highways Department", "Highways Department"]


def test_the_governments_news_site_in_a_credit_is_no_mention_of_it(matcher: ZhEntityMatcher) -> None:
    assert institutions(matcher, "保良局推进项目。本文来源: 政府新闻网", "hk") == [("保良局", "Po Leung Kuk")]
