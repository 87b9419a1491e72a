"""What a page's layout must not do, measured in the open tab at its width: a page wider than the
screen, a quick exit hidden, off screen or over text, a heading smaller than other text, a foot's
link cut (test_browser's test_every_page runs them on every page; test_phone checks they see)."""

from __future__ import annotations

from playwright.sync_api import Page

# The exit's box, the page's width (the body: the site keeps the scrollbar's room), and every
# line of visible text outside the header that meets the exit's box, looked for at the top only (text
# passing under the sticky header later is hidden by the header, not by the exit).
MEASURE = """(atTop) => {
  const exit = document.querySelector("[data-guide-exit]");
  const header = document.querySelector(".md-header");
  if (!exit || !header) return null;
  const box = exit.getBoundingClientRect();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const covered = [];
  for (let node = atTop ? walker.nextNode() : null; node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!node.textContent.trim() || !parent || header.contains(parent) || !parent.checkVisibility()) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    for (const r of range.getClientRects()) {
      const meets = r.left < box.right && r.right > box.left && r.top < box.bottom && r.bottom > box.top;
      if (r.width > 1 && r.height > 1 && meets) covered.push(node.textContent.trim().slice(0, 40));
    }
  }
  const middle = document.elementFromPoint((box.left + box.right) / 2, (box.top + box.bottom) / 2);
  const shown = box.width > 0 && box.height > 0 && exit.contains(middle)
    && exit.checkVisibility({opacityProperty: true, visibilityProperty: true});
  return {
    scrollWidth: document.documentElement.scrollWidth, innerWidth: document.body.clientWidth,
    innerHeight: window.innerHeight, inHeader: header.contains(exit), shown,
    box: {left: box.left, right: box.right, top: box.top, bottom: box.bottom}, covered,
  };
}"""


# The page's heading (the visible h1 in the content: the 404 page holds one per language, one shown)
# and every visible text of the main area set larger than it.
HEADINGS = """() => {
  const size = element => parseFloat(getComputedStyle(element).fontSize);
  const main = document.querySelector(".md-main");
  const h1 = [...document.querySelectorAll(".md-content h1")].find(h => h.checkVisibility());
  if (!main || !h1) return null;
  const larger = [];
  const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!node.textContent.trim() || !parent || h1.contains(parent) || !parent.checkVisibility()) continue;
    const text = node.textContent.trim().slice(0, 30);
    if (size(parent) > size(h1)) larger.push(`${parent.tagName.toLowerCase()} ${size(parent)} px: ${text}`);
  }
  return {h1: size(h1), larger};
}"""


def heading_problems(page: Page) -> list[str]:
    """The page's heading is its largest text (at the tab's width): no page heading, or any text
    of the main area (an h2, a callout's title) set larger, is a problem."""
    width = page.viewport_size["width"] if page.viewport_size else 0
    found = page.evaluate(HEADINGS)
    if found is None:
        return [f"{width} px: no page heading (h1) shown"]
    return [f"{width} px: larger than the {found['h1']} px h1: {text}" for text in found["larger"]]


# The titles of the previous and next pages at a page's foot (Material's navigation.footer) that
# do not fit their box: Material cuts them with an ellipsis (« Des expériences de collab… »).
CUT_TITLES = """() => [...document.querySelectorAll(".md-footer__title .md-ellipsis")]
  .filter(e => e.checkVisibility() && e.scrollWidth > e.clientWidth + 1).map(e => e.textContent.trim())"""


def cut_titles(page: Page) -> list[str]:
    width = page.viewport_size["width"] if page.viewport_size else 0
    return [f"{width} px: the foot's link is cut: {title}" for title in page.evaluate(CUT_TITLES)]


SCROLL_TO = {  # instant, whatever scroll-behavior a stylesheet sets: measured where it lands
    "top": "window.scrollTo({top: 0, behavior: 'instant'})",
    "bottom": "window.scrollTo({top: document.documentElement.scrollHeight, behavior: 'instant'})",
}


def phone_problems(page: Page) -> list[str]:
    """What is wrong with the open page at the tab's width, first at its top, then at its end: a
    page wider than the screen (axe cannot see a page that pans sideways), a quick exit missing,
    hidden (or under another element), off screen, out of the header, or over text."""
    width = page.viewport_size["width"] if page.viewport_size else 0
    problems = []
    for moment in ("top", "bottom"):
        page.evaluate(SCROLL_TO[moment])
        m = page.evaluate(MEASURE, moment == "top")
        if m is None:
            return [f"{width} px: no quick exit"]
        if m["scrollWidth"] > m["innerWidth"]:
            problems.append(f"{width} px: {m['scrollWidth']} px wide on a {m['innerWidth']} px screen")
        box = m["box"]
        if box["left"] < 0 or box["top"] < 0 or box["right"] > m["innerWidth"] or box["bottom"] > m["innerHeight"]:
            problems.append(f"{width} px ({moment}): quick exit off screen at {box}")
        if not m["shown"]:
            problems.append(f"{width} px ({moment}): quick exit hidden or under something")
        if not m["inHeader"]:
            problems.append(f"{width} px: quick exit is not in the header")
        if m["covered"]:
            problems.append(f"{width} px: quick exit covers text {m['covered'][:3]}")
    page.evaluate(SCROLL_TO["top"])
    return problems
