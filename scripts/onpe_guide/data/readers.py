"""Turn schema-valid YAML values into model objects, checking what a schema cannot express:
every configured language present and no other, ids unique, references resolving."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, TypeVar

from onpe_guide.data.markup import markup_problems
from onpe_guide.data.tracking import REFUSED, TO_TRANSLATE, Records, outdated, stable_key
from onpe_guide.data.typography import keep_together, typeset
from onpe_guide.data.values import EMAIL, address_problem, id_problem
from onpe_guide.data.yamlfile import YamlFile
from onpe_guide.errors import FieldPath, format_path, printable
from onpe_guide.model import (
    MOMENT_JOINS,
    REFERENCE_KINDS,
    Actor,
    Details,
    KeyMoment,
    KeyWord,
    Provision,
    ProvisionForm,
    Publication,
    Reference,
    Role,
    Text,
    Verb,
)
from onpe_guide.urls import SITE_FOLDERS

Choice = TypeVar("Choice", bound=str)
# Names an entity's page or sheet must not take: a section's overview, the site's folders.
RESERVED_IDS = frozenset({"index", *SITE_FOLDERS})


class FileReader:
    """Reads one valid file; `languages` is None when interface.yml itself is broken."""

    def __init__(
        self,
        file: YamlFile,
        languages: tuple[str, ...] | None,
        records: Records | None = None,
        release: bool = False,
    ) -> None:
        self.file = file
        self.languages = languages
        self.records = records or {}  # data/translations/: which French each translation translates
        self.release = release  # a release build refuses texts still marked « À TRADUIRE »
        self.seen: list[tuple[FieldPath, Mapping[str, str]]] = []  # every text read, for the link check
        # Words of one language (the terminology's avoided terms and why): checked as texts are,
        # never against the terminology that lists them.
        self.words: list[tuple[FieldPath, Mapping[str, str]]] = []

    def text(self, value: Mapping[str, str], path: FieldPath, every_language: bool = True) -> Text:
        """A text, tracked and checked; `every_language` False for a term's words (some languages only)."""
        for lang, words in value.items():  # whatever the schema says: a text is words
            if not isinstance(words, str):
                self.file.problem((*path, lang), "expected a text")
        value = {lang: words for lang, words in value.items() if isinstance(words, str)}
        text = self._tracked(value, path)
        self.seen.append((path, text))
        for lang in self.languages or ():
            if lang not in value and every_language:
                self.file.problem(
                    path, f'missing translation "{lang}"; expected texts in: {", ".join(self.languages or ())}'
                )
        for lang in value:
            if self.languages is not None and lang not in self.languages:
                self.file.problem(
                    (*path, lang),
                    f'unknown language "{lang}"; configured in interface.yml: {", ".join(self.languages)}',
                )
        return text

    def _tracked(self, value: Mapping[str, str], path: FieldPath) -> Text:
        """The text with marked languages showing the French, and what is pending or outdated."""
        default = self.languages[0] if self.languages else "fr"
        french = value.get(default, "")
        if french.strip() == TO_TRANSLATE:
            self.file.problem((*path, default), f"the French is the source: it cannot be marked {TO_TRANSLATE}")
        pending = frozenset(lang for lang, v in value.items() if lang != default and v.strip() == TO_TRANSLATE)
        for lang in sorted(pending) if self.release else ():
            self.file.problem((*path, lang), f"marked {TO_TRANSLATE}: {REFUSED}")
        key = stable_key(self.file.name.rsplit("/", 1)[-1], self.file.value, path)
        changed = outdated(value, key, default, pending, self.records)
        where = f"{self.file.name}:{self.file.line(path)} {format_path(path)}"
        shown = typeset(default, french)  # the French as pages, sheets and open data show it
        resolved = {lang: shown if lang in pending or lang == default else v for lang, v in value.items()}
        return Text.of(resolved, key, where, pending, changed, written=french)

    def word(self, value: str, lang: str, path: FieldPath) -> str:  # one language's: markup checked only
        self.words.append((path, {lang: value}))
        return value

    def texts(self, values: Iterable[Mapping[str, str]], path: FieldPath) -> tuple[Text, ...]:
        return tuple(self.text(v, (*path, i)) for i, v in enumerate(values))

    def optional_text(self, item: Mapping[str, Any], key: str, path: FieldPath) -> Text | None:
        return self.text(item[key], (*path, key)) if key in item else None

    def unique_ids(self, items: list[dict[str, Any]], key: str) -> list[str]:
        """The ids of `items`, with a problem for each one seen before or reserved: an id names a
        page (`verbes/<id>.md`) or a sheet, and `index` would replace its section's overview."""
        seen: dict[str, int] = {}
        reserved = RESERVED_IDS | {code.lower() for code in self.languages or ()}
        for i, item in enumerate(items):
            problem = id_problem(str(item["id"]))  # whatever the schema says: an id names a file
            if problem:
                self.file.problem((key, i, "id"), problem)
            elif item["id"] in reserved:
                names = ", ".join(sorted(reserved))
                self.file.problem(
                    (key, i, "id"), f'the id "{item["id"]}" is reserved (site pages and folders: {names})'
                )
            elif item["id"] in seen:
                self.file.problem((key, i, "id"), f'duplicate id "{item["id"]}" (also {key}[{seen[item["id"]]}])')
            seen.setdefault(item["id"], i)
        return list(seen)

    def url(self, value: str, path: FieldPath, schemes: tuple[str, ...] = ("https",)) -> str:
        problem = address_problem(str(value), schemes)
        if problem:
            self.file.problem(path, problem)
        return value

    def choice(self, value: object, allowed: tuple[Choice, ...], path: FieldPath) -> Choice:
        """One of `allowed` (the code picks by it), whatever the schema says."""
        for choice in allowed:
            if choice == value:
                return choice
        self.file.problem(path, f'unknown value "{printable(str(value))}"; expected one of: {", ".join(allowed)}')
        return allowed[0]

    def refs(
        self, ids: Iterable[str], known: list[str] | None, path: FieldPath, what: str, itself: str | None = None
    ) -> tuple[str, ...]:
        """Check that each of `ids` names an entry of `known`, other than the entry `itself` that holds them."""
        found = tuple(self.ref(ref, known, (*path, i), what) for i, ref in enumerate(ids))
        for i, ref in enumerate(found):
            if ref == itself:
                self.file.problem((*path, i), f'a {what} cannot name itself ("{ref}")')
        return found

    def ref(self, value: str, known: list[str] | None, path: FieldPath, what: str) -> str:
        """Check that `value` names an entry of `known` (skipped when that file is broken)."""
        if known is not None and value not in known:
            self.file.problem(path, f'unknown {what} "{value}"; known: {", ".join(known)}')
        return value


