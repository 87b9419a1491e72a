"""The guide's content as typed values: what the leaflet says, in every language."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Literal, get_args

from onpe_guide.additions import Help, HelpLine, Session
from onpe_guide.text import Text, all_texts

__all__ = ["Text", "all_texts"]  # re-exported: every stage reads texts from here, with the model

MomentJoin = Literal["colon", "comma", "none"]  # how a step's name runs into its text, as printed
ReferenceKind = Literal["dossier", "page", "contact", "source"]
MOMENT_JOINS: tuple[MomentJoin, ...] = get_args(MomentJoin)
REFERENCE_KINDS: tuple[ReferenceKind, ...] = get_args(ReferenceKind)


@dataclass(frozen=True)
class Language:
    code: str
    name: str


@dataclass(frozen=True)
class KeyWord:
    """One of the four words printed around the verbs (« Écoute », « Aller vers »…)."""

    id: str
    label: Text


@dataclass(frozen=True)
class Verb:
    """One of the « 4 verbes-clés pour accompagner »."""

    id: str
    label: Text
    text: Text
    points: tuple[Text, ...]
    builds_on: tuple[str, ...] = ()


@dataclass(frozen=True)
class KeyMoment:
    """A step of « Les temporalités ». A key moment is one step, or two printed in one block
    (`same_moment_as_previous`: « Installer la relation » and « Gérer l'urgence », held at once)."""

    id: str
    label: Text
    text: Text
    connector: Text | None = None  # the word printed before the moment: « puis », « pour »
    join: MomentJoin = "colon"
    same_moment_as_previous: bool = False

    @property
    def join_string(self) -> str:
        """The interface string that joins the step's name to its text with the leaflet's own
        punctuation (« Installer la relation : … », « … « moments de bascule », où … »)."""
        return {"colon": "labelled", "comma": "joined_comma", "none": "joined"}[self.join]


@dataclass(frozen=True)
class Role:
    """A role that one or more actors hold (« Repérer »…). `see_also`: roles worded so closely
    (« Accompagner », « Accompagner et/ou accueillir ») that a reader should see them together."""

    id: str
    label: Text
    see_also: tuple[str, ...] = ()


@dataclass(frozen=True)
class Actor:
    """A group of actors and the ids of its roles, in the leaflet's order."""

    id: str
    label: Text
    roles: tuple[str, ...]
    label_note: Text | None = None
    reconstructed: bool = False  # the label is the site's: the leaflet's text copy lost it


@dataclass(frozen=True)
class ProvisionForm:
    """A form that care can take (souples et modulables, très sécurisés…)."""

    id: str
    label: Text


@dataclass(frozen=True)
class Details:
    intro: Text
    items: tuple[Text, ...]


@dataclass(frozen=True)
class Provision:
    """A kind of provision that the thematic dossier describes."""

    id: str
    form: str
    label: Text
    text: Text
    details: Details | None = None


@dataclass(frozen=True)
class Reference:
    """An ONPE dossier or page, the ONPE contact block, or a source of the help box."""

    id: str
    kind: ReferenceKind
    label: Text
    text: Text
    url: str
    year: int | None = None
    addition: Text | None = None  # what the site adds to it (a subtitle, a date), marked so


@dataclass(frozen=True)
class Publication:
    """Who publishes and hosts a deployment (LCEN, law no. 2004-575), where to write, and how the
    ONPE's permission to reproduce its leaflet was confirmed: empty in the repository, filled in
    by each deployment; a release refuses any of them empty."""

    publisher: str = ""
    director: str = ""
    host: str = ""
    contact_email: str = ""
    host_address: str = ""
    host_phone: str = ""
    onpe_permission: str = ""


@dataclass(frozen=True)
class AvoidedTerm:
    """A word a translation must not use, in one language, and why."""

    lang: str
    term: str
    why: str


@dataclass(frozen=True)
class Term:
    """A French term of the leaflet, the words each translation prefers, and those it avoids."""

    id: str
    fr: str
    preferred: Mapping[str, tuple[str, ...]]
    avoid: tuple[AvoidedTerm, ...]
    source: str
    translation: Text  # the French term and each language's words, tracked like every translation


@dataclass(frozen=True)
class TermSource:
    """Where a term's choice comes from: a published guideline, or the site's own review."""

    id: str
    label: Text
    url: str = ""


@dataclass(frozen=True)
class Guide:
    """Everything the site shows, validated."""

    languages: tuple[Language, ...]
    strings: Mapping[str, Text]
    title: Text
    introduction: Text
    attitude: Text
    key_words: tuple[KeyWord, ...]
    verbs: tuple[Verb, ...]
    path_note: Text
    moments: tuple[KeyMoment, ...]
    roles: tuple[Role, ...]
    actors: tuple[Actor, ...]
    provisions_intro: Text
    provision_sources: tuple[str, ...]
    forms: tuple[ProvisionForm, ...]
    provisions: tuple[Provision, ...]
    references: tuple[Reference, ...]
    help: Help
    session: Session
    quick_exit_url: str
    forms_note: Text | None = None  # the link between kinds and forms is the site's classification
    publication: Publication = field(default_factory=Publication)
    terminology: tuple[Term, ...] = ()
    terminology_sources: tuple[TermSource, ...] = ()
    locations: Mapping[str, tuple[str, int]] = field(default_factory=dict)  # "verbs:adapter" -> file, line
    pages: Mapping[str, Text] = field(default_factory=dict)  # hand-written page -> its Markdown, per language

    @property
    def default_language(self) -> str:
        return self.languages[0].code

    def verb(self, verb_id: str) -> Verb:
        return next(v for v in self.verbs if v.id == verb_id)

    def role(self, role_id: str) -> Role:
        return next(r for r in self.roles if r.id == role_id)

    def form(self, form_id: str) -> ProvisionForm:
        return next(f for f in self.forms if f.id == form_id)

    def reference(self, reference_id: str) -> Reference:
        return next(r for r in self.references if r.id == reference_id)

    def actors_with_role(self, role_id: str) -> tuple[Actor, ...]:
        return tuple(a for a in self.actors if role_id in a.roles)

    def provisions_of_form(self, form_id: str) -> tuple[Provision, ...]:
        return tuple(p for p in self.provisions if p.form == form_id)

    def peers(self, actor: Actor) -> tuple[Actor, ...]:
        """The other groups that share at least one of `actor`'s roles: partners to call."""
        return tuple(a for a in self.actors if a != actor and set(a.roles) & set(actor.roles))

    @property
    def key_moments(self) -> tuple[tuple[KeyMoment, ...], ...]:
        """The key moments, in order, each with its steps (one, or two held at the same time)."""
        groups: list[list[KeyMoment]] = []
        for step in self.moments:
            if step.same_moment_as_previous and groups:
                groups[-1].append(step)
            else:
                groups.append([step])
        return tuple(tuple(group) for group in groups)

    def moment_number(self, step: KeyMoment) -> int:
        """The number (1 to 3) of the key moment a step belongs to."""
        return next(n for n, group in enumerate(self.key_moments, 1) if step in group)

    def moment_of(self, step: KeyMoment) -> tuple[KeyMoment, ...]:
        """The steps of the key moment `step` belongs to."""
        return self.key_moments[self.moment_number(step) - 1]

    def references_of(self, kind: ReferenceKind) -> tuple[Reference, ...]:
        return tuple(r for r in self.references if r.kind == kind)

    @property
    def dossier(self) -> Reference:
        """The ONPE thematic dossier (its first part): what every page and sheet credits."""
        return self.references_of("dossier")[0]

    @property
    def helpline(self) -> HelpLine:
        """The 119: the help box's first line, printed large."""
        return self.help.groups[0].lines[0]

    @property
    def translated_languages(self) -> tuple[Language, ...]:
        """Every language but the default one, whose text prevails."""
        return self.languages[1:]

    def language_name(self, code: str) -> str:
        return next(language.name for language in self.languages if language.code == code)
