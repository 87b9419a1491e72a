"""The stylesheet of docs/ (contributors may change it, and it styles every page), held to what
cannot take the quick exit away or make a request elsewhere: no `@import`, no `url()` out of the
site, and rules that name the exit (`.guide-exit`, `[data-guide-exit]`, `:has(…)` around it) may
set only how it looks, never whether it shows (`display: none`, `visibility`, `opacity`,
`position`, `transform`, `clip-path`…). What hides it without naming it (its header) is the
browser tests' to find: they look for the exit on every page, at phone and desk widths."""

from __future__ import annotations

import re

_COMMENT = re.compile(r"/\*.*?\*/", re.DOTALL)
_RULE = re.compile(r"([^{}]*)\{([^{}]*)\}")  # the innermost blocks: a selector and its declarations
# The exit and its modifiers (`.guide-exit--counting`), not its parts (`.guide-exit__light`): a part
# hidden or moved leaves the exit where it is, and a click on it still leaves.
_EXIT = re.compile(r"guide-exit(?!__)|data-guide-exit", re.IGNORECASE)
_HAS_EXIT = re.compile(r":has\(.*guide-exit", re.IGNORECASE | re.DOTALL)
_URL = re.compile(r"url\(\s*['\"]?([^'\")\s]*)", re.IGNORECASE)
# What a rule naming the exit may set: how it looks, not whether, where or how big it shows.
LOOKS = re.compile(
    r"(?:color|background(?:-color)?|border(?:-[a-z-]+)?|outline(?:-[a-z-]+)?|padding(?:-[a-z]+)?"
    r"|margin(?:-[a-z]+)?|font-(?:weight|family|style|size)|line-height|letter-spacing|text-(?:align|decoration"
    r"|decoration-[a-z]+|underline-offset|transform)|white-space|max-width|min-width|min-height|flex-shrink"
    r"|align-items|justify-content|cursor|box-shadow|display|position)",
    re.IGNORECASE,
)
HIDDEN = re.compile(r"\b(?:none|contents)\b", re.IGNORECASE)  # as a display
NOTHING = re.compile(r"\s*[-+]?(?:0+\.?0*|\.0+)[a-z%]*\s*(?:!important)?\s*", re.IGNORECASE)  # a size of 0


def stylesheet_problems(css: str) -> str | None:
    """What is wrong with a stylesheet of docs/, in one message; None when it may be published."""
    text = _COMMENT.sub("", css)
    if re.search(r"@import", text, re.IGNORECASE):
        return "@import is not allowed: the site loads its own stylesheets, and nothing from elsewhere"
    for url in _URL.findall(text):
        if re.match(r"[a-z][a-z0-9+.-]*:|//", url, re.IGNORECASE) and not url.lower().startswith("data:"):
            return f"url({url}): only files of this site (no request to another site)"
    for selector, declarations, on_paper in _rules(text):
        if not _names_exit(selector):
            continue
        for declaration in declarations.split(";"):
            name, _, value = (part.strip() for part in declaration.partition(":"))
            if name and not on_paper and not _looks_only(name.lower(), value):
                return (
                    f'"{selector.strip()[:60]}" sets {name}: a rule that names the quick exit '
                    "may change how it looks, never whether or where it shows (but on paper)"
                )
    return None


def _rules(css: str) -> list[tuple[str, str, bool]]:
    """Each rule's selector and declarations, and whether it applies on paper only (`@media print`)."""
    rules, headers, start = [], [], 0
    for match in re.finditer(r"[{}]", css):
        if match.group(0) == "{":
            headers.append(css[start : match.start()].strip())
        elif headers:
            header = headers.pop()
            if not header.startswith("@") and "{" not in css[start : match.start()]:
                on_paper = any(re.match(r"@media\s+print\s*$", h, re.IGNORECASE) for h in headers)
                rules.append((header, css[start : match.start()], on_paper))
        start = match.end()
    return rules


def _names_exit(selector: str) -> bool:
    """Whether a rule styles the exit: the subject of one of its selectors (what follows the last
    combinator) is the exit, or a `:has(…)` holds it (its header hidden). `.guide-exit--counting
    .guide-exit__indicator` styles a part of the exit, which is not the exit."""
    return any(_HAS_EXIT.search(one) or _EXIT.search(_subject(one)) for one in _top_level(selector, ","))


def _subject(selector: str) -> str:
    """The last compound selector: after the last combinator that is not inside parentheses."""
    return _top_level(selector.strip(), " >+~")[-1]


def _top_level(text: str, separators: str) -> list[str]:
    """`text` cut at each of `separators` outside parentheses (`:is(a, b)` stays whole)."""
    parts, depth, start = [], 0, 0
    for index, char in enumerate(text):
        depth += (char == "(") - (char == ")")
        if char in separators and depth == 0:
            parts.append(text[start:index])
            start = index + 1
    parts.append(text[start:])
    return [part for part in parts if part.strip()] or [""]


def _looks_only(name: str, value: str) -> bool:
    if not LOOKS.fullmatch(name):
        return False
    if name == "display":
        return not HIDDEN.search(value)
    if name == "position":  # relative, with no offset (which LOOKS refuses), leaves it in its place
        return value.lower() in ("relative", "static")
    return not (name in ("font-size", "max-width") and NOTHING.fullmatch(value))
