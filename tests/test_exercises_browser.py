"""The exercises page in Chromium: accessible at 320 and 1280 px (answers open, feedback shown),
done from start to end with the keyboard alone, readable without JavaScript, immediate feedback
with it; nothing stored, nothing requested once the page has loaded, nothing from another origin."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Browser, Page

from tests.browser import Watched, axe_violations, same_page_in, turn
from tests.conftest import real_guide

GUIDE = real_guide()
LANGS = [lang.code for lang in GUIDE.languages]
QUESTIONS = "[data-guide-question]"
STATUSES = f"() => [...document.querySelectorAll('{QUESTIONS} [data-guide-status]')].map(s => s.textContent)"
STORED = "() => localStorage.length + sessionStorage.length"


def ui(key: str, lang: str) -> str:
    return GUIDE.strings[key][lang]


def wait_for_exercises(page: Page) -> None:
    """Until exercises.js has shown every « Vérifier ma réponse » (hidden without JavaScript) and
    the page's own scripts are done; the search loads on first use only, so it is not awaited."""
    page.wait_for_load_state("networkidle")
    page.wait_for_function(
        "() => { const b = [...document.querySelectorAll('[data-guide-check]')];"
        " return b.length > 0 && b.every(x => !x.hidden); }"
    )


def exercises(base_url: str, lang: str) -> str:
    return base_url + same_page_in("exercices/", lang)


@pytest.mark.parametrize("lang", LANGS)
def test_no_axe_violation_answers_open_and_checked(browser: Browser, base_url: str, lang: str) -> None:
    """With every answer open and every question checked (verdicts and statuses shown): no
    violation at 320 px, and at 1280 px in the first language (the others' pages differ by their
    texts: test_browser.py's `axe_where`); the page never wider than the screen; nothing from
    another origin. (As loaded, the page is checked with every other: test_every_page.)"""
    watched = Watched(browser, 320, axe=True)
    page = watched.page
    page.goto(exercises(base_url, lang))
    wait_for_exercises(page)
    page.eval_on_selector_all(f"{QUESTIONS} details", "ds => ds.forEach(d => { d.open = true; })")
    page.eval_on_selector_all("[data-guide-check]", "bs => bs.forEach(b => b.click())")
    found = {320: axe_violations(page)}
    wide = page.evaluate("() => document.documentElement.scrollWidth > document.body.clientWidth")
    if lang == LANGS[0]:
        turn(page, {"width": 1280, "height": 800})
        found[1280] = axe_violations(page)
    origin = urlsplit(base_url).netloc
    foreign = [r for r in watched.requests if urlsplit(r).netloc != origin]
    errors = watched.errors
    watched.close()
    assert found == {width: [] for width in found}
    assert not wide and foreign == [] and errors == []


FOCUS = """() => { const e = document.activeElement;
  return {tag: e.tagName, type: e.type || '', correct: e.dataset.correct || '', rank: e.dataset.rank || '',
          check: 'guideCheck' in e.dataset, footer: !!e.closest('.md-footer, .guide-credit')}; }"""


def answer_by_keyboard(page: Page) -> int:
    """Tab through the page from its top and answer every question with the leaflet's answer, as
    a keyboard user does; stops at the page's footer. Returns how many questions were checked."""
    checked = 0
    for _ in range(3000):
        page.keyboard.press("Tab")
        focus = page.evaluate(FOCUS)
        if focus["footer"]:
            break
        checked += answer_focused(page, focus)
    return checked


def answer_focused(page: Page, focus: dict[str, str]) -> int:
    """Space ticks a checkbox; Space then the arrows choose a radio button; the arrows choose a
    rank; Enter presses « Vérifier ma réponse » (1: a question checked)."""
    if focus["type"] == "checkbox" and focus["correct"] == "true":
        page.keyboard.press("Space")
    elif focus["type"] == "radio":
        page.keyboard.press("Space")  # the group's first radio button, then down to the right one
        while page.evaluate("() => document.activeElement.dataset.correct") != "true":
            page.keyboard.press("ArrowDown")
    elif focus["tag"] == "SELECT":
        for _ in range(int(focus["rank"])):
            page.keyboard.press("ArrowDown")
    elif focus["check"]:
        page.keyboard.press("Enter")
        return 1
    return 0


@pytest.mark.parametrize("width", [320, 1280])
def test_the_exercises_with_the_keyboard_alone(browser: Browser, base_url: str, width: int) -> None:
    watched = Watched(browser, width)
    page = watched.page
    page.goto(exercises(base_url, "fr"))
    wait_for_exercises(page)
    loaded = len(watched.requests)
    total = page.locator(QUESTIONS).count()
    checked = answer_by_keyboard(page)
    statuses = page.evaluate(STATUSES)
    page.focus(f"{QUESTIONS} summary")
    page.keyboard.press("Enter")  # an answer opens from the keyboard too
    opened = page.locator(f"{QUESTIONS} details").first.get_attribute("open")
    stored, cookies, later = page.evaluate(STORED), watched.context.cookies(), watched.requests[loaded:]
    # Tab passes the header's search box, which loads the site's own search (worker, index, stemmer).
    later = [url for url in later if not re.search(r"/(workers|lunr)/|search_index\.json", url)]
    watched.close()
    assert total >= 12 and checked == total
    assert statuses == [ui("exercise_right", "fr")] * total
    assert opened is not None
    assert stored == 0 and cookies == [] and later == []  # no score kept, no request made


@pytest.mark.parametrize("lang", LANGS)
def test_the_answers_without_javascript(browser: Browser, base_url: str, lang: str) -> None:
    """No check button, no verdict, but every answer opens, and its link leads to a page that holds
    its anchor."""
    context = browser.new_context(java_script_enabled=False, viewport={"width": 390, "height": 800})
    page = context.new_page()
    page.goto(exercises(base_url, lang))
    buttons = page.locator("[data-guide-check]")
    hidden = all(not buttons.nth(i).is_visible() for i in range(buttons.count()))
    verdicts_hidden = not page.locator("[data-guide-verdict]").first.is_visible()
    question = page.locator(QUESTIONS).first
    question.locator("summary").click()
    answer = question.locator("details")
    shown = answer.inner_text()
    link = answer.locator("a")
    target = link.evaluate("a => a.href")
    page.goto(target)
    anchor = urlsplit(target).fragment
    found = page.locator(f"[id='{anchor}']").count()
    context.close()
    assert hidden and verdicts_hidden
    assert ui("exercise_show_answer", lang) in shown and len(shown) > 40
    assert found == 1


def test_immediate_feedback(browser: Browser, base_url: str) -> None:
    """A wrong answer checked says « À revoir » and what the leaflet says of each choice; put right,
    it says « Juste. » at once, without pressing the button again."""
    watched = Watched(browser, 1280)
    page = watched.page
    page.goto(exercises(base_url, "fr"))
    wait_for_exercises(page)
    question = page.locator("#q-role-soigner")
    wrong = question.locator("input[data-correct='false']").first
    wrong.check()
    question.locator("[data-guide-check]").click()
    status = question.locator("[data-guide-status]")
    first = status.text_content()
    verdicts = question.locator("[data-guide-verdict]").all_inner_texts()
    wrong.uncheck()
    question.locator("input[data-correct='true']").check()
    second = status.text_content()
    role = status.get_attribute("role")
    watched.close()
    assert first == ui("exercise_wrong", "fr") and second == ui("exercise_right", "fr") and role == "status"
    assert sorted(set(verdicts)) == sorted({ui("verdict_cited", "fr"), ui("matrix_no", "fr")})
