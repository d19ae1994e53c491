"""Characters of a Chinese text → the reading helpers of the figure scanner: the `FigureZh` record, lookups
of lexicon words before and after a position, numbers, qualifiers, count nouns and the finished record.

The grammar that decides what a figure is lives in chinese.py (`ZhScanner`, a subclass of `ZhReader`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from pipeline.extract.figures.glossed_slogans_zh import glossed_slogan_spans, quoted_name
from pipeline.extract.figures.numbers_zh import (
    WIDE,
    is_digit_string,
    lexicon,
    number_regex,
    parse_number,
)
from pipeline.extract.figures.unit_lines_zh import unit_line_spans


@dataclass(frozen=True)
class FigureZh:
    start: int
    end: int
    kind: str
    value: Decimal
    value_max: Decimal | None
    unit: str
    qualifier: str
    qualifier_norm: str
    subject: str = ""
    currency_inferred: bool = False


def _slogan_list(inner: str) -> bool:
    """“四個堅持、三個支撐、兩個走在前列”: short items joined by 、, each opening with a Chinese numeral, are a list of
    slogans (names), not speech (targets are written in Arabic digits: “新增就業10萬人、培訓5萬人次”)."""
    items = inner.split("、")
    return len(items) > 1 and all(0 < len(x) <= 8 and x[0] in lexicon()["slogan_list_numerals"] for x in items)


_QUOTED_RATIO = re.compile(r"[0-9.]+[:：∶][0-9.]+|[〇零一二兩两三四五六七八九十]+比[〇零一二兩两三四五六七八九十]+")


def slogan_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Short quoted names (「十四五」, “一区两园”, 《…》): numerals inside them are part of a name; so are a table's
    unit lines (單位：百萬元: a unit, not an amount; table_units_zh)."""
    spans = []
    end = len(text) if end is None else end
    heads = lexicon()["plan_heads"]
    for open_q, close_q in lexicon()["slogan_quotes"]:
        pattern = re.compile(rf"{re.escape(open_q)}[^\n{re.escape(close_q)}]{{1,40}}{re.escape(close_q)}")
        for m in pattern.finditer(text, start, end):
            if open_q != "《" and len(m.group()) > 14 and not any(h in m.group() for h in heads) and \
                    not _slogan_list(m.group()[1:-1]) and not _heads_noun(text, m.end()) and not quoted_name(m.group()[1:-1]):
                continue  # a long quotation is speech; a long quoted plan (“康復服務十年行動計劃”) is a name
            if open_q != "《" and text[m.start() - 1:m.start()] in ("，", ",", "：", ":") and \
                    text[m.end():m.end() + 1] in ("。", "！", "？", "!", "?") or m.group()[-2] in "。！？!?":
                continue  # '…，「粒糖多咗1.8倍」。', '說：「收入增加三成。」': a quoted whole clause or sentence is speech
            if not re.search(r"[%％，,；;]", m.group()) and not _QUOTED_RATIO.fullmatch(m.group()[1:-1]):
                spans.append((m.start(), m.end()))  # “7%以上,力爭達到8%” quotes a target, 「七比三」 a ratio: no names
    return spans + glossed_slogan_spans(text, start, end) + unit_line_spans(text, start, end) + \
        numeral_place_spans(text, start, end)


def _heads_noun(text: str, end: int) -> bool:
    """A quote that ends right before a task's or deployment's noun names it (“…走在前列、争当示范”重点任务)."""
    return any(text.startswith(n, end) for n in lexicon()["slogan_head_nouns"])


