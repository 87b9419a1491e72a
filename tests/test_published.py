"""The page wall (site/published.py) on pages written by hand here: the questions' forms are allowed
on a page that holds questions, and nowhere else; what no renderer writes is refused on both."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from onpe_guide import workers
from onpe_guide.data.load import load_guide
from onpe_guide.site import published
from onpe_guide.site.published import PageWall, page_problems
from onpe_guide.site.render import RenderedPage

FORM = (
    '<div class="guide-choice"><input type="radio" id="q-1" name="q" value="a" data-correct="true"> '
    '<label for="q-1">A</label></div>'
)


def _problems(tiny_data: Path, body: str, forms: bool) -> list[str]:
    guide = load_guide(tiny_data)
    return [str(p) for p in page_problems(guide, [RenderedPage("exercices.md", "fr", "Exercices", body, forms=forms)])]


def test_a_form_on_a_page_of_questions(tiny_data: Path) -> None:
    assert _problems(tiny_data, f"# Exercices\n\n{FORM}\n", forms=True) == []


def test_a_form_on_any_other_page(tiny_data: Path) -> None:
    problems = _problems(tiny_data, f"# Exercices\n\n{FORM}\n", forms=False)
    assert any("<input>" in p for p in problems) and any('attribute "data-correct"' in p for p in problems)


def test_what_no_renderer_writes_is_refused_beside_questions(tiny_data: Path) -> None:
    body = f'# Exercices\n\n{FORM}\n\n<form action="https://example.org/"><textarea></textarea></form>\n'
    problems = _problems(tiny_data, body, forms=True)
    assert any("<form>" in p for p in problems) and any('attribute "action"' in p for p in problems)


def test_each_page_is_checked_as_if_alone(tiny_data: Path) -> None:
    """One converter serves every page (reset before each): nothing of a page (its reference
    definitions, its raw HTML) reaches the next one's check."""
    guide = load_guide(tiny_data)
    pages = [
        RenderedPage("a.md", "fr", "A", "[j]: https://example.org/x\n\n<b>raw</b> [ici][j]\n"),
        RenderedPage("b.md", "fr", "B", "Le [lien][j] de la page d'avant.\n"),
        RenderedPage("c.md", "en", "C", "[away](https://example.org/) and [up](../../../../x)\n"),
        RenderedPage("d.md", "fr", "D", "Rien que des mots.\n"),
    ]
    together = [str(p) for p in page_problems(guide, pages)]
    alone = [str(p) for page in pages for p in page_problems(guide, [page])]
    assert together == alone
    assert any("b.md" in p for p in together) is False  # the reference is page a's only: b shows `[lien][j]`
    assert sum("a reference definition" in p for p in together) == 1


def test_an_edit_checks_again_only_the_pages_it_changed(tiny_data: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`mkdocs serve`: the wall remembers what it found on each page as it was."""
    guide = load_guide(tiny_data)
    checked: list[str] = []
    findings = published._findings

    def counting(converter: Any, page: RenderedPage, *args: Any) -> Any:
        checked.append(page.path)
        return findings(converter, page, *args)

    monkeypatch.setattr(published, "_findings", counting)
    pages = [RenderedPage(f"p{n}.md", "fr", "P", f"Page {n}, [away](https://example.org/{n})\n") for n in range(4)]
    wall = PageWall()
    first = [str(p) for p in wall(guide, pages)]
    assert checked == ["p0.md", "p1.md", "p2.md", "p3.md"] and len(first) == 4
    pages[2] = RenderedPage("p2.md", "fr", "P", "Page 2, edited: <script>x</script>\n")
    again = [str(p) for p in wall(guide, pages)]
    assert checked[4:] == ["p2.md"]
    assert again == [str(p) for p in page_problems(guide, pages)] and any("<script>" in p for p in again)


def test_the_verdict_is_the_same_from_two_processes(tiny_data: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A whole site's pages are shared with a forked child: the same problems, in the same order."""
    guide = load_guide(tiny_data)
    pages = [
        RenderedPage(f"p{n}.md", "fr", "P", f"Page {n} <em>x</em> [away](https://example.org/{n})\n") for n in range(30)
    ]
    monkeypatch.setattr(workers, "can_fork", lambda: False)
    alone = [str(p) for p in PageWall()(guide, pages)]
    monkeypatch.setattr(workers, "can_fork", lambda: True)
    assert [str(p) for p in PageWall()(guide, pages)] == alone and len(alone) == 30
