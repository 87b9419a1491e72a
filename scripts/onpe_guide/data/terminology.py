"""The terminology guard: data/terminology.yml lists, for French terms of the leaflet, the words
each translation prefers and those it avoids (« child prostitute », « prostitución infantil »…).
Every translated text, in data/ and in the hand-written pages, is searched for the avoided words;
each one found is a problem at its file and line, with the preferred term. The French is never
searched: it is the leaflet's.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from onpe_guide.data.readers import FileReader
from onpe_guide.errors import FieldPath, Problem
from onpe_guide.model import AvoidedTerm, Guide, Term, TermSource, Text

FILE = "terminology.yml"


def read_term_sources(r: FileReader) -> tuple[TermSource, ...]:
    """The sources the terms cite, their labels texts like any other (the glossary shows them)."""
    items = r.file.value["sources"]
    return tuple(
        TermSource(
            s["id"],
            r.text(s["label"], ("sources", i, "label")),
            r.url(s["url"], ("sources", i, "url")) if "url" in s else "",
        )
        for i, s in enumerate(items)
    )


def read_terminology(r: FileReader) -> tuple[Term, ...]:
    """The terms, with their languages and sources checked (a schema cannot say which exist)."""
    value = r.file.value
    sources = r.unique_ids(value["sources"], "sources")
    r.unique_ids(value["terms"], "terms")
    return tuple(_term(r, item, ("terms", i), sources) for i, item in enumerate(value["terms"]))


def _term(r: FileReader, item: Mapping[str, Any], path: FieldPath, sources: list[str]) -> Term:
    for lang in item["preferred"]:
        _check_language(r, lang, (*path, "preferred", lang))
    avoid = tuple(AvoidedTerm(a["lang"], a["term"], a["why"]) for a in item.get("avoid", ()))
    for j, avoided in enumerate(avoid):
        _check_language(r, avoided.lang, (*path, "avoid", j, "lang"))
    r.ref(item["source"], sources, (*path, "source"), "source")
    preferred = {lang: tuple(words) for lang, words in item["preferred"].items()}
    return Term(item["id"], item["fr"], preferred, avoid, item["source"])


def _check_language(r: FileReader, lang: str, path: FieldPath) -> None:
    """A translation language: configured, and not the French, which is the leaflet's."""
    if not r.languages:
        return  # interface.yml is broken: it says so itself
    default, translated = r.languages[0], r.languages[1:]
    if lang == default:
        expected = ", ".join(translated)
        r.file.problem(path, f'"{lang}" is the leaflet\'s language and is never checked; expected one of: {expected}')
    elif lang not in translated:
        r.file.problem(path, f'unknown language "{lang}"; configured in interface.yml: {", ".join(r.languages)}')


@dataclass(frozen=True)
class Rule:
    """One avoided word in one language, compiled, with the words that may contain it."""

    term: Term
    avoided: AvoidedTerm
    pattern: re.Pattern[str]
    preferred: tuple[re.Pattern[str], ...]

    @property
    def message(self) -> str:
        words = self.term.preferred.get(self.avoided.lang, ())
        prefer = f'; prefer "{words[0]}"' if words else ""
        return f'avoid "{self.avoided.term}"{prefer} ({FILE}: {self.term.id})'

    def found(self, text: str) -> Iterator[int]:
        """Where the avoided word starts in `text`, unless inside a preferred term."""
        text = _plain(text)
        matches = list(self.pattern.finditer(text))
        if not matches:  # most texts: the preferred terms need not be looked for
            return
        allowed = [m.span() for p in self.preferred for m in p.finditer(text)]
        for match in matches:
            if not any(start <= match.start() and match.end() <= end for start, end in allowed):
                yield match.start()


def _plain(text: str) -> str:
    """Typographic apostrophes as plain ones; the same length, so offsets still point right."""
    return text.replace("’", "'")


def compile_term(words: str) -> re.Pattern[str]:
    """Whole words, any case, any spacing (a line break too); a trailing * for any ending."""
    stem = words.removesuffix("*")
    body = r"\s+".join(re.escape(w) for w in _plain(stem).split())
    return re.compile(rf"(?<!\w){body}" + (r"\w*" if words.endswith("*") else r"(?!\w)"), re.IGNORECASE)


def rules(terms: Iterable[Term]) -> list[Rule]:
    return [
        Rule(t, a, compile_term(a.term), tuple(compile_term(w) for w in t.preferred.get(a.lang, ())))
        for t in terms
        for a in t.avoid
    ]


def check_terminology(guide: Guide, readers: Iterable[FileReader]) -> list[Problem]:
    """Every avoided word in a translation: texts of data/ become problems of their file (at the
    text's language); the hand-written pages' are returned, at their line."""
    compiled = rules(guide.terminology)
    for reader in readers:
        for path, text in reader.seen:
            for lang, rule in _translated(guide, text, compiled):
                for _ in rule.found(text[lang]):
                    reader.file.problem((*path, lang), rule.message)
    problems = []
    for page in guide.pages.values():
        for lang, rule in _translated(guide, page, compiled):
            markdown = page[lang]
            for start in rule.found(markdown):
                problems.append(Problem(page.where_in(lang), markdown.count("\n", 0, start) + 1, (), rule.message))
    return problems


def _translated(guide: Guide, text: Mapping[str, str], compiled: list[Rule]) -> Iterator[tuple[str, Rule]]:
    """(language, rule) for each translated language of `text` that holds a translation (not the
    French shown while « À TRADUIRE »)."""
    pending = text.pending if isinstance(text, Text) else frozenset()
    for rule in compiled:
        lang = rule.avoided.lang
        if lang in text and lang != guide.default_language and lang not in pending:
            yield lang, rule
