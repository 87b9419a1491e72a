"""What a data text may become on a page, checked on the HTML it renders to, not on its source.

A text is rendered as the site renders it (`escape`, then Markdown with the site's extensions),
and every element and attribute of the result is checked against an allow-list: paragraphs of
words, *emphasis*, **strong**, `code` and links, whose only attribute is `href`. So an attribute
list (`{: onclick=…}`), an image, a heading, an admonition or a table in a text is named, whatever
Markdown syntax wrote it; and every `href` is checked as the browser will read it (entities
decoded). A text holds no reference definition (`[j]: https://…`): on a page it would serve the
links of every other text. A label is one line and one paragraph, and is also checked where the
pages put it: as the words of a link (`[label](page)`) and as a heading with an anchor
(`## label {#anchor}`), so that it can neither close the link nor complete an attribute list.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache, lru_cache
from html.parser import HTMLParser

import markdown

# The site's Markdown extensions: mkdocs.yml's `markdown_extensions` and those MkDocs always adds
# (toc, tables, fenced_code): what MkDocs will render. data/config.py refuses a mkdocs.yml that
# renders otherwise.
EXTENSIONS = ["admonition", "attr_list", "fenced_code", "md_in_html", "tables", "toc"]
INLINE = frozenset({"em", "strong", "code", "a"})
VOID = frozenset({"area", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "wbr"})
ALLOWED = "words, *emphasis*, **strong**, `code` and links"
# Fields shown as titles, names and in the navigation: one line of inline text.
ONE_LINE_FIELDS = frozenset({"label", "title", "name", "connector", "term", "preferred"})
# Without any of these, Markdown makes a text one paragraph of words, whatever its place: no need
# to render it (most texts are prose; rendering every one in three places would slow each build).
MARKUP = re.compile(r"[\[\]{}<>*_`#|!\\~=+&\n\r\t]|^\s*(?:[-+*>]|\d+[.)])|^\s{4}")
UNSAFE_IN_URL = re.compile(r"[\s\"'<>`\\\x00-\x1f\x7f]")
# Limits, each far above the real data (3 brackets, one line, two levels of emphasis at most): the
# renderer looks for a link from every `[` (5 texts of 4,000 took 40 s), recurses into nested
# emphasis (1,000 `**` raised a RecursionError) and reads a text line by line.
MAX_BRACKETS, MAX_LINES, MAX_NESTING = 100, 20, 12
# What the site writes at a text's very start would make a list, a heading or a quote of it
# (« 1989. », « + 33 », « # 1 », « > ») : the site escapes it (`\`), and so does the check.
LEADING_MARKER = re.compile(r"\A([ ]{0,3})(\d+(?=\.\s)|[-+*](?=\s)|#|>)")
LINK_TARGET, ANCHOR = "guide-label-check.md", "guide-label-check"


def escape_start(text: str) -> str:
    """A marker at a text's very start stays text (`1989\\.`, `\\+`, `\\#`, `\\>`): the site and the
    sheets put a text where a line starts."""
    return LEADING_MARKER.sub(lambda m: f"{m[1]}{m[2]}\\" if m[2][0].isdigit() else f"{m[1]}\\{m[2]}", text)


def escape(text: str) -> str:
    """A data text as the site writes it into Markdown: `<` can open no HTML tag, and a marker at
    its very start stays text."""
    return escape_start(text).replace("<", "&lt;")


class _Checked(HTMLParser):
    """Every element of a rendered text that the allow-list refuses, and every href."""

    def __init__(self, check_href: Callable[[str], str | None], blocks: frozenset[str]) -> None:
        super().__init__(convert_charrefs=True)
        self.check_href, self.blocks = check_href, blocks
        self.depth = self.deepest = 0
        self.paragraphs = 0
        self.links: list[str] = []  # every href, in order, and the words outside any link
        self.open_links = 0
        self.outside = ""
        self.refused: list[str] = []  # elements, once each, in order
        self.problems: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_startendtag(tag, attrs)
        self.open_links += tag == "a"
        if tag not in VOID:
            self.depth += 1
            self.deepest = max(self.deepest, self.depth)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.depth == 0 and tag == "p":
            self.paragraphs += 1
        if tag not in INLINE | self.blocks or (self.depth == 0 and tag in INLINE):
            self.refused += [f"<{tag}>"] if f"<{tag}>" not in self.refused else []
            return  # the element is named; its attributes would only repeat it
        for name, value in attrs:
            if tag == "a" and name == "href":
                self.links.append(value or "")
                if value != LINK_TARGET:
                    problem = self.check_href(value or "")
                    self.problems += [problem] if problem else []
            elif not (tag == "h1" and name == "id" and value == ANCHOR) and ANCHOR not in name:
                self.problems.append(f'attribute "{name}" is not allowed (no {{: …}} attribute lists, no link titles)')

    def handle_data(self, data: str) -> None:
        self.outside += "" if self.open_links else data

    def handle_endtag(self, tag: str) -> None:
        self.depth = max(0, self.depth - 1)
        self.open_links -= self.open_links > 0 and tag == "a"

    def all_problems(self) -> list[str]:
        refused = [f"{', '.join(self.refused)} not allowed in a text (only {ALLOWED})"] if self.refused else []
        deep = [f"nested {self.deepest} levels deep; at most {MAX_NESTING}"] if self.deepest > MAX_NESTING else []
        return refused + deep + list(dict.fromkeys(self.problems))


# Where the site puts a text: alone (a paragraph), as a heading (`# {label}`: an attribute list
# at the end of a heading's line applies to the heading), in a list item; a label also as a
# heading that the page gives an anchor, and as the words of a link. Each place: what is written
# before and after the text, and the elements the place may hold around it.
Place = tuple[str, str, frozenset[str]]
PLACES: tuple[Place, ...] = (
    ("", "", frozenset({"p"})),
    ("# ", "", frozenset({"h1", "p"})),
    ("- ", "", frozenset({"ul", "li", "p"})),
)
LABEL_PLACES: tuple[Place, ...] = (
    ("# ", f" {{#{ANCHOR}}}", frozenset({"h1"})),
    ("[", f"]({LINK_TARGET})", frozenset({"p"})),
)
IN_LINK = (
    "is shown inside a link ([label](page)) and must stay its words: "
    "no link and no ]( ][ ]: in it, brackets in pairs or written \\[ \\]"
)
CLOSES_A_LINK = re.compile(r"\](?=[(\[:])")


def _render(text: str, prefix: str, suffix: str = "") -> tuple[str, dict[str, object]]:
    """As the site renders a data text (`escape`, then MkDocs' Markdown); headings without the
    toc extension's id, which is the site's own. Also the reference definitions it holds."""
    html, references = _rendered(text, prefix, suffix)
    return html, dict(references)


@lru_cache(maxsize=4096)  # a text checked again (`mkdocs serve` after an edit elsewhere) is not rendered again
def _rendered(text: str, prefix: str, suffix: str) -> tuple[str, tuple[tuple[str, object], ...]]:
    converter = converter_for(with_toc=not prefix)
    html: str = converter.convert(prefix + escape(text) + suffix)
    return html, tuple(converter.references.items())


def converter_for(with_toc: bool = True) -> markdown.Markdown:
    """MkDocs' Markdown, ready for a new text (one converter each way, reset between texts:
    building one per text was most of the time). Shared: read what it holds (its references)
    before asking for it again."""
    return _converter(with_toc).reset()


@cache
def _converter(with_toc: bool) -> markdown.Markdown:
    return markdown.Markdown(extensions=EXTENSIONS if with_toc else [e for e in EXTENSIONS if e != "toc"])


def _limits(text: str) -> list[str]:
    brackets, lines = text.count("["), text.count("\n") + 1
    problems = [f"{brackets} brackets ([); at most {MAX_BRACKETS} in a text"] if brackets > MAX_BRACKETS else []
    return problems + ([f"{lines} lines; at most {MAX_LINES} in a text"] if lines > MAX_LINES else [])


def markup_problems(
    text: str, one_line: bool, check_href: Callable[[str], str | None], label: bool | None = None
) -> list[str]:
    """What is wrong with one text in one language, once rendered; [] when it may be published.
    A `label` (by default, any one-line text) is also checked where pages put labels."""
    label = one_line if label is None else label
    if one_line and ("\n" in text or "\r" in text):
        return ["expected one line (a label, title or name), found a line break"]
    if not MARKUP.search(text):
        return []
    if _limits(text):
        return _limits(text)
    problems: list[str] = [IN_LINK] if label and CLOSES_A_LINK.search(text) else []
    for place in PLACES + (LABEL_PLACES if label else ()):
        try:
            problems += _place_problems(text, place, one_line, lambda href: url_problem(href) or check_href(href))
        except RecursionError:
            return [f"nested too deeply (emphasis, links, quotes); at most {MAX_NESTING} levels"]
    return list(dict.fromkeys(problems))


def _place_problems(text: str, place: Place, one_line: bool, check_href: Callable[[str], str | None]) -> list[str]:
    prefix, suffix, blocks = place
    parser = _Checked(check_href, blocks)
    html, references = _render(text, prefix, suffix)
    parser.feed(html)
    parser.close()
    problems = parser.all_problems() + _hints(text, parser.refused)
    if references:
        problems.append(
            f'a reference definition ("[{next(iter(references))}]: …") is not allowed in a text; '
            "write the link where it is used: [words](address)"
        )
    if one_line and prefix == "" and parser.paragraphs > 1:
        problems.append("expected one line of text, found several paragraphs")
    if suffix.endswith(f"({LINK_TARGET})") and (parser.links != [LINK_TARGET] or parser.outside.strip()):
        problems.append(IN_LINK)
    return problems


_HINTS = {
    "<ol>": ("a line that starts with a number and a dot", "1989\\."),
    "<ul>": ("a line that starts with -, + or * and a space", "\\+"),
    "<h1>": ("a line that starts with #", "\\#"),
    "<h2>": ("a line that starts with ## (or a line under ---)", "\\#"),
    "<blockquote>": ("a line that starts with >", "\\>"),
    "<hr>": ("a line of - or *", "\\-"),
}


def _hints(text: str, refused: list[str]) -> list[str]:
    """How to write as words what Markdown read as a list, a heading or a quote."""
    found = [tag for tag in refused if tag in _HINTS and "\n" in text]
    return [f'{_HINTS[tag][0]} is read as {tag}: write it "{_HINTS[tag][1]}" to show it as text' for tag in found[:1]]


def url_problem(href: str) -> str | None:
    """An address that a browser or a template could read otherwise than a reviewer does."""
    if not href or UNSAFE_IN_URL.search(href):
        return f'link to "{href}": an address holds no spaces, quotes, angle brackets or control characters'
    return None


def is_one_line(path: tuple[str | int, ...]) -> bool:
    """Labels, titles, names and interface strings: shown in titles, navigation and buttons."""
    names = [part for part in path if isinstance(part, str)]
    return bool(names) and (names[0] == "strings" or names[-1] in ONE_LINE_FIELDS)
