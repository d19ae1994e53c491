"""The review report in a real headless browser (Debian's chromium via chromedriver, from file://)."""

from __future__ import annotations

import csv
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from pipeline.review.report import build_report

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
FLAGS = ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--window-size=1400,1000")
MALICIOUS = """<script>window.__pwned=1</script> Budget note on data centres
The Government will spend HK$5 billion on <img src=x onerror="window.__pwned=1"> data centres in Hong Kong.
Read more: <a href="javascript:window.__pwned=1">click here</a> about 300 projects.
</textarea><script>window.__pwned=1</script> "><svg onload="window.__pwned=1"> The Innovation and Technology Commission approved 40 projects in Shenzhen.
<iframe srcdoc="<script>parent.__pwned=1</script>"></iframe> ' onmouseover='window.__pwned=1' x='
"""


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    if not (CHROMIUM.exists() and CHROMEDRIVER.exists()):
        pytest.skip("the browser tests need Debian's chromium and chromium-driver (/usr/bin/chromium, "
                    "/usr/bin/chromedriver): `make test` installs them when run as root, or "
                    "`apt-get install chromium chromium-driver`")
    webdriver = pytest.importorskip("selenium.webdriver", reason="selenium missing: pip install -e '.[test]'")
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}")
    driver = webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=options)
    try:
        yield driver
    finally:
        driver.quit()


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A run over the repository corpus plus a hostile document, and its review report."""
    from test_review import add_boxes, has_boxes

    from pipeline.config import Config
    from pipeline.batch.runner import run

    base = tmp_path_factory.mktemp("browser")
    corpus = base / "corpus"
    shutil.copytree(ROOT / "corpus", corpus)
    (corpus / "hostile.txt").write_text(MALICIOUS, encoding="utf-8")
    out = base / "out"
    run(Config(corpus=corpus, out=out))
    pdf = next(d for d in read_csv(out / "documents.csv") if d["format"] == "pdf")
    if not has_boxes(out, pdf["doc_id"]):  # until the PDF stage fills the bbox columns itself
        add_boxes(out, corpus / pdf["source"])
    build_report(out, corpus)
    return out


def doc_page(site: Path, source: str) -> tuple[str, dict[str, str]]:
    doc = next(d for d in read_csv(site / "documents.csv") if d["source"] == source)
    return (site / "review" / f"doc-{doc['doc_id']}.html").as_uri(), doc


def open_page(browser: Any, url: str, keep_state: bool = False) -> None:
    browser.get(url)
    if not keep_state:
        browser.execute_script("window.localStorage.clear()")
        browser.get(url)


def rows_of(site: Path, table: str, doc_id: str) -> list[dict[str, str]]:
    return [r for r in read_csv(site / f"{table}.csv") if r["doc_id"] == doc_id]


def css(browser: Any, selector: str) -> Any:
    from selenium.webdriver.common.by import By

    return browser.find_element(By.CSS_SELECTOR, selector)


def click(browser: Any, element: Any) -> None:
    """Scroll the element to the middle first, clear of the sticky table headers, then click it."""
    browser.execute_script("arguments[0].scrollIntoView({block: 'center'})", element)
    element.click()


def test_hostile_document_renders_as_text_and_runs_nothing(browser: Any, site: Path) -> None:
    url, doc = doc_page(site, "hostile.txt")
    for page in (url, (site / "review" / "index.html").as_uri()):
        open_page(browser, page)
        assert browser.execute_script("return window.__pwned") is None
        assert browser.execute_script("return document.scripts.length") == 1  # the report's own
        assert browser.execute_script("return document.querySelectorAll('img:not(.pagebox img), svg, iframe, "
                                      "a[href^=javascript]').length") == 0
    open_page(browser, url)
    text = css(browser, "#doctext").get_attribute("textContent")
    assert "<script>window.__pwned=1</script>" in text and '<img src=x onerror="window.__pwned=1">' in text
    assert "</textarea>" in text and '<a href="javascript:window.__pwned=1">' in text
    assert "<script>window.__pwned=1</script> Budget note" in browser.title
    # The mentions around the hostile markup are highlighted, and hovering them runs nothing either.
    figures = rows_of(site, "figures", doc["doc_id"])
    money = next(r for r in figures if r["kind"] == "money")
    mark = css(browser, f"#m-{money['mention_id']}")
    from selenium.webdriver.common.action_chains import ActionChains

    ActionChains(browser).move_to_element(mark).perform()
    assert "value: 5,000,000,000 HKD" in css(browser, "#tip").get_attribute("textContent")
    mark.click()
    assert browser.execute_script("return window.__pwned") is None


def test_clicking_a_row_scrolls_to_focuses_and_flashes_its_highlight(browser: Any, site: Path) -> None:
    url, doc = doc_page(site, "smart-city-gba.txt")
    open_page(browser, url)
    last = max(rows_of(site, "figures", doc["doc_id"]), key=lambda r: int(r["start"]))
    mid = last["mention_id"]
    click(browser, css(browser, f'tr[data-mid="{mid}"]'))
    assert browser.execute_script("return document.activeElement.id") == f"m-{mid}"
    assert "flash" in css(browser, f"#m-{mid}").get_attribute("class")
    assert "selected" in css(browser, f'tr[data-mid="{mid}"]').get_attribute("class")
    assert browser.execute_script("""
        const m = document.getElementById(arguments[0]).getBoundingClientRect();
        const t = document.getElementById('doctext').getBoundingClientRect();
        return m.top >= t.top && m.bottom <= t.bottom;""", f"m-{mid}")
    assert css(browser, "#sel-text").text == last["text"]
    # Only the selected mention flashes.
    assert browser.execute_script("return document.querySelectorAll('.hl.flash').length") >= 1
    assert all(e.get_attribute("data-mid") == mid for e in browser.find_elements("css selector", ".flash"))


def test_clicking_a_highlight_selects_its_row(browser: Any, site: Path) -> None:
    url, doc = doc_page(site, "smart-city-gba.txt")
    open_page(browser, url)
    place = rows_of(site, "places", doc["doc_id"])[2]
    click(browser, css(browser, f"#m-{place['mention_id']}"))
    row = css(browser, f'tr[data-mid="{place["mention_id"]}"]')
    assert row.get_attribute("aria-selected") == "true"
    assert browser.execute_script("return document.querySelectorAll('tr.selected').length") == 1
    assert css(browser, "#sel-norm").text == place["canonical"]
    # Keyboard users get the same: focusing a highlight shows its details.
    other = rows_of(site, "institutions", doc["doc_id"])[0]
    browser.execute_script("document.getElementById(arguments[0]).focus()", f"m-{other['mention_id']}")
    tip = css(browser, "#tip")
    assert tip.is_displayed() and f"canonical: {other['canonical']}" in tip.get_attribute("textContent")
    assert f"method: {other['method']}" in tip.get_attribute("textContent")


def test_filter_by_kind_hides_other_rows_and_dims_their_highlights(browser: Any, site: Path) -> None:
    from selenium.webdriver.support.ui import Select

    url, doc = doc_page(site, "smart-city-gba.txt")
    open_page(browser, url)
    figures = rows_of(site, "figures", doc["doc_id"])
    counts = [r for r in figures if r["kind"] == "count"]
    Select(css(browser, "#f-kind")).select_by_value("figure:count")
    visible = browser.execute_script(
        "return Array.from(document.querySelectorAll('tbody tr')).filter(r => !r.hidden)"
        ".map(r => r.getAttribute('data-mid'))")
    assert sorted(visible) == sorted(r["mention_id"] for r in counts)
    other = next(r for r in figures if r["kind"] != "count")
    assert "dim" in css(browser, f"#m-{other['mention_id']}").get_attribute("class")
    assert "dim" not in css(browser, f"#m-{counts[0]['mention_id']}").get_attribute("class")
    assert css(browser, "#f-count").text == f"{len(counts)} of {len(browser.find_elements('css selector', 'tbody tr'))} rows shown"
    Select(css(browser, "#f-kind")).select_by_value("")
    Select(css(browser, "#f-table")).select_by_value("places")
    visible = browser.execute_script(
        "return Array.from(document.querySelectorAll('tbody tr')).filter(r => !r.hidden).length")
    assert visible == len(rows_of(site, "places", doc["doc_id"]))


def test_sorting_a_column(browser: Any, site: Path) -> None:
    url, doc = doc_page(site, "smart-city-gba.txt")
    open_page(browser, url)
    header = browser.find_elements("css selector", "#rows-figures th")
    text_col = next(h for h in header if h.text == "Text")
    text_col.click()
    texts = browser.execute_script(
        "return Array.from(document.querySelectorAll('#rows-figures tbody tr')).map(r => r.children[1].textContent)")
    assert texts == sorted(texts, key=str.lower) and texts != [r["text"] for r in rows_of(site, "figures", doc["doc_id"])]
    text_col.click()
    again = browser.execute_script(
        "return Array.from(document.querySelectorAll('#rows-figures tbody tr')).map(r => r.children[1].textContent)")
    assert again == texts[::-1]


def test_decisions_made_in_the_browser_export_to_a_csv_that_review_apply_stores(
        browser: Any, site: Path, tmp_path: Path) -> None:
    from selenium.webdriver.support.ui import Select

    from pipeline.cli.commands import main

    out = tmp_path / "out"
    shutil.copytree(site, out)
    url, doc = doc_page(out, "smart-city-gba.txt")
    open_page(browser, url)
    figures = rows_of(out, "figures", doc["doc_id"])
    bad, fix = figures[0], figures[1]
    css(browser, "#reviewer").send_keys("Ann O'Neil, \"QA\"")
    click(browser, css(browser, f'tr[data-mid="{bad["mention_id"]}"]'))
    click(browser, css(browser, 'button[data-act="reject"]'))
    click(browser, css(browser, f'tr[data-mid="{fix["mention_id"]}"]'))
    Select(css(browser, "#fix-field")).select_by_value("value")
    css(browser, "#fix-value").send_keys("42")
    css(browser, "#fix-note").send_keys('misread, see "table 2"')
    click(browser, css(browser, "#fix button[type=submit]"))
    assert css(browser, f'tr[data-mid="{bad["mention_id"]}"]').get_attribute("data-status") == "rejected"
    assert "s-rejected" in css(browser, f"#m-{bad['mention_id']}").get_attribute("class")
    open_page(browser, url, keep_state=True)  # decisions survive a reload (kept in the browser)
    assert css(browser, f'tr[data-mid="{fix["mention_id"]}"]').get_attribute("data-status") == "corrected"
    click(browser, css(browser, "#export-btn"))
    exported = css(browser, "#export").get_attribute("value")
    assert exported.splitlines()[0] == "mention_id,decision,field,corrected_value,note,reviewer,decided_at"
    path = tmp_path / "decisions.csv"
    path.write_text(exported, encoding="utf-8")
    result = CliRunner().invoke(main, ["review", "apply", str(path), "--out", str(out)])
    assert result.exit_code == 0, result.output
    reviewed = {r["mention_id"]: r for r in read_csv(out / "figures_reviewed.csv")}
    assert bad["mention_id"] not in reviewed
    assert reviewed[fix["mention_id"]]["value"] == "42.0"
    stored = read_csv(out / "decisions" / "decisions.csv")
    assert {s["reviewer"] for s in stored} == {"Ann O'Neil, \"QA\""}
    assert any(s["note"] == 'misread, see "table 2"' for s in stored)
    # A report rebuilt from the stored decisions shows them without the browser's memory.
    build_report(out)
    open_page(browser, url)
    assert css(browser, f'tr[data-mid="{bad["mention_id"]}"]').get_attribute("data-status") == "rejected"


def test_pdf_page_image_shows_the_boxes_of_its_mentions(browser: Any, site: Path) -> None:
    pdf = next(d for d in read_csv(site / "documents.csv") if d["format"] == "pdf")
    url, _ = doc_page(site, pdf["source"])
    open_page(browser, url)
    img = css(browser, ".pagebox img")
    assert browser.execute_script("return arguments[0].complete && arguments[0].naturalWidth", img) > 500
    money = next(r for r in rows_of(site, "figures", pdf["doc_id"]) if r["kind"] == "money")
    box = css(browser, f'.box[data-mid="{money["mention_id"]}"]')
    inside = browser.execute_script("""
        const b = arguments[0].getBoundingClientRect(), i = arguments[1].getBoundingClientRect();
        return b.width > 10 && b.height > 3 && b.left >= i.left && b.right <= i.right
            && b.top >= i.top && b.bottom <= i.bottom;""", box, img)
    assert inside
    browser.execute_script("arguments[0].scrollIntoView({block: 'center'})", box)
    box.click()
    assert css(browser, f'tr[data-mid="{money["mention_id"]}"]').get_attribute("aria-selected") == "true"