def read_verbs(r: FileReader) -> tuple[Verb, ...]:
    items = r.file.value["verbs"]
    known = r.unique_ids(items, "verbs")
    return tuple(
        Verb(
            v["id"],
            r.text(v["label"], ("verbs", i, "label")),
            r.text(v["text"], ("verbs", i, "text")),
            r.texts(v["points"], ("verbs", i, "points")),
            r.refs(v.get("builds_on", ()), known, ("verbs", i, "builds_on"), "verb", itself=v["id"]),
        )
        for i, v in enumerate(items)
    )


def read_moments(r: FileReader) -> tuple[KeyMoment, ...]:
    items = r.file.value["moments"]
    r.unique_ids(items, "moments")
    if items and items[0].get("same_moment_as_previous"):
        r.file.problem(
            ("moments", 0, "same_moment_as_previous"), "the first step has no step before it to share a moment with"
        )
    return tuple(
        KeyMoment(
            m["id"],
            r.text(m["label"], ("moments", i, "label")),
            r.text(m["text"], ("moments", i, "text")),
            r.optional_text(m, "connector", ("moments", i)),
            r.choice(m.get("join", "colon"), MOMENT_JOINS, ("moments", i, "join")),
            bool(m.get("same_moment_as_previous", False)),
        )
        for i, m in enumerate(items)
    )


def read_roles(r: FileReader) -> tuple[Role, ...]:
    items = r.file.value["roles"]
    known = r.unique_ids(items, "roles")
    return tuple(
        Role(
            x["id"],
            r.text(x["label"], ("roles", i, "label")),
            r.refs(x.get("see_also", ()), known, ("roles", i, "see_also"), "role", itself=x["id"]),
        )
        for i, x in enumerate(items)
    )