def numeral_place_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans (from one character before) of place names written with a numeral (西九碼頭, 東九文化中心: lexicon
    numeral_place_names): the numeral counts nothing. Not after another place's name (廣東九市) nor before a
    classifier (全港九個區)."""
    lex = lexicon()
    out = []
    for name in lex["numeral_place_names"]:
        i = text.find(name, start, end)
        while i >= 0:
            after = text[i + len(name):i + len(name) + 2]
            if text[i - 1:i] not in lex["numeral_place_names_not_after"] and \
                    not any(after.startswith(c) for c in lex["classifiers"]):
                out.append((i - 1, i + len(name)))
            i = text.find(name, i + 1, end)
    return out


@lru_cache(maxsize=256)
def _by_char(keys: tuple[str, ...], pos: int) -> dict[str, tuple[str, ...]]:
    """Keys grouped by their first (pos 0) or last (pos -1) character, longest first."""
    groups: dict[str, list[str]] = {}
    for k in keys:
        if k:
            groups.setdefault(k[pos], []).append(k)
    return {c: tuple(sorted(v, key=len, reverse=True)) for c, v in groups.items()}


_MONEY_CLASS = re.compile(r"[十百千萬万億亿]+元?[級级]")  # 萬億元級, 千亿级: a class of money (百億級項目)
# 門診費人民幣一萬元及住院費三萬元: a bare 元 listed right after a sum with its currency written (same clause,
# a joining word and at most a short noun between) is in that currency
_LISTED_AFTER = re.compile(r"(人民幣|人民币|港幣|港币|港元|美元|澳門幣|澳门币|澳門元|澳门元)\s*[0-9０-９,.．一二三四五六七八九十百千萬万億亿兩两]+"
                           r"\s*[萬万億亿]?元?(?:及|和|與|与|、|或|至)[一-鿿]{0,4}$")
# 人民幣存款達四千零七十七億元: an amount whose noun phrase opens with 人民幣 and names holdings or payments (lexicon
# renminbi_holdings: 存款, 貸款, 債券, 結算) in its clause is in renminbi (GUIDELINES-zh 4), even where a bare 元 is
# the text's own dollar; 人民幣業務收入 (a business's income) is in the text's own dollar
_RENMINBI_NOUN = "(?:人民幣|人民币)[\u4e00-\u9fff]{{0,6}}(?:{})[\u4e00-\u9fff]{{0,6}}$"
_DECLARED = re.compile(r"[（(]\s*(人民幣|人民币|港元|港幣|港币|美元|澳門元|澳门元)\s*[,，、]\s*下同\s*[)）]")


# 第四、 before a number: the number is the next item of an ordinal list (第四、五跑道)
_ORDINAL_LIST = re.compile(r"第[0-9０-９一二三四五六七八九十百]+([、和及與与])$")
# an item number opening a line ('3.') right before a digit
_LIST_LABEL = re.compile(r"([2-9]|[1-9][0-9])\.(?=[0-9])")
# a project number of the public works programme: digits, two or more capitals, then 號/号 (or the whole line)
_WORKS_CODE = re.compile(r"[0-9]+[A-Z]{2,4}(?:([號号])|[ \t]*(?:\n|$))")
# what may stand between an age noun and its number (樓齡達50年或以上但少於): links, bounds, numbers and years
_AGE_GAP = re.compile(r"[0-9０-９,，.一二三四五六七八九十百兩两\s年歲岁或以上下但少於于不足達达為为滿满至到及和超過过逾約约已在]*")

# what may stand between 時速 and its length: links, qualifiers, a first bound and a range word
_SPEED_GAP = re.compile(r"[0-9０-９.,\s達达為为約约超過过逾最高可至到\-–~～公里千米]*")
_NEXT_NUMBER = re.compile(r"[約约達达為为最高可超過过逾]*[0-9０-９一二兩两三四五六七八九十百千]")  # 時速350公里: a figure of its own

# a four-digit year and a span sign right before a two-digit number ('2026-27年'): the number is the span's last year
_SPAN_FIRST_YEAR = re.compile(r"(?:19|20)[0-9]{2}\s*[-–－/／~～]\s*$")
# 20/21年, 25/26年: a fiscal year written with two two-digit years a slash apart, the second one after the first
_SHORT_SPAN_FIRST_YEAR = re.compile(r"(?<![0-9０-９.,/／])([0-9]{2})\s*[/／]\s*$")


@lru_cache(maxsize=4)
def _clause_cut(ends: str) -> re.Pattern[str]:
    """A pattern matching any one clause-ending character (lexicon clause_ends), to split a lead or a tail on."""
    return re.compile("[" + re.escape(ends) + "]")


class ZhReader:
    """Reading helpers over one text (offsets are into the whole text)."""

    def __init__(self, text: str, locale: str = "hk") -> None:
        self.text = text
        self.lex = lexicon()
        self.locale = locale
        self.slogans: list[tuple[int, int]] = []
        self.num_re = number_regex()
        self.layout: tuple[str, list[int]] | None = None  # the text as laid out, and where each character came from
        # '(人民幣,下同)': the currency a text declares for the amounts after it
        self.declared = [(m.start(), self.lex["currency_suffixes"][m.group(1)]) for m in _DECLARED.finditer(text)]

    # -- small helpers -----------------------------------------------------------------
    def at(self, i: int, keys: list[str]) -> str:
        """Longest key that starts at i ('' if none)."""
        for k in _by_char(tuple(keys), 0).get(self.text[i:i + 1], ()):
            if self.text.startswith(k, i):
                return k
        return ""

    def before(self, i: int, keys: list[str]) -> str:
        """Longest key that ends right before i ('' if none)."""
        for k in _by_char(tuple(keys), -1).get(self.text[i - 1:i] if i > 0 else "", ()):
            if i >= len(k) and self.text[i - len(k):i] == k:
                return k
        return ""

    def char(self, i: int) -> str:
        return self.text[i] if 0 <= i < len(self.text) else ""

    def char_in(self, i: int, chars: str) -> bool:
        c = self.char(i)
        return c != "" and c in chars

    def in_slogan(self, i: int) -> bool:
        return any(s < i < e for s, e in self.slogans)

    def read_num(self, i: int, end: int) -> tuple[Decimal, int, str] | None:
        """Number at i → (value, end, surface); None for digit strings (二〇二四) and malformed runs."""
        label = self.list_label(i)
        if label:
            return Decimal(label[:-1]), i + len(label), label  # '3.17個…': the item number 3., then 17個
        m = self.num_re.match(self.text, i, end)
        if m is None:
            return None
        j = m.end()
        # '3千米', '三千瓦': the 千 belongs to the unit
        if j - m.start() > 1 and self.text[j - 1] in "千百" and self.at(j - 1, self.lex["_units"]):
            j -= 1
        surface = self.text[m.start():j]
        if m.group("cn") is not None and is_digit_string(surface):
            return None
        value = parse_number(surface)
        if value is None:
            return None
        return value, j, surface

    def list_label(self, i: int) -> str:
        """'3.' opening a line of a numbered list (a line above opens with '2.') right before a number: the item's
        number glued to the count it states ('3.17個內地和海外經濟貿易辦事處'), not 3.17; '' if none."""
        m = _LIST_LABEL.match(self.text, i)
        if m is None:
            return ""
        text, k = self.text, i
        if self.layout is not None:  # a wrapped line was joined to the one above: read the text as laid out
            text, k = self.layout[0], self.layout[1][i]
        if text[k - 1:k] not in ("\n", ""):
            return ""
        above = text[max(0, k - 400):k]
        return m.group() if re.search(rf"(?:^|\n){int(m.group(1)) - 1}\.(?![0-9])", above) else ""

    def short_year(self, first: int, surface: str, nxt: int) -> bool:
        """'08年', '97年7月', '在98年': a two-digit year (a leading zero, a month after it, or a date preposition
        before a number from 50 up; '在10年內' stays a span of ten years)."""
        if not re.fullmatch(r"[0-9]{2}", surface):
            return False
        if _SPAN_FIRST_YEAR.search(self.text, max(0, first - 6), first):
            return True  # 2026-27年, 2025/26年: the second year of a span (financial or calendar), not 27 years
        short = _SHORT_SPAN_FIRST_YEAR.search(self.text, max(0, first - 6), first)
        if short and (int(short.group(1)) + 1) % 100 == int(surface):
            return True  # 20/21年是赤字, 99/00年: a fiscal year in two-digit years (1/2年, 20/25年 are no such year)
        return surface[0] == "0" or bool(re.match(r"[0-9]{1,2}月", self.text[nxt:nxt + 3])) or \
            (int(surface) >= 50 and bool(self.before(first, self.lex["short_year_leads"])))

    def lists_items(self, first: int, n: int) -> bool:
        """The clause before `first` ends in a list of n short items joined by 、 (市、区、街镇), none a numeral, or in n
        administrative levels written one character each (省市区三级联动, 市县两级: lexicon level_list_chars)."""
        lead = re.split("[" + re.escape(self.lex["clause_ends"].replace("、", "")) + "]", self.text[max(0, first - 40):first])[-1]
        if len(lead) >= n and all(c in self.lex["level_list_chars"] for c in lead[-n:]) and len(set(lead[-n:])) == n:
            return True
        items = lead.split("、")
        return len(items) == n and all(items[1:]) and all(len(x) <= 4 for x in items[1:]) and \
            not any(self.num_re.fullmatch(x) for x in items)

    def counts_days(self, first: int) -> bool:
        """重污染天數從58天下降到8天: after 天數 in the same clause, N天 counts days (not one span of time)."""
        lead = self.text[max(0, first - 12):first]
        lead = _clause_cut(self.lex["clause_ends"]).split(lead)[-1]
        after = _clause_cut(self.lex["clause_ends"]).split(self.text[first:first + 12])[0]
        return any(word in lead for word in self.lex["day_count_nouns"]) or \
            any(word in after and "天" not in after.split(word)[0] for word in self.lex["day_count_after"])  # 十七日的勞工假期

    def day_span(self, nxt: int, first: int) -> bool:
        """三日訪京行程, 五日之旅: a word within four characters after N日 (no break between) names what lasts N days;
        so does a word of lasting right before it (一連三日, 連續五日, 為期兩日: lexicon day_span_lead). A number of
        days above 31 names no day of a month (每年二百四十日, 留港六十日): a span of days as well (up to 999)."""
        after = re.split("[" + re.escape(self.lex["clause_ends"]) + r"\s]", self.text[nxt:nxt + 6])[0]
        if any(w in after for w in self.lex["day_span_after"]) or self.before(first, self.lex["day_span_lead"]) or \
                self.at(nxt, self.lex["day_span_next"]) and not self.char_in(first - 1, "月") and \
                not self.before(first, self.lex["day_range_marks"]):
            return True  # 四日後舉行: 'four days later' (not 七月四日後, after a date; nor 1日至5日后, a range's end)
        num = self.num_re.match(self.text, first, nxt)
        value = parse_number(num.group()) if num is not None and num.end() == nxt - 1 else None
        # (not '2016329日', a date whose 年 and 月 a page lost; nor '314日上午', one whose 月 it lost: day_times)
        time_of_day = self.at(nxt, self.lex["day_times"]) and not self.at(nxt, self.lex["day_times_not"])
        return value is not None and 31 < value < 1000 and not time_of_day

    def counts_quarters(self, first: int, nxt: int) -> bool:
        """N季 counts quarters after 首 (首兩季), before a quarterly noun (四季的差餉), or where its clause is about quarters
        (寬減季度由去年的兩季減至首季: 季度 earlier in the clause); 一季度 is Q1 and 兩季稻 two crops."""
        clause = _clause_cut(self.lex["clause_ends"]).split(self.text[max(0, first - 16):first])[-1]
        return bool(self.before(first, self.lex["quarter_after"]) or self.at(nxt, self.lex["quarter_nouns"]) or
                    "季度" in clause and not self.char_in(nxt, "度稻"))

    def splits_into(self, first: int, value: Decimal, kind: str) -> bool:
        """分三期, 分為四期: a whole split into N phases (lexicon split_leads), a count; 三期 alone is Phase III."""
        return 2 <= value <= 9 and bool(self.before(first, self.lex["split_leads"].get(kind, [])))

    def suffix_at(self, p: int) -> str:
        """The currency, unit, duration or classifier that starts at p ('' if none); a classifier that starts a word
        there is none (本地 is 'local', not the classifier 本: classifier_ends)."""
        lex = self.lex
        for key in ("_currency_suffixes", "_units", "_durations", "_classifiers"):
            found = self.at(p, lex[key])
            if found and (key != "_classifiers" or self.classifier_ends(p + len(found), found)):
                return found
        return ""

    def speed_after(self, p: int) -> str:
        """350公里時速: 時速 right after a length at `p` (lexicon speed_after) makes it a speed, unless a number follows
        時速 (全長80公里時速350公里: the length, then a speed of its own); the word, or ""."""
        word = self.at(p, self.lex["speed_after"])
        return "" if word and _NEXT_NUMBER.match(self.text, p + len(word)) else word

    def speed_lead(self, first: int) -> bool:
        """時速350公里, 時速70公里至80公里: a word of speed (lexicon speed_leads) before the length, with only numbers,
        qualifiers and a range between (both bounds of the range are speeds)."""
        lead = self.text[max(0, first - 16):first]
        for word in self.lex["speed_leads"]:
            k = lead.rfind(word)
            if k >= 0 and _SPEED_GAP.fullmatch(lead[k + len(word):]):
                return True
        return False

    def tenth_yuan(self, s0: int, p: int) -> bool:
        """調高8角, 每支加 8 角: an Arabic number before 角 (one space allowed) is tenths of the currency unit; Chinese
        numerals before 角 make words (三角洲, 四角), and 角色, 角度, 角落 are no money (lexicon jiao_word_after)."""
        q = p + 1 if self.char(p) == " " else p
        return self.char(q) == "角" and self.char(s0).isdigit() and not self.char_in(q + 1, self.lex["jiao_word_after"])

    def ordinal_at(self, s0: int) -> bool:
        """第三 is an ordinal, and so is each number listed after it (第四、五跑道, 第三及第四季: lexicon ordinal_list_joins);
        表1 / 圖2 opening a line number a table or a chart (line_label_heads); digits with capitals then 號 or a line's
        end (126TB號, 455CL號: the works programme's project numbers in LegCo papers) are a code."""
        if self.char(s0 - 1) == "第":
            return True
        if self.char_in(s0 - 1, self.lex["line_label_heads"]) and \
                not self.text[self.text.rfind("\n", 0, s0 - 1) + 1:s0 - 1].strip():
            return True  # 表1居民消費價格指數: a table's or chart's number opening its title line is a label
        if self.list_label(s0):
            return True  # '3.17個經貿辦…' under '2.…': the list's item number
        code = _WORKS_CODE.match(self.text, s0)
        if code and not self.char_in(s0 - 1, "0123456789.") and (code.group(1) or self.char(s0 - 1) in ("\n", "")):
            return True  # 126TB號工程計劃, a line '580TH': a works project's number, no terabytes
        m = _ORDINAL_LIST.search(self.text, max(0, s0 - 12), s0)
        return m is not None and m.group(1) in self.lex["ordinal_list_joins"]

    def classifier_ends(self, q: int, cls: str) -> bool:
        """The classifier ending at q is no word's first character (所以, 次要: lexicon classifier_word_starts) — or
        the word there is a qualifier of the count (8所以上: 'eight or more', not 所以 'therefore')."""
        if not self.char_in(q, self.lex["classifier_word_starts"].get(cls, "")):
            return True
        after = self.at(q, self.lex["classifier_qualifiers"])
        return bool(after) and not self.char_in(q + len(after), self.lex["classifier_qualifier_not_before"])

    def degrees_not_times(self, first: int, q: int) -> bool:
        """兩度 ending at q is two degrees, not 'twice': no verb after it (punctuation, 左右), a rise or fall word right
        before it (下降兩度, 高两度), or a temperature word in its clause (lexicon liang_time_*; review-revzh S4)."""
        if not "\u4e00" <= self.char(q) <= "\u9fff" or self.at(q, self.lex["liang_time_not_after"]) or \
                self.before(first, self.lex["liang_time_not_before"]):
            return True
        lead = _clause_cut(self.lex["clause_ends"]).split(self.text[max(0, first - 24):first])[-1]
        return any(w in lead for w in self.lex["liang_time_not_in_clause"])

    def age_of(self, first: int) -> bool:
        """樓齡達50年或以上, 楼龄超过30年: an age (lexicon age_nouns) is a point on a scale, not a span (GUIDELINES: ages
        and age limits are no figures); between the noun and the number only links, numbers and bounds."""
        lead = _clause_cut(self.lex["clause_ends"]).split(self.text[max(0, first - 16):first])[-1]
        for noun in self.lex["age_nouns"]:
            k = lead.rfind(noun)
            if k >= 0 and _AGE_GAP.fullmatch(lead[k + len(noun):]):
                return True
        return False

    @staticmethod
    def counted_da_max(surface: str) -> int:
        """The largest N of 'N大X' (四大支柱, 20大先進製造業園區) that counts: ten in Chinese numerals, thirty in Arabic
        digits; none with a leading zero (a label: '08大')."""
        if surface[:1] in ("0", "０"):
            return 0
        return 30 if surface[:1].isdigit() else 10

    @staticmethod
    def is_year(surface: str) -> bool:
        return bool(re.fullmatch(r"(1[0-9]|2[0-9])[0-9]{2}", surface.translate(WIDE)))

    def local_currency(self, i: int) -> str:
        """What a bare 元 or an implied currency at i is: the last currency the text declared before i
        ('三個萬億元(人民幣,下同)級台階'), else the locale's."""
        listed = _LISTED_AFTER.search(self.text, max(0, i - 30), i)
        if listed:
            return str(self.lex["currency_prefixes"][listed.group(1)])
        noun = _RENMINBI_NOUN.format("|".join(self.lex["renminbi_holdings"]))
        if re.search(noun, re.split(r"[，。；,;：:！？\n]", self.text[max(0, i - 16):i])[-1]):
            return "CNY"
        declared = [code for pos, code in self.declared if pos < i + 12]
        return declared[-1] if declared else self.lex["locale_currency"].get(self.locale, "HKD")

    def qualifier_before(self, i: int) -> tuple[str, int]:
        """The qualifier that ends at i, or at i - 1 before one space (a PDF's '超過 700億元')."""
        q = self.before(i, self.lex["_qualifiers_before"])
        if not q and self.char(i - 1) == " ":
            q = self.before(i - 1, self.lex["_qualifiers_before"])
            return (q, i - 1 - len(q)) if q else ("", i)
        return (q, i - len(q)) if q else ("", i)

    def per_unit(self, p: int) -> tuple[str, str]:
        """'/日', '/平方米' at p → (the text, the English unit); ('', '') if none."""
        if not self.char_in(p, self.lex["per_signs"]):
            return "", ""
        per = self.at(p + 1, self.lex["_per_units"])
        return (self.text[p:p + 1 + len(per)], self.lex["per_units"][per]) if per else ("", "")

    def count(self, first: int, p: int, value: Decimal, value_max: Decimal | None, default: str,
              infix: str = "") -> FigureZh:
        """A count: the unit is the head noun after the classifier, else the noun just before the number."""
        lex = self.lex
        money_class = _MONEY_CLASS.match(self.text, p)
        if self.at(p, lex["_qualifiers_after"]):
            noun_end, noun = None, ""
        elif money_class:  # 8个万亿元级产业集群: the class of money is a figure of its own; the noun is after it
            noun_end, noun = None, self.noun_after(money_class.end())[1]
        else:
            noun_end, noun = self.noun_after(p)
        if not noun:
            qstart = self.qualifier_before(first)[1]
            noun = self.before(qstart, lex["_nouns"])
        unit = lex["nouns"][noun] if noun else default
        return self.finish(first, p, "count", value, value_max, unit, infix=infix, subject=noun,
                           noun_end=noun_end)

    def noun_after(self, p: int) -> tuple[int | None, str]:
        """The head noun after p: the lexicon noun that ends last before a stop (punctuation, a joining word, a
        digit) within 20 characters; a stop's character inside a noun (委员会, 会员) is part of the word."""
        lex = self.lex
        stops = lex["noun_stops"]
        best: tuple[int, int, str] | None = None
        covered = p  # the end of the nouns found so far
        for k in range(p, min(len(self.text), p + 20)):
            noun = self.at(k, lex["_nouns"])
            if self.text[k] in stops and k >= covered and not noun:
                break
            if noun:
                covered = max(covered, k + len(noun))
                cand = (k + len(noun), len(noun), noun)
                if best is None or cand[:2] > best[:2]:
                    best = cand
        return (best[0], best[2]) if best else (None, "")

    def finish(self, first: int, end: int, kind: str, value: Decimal, value_max: Decimal | None, unit: str,
               infix: str = "", subject: str = "", inferred: bool = False,
               noun_end: int | None = None) -> FigureZh:
        """Attach the qualifiers around the figure; `text` includes prefix, infix and postfix forms."""
        lex = self.lex
        q, qstart = self.qualifier_before(first)
        after = self.at(end, lex["_qualifiers_after"])
        if after in ("內", "内") and kind != "duration" or after == "以下" and self.at(end + 2, ["簡稱", "简称"]):
            after = ""
        stop = end + len(after) if after else (noun_end or end)
        if q:
            written, norm = q, lex["qualifiers_before"][q]
        elif infix:
            written, norm = infix, lex["qualifiers_infix"][infix]
        elif after:
            written, norm = after, lex["qualifiers_after"][after]
        else:
            written, norm = "", ""
        return FigureZh(qstart if q else first, stop, kind, value, value_max, unit, written, norm,
                        subject, inferred)
