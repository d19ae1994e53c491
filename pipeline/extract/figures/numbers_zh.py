"""Chinese number surfaces → Decimal: Arabic (1,500 / 5.2 / １２), Chinese numerals (十六, 一萬一千, 三點五) and scale words.

Pure functions over pipeline/data/figure_lexicon.zh.json; `figures_zh` reads figures with them.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from typing import Any

from pipeline.extract.figures.numbers import load_lexicon


@lru_cache(maxsize=1)
def lexicon() -> dict[str, Any]:
    lex = dict(load_lexicon("zh"))
    lex["_cn_chars"] = "".join(lex["digits"]) + "".join(lex["small_units"]) + "萬万億亿" + "".join(lex["tens_chars"])
    for key in ("currency_prefixes", "currency_suffixes", "units", "durations", "classifiers", "nouns",
                "qualifiers_before", "qualifiers_after", "qualifiers_infix", "per_units", "bare_nouns", "money_nouns",
                "per_capita_after", "date_pair_before", "rank_change_verbs", "money_nouns_after", "money_links",
                "rate_leads", "century_units", "currency_after_yuan", "rate_base_leads"):
        lex[f"_{key}"] = sorted(lex[key], key=len, reverse=True)
    return lex


def header_money_words() -> tuple[dict[str, float], dict[str, str]]:
    """The Chinese lexicon's scale words (萬, 億, and 千億 = 1e11, 百萬 = 1e6 …) and named currencies (港元 = HKD,
    歐元 = EUR), for the units a table header states: one source of truth with the running-text reader."""
    lex = lexicon()
    scales = {w: float(v) for w, v in lex["scales"].items()}
    for unit, unit_value in lex["small_units"].items():
        for w, v in lex["scales"].items():
            if v >= 10000:
                scales[unit + w] = float(unit_value) * float(v)  # 千億, 百萬, 十萬
    codes = {w: c for w, c in {**lex["currency_prefixes"], **lex["currency_suffixes"]}.items()
             if c and not w.isascii() and not w.startswith(("$", "＄"))}
    return scales, codes


# '6, 210個': a scraped page's space after the thousands comma; '1403 .24': a typeset space before the point;
# '1 5 4 億元', '65 6 億元': a PDF's letter-spaced digits, read as one
# number only right before a scale word or 元 (a group of fewer than three digits is no thousands group)
_ARABIC = (r"[0-9０-９]{1,3}(?:(?:, |[,\u00a0 ])[0-9０-９]{3})+(?: ?\.[0-9０-９]+)?"
           r"|[0-9０-９]{1,3}(?: [0-9０-９]{1,3})+(?= ?[萬万億亿元])(?<! [0-9０-９]{3})"
           r"|[0-9０-９]+(?: ?\.[0-9０-９]+)?")
_DIGITS_AFTER_ZERO = re.compile(r"(.+千)[零〇]([一二三四五六七八九])([〇零一二三四五六七八九])")
_NOTE = r"\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,7}\)"
# a page's pinyin note after a character (六點(diǎn)二八五萬(wàn)億: pages converted to Traditional with reading aids): inside a
# Chinese numeral it is skipped, and the number is read without it
_PINYIN_NOTE = re.compile(_NOTE)
_SESSION_NUMERALS = "一二三四五六七八九十"  # a session's number in a list before another (一次和五次会议)
WIDE = str.maketrans("０１２３４５６７８９", "0123456789")


def number_regex() -> re.Pattern[str]:
    cn = re.escape(lexicon()["_cn_chars"])
    digits = re.escape("".join(lexicon()["digits"]))
    # 124億9,190萬, 16萬5千, 1億5千萬: an Arabic number after a scale word goes on with a smaller one
    # (1億7,000多萬: also before 多 and the smaller scale, which the figure reader then takes)
    # 兆 after an Arabic number is 1e12 as Taiwan and Japan write it ('3兆元', '13兆日圓'); before a unit it is
    # the SI prefix mega- (兆瓦 MW, 兆赫 MHz, 兆字節 MB), and Mainland texts write 1e12 as 萬億
    return re.compile(rf"(?P<ar>{_ARABIC})(?P<sc>(?:萬億|万亿|兆(?![瓦赫字位帕焦伏歐欧比像])|[萬万億亿千百])*"
                      rf"(?:(?<=兆)(?:{_ARABIC})[億亿萬万]|(?<=[億亿])(?:{_ARABIC})(?:[千百][萬万]?|[萬万]|(?=多[萬万]))|(?<=[萬万])(?:{_ARABIC})[千百](?:(?<=千)[0-9０-９]百)?(?:[億亿](?![億亿]))?|(?<=[0-9０-９]千)[0-9０-９]百(?:[萬万億亿](?![萬万億亿]))?)?(?<![千百](?=[米瓦克伏卡焦帕赫分])))"
                      rf"|(?P<cn>[{cn}](?:(?:{_NOTE})?[{cn}])*(?:(?:{_NOTE})?[點点](?:{_NOTE})?[{digits}]+(?:(?:{_NOTE})?[萬万億亿])*)?)")



def parse_small(s: str) -> Decimal | None:
    """Below 萬: '二十二', '一百零五', '十六', '3,000', '5.2' → Decimal; None when malformed ('十四五')."""
    if not s:
        return Decimal(0)
    if re.fullmatch(r"[0-9][0-9,\u00a0 .]*", s):
        try:
            return Decimal(re.sub(r"[,\u00a0 ]", "", s))
        except InvalidOperation:
            return None
    lex = lexicon()
    digits, units = lex["digits"], lex["small_units"]
    for ch, tens in lex["tens_chars"].items():  # 廿七 = 二十七
        s = s.replace(ch, tens)
    if s in ("百", "千"):  # 過百, 逾千 (figure_at requires the qualifier)
        return Decimal(units[s])
    tail = _DIGITS_AFTER_ZERO.fullmatch(s)
    if tail:  # 一萬六千零一六元: the tens and units after 千零 written digit by digit (零一六 = 016)
        head = parse_small(tail.group(1))
        return None if head is None else head + 10 * digits[tail.group(2)] + digits[tail.group(3)]
    total, num, last_unit = 0, None, 10000
    for ch in s:
        if ch in digits:
            d = digits[ch]
            if num and d:
                return None  # two digits in a row: a digit string, not a number
            num = d
        elif ch in units:
            unit = units[ch]
            if unit >= last_unit:
                return None
            if not num:
                if not (unit == 10 and total == 0 and num is None):
                    return None
                num = 1  # 十六: a leading 十 means 一十
            total += num * unit
            num, last_unit = None, unit
        else:
            return None
    return Decimal(total + (num or 0))


def parse_number(s: str) -> Decimal | None:
    """A whole Chinese/Arabic number with scale words: '一萬一千', '1,500億', '3.5万亿', '兩' → Decimal."""
    s = _PINYIN_NOTE.sub("", s.translate(WIDE)).replace("萬", "万").replace("億", "亿")
    if not s:
        return None
    if "点" in s or "點" in s:  # 三點五 = 3.5, 一點二億 = 1.2e8
        m = re.fullmatch(r"(.+?)[點点](.+?)([万亿]*)", s)
        # 二萬五千九百六十八點五五億: a whole part above 萬 is read with its scale word
        whole = (parse_number(m.group(1)) if "万" in m.group(1) else parse_small(m.group(1))) if m else None
        if m is None or whole is None or not all(ch in lexicon()["digits"] for ch in m.group(2)):
            return None
        frac = "".join(str(lexicon()["digits"][ch]) for ch in m.group(2))
        scaled = parse_number("1" + m.group(3)) if m.group(3) else Decimal(1)
        return None if scaled is None else Decimal(f"{whole}.{frac}") * scaled
    if "兆" in s:  # 兆 = 1e12 as Taiwan and Japan write it: 7兆3,258億
        left, _, right = s.partition("兆")
        hi = parse_number(left) if left else Decimal(1)
        lo = parse_number(right) if right else Decimal(0)
        if hi is None or lo is None or lo >= Decimal(10) ** 12:
            return None
        return hi * Decimal(10) ** 12 + lo
    if "亿" in s:
        left, _, right = s.rpartition("亿")
        hi = parse_number(left) if left else Decimal(1)
        lo = parse_number(right) if right else Decimal(0)
        if hi is None or lo is None or lo >= Decimal(100000000):
            return None
        return hi * Decimal(100000000) + lo
    if "万" in s:
        left, _, right = s.partition("万")
        hi = (parse_number(left) if re.fullmatch(r"[0-9.,\u00a0 ]+[千百]|[0-9]千[0-9]百", left) else parse_small(left)) \
            if left else Decimal(1)  # 5千万 in 1亿5千万; 1千2百万 (news style: Arabic digits with 千 / 百)
        lo = parse_number(right) if right else Decimal(0)  # 5千 in 16萬5千
        if hi is None or lo is None or lo >= 10000:
            return None
        return hi * Decimal(10000) + lo
    if re.fullmatch(r"[0-9.,\u00a0 ]+[千百]", s):
        base = parse_small(s[:-1])
        return None if base is None else base * (1000 if s[-1] == "千" else 100)
    if re.fullmatch(r"[0-9]千[0-9]百", s):  # 6千5百 in 1萬6千5百
        return Decimal(int(s[0]) * 1000 + int(s[2]) * 100)
    return parse_small(s)


def is_digit_string(s: str) -> bool:
    """二〇二四, 二六: Chinese digits with no 十/百/千 — a year or a code, never a quantity."""
    lex = lexicon()
    return len(s) >= 2 and all(ch in lex["digits"] for ch in s)


def trailing_scale(s: str) -> Decimal:
    for word, value in (("萬億", 10 ** 12), ("万亿", 10 ** 12), ("兆", 10 ** 12), ("億", 10 ** 8), ("亿", 10 ** 8),
                        ("萬", 10 ** 4), ("万", 10 ** 4)):
        if s.endswith(word):
            return Decimal(value)
    return Decimal(1)


def has_scale(s: str) -> bool:
    return any(ch in s for ch in "萬万億亿兆")


_DIVISION = re.compile(r"[\u4e00-\u9fff]{1,5}?[省市区區县縣]")


def session_ordinal(text: str, first: int, after: int, cls: str) -> bool:
    """Whether N届 / N次 (cls, the number starting at first, the classifier ending at after) numbers a
    Mainland term or session ('十四届人大五次会议', '三次、四次全会') rather than counting anything; or whether 前N名 /
    前N位 cuts a ranking ('躋身世界主要經濟體前10名': a rank cut-off, DECISIONS 9; lexicon rank_cutoff)."""
    cutoff = lexicon()["rank_cutoff"]
    if cls in cutoff["classifiers"] and text[max(0, first - 1):first] in cutoff["before"] and \
            text[max(0, first - 2):first - 1] not in cutoff["not_word_end"]:
        return True  # (not 此前3名議員, 目前10名: 此前 / 目前 end a word before the count)
    lex = lexicon()["session_ordinals"]
    num = number_regex()
    if cls in lex["term"]:
        division = _DIVISION.match(text, after)  # 十二屆廣東省人大: the division of the body written between
        if any(text.startswith(w, after) or division and text.startswith(w, division.end()) for w in lex["bodies"]):
            return True
        if text.startswith("次", after) and text.startswith(tuple(lex["meetings"] + lex["plenary"]), after + 1):
            return True  # 政协区九届次会议: the session number lost, the term still numbered
        m = num.match(text, after)
        return bool(m and m.group("cn") and m.end() < len(text) and text[m.end()] in "次中")
    if cls not in lex["session"]:
        return False
    numeral = text[first:after - len(cls)]
    if text.startswith(tuple(lex["numbered_meetings"]), after) and numeral and \
            all(ch in _SESSION_NUMERALS for ch in numeral) and \
            not text.endswith(tuple(lex.get("count_leads", ())), 0, first):  # 先后召开三次党代会: a count
        return True  # 区三次党代会: the third party congress, its term word left out
    q = after
    while q < len(text) and text[q] in "、和及与與":  # '六次、七次、八次全会', '一次和五次会议': one last word
        m = num.match(text, q + 1)
        if not (m and text.startswith(cls, m.end())):
            break
        q = m.end() + len(cls)
    words = _PINYIN_NOTE.sub("", text[q:q + 16])  # 五次會(huì)議: a page's pinyin note inside the word
    if any(words.startswith(w) for w in lex["plenary"]):
        return True
    listed = "(?:[" + _SESSION_NUMERALS + "]+[" + "".join(lex["session"]) + "][、和及与與])+$"
    head = re.sub(listed, "", text[max(0, first - 16):first])  # 人大二次、三次和四次会议: the sessions before
    term = re.search("[" + "".join(lex["term"]) + "](" + "|".join(map(re.escape, lex["bodies"])) + ")?$", head)
    return bool(term) and any(words.startswith(w) for w in lex["meetings"] + lex["plenary"])


_CLOCK_BEFORE = re.compile(r"(?:上午|下午|晚上|中午|凌晨|早上|傍晚|清晨|夜間|夜间|今晚|今早|明早|晚|早)[0-9]{1,2}$")
_CLOCK_AFTER = ("开始", "開始", "结束", "結束", "举行", "舉行", "截止", "出发", "出發", "开幕", "開幕", "闭幕", "閉幕", "起", "前", "后", "後", "至", "到", "时", "時", "正", "-", "—", "～", "~")


def clock_time(text: str, sign: int, right_end: int) -> bool:
    """'9∶30' at `sign` (the colon or ratio sign between two numbers, the right one ending at right_end) is a clock
    time: a time-of-day word before the hour (上午9∶30), or an hour 0-24 and two-digit minutes 00-59 with a time word
    after (14∶00开始, 9∶30至11∶00). Chinese web texts typeset times with the ratio sign ∶ too."""
    if _CLOCK_BEFORE.search(text, max(0, sign - 6), sign):
        return True
    hour = re.search(r"(?<![0-9.])([0-9]{1,2})$", text[max(0, sign - 3):sign])
    minutes = text[sign + 1:right_end]
    return bool(hour and int(hour.group(1)) <= 24 and re.fullmatch(r"[0-5][0-9]", minutes) and
                text.startswith(_CLOCK_AFTER, right_end))
