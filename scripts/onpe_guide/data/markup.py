"""What a data text may become on a page, checked on the HTML it renders to, not on its source.

A text is rendered as the site renders it (`<` escaped, then Markdown with the site's extensions),
and every element and attribute of the result is checked against an allow-list: paragraphs of
words, *emphasis*, **strong**, `code` and links, whose only attribute is `href`. So an attribute
list (`{: onclick=…}`), an image, a heading, an admonition or a table in a text is named, whatever
Markdown syntax wrote it; and every `href` is checked as the browser will read it (entities
decoded, reference definitions resolved). A label is one line and one paragraph.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from html.parser import HTMLParser

import markdown

# The site's Markdown extensions: mkdocs.yml's `markdown_extensions` and those MkDocs always adds
# (toc, tables, fenced_code): what MkDocs will render. test_hostile keeps the two lists the same.
EXTENSIONS = ["admonition", "attr_list", "fenced_code", "md_in_html", "tables", "toc"]
INLINE = frozenset({"em", "strong", "code", "a"})
VOID = frozenset({"area", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "wbr"})
ALLOWED = "words, *emphasis*, **strong**, `code` and links"
# Fields shown as titles, names and in the navigation: one line of inline text.
ONE_LINE_FIELDS = frozenset({"label", "title", "name", "connector", "term"})
# Without any of these, Markdown makes a text one paragraph of words, whatever its place: no need
# to render it (most texts are prose; rendering every one in three places would slow each build).
MARKUP = re.compile(r"[\[\]{}<>*_`#|!\\~=+&\n\r\t]|^\s*(?:[-+*>]|\d+[.)])|^\s{4}")
UNSAFE_IN_URL = re.compile(r"[\s\"'<>`\\\x00-\x1f\x7f]")


class _Checked(HTMLParser):
    """Every element of a rendered text that the allow-list refuses, and every href."""

    def __init__(self, check_href: Callable[[str], str | None], blocks: frozenset[str]) -> None:
        super().__init__(convert_charrefs=True)
        self.check_href, self.blocks = check_href, blocks
        self.depth = 0
        self.paragraphs = 0
        self.refused: list[str] = []  # elements, once each, in order
        self.problems: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_startendtag(tag, attrs)
        if tag not in VOID:
            self.depth += 1

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.depth == 0 and tag == "p":
            self.paragraphs += 1
        if tag not in INLINE | self.blocks or (self.depth == 0 and tag in INLINE):
            self.refused += [f"<{tag}>"] if f"<{tag}>" not in self.refused else []
            return  # the element is named; its attributes would only repeat it
        for name, value in attrs:
            if tag == "a" and name == "href":
                problem = self.check_href(value or "")
                self.problems += [problem] if problem else []
            else:
                self.problems.append(f'attribute "{name}" is not allowed (no {{: …}} attribute lists, no link titles)')

    def handle_endtag(self, tag: str) -> None:
        self.depth = max(0, self.depth - 1)

    def all_problems(self) -> list[str]:
        refused = [f"{', '.join(self.refused)} not allowed in a text (only {ALLOWED})"] if self.refused else []
        return refused + list(dict.fromkeys(self.problems))


# Where the site puts a text: alone (a paragraph), as a heading (`# {label}`: an attribute list
# at the end of a heading's line applies to the heading), in a list item; and the elements each
# place is allowed to hold around the text.
PLACES = (("", frozenset({"p"})), ("# ", frozenset({"h1", "p"})), ("- ", frozenset({"ul", "li", "p"})))


def _render(text: str, prefix: str) -> str:
    """As the site renders a data text (render.escape, then MkDocs' Markdown); headings without
    the toc extension's id, which is the site's own."""
    converter = _converter(with_toc=not prefix)
    html: str = converter.reset().convert(prefix + text.replace("<", "&lt;"))
    return html


@cache  # one converter each, reset between texts: building one per text is most of the time
def _converter(with_toc: bool) -> markdown.Markdown:
    return markdown.Markdown(extensions=EXTENSIONS if with_toc else [e for e in EXTENSIONS if e != "toc"])


def markup_problems(text: str, one_line: bool, check_href: Callable[[str], str | None]) -> list[str]:
    """What is wrong with one text in one language, once rendered; [] when it may be published."""
    if one_line and ("\n" in text or "\r" in text):
        return ["expected one line (a label, title or name), found a line break"]
    if not MARKUP.search(text):
        return []
    problems: list[str] = []
    for prefix, blocks in PLACES:
        parser = _Checked(lambda href: url_problem(href) or check_href(href), blocks)
        parser.feed(_render(text, prefix))
        parser.close()
        problems += parser.all_problems()
        if one_line and prefix == "" and parser.paragraphs > 1:
            problems.append("expected one line of text, found several paragraphs")
    return list(dict.fromkeys(problems))


def url_problem(href: str) -> str | None:
    """An address that a browser or a template could read otherwise than a reviewer does."""
    if not href or UNSAFE_IN_URL.search(href):
        return f'link to "{href}": an address holds no spaces, quotes, angle brackets or control characters'
    return None


def is_one_line(path: tuple[str | int, ...]) -> bool:
    """Labels, titles, names and interface strings: shown in titles, navigation and buttons."""
    names = [part for part in path if isinstance(part, str)]
    return bool(names) and (names[0] == "strings" or names[-1] in ONE_LINE_FIELDS)
