"""Who publishes a deployment (data/publication.yml), and where the hand-written pages show it:
`{{ publication.<field> }}` in docs/*.md, filled in by the site stage. A page naming a field that
does not exist is a problem at its line, like any mistake in data/."""

from __future__ import annotations

import re
from dataclasses import fields

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
