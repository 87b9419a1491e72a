"""A hand-written page's front matter, read as MkDocs reads it and held to an allow-list.

MkDocs reads any key: Material's `template: redirect.html` printed `location` raw into a script,
on a page without the Content-Security-Policy. So front matter is data: a mapping of the keys our
templates read, each a one-line text, parsed with the same safe loader as data/ (no tags, no
aliases, no duplicate keys, no invisible character). Front matter that MkDocs would render as
text instead (not a mapping, not YAML), and MultiMarkdown metadata (`key: value` lines at the top
of a page, which MkDocs also reads), are refused. The two regular expressions are MkDocs 1.6's
(`mkdocs/utils/meta.py`); tests/test_hostile.py checks that both split every page alike.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from onpe_guide.data.markup import markup_problems
from onpe_guide.data.tracking import TO_TRANSLATE
from onpe_guide.data.yamlfile import YamlFile, load_yaml_text

YAML_RE = re.compile(r"^-{3}[ \t]*\n(.*?\n)(?:\.{3}|-{3})[ \t]*\n", re.UNICODE | re.DOTALL)
META_RE = re.compile(r"^[ ]{0,3}(?P<key>[A-Za-z0-9_-]+):\s*(?P<value>.*)")
# The keys a hand-written page may set, and what each must be: a title (the page's name in the
# navigation and <title>), a description (search engines), the mark `make language` writes.
# `template` only names one of ours: the others have no policy, or print values raw.
KEYS: dict[str, Callable[[str], str | None]] = {
    "title": lambda value: None,
    "description": lambda value: None,
    "translation": lambda value: None if value == TO_TRANSLATE else f'expected "{TO_TRANSLATE}" (see CONTRIBUTING.md)',
    "template": lambda value: None if value == "main.html" else 'expected "main.html", the site\'s own, or none',
}


@dataclass
class Page:
    """A page split as MkDocs splits it: front matter (as a loaded file) and the Markdown after it,
    with as many blank lines before it as the front matter took, so that lines still match."""

    body: str
    front: YamlFile | None = None
    problems: list[tuple[int, str]] = field(default_factory=list)  # (line, message)


def split_page(source: str, name: str) -> Page:
    """`source` (a page's text, read as MkDocs reads it) split, with what is wrong in its front matter."""
    found = YAML_RE.match(source)
    if found is None:
        return Page(source, problems=_metadata_problems(source))
    offset = "\n" * source[: found.end()].count("\n")
    front = load_yaml_text(found.group(1), name, first_line=2)
    page = Page(offset + source[found.end() :], front)
    if front.problems:
        page.problems = [(p.line, p.message) for p in front.problems]
        return page
    if not isinstance(front.value, dict):
        page.problems = [(2, "front matter is key: value lines between --- lines (MkDocs would show this as text)")]
        return page
    page.problems = _key_problems(front)
    return page


def _key_problems(front: YamlFile) -> list[tuple[int, str]]:
    problems = []
    for key, value in front.value.items():
        line = front.line((key,))
        check = KEYS.get(key)
        if check is None:
            problems.append((line, f'unknown key "{key}" in front matter; expected one of: {", ".join(KEYS)}'))
        elif not isinstance(value, str):
            problems.append((line, f'"{key}": expected one line of text'))
        else:
            words = check(value) or next(iter(_text_problems(value)), None)
            problems += [(line, f'"{key}": {words}')] if words else []
    return problems


def _text_problems(value: str) -> list[str]:
    return markup_problems(value, True, lambda href: f'link to "{href}": write the words only, no link')


def _metadata_problems(source: str) -> list[tuple[int, str]]:
    """MkDocs also reads `key: value` lines at the very top of a page (MultiMarkdown), and removes
    them from the page: refused, whatever the key."""
    first = source.replace("\r\n", "\n").split("\n", 1)[0]
    if first.strip() and META_RE.match(first):
        return [(1, "MkDocs reads a first line « key: value » as metadata: start the page with its # title")]
    return []
