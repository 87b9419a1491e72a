"""A medium's inline markup in one language: what outlines write with. The site writes Markdown
(links between pages), paper and slides write HTML (no links: the page's address is in its foot)."""

from __future__ import annotations

from abc import ABC, abstractmethod
from typing import Literal

from onpe_guide.translations.localizer import Localizer

MarkKind = Literal["addition", "reconstruction"]


class Writer(Localizer, ABC):
    """Texts of the guide in one language (`t`, `ui`, from `Localizer`) and the inline markup an
    outline needs around them."""

    @abstractmethod
    def link(self, target: str, label: str) -> str:
        """`label`, leading to a page of the site (docs-relative: `verbes/adapter.md#x`)."""

    @abstractmethod
    def external(self, label: str, url: str) -> str:
        """`label`, leading to another site (or a `tel:` number)."""

    @abstractmethod
    def address(self, url: str) -> str:
        """`url` printed after a text, where the medium cannot link; "" where `external` links."""

    @abstractmethod
    def strong(self, text: str) -> str: ...

    def in_language(self, text: str, lang: str) -> str:
        """`text`, said to be in `lang` where that is not the page's (a screen reader reads it so)."""
        return text if lang == self.lang else f'<span lang="{lang}">{text}</span>'

    @abstractmethod
    def mark(self, kind: MarkKind) -> str:
        """The mark after what the site adds to the leaflet (« ajout du site ») or reconstructs
        (« intitulé reconstitué »): a small labelled tag, seen and read aloud, the same everywhere;
        each page and sheet says what it means and where the list is (« À propos »)."""

    @abstractmethod
    def em(self, text: str) -> str: ...
