"""The page wall (site/published.py) on pages written by hand here: the questions' forms are allowed
on a page that holds questions, and nowhere else; what no renderer writes is refused on both."""

from __future__ import annotations

from pathlib import Path

from onpe_guide.data.load import load_guide
from onpe_guide.site.published import page_problems
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
