"""Text → language per document and per block: a script-ratio rule (CJK vs Latin letters), no model.

Blocks are lines (a paragraph per line after ingest), so a bilingual document routes each paragraph
to the English or the Chinese recognizers. A Chinese block is `zh-Hant` or `zh-Hans` (BCP 47) by the
characters that only one script uses; `fold` maps Traditional to Simplified character by character
(OpenCC data), so offsets in the folded text are offsets in the original.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

EN = "en"
HANT = "zh-Hant"
HANS = "zh-Hans"
_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_LATIN = re.compile(r"[A-Za-z]")
# A Chinese character carries about as much as a short English word: weigh it like three letters.
CJK_WEIGHT = 3


@dataclass(frozen=True)
class Block:
    start: int
    end: int
    lang: str


@lru_cache(maxsize=1)
def _converters() -> tuple[object, object]:
    from opencc import OpenCC  # type: ignore[import-untyped]

    return OpenCC("t2s"), OpenCC("s2t")


def hkscs_char(ch: str) -> str:
    """The HKSCS character behind a Private Use Area code point (鴨\ue77f洲 is 鴨脷洲), else `ch`.

    Hong Kong government text from Big5-HKSCS systems keeps HKSCS characters at their Big5 EUDC
    positions, mapped to the PUA by the standard (Microsoft) Big5 EUDC table; the big5hkscs codec
    reads the Big5 code back. One character for one, so offsets stay put.
    """
    o = ord(ch)
    for base, lead0, last in ((0xE000, 0xFA, 0xE310), (0xE311, 0x8E, 0xEEB7), (0xEEB8, 0x81, 0xF6B0)):
        if base <= o <= last:
            i = o - base
            t = i % 157
            try:
                out = bytes([lead0 + i // 157, 0x40 + t if t < 63 else 0xA1 + t - 63]).decode("big5hkscs")
            except UnicodeDecodeError:
                return ch
            return out if len(out) == 1 else ch
    return ch


# Look-alikes typed for another character, which OpenCC keeps: 陜 (U+965C, 'narrow', the old form of 狹) stands for
# 陝 (Shaanxi) in much Hong Kong and Taiwan press text (陜西, 陜北); no Chinese word is written with 陜 itself today.
_LOOK_ALIKES = {"陜": "陕"}


@lru_cache(maxsize=20000)
def _fold_char(ch: str) -> str:
    ch = hkscs_char(ch) if "\ue000" <= ch <= "\uf8ff" else ch
    ch = _LOOK_ALIKES.get(ch, ch)
    out = _converters()[0].convert(ch)  # type: ignore[attr-defined]
    return out if len(out) == 1 else ch


@lru_cache(maxsize=20000)
def _char_script(ch: str) -> str:
    """'t' for a Traditional-only character, 's' for a Simplified-only one, '' for shared ones."""
    t2s, s2t = _converters()
    if t2s.convert(ch) != ch:  # type: ignore[attr-defined]
        return "t"
    if s2t.convert(ch) != ch:  # type: ignore[attr-defined]
        return "s"
    return ""


_FOLD_TABLE: dict[int, str] = {}  # every character seen so far → its folded form (a str.translate table)
_FOLD_SEEN: set[str] = set()


def script_of_char(ch: str) -> str:
    """'t' for a Traditional-only character, 's' for a Simplified-only one, '' for shared ones."""
    return _char_script(ch)


def fold(text: str) -> str:
    """Traditional → Simplified, one character for one character (offsets are preserved)."""
    for ch in set(text) - _FOLD_SEEN:
        if _CJK.match(ch) or "\ue000" <= ch <= "\uf8ff":
            _FOLD_TABLE[ord(ch)] = _fold_char(ch)
        _FOLD_SEEN.add(ch)
    return text.translate(_FOLD_TABLE)


def script(text: str, default: str = HANT) -> str:
    """zh-Hant or zh-Hans by which script's own characters are more frequent (`default` on a tie)."""
    t = s = 0
    for ch in _CJK.findall(text):
        kind = _char_script(ch)
        t += kind == "t"
        s += kind == "s"
    if t == s:
        return default
    return HANT if t > s else HANS


def is_chinese(text: str) -> bool:
    cjk = len(_CJK.findall(text))
    return cjk >= 2 and cjk * CJK_WEIGHT >= len(_LATIN.findall(text))


def blocks(text: str) -> list[Block]:
    """Every non-empty line with its language; lines without letters take the document's language."""
    doc = document_lang(text)
    out = []
    pos = 0
    for line in text.split("\n"):
        start, end = pos, pos + len(line)
        pos = end + 1
        if not line.strip():
            continue
        has_letters = _CJK.search(line) or _LATIN.search(line)
        if not has_letters:
            lang = doc
        elif is_chinese(line):
            lang = script(line, default=doc if doc != EN else HANT)
        else:
            lang = EN
        out.append(Block(start, end, lang))
    return out