def read_actors(r: FileReader, role_ids: list[str] | None) -> tuple[Actor, ...]:
    items = r.file.value["actors"]
    r.unique_ids(items, "actors")
    return tuple(
        Actor(
            a["id"],
            r.text(a["label"], ("actors", i, "label")),
            r.refs(a["roles"], role_ids, ("actors", i, "roles"), "role"),
            r.optional_text(a, "label_note", ("actors", i)),
            bool(a.get("reconstructed", False)),
        )
        for i, a in enumerate(items)
    )


def read_forms(r: FileReader) -> tuple[ProvisionForm, ...]:
    items = r.file.value["forms"]
    r.unique_ids(items, "forms")
    return tuple(ProvisionForm(f["id"], r.text(f["label"], ("forms", i, "label"))) for i, f in enumerate(items))


def read_provisions(r: FileReader) -> tuple[Provision, ...]:
    items, forms = r.file.value["provisions"], [f["id"] for f in r.file.value["forms"]]
    r.unique_ids(items, "provisions")
    return tuple(_provision(r, p, ("provisions", i), forms) for i, p in enumerate(items))


def _provision(r: FileReader, p: dict[str, Any], path: FieldPath, forms: list[str]) -> Provision:
    details = None
    if "details" in p:
        d = p["details"]
        details = Details(
            r.text(d["intro"], (*path, "details", "intro")), r.texts(d["items"], (*path, "details", "items"))
        )
    form = r.ref(p["form"], forms, (*path, "form"), "form")
    return Provision(p["id"], form, r.text(p["label"], (*path, "label")), r.text(p["text"], (*path, "text")), details)


def read_references(r: FileReader) -> tuple[Reference, ...]:
    items = r.file.value["references"]
    r.unique_ids(items, "references")
    for i, x in enumerate(items):
        r.url(x["url"], ("references", i, "url"), ("https", "tel", "mailto"))
    return tuple(
        Reference(
            x["id"],
            r.choice(x["kind"], REFERENCE_KINDS, ("references", i, "kind")),
            r.text(x["label"], ("references", i, "label")),
            r.text(x["text"], ("references", i, "text")),
            x["url"],
            x.get("year"),
            r.optional_text(x, "addition", ("references", i)),
        )
        for i, x in enumerate(items)
    )


def read_key_words(r: FileReader) -> tuple[KeyWord, ...]:
    items = r.file.value["key_words"]
    r.unique_ids(items, "key_words")
    return tuple(
        KeyWord(k["id"], _unbroken(r.text(k["label"], ("key_words", i, "label")))) for i, k in enumerate(items)
    )


def _unbroken(text: Text) -> Text:
    """A key word never breaks across lines (« Aller vers »), in any language."""
    words = {lang: keep_together(value) for lang, value in text.items()}
    return Text.of(words, text.key, text.where, text.pending, text.outdated, written=text.written)


# What each field of publication.yml names, for the message of a release that finds it empty.
LCEN = "LCEN, law no. 2004-575 of 21 June 2004"
PUBLICATION_FIELDS = {
    "publisher": f"the site's publisher ({LCEN})",
    "director": f"its director of publication ({LCEN})",
    "host": f"its host's name ({LCEN})",
    "host_address": f"its host's address ({LCEN})",
    "host_phone": f"its host's telephone number ({LCEN})",
    "contact_email": "an address where readers write without an account",
    "onpe_permission": "how the ONPE's permission to reproduce its leaflet and its translations was confirmed",
}


def read_publication(r: FileReader) -> Publication:
    """Who publishes this deployment. Empty in the repository; a release refuses any field empty."""
    value = r.file.value
    for key, what in PUBLICATION_FIELDS.items() if r.release else ():
        if not value[key].strip():
            r.file.problem((key,), f"empty: a release build refuses it; the deployment fills in {what}")
    for key in PUBLICATION_FIELDS:  # filled into hand-written pages as Markdown: words only
        for problem in _publication_problems(key, value[key].strip()):
            r.file.problem((key,), problem)
    return Publication(**{key: value[key].strip() for key in PUBLICATION_FIELDS})


def _publication_problems(key: str, value: str) -> list[str]:
    if key == "contact_email":
        return [] if not value or EMAIL.fullmatch(value) else ['expected an address such as "contact@example.org"']
    return markup_problems(value, True, lambda href: f'link to "{href}": write the words only, no link', label=False)
