"""French typography, set at build time: the YAML keeps the leaflet's words as typed, and every
French text the site, the sheets, the search and the open data show is typeset once, here.

- a narrow no-break space (U+202F) before ; ? ! and inside « », a no-break space (U+00A0) before
  :, so that no line starts with a colon, a closing guillemet or a question mark;
- the typographic apostrophe ’ (the data mixes ' and ’ in one sentence);
- « Tél. » with its full stop;
- `keep_together`: the four key words printed around the verbs never break across lines;
- `ordinals`: « 1er » as 1<sup>er</sup>, for the renderers that write HTML (site pages, sheets):
  a text that is escaped before it is shown (titles, search, open data) keeps « 1er ».

Markdown-aware: code spans and fences, link targets, autolinks, HTML tags and comments, entities,
`{placeholders}` and `{{ publication.x }}`, attribute lists, URLs and e-mail addresses are never
touched. Pure and idempotent: typesetting a typeset text changes nothing.

Not `french-typo` (PyPI, MIT, 1.6.1, evaluated on these texts): it writes `&nbsp;` entities (shown
as such once a text is escaped: sheets, titles, JSON), never the narrow space before ; ? ! and in
« », no typographic apostrophe, and it does not know Markdown (it unindents list lines, and its
ordinal rule reaches code spans and link targets).
"""

from __future__ import annotations

import re
from collections.abc import Callable

NARROW_NBSP = "\u202f"  # before ; ? ! and inside « »
NBSP = "\u00a0"  # before :

# What is not prose, matched first and left exactly as written.
_PROTECTED = re.compile(
    r"""
      \A---\n.*?\n---\n                     # front matter of a hand-written page
    | ^[ \t]*(?:```|~~~).*?^[ \t]*(?:```|~~~)  # a fenced code block
    | `[^`\n]+`                             # a code span
    | \]\([^)\n]*\)                         # a link's target: ](…)
    | ^[ \t]*\[[^\]\n]+\]:[^\n]*            # a reference definition: [id]: address
    | <!--.*?-->                            # an HTML comment
    | <[^<>\n]*>                            # an HTML tag, an autolink
    | &\#?\w+;                              # an entity
    | \{\{.*?\}\}                           # {{ publication.contact_email }}
    | \{[^{}\n]*\}                          # a {placeholder}, an attribute list
    | \b(?:https?|mailto|tel|ftp):[^\s<>()\[\]"'`]+   # an address
    | \bwww\.[^\s<>()\[\]"'`]+
    | [\w.+-]+@[\w-]+(?:\.[\w-]+)+          # an e-mail address
    """,
    re.VERBOSE | re.DOTALL | re.MULTILINE,
)
# Protected spans are replaced by one character each from a private-use plane while the rules run.
_SENTINEL = 0xF0000
_SENTINELS = re.compile("[\U000f0000-\U000ffffd]")

_SPACES = "[ \t\u00a0\u202f]"
_LETTER = r"[^\W\d_]"
_RULES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(rf"(?<={_LETTER})'(?={_LETTER})"), "’"),  # l'enfant -> l’enfant
    (re.compile(rf"«{_SPACES}*(?:\n[ \t]*)?(?=\S)"), f"«{NARROW_NBSP}"),
    (re.compile(rf"(?<=\S)(?:{_SPACES}*\n)?[ \t]*{_SPACES}*»"), f"{NARROW_NBSP}»"),
    (re.compile(rf"(?<=\S){_SPACES}+(?=[;?]|!(?!\[))"), NARROW_NBSP),  # « danger ? » (not an image: ![…])
    (re.compile(r"(?<=[\w»)])(?=[;?!](?:\s|$|[»)]))"), NARROW_NBSP),  # « danger? » too
    (re.compile(rf"(?<=\S){_SPACES}+(?=:)"), NBSP),  # « Contact : »
    (re.compile(rf"(?<={_LETTER}|[»)])(?=:(?:\s|$))"), NBSP),  # « Contact: » too
    (re.compile(r"\bTél(?![.\w])"), "Tél."),  # the abbreviation keeps its full stop
)


def _masked(text: str, apply: Callable[[str], str]) -> str:
    """`apply` run on `text` with every protected span set aside, then the spans put back."""
    if _SENTINELS.search(text):  # a text that holds one already (no French text does) is left alone
        return text
    spans: list[str] = []

    def set_aside(match: re.Match[str]) -> str:
        spans.append(match.group(0))
        return chr(_SENTINEL + len(spans) - 1)

    masked = apply(_PROTECTED.sub(set_aside, text))
    return _SENTINELS.sub(lambda m: spans[ord(m.group(0)) - _SENTINEL], masked)


def _typeset(text: str) -> str:
    for pattern, replacement in _RULES:
        text = pattern.sub(replacement, text)
    return text


def typeset(lang: str, text: str) -> str:
    """`text` with the typography of `lang`: French is typeset, other languages are as written."""
    return french(text) if lang == "fr" else text


def french(text: str) -> str:
    """`text` (Markdown) with French typography; code, addresses and markup as written. Joining a
    guillemet to the next line can make one span of markup (`<«` then `{>` a line lower) of what
    was two, and leave prose what was set aside: typeset again until nothing changes, four passes
    at most (a second pass changes nothing in any text of data/ or docs/; found by
    test_typography's property, which checks that a typeset text is typeset already)."""
    for _ in range(4):
        typeset = _masked(text, _typeset)
        if typeset == text:
            break
        text = typeset
    return text


_ORDINAL = re.compile(r"\b1(er|re)\b")


def ordinals(markup: str) -> str:
    """« 1er » as `1<sup>er</sup>`, in Markdown or HTML that the caller writes (its `<` already
    escaped): never inside code, an address, a tag or an attribute."""
    return _masked(markup, lambda text: _ORDINAL.sub(r"1<sup>\1</sup>", text))


def keep_together(text: str) -> str:
    """A short phrase (a key word: « Aller vers ») that must not break across lines."""
    return re.sub(r"[ \t\n]+", NBSP, text.strip())
