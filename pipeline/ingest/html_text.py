"""HTML source → (title, main text): a tree built without recursion, main content found on table
layouts as well as on <main>/<article> pages, `<br>` as a line break, `&nbsp;` kept.

Old government pages (Hong Kong press releases, LegCo questions) are laid out with tables: a
navigation column, the content cell with `<br>`-separated lines and no `<p>`, footer tables. The
content cell is found by where the text that reads like prose sits (see `main_container`); lines
that are mostly links (menus, breadcrumbs, footers) are left out of it too.

The tree comes from the standard library's event parser (no depth limit, no recursion) and every
walk over it uses an explicit stack, so a page nested tens of thousands of levels deep is read
like any other; below MAX_DEPTH levels the nesting is kept, deeper tags only break lines.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from html.parser import HTMLParser

MAX_DEPTH = 400
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
        "track", "wbr", "keygen"}
BLOCK = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr", "div", "section", "article", "main",
         "blockquote", "pre", "table", "ul", "ol", "dl", "dt", "dd", "header", "footer", "nav", "aside",
         "address", "figure", "figcaption", "hr", "center", "form", "fieldset", "caption", "thead",
         "tbody", "tfoot", "br", "title", "body", "legend", "details", "summary", "menu"}
CONTAINERS = {"body", "div", "td", "th", "table", "tbody", "thead", "tfoot", "tr", "section", "center",
              "form", "blockquote", "main", "article", "dd", "li", "ul", "ol", "dl"}
DROP = {"script", "style", "noscript", "template", "svg", "iframe", "head", "select", "option", "textarea",
        "button", "object", "embed", "applet", "math", "canvas", "datalist"}
CLOSES_P = {"address", "article", "aside", "blockquote", "div", "dl", "fieldset", "footer", "form", "h1", "h2",
            "h3", "h4", "h5", "h6", "header", "hr", "menu", "nav", "ol", "p", "pre", "section", "table", "ul",
            "li", "dd", "dt", "center", "main", "figure", "details"}
# start tag → (open tags it closes, tags that bound the search)
IMPLIED_END = {
    "li": ({"li"}, {"ul", "ol", "menu", "table", "body"}),
    "dt": ({"dt", "dd"}, {"dl", "table", "body"}),
    "dd": ({"dt", "dd"}, {"dl", "table", "body"}),
    "tr": ({"tr", "td", "th"}, {"table", "tbody", "thead", "tfoot"}),
    "td": ({"td", "th"}, {"tr", "table"}),
    "th": ({"td", "th"}, {"tr", "table"}),
    "tbody": ({"tbody", "thead", "tfoot", "tr", "td", "th"}, {"table"}),
    "thead": ({"tbody", "thead", "tfoot", "tr", "td", "th"}, {"table"}),
    "tfoot": ({"tbody", "thead", "tfoot", "tr", "td", "th"}, {"table"}),
    "option": ({"option"}, {"select", "datalist", "body"}),
}
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
_HTML_SPACE = re.compile(r"[ \t\n\r\f]+")  # HTML whitespace; not U+00A0 (&nbsp;), which is kept
_COLUMN_GAP = re.compile(r"[ \t]{2,}|\t")
_SENTENCE = re.compile(r"[.!?;](?:\s|$)|[。！？；]")
_CJK = re.compile(r"[\u3400-\u9fff]")
_BREADCRUMB = re.compile(r"^[^.。!?]{1,60}(?:\s*[>›»]\s*[^.。!?>›»]{1,60}){1,8}$")
MAIN_SHARE = 0.8  # the main container holds at least this share of the page's prose


@dataclass(eq=False)
class Node:
    tag: str
    attrs: dict[str, str]
    parent: Node | None
    pre: int
    post: int = 1 << 62
    children: list[Node | str] = field(default_factory=list)

    def contains(self, other: Node) -> bool:
        return self.pre <= other.pre and other.post <= self.post


class _TreeBuilder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.count = 0
        self.root = Node("#root", {}, None, 0)
        self.stack = [self.root]
        self.overflow = 0  # tags opened past MAX_DEPTH (not nested, only line breaks)
        self.max_depth = 0
        self.title: list[str] = []
        self.in_title = False
        self.open: dict[str, int] = {}  # open elements by tag: most start tags need no stack search

    def new(self, tag: str, attrs: dict[str, str]) -> Node:
        self.count += 1
        node = Node(tag, attrs, self.stack[-1], self.count)
        self.stack[-1].children.append(node)
        return node

    def close_to(self, index: int) -> None:
        while len(self.stack) > index:
            self.count += 1
            node = self.stack.pop()
            node.post = self.count
            self.open[node.tag] = self.open.get(node.tag, 1) - 1

    def find_open(self, tags: set[str], bounds: set[str]) -> int:
        """Index of the outermost open element in `tags` above the nearest bound (-1: none)."""
        found = -1
        if not any(self.open.get(tag) for tag in tags):
            return found
        for i in range(len(self.stack) - 1, 0, -1):
            tag = self.stack[i].tag
            if tag in bounds:
                break
            if tag in tags:
                found = i
        return found

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = {k: v or "" for k, v in attrs}
        if tag == "title":
            self.in_title = True
        if tag in CLOSES_P:
            i = self.find_open({"p"}, {"table", "td", "th", "body", "button"})
            if i > 0:
                self.close_to(i)
        if tag in IMPLIED_END:
            i = self.find_open(*IMPLIED_END[tag])
            if i > 0:
                self.close_to(i)
        if len(self.stack) > MAX_DEPTH:
            if tag not in VOID:
                self.overflow += 1
            if tag in BLOCK:
                self.new("br", {})
            return
        node = self.new(tag, attributes)
        if tag not in VOID:
            self.stack.append(node)
            self.open[tag] = self.open.get(tag, 0) + 1
            self.max_depth = max(self.max_depth, len(self.stack))

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self.in_title = False
        if self.overflow:
            self.overflow -= 1
            if tag in BLOCK:
                self.new("br", {})
            return
        if tag in VOID or not self.open.get(tag):
            return
        for i in range(len(self.stack) - 1, 0, -1):
            if self.stack[i].tag == tag:
                self.close_to(i)
                return
            if tag not in ("p",) and self.stack[i].tag in ("table",) and tag not in ("table",):
                return  # an end tag never closes anything outside the table it is in

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title.append(data)
        self.stack[-1].children.append(data)


def parse_html(html: str) -> tuple[Node, str, int]:
    """(root, title, deepest nesting kept) of an HTML source."""
    builder = _TreeBuilder()
    builder.feed(html)
    builder.close()
    builder.close_to(0)
    builder.count += 1
    builder.root.post = builder.count
    return builder.root, " ".join("".join(builder.title).split()), builder.max_depth


def hidden(node: Node) -> bool:
    a = node.attrs
    return node.tag in DROP or "hidden" in a or a.get("aria-hidden") == "true" or \
        bool(_HIDDEN_STYLE.search(a.get("style", "")))


@dataclass
class Line:
    """One rendered line as parts: (container the text sits in, text, inside a link?); separators
    (spaces, the tab between cells) have no container."""

    parts: list[tuple[Node | None, str, bool]] = field(default_factory=list)

    @cached_property
    def text(self) -> str:  # read once the line is complete
        raw = "".join(t for _, t, _ in self.parts)
        return re.sub(r"[ \t]*\t[ \t]*", "\t", re.sub(r" {2,}", " ", raw)).strip()

    @cached_property
    def link_chars(self) -> int:
        return sum(len(t.strip()) for c, t, link in self.parts if link and c is not None)

    def home(self) -> Node | None:
        texts = [(len(t.strip()), c) for c, t, _ in self.parts if c is not None]
        return max(texts, key=lambda p: p[0])[1] if texts else None

    def inside(self, node: Node) -> Line:
        """The part of the line whose text sits inside `node`."""
        return Line([(c, t, link) for c, t, link in self.parts if c is None or node.contains(c)])


def render(root: Node) -> list[Line]:
    """Lines of the tree's visible text: block elements and <br> break lines, cells are tab-separated.

    Inside <pre> the text's own line breaks are kept and a run of two or more spaces (a column gap
    of a plain-text table) becomes a tab, as between table cells."""
    lines: list[Line] = [Line()]
    # node, next child, container, links open, inside <pre>
    stack: list[tuple[Node, int, Node, int, bool]] = [(root, 0, root, 0, False)]
    while stack:
        node, i, container, links, pre = stack[-1]
        if i == 0 and node.tag in BLOCK:
            lines.append(Line())
        if i >= len(node.children):
            stack.pop()
            if node.tag in BLOCK:
                lines.append(Line())
            elif node.tag in ("td", "th"):
                lines[-1].parts.append((None, "\t", False))
            continue
        stack[-1] = (node, i + 1, container, links, pre)
        child = node.children[i]
        if isinstance(child, str):
            if pre:
                raw = child.replace("\r\n", "\n").replace("\r", "\n")
                for k, segment in enumerate((raw.removeprefix("\n") if node.tag == "pre" and i == 0 else raw).split("\n")):
                    if k:
                        lines.append(Line())
                    if segment.strip():
                        lines[-1].parts.append((container, _COLUMN_GAP.sub("\t", segment), links > 0))
                continue
            text = _HTML_SPACE.sub(" ", child)
            if text.strip():
                lines[-1].parts.append((container, text, links > 0))
            elif text:
                lines[-1].parts.append((None, " ", False))
            continue
        if hidden(child):
            continue
        if child.tag == "br":
            lines.append(Line())
            continue
        stack.append((child, 0, child if child.tag in CONTAINERS else container,
                      links + (child.tag == "a" and "href" in child.attrs), pre or child.tag == "pre"))
    return lines


def prose_weight(line: Line) -> int:
    """How much a line counts as prose (0: not prose): characters outside links, a Chinese character
    weighing like three letters (as in pipeline.lang); menus, breadcrumbs and label lines count 0."""
    text = line.text
    n = len(text)
    links = line.link_chars
    if not n or links > 0.5 * n or _BREADCRUMB.match(text):
        return 0
    cjk = len(_CJK.findall(text))
    weight = n - links + 2 * cjk
    if weight >= 60 or (len(text.split()) >= 6 and _SENTENCE.search(text)) or cjk >= 10:
        return weight
    return 0


def is_boilerplate(line: Line) -> bool:
    """Menus, breadcrumbs, footers: mostly link text, or 'Home > News > Press releases'."""
    text = line.text
    if not text:
        return False
    links = line.link_chars
    return links > 0.5 * len(text) or (links > 0 and bool(_BREADCRUMB.match(text)))


def main_container(lines: list[Line]) -> Node | None:
    """The deepest container holding MAIN_SHARE of the page's prose characters (None: no prose)."""
    weight: dict[int, int] = {}
    nodes: dict[int, Node] = {}
    total = 0
    for line in lines:
        home = line.home()
        n = prose_weight(line) if home is not None else 0
        if not n:
            continue
        total += n
        node: Node | None = home
        while node is not None:
            weight[id(node)] = weight.get(id(node), 0) + n
            nodes[id(node)] = node
            node = node.parent
    if not total:
        return None
    best = [nodes[k] for k, w in weight.items() if w >= MAIN_SHARE * total and nodes[k].tag in CONTAINERS]
    return max(best, key=lambda node: node.pre) if best else None


