"""Who publishes a deployment (data/publication.yml), and where the hand-written pages show it:
`{{ publication.<field> }}` in docs/*.md, filled in as the page is built (and as it is checked:
a value is checked where it is placed). A field not filled in yet says so (a release refuses it).
A page naming a field that does not exist is a problem at its line, like any mistake in data/."""

from __future__ import annotations

import re
from dataclasses import fields

from onpe_guide.data.markup import escape
from onpe_guide.data.typography import ordinals, typeset
from onpe_guide.errors import Problem
from onpe_guide.model import Guide, Publication

PLACEHOLDER = re.compile(r"\{\{\s*publication\.(\w+)\s*\}\}")
FIELDS = tuple(f.name for f in fields(Publication))


def placeholder_problems(guide: Guide) -> list[Problem]:
    """Every `{{ publication.x }}` of the hand-written pages whose field is unknown."""
    problems = []
    for page in guide.pages.values():
        for lang, markdown in page.items():
            for match in PLACEHOLDER.finditer(markdown):
                if match.group(1) not in FIELDS:
                    line = markdown.count("\n", 0, match.start()) + 1
                    message = f'unknown field "publication.{match.group(1)}"; known: {", ".join(FIELDS)}'
                    problems.append(Problem(page.where_in(lang), line, (), message))
    return problems


def fill_publication(guide: Guide, lang: str, markdown: str) -> str:
    """The page's `{{ publication.<field> }}` replaced by the deployment's values, in `lang`."""

    def value(match: re.Match[str]) -> str:
        found: str = getattr(guide.publication, match.group(1), "")
        if not found:
            return f"*{escape(guide.strings['publication_missing'][lang])}*"
        if match.group(1) == "contact_email":
            return f"[{escape(found)}](mailto:{found})"
        return escape(found)

    return PLACEHOLDER.sub(value, markdown)


def handwritten_markdown(guide: Guide, lang: str, markdown: str) -> str:
    """A hand-written page as MkDocs renders it, and as the check reads it: the deployment's
    details filled in, the French typography set, « 1er » as 1<sup>er</sup>."""
    return ordinals(typeset(lang, fill_publication(guide, lang, markdown)))