def document_lang(text: str) -> str:
    """The language of most of the text: en, zh-Hant or zh-Hans."""
    if _CJK.search(text) is None:  # most documents: no need to count (issue 15)
        return EN
    cjk = len(_CJK.findall(text))
    latin = len(_LATIN.findall(text))
    if cjk == 0 or cjk * CJK_WEIGHT < latin:
        return EN
    return script(text)


_SPLIT_FISCAL_YEAR = re.compile(r"(?:二[〇零]|20)[0-9〇零一二三四五六七八九]{2}[/／][0-9〇零一二三四五六七八九]{2}"
                                r"(?![0-9〇零一二三四五六七八九])(?:财政|课税)?年度")


_HK_ONLY_HANS = re.compile(r"(?<!经济)财政司司长|政务司司长|财政预算案|预算案演辞|差饷|薪俸税|利得税|个人入息课税|综援|"
                           r"综合社会保障援助|长者生活津贴|高龄津贴|长者医疗券|在职家庭津贴|强积金|政府统计处|港铁|新界|"
                           r"维港|区议会|屋邨|公屋|居屋")


def locale(text: str) -> str:
    """hk, mo, tw or cn: whose currency a bare 元 is in a Chinese text (see GUIDELINES-zh.md)."""
    if script(text) == HANS:
        # HK and Macao governments also publish Simplified versions: their own words decide
        folded = fold(text)
        # and words only Hong Kong uses: its railway, region, harbour, councils, housing and the short names of
        # its departments (港铁, 新界, 维港, 区议会, 屋邨, 康文署), and its own taxes and allowances (差饷, 薪俸税,
        # 利得税, 综援, 强积金: the Mainland levies no rates or salaries tax)
        hk = len(re.findall(r"本港|港元|港币|立法会|特区政府|财政司司长|政务司司长|行政长官|香港特区|施政报告|财政预算案|"
                            r"预算案演辞|差饷|薪俸税|利得税|个人入息课税|综援|综合社会保障援助|长者生活津贴|长者医疗券|"
                            r"在职家庭津贴|强积金|"
                            r"政府统计处|港铁|新界|维港|西九|区议会|民政事务|屋邨|公屋|居屋|"
                            r"康文署|食环署|土拓署|渠务署|路政署|水务署|屋宇署|地政总署|规划署|运输署|房屋署", folded))
        # a split financial year (二零一四/一五年度, 2024/25年度): Hong Kong's budget year runs April to March,
        # the Mainland's (and Macao's) is the calendar year
        hk += len(_SPLIT_FISCAL_YEAR.findall(folded))
        mo = len(re.findall(r"澳门元|澳门币|澳门特区政府|澳门特别行政区政府|本澳|经济财政司", folded))
        # and the Mainland's party committees and 'the whole city / province' (Hong Kong has none, and says 全港;
        # its texts name Mainland mayors and city governments, not their committees): 汕尾新港铁路 holds 港铁
        cn = len(re.findall(r"人民政府|国务院|人民币|党中央|自治区|办公厅|发展改革委|省委|市委|县委|全市|全省", folded))
        if max(hk, mo) > cn:
            return "hk" if hk >= mo else "mo"
        return "cn"
    hk = len(re.findall(r"香港|本港|港元|港幣", text))
    # and what only Hong Kong's government has (Macao too has a 行政長官, a 立法會 and a 施政報告, so not those):
    # its own taxes and allowances, its railway, regions, councils, housing and statistics department, its split
    # financial year; a Hong Kong budget story may name none of 香港 and still quote a sum in 人民幣
    hk += len(_HK_ONLY_HANS.findall(fold(text))) + len(_SPLIT_FISCAL_YEAR.findall(fold(text)))
    # and Macao's own words: 本澳 ('this Macao', as Hong Kong says 本港) and its Secretariat for Economy and Finance
    mo = len(re.findall(r"澳門|澳門元|澳門幣|本澳|經濟財政司", text))
    # Taiwan's own institutions, cities and calendar: the Executive and Legislative Yuan, the DGBAS (主計總處),
    # and the Republic of China's year count in budgets and reports (114年度 = 2025: a three-digit year)
    tw = len(re.findall(r"臺灣|台灣|新台幣|新臺幣|中華民國|行政院|立法院|主計總處|臺北|台北|新北|臺中|台中|臺南|台南|高雄|"
                        r"(?<![0-9０-９])1[01][0-9]年度", text))
    if mo > hk and mo >= tw:
        return "mo"
    if tw > hk and tw > mo:
        return "tw"
    # Mainland texts are written in Traditional too (news of the provinces): counties, provincial bodies and
    # the Mainland's own words outnumber Hong Kong's there (Hong Kong has no 縣 and no 省委, no city government,
    # mayor or party committee: 市長, 市委, 市政府, 黨委; it says 全港, never 全市 or 全省)
    cn = len(re.findall(r"人民政府|國務院|人民幣|黨中央|自治區|自治州|國家主席|省委|省政府|省長|縣委|縣城|[一-鿿]縣|鄉鎮|大陸|"
                        r"市長|市委|市政府|黨委|全市|全省", text))
    if cn > hk:
        return "cn"
    return "hk" if hk or not re.search(r"中國|國家|國務院", text) else "cn"