def join_lines(lines: list[Line]) -> str:
    out: list[str] = []
    blank = False
    for line in lines:
        text = line.text
        if not text:
            blank = bool(out)
            continue
        if blank:
            out.append("")
            blank = False
        out.append(text)
    return "\n".join(out)


def find_first(root: Node, test: Callable[[Node], bool]) -> Node | None:
    """The first visible node in document order that passes `test`."""
    stack = [root]
    while stack:
        node = stack.pop()
        if test(node):
            return node
        stack.extend(reversed([c for c in node.children if isinstance(c, Node) and not hidden(c)]))
    return None


def within(node: Node, lines: list[Line]) -> list[Line]:
    return [line.inside(node) for line in lines]


@dataclass(frozen=True)
class HtmlText:
    title: str
    text: str
    method: str  # main | table-layout | deep | br-layout | trafilatura | body


def extract_html(html: str) -> HtmlText:
    """Main text of a page: <main>/<article>/role=main; else the content cell of a table layout (or
    of a page that writes paragraphs with <br> only, or nested deeper than lxml reads); else
    trafilatura's extraction; else the body without nav/header/footer/aside and lines of links."""
    root, title, depth = parse_html(html)
    main = find_first(root, lambda n: n.tag in ("main", "article") or n.attrs.get("role") == "main")
    if main is not None:
        return HtmlText(title, join_lines(render(main)), "main")
    lines = render(root)
    container = main_container(lines)
    in_table = container is not None and any(a.tag in ("td", "th") for a in ancestors(container))
    deep = depth > 250  # libxml2 (lxml, trafilatura) drops what lies deeper than 256 levels
    # old-style pages write paragraphs as <br><br> with no <p>: trafilatura runs their lines together
    # and keeps the menus around them, so they are read like table layouts
    br_only = container is not None and find_first(container, lambda n: n.tag == "p") is None
    if container is not None and (in_table or deep or br_only):
        kept = [line for line in within(container, lines) if not is_boilerplate(line)]
        method = "table-layout" if in_table else "deep" if deep else "br-layout"
        return HtmlText(title, join_lines(kept), method)
    if not deep:
        extracted = trafilatura_text(html)
        if extracted:
            return HtmlText(title, extracted, "trafilatura")
    for tag in ("nav", "header", "footer", "aside"):
        drop_all(root, tag)
    lines = render(root)
    return HtmlText(title, join_lines([line for line in lines if not is_boilerplate(line)]), "body")


