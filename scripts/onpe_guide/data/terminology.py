"""The terminology guard: data/terminology.yml lists, for French terms of the leaflet, the words
each translation prefers and those it avoids (« child prostitute », « prostitución infantil »…).
Every translated text, in data/ and in the hand-written pages, is searched for the avoided words;
each one found is a problem at its file and line, with the preferred term. The French is never
searched: it is the leaflet's.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from itertools import islice
from typing import Any

from onpe_guide.data.readers import FileReader
from onpe_guide.data.terms import Index, Rule, compile_term, indexes
from onpe_guide.data.yamlfile import MAX_PROBLEMS
from onpe_guide.errors import FieldPath, Problem
from onpe_guide.model import AvoidedTerm, Guide, Term, TermSource, Text

__all__ = ["check_terminology", "compile_term", "read_terminology"]

FILE = "terminology.yml"
# Each avoided term is looked for in every translation: a bound on the work a contributed file
# asks of `make check` (the real file has 25).
MAX_AVOIDED = 200
TERM_SEPARATOR = "; "  # between a language's words in the term's text (a word may hold a comma)


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
    for i, source in enumerate(value["sources"]):
        if "url" in source:
            r.url(source["url"], ("sources", i, "url"))
    r.unique_ids(value["terms"], "terms")
    avoided = sum(len(item.get("avoid", ())) for item in value["terms"])
    if avoided > MAX_AVOIDED:
        r.file.problem(
            ("terms",), f"{avoided} avoided terms; at most {MAX_AVOIDED} (each one is looked for in every translation)"
        )
    return tuple(_term(r, item, ("terms", i), sources) for i, item in enumerate(value["terms"]))


def _term(r: FileReader, item: Mapping[str, Any], path: FieldPath, sources: list[str]) -> Term:
    for lang in item["preferred"]:
        _check_language(r, lang, (*path, "preferred", lang))
    avoid = tuple(
        AvoidedTerm(a["lang"], r.word(a["term"], a["lang"], (*path, "avoid", j, "term")), a["why"])
        for j, a in enumerate(item.get("avoid", ()))
    )
    for j, avoided in enumerate(avoid):
        _check_language(r, avoided.lang, (*path, "avoid", j, "lang"))
        r.word(avoided.why, avoided.lang, (*path, "avoid", j, "why"))
    r.ref(item["source"], sources, (*path, "source"), "source")
    preferred = {lang: tuple(words) for lang, words in item["preferred"].items()}
    return Term(item["id"], item["fr"], preferred, avoid, item["source"], _translation(r, item, path))


def _translation(r: FileReader, item: Mapping[str, Any], path: FieldPath) -> Text:
    """The French term and each language's words as one text, read as every text is: the markup
    allow-list, and translation tracking (when the French term changes, its words in English and
    Spanish are outdated until recorded again, `make translated … TEXTS=terminology.yml/terms/<id>/preferred`)."""
    default = r.languages[0] if r.languages else "fr"
    words = {lang: TERM_SEPARATOR.join(w) for lang, w in item["preferred"].items() if isinstance(w, list)}
    return r.text({default: item["fr"], **words}, (*path, "preferred"), every_language=False)


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


def check_terminology(guide: Guide, readers: Iterable[FileReader]) -> list[Problem]:
    """Every avoided word in a translation: texts of data/ become problems of their file (at the
    text's language); the hand-written pages' are returned, at their line."""
    by_lang = indexes(guide.terminology)
    for reader in readers:
        for path, text in reader.seen:
            if len(reader.file.problems) > MAX_PROBLEMS:
                break  # the file says « more problems follow »: no need to look further
            for lang, rule in _found(guide, text, by_lang):
                reader.file.problem((*path, lang), rule.message)
    problems = []
    for page in guide.pages.values():
        for lang, rule, line in islice(_found_in_page(guide, page, by_lang), MAX_PROBLEMS * len(page)):
            problems.append(Problem(page.where_in(lang), line, (), rule.message))
    return problems


def _found(guide: Guide, text: Mapping[str, str], by_lang: Mapping[str, Index]) -> Iterator[tuple[str, Rule]]:
    for lang, index in _translated(guide, text, by_lang):
        for rule, _, _ in index.found(text[lang]):
            yield lang, rule


def _found_in_page(guide: Guide, page: Text, by_lang: Mapping[str, Index]) -> Iterator[tuple[str, Rule, int]]:
    for lang, index in _translated(guide, page, by_lang):
        for rule, words, start in index.found(page[lang]):
            yield lang, rule, words.text.count("\n", 0, start) + 1


def _translated(guide: Guide, text: Mapping[str, str], by_lang: Mapping[str, Index]) -> Iterator[tuple[str, Index]]:
    """(language, its rules) for each translated language of `text` that holds a translation (not
    the French shown while « À TRADUIRE »)."""
    pending = text.pending if isinstance(text, Text) else frozenset()
    for lang, index in by_lang.items():
        if lang in text and lang != guide.default_language and lang not in pending:
            yield lang, index