def whole_text(html: str) -> str:
    """All visible text of an HTML fragment, no main-content selection (a chunk embedded in a
    document is all content)."""
    root = parse_html(html)[0]
    body = find_first(root, lambda n: n.tag == "body") or root
    return join_lines(render(body))


def ancestors(node: Node) -> list[Node]:
    out = []
    current: Node | None = node
    while current is not None:
        out.append(current)
        current = current.parent
    return out


def drop_all(root: Node, tag: str) -> None:
    stack = [root]
    while stack:
        node = stack.pop()
        node.children = [c for c in node.children if not (isinstance(c, Node) and c.tag == tag)]
        stack.extend(c for c in node.children if isinstance(c, Node))


_NBSP = re.compile(r"&nbsp;|&#160;|&#[xX]0*[aA]0;|\u00a0")
_NBSP_STAND_IN = "\ufffc"  # passes through trafilatura, which turns U+00A0 into a space


def trafilatura_text(html: str) -> str:
    """trafilatura's extraction, with &nbsp; kept (carried through as a stand-in character when the
    page has none of its own)."""
    carry = _NBSP_STAND_IN not in html
    try:
        import trafilatura

        extracted = trafilatura.extract(_NBSP.sub(_NBSP_STAND_IN, html) if carry else html,
                                        include_comments=False, include_tables=True, favor_recall=True)
    except MemoryError:  # over --memory-limit: the worker reports it; never a silent fallback
        raise
    except Exception:  # noqa: BLE001  # trafilatura raises many types on odd pages; the body fallback follows
        return ""
    if not extracted or not extracted.strip():
        return ""
    return extracted.replace(_NBSP_STAND_IN, "\u00a0") if carry else extracted
