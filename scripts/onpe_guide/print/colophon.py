"""What every sheet and booklet says besides its text: the 119 (called from France), the source
and its address, the page's address with its QR code, the edition as a plain date, the language,
the « French version prevails » notice on translations; and the commit, for the PDF's metadata
only (a hash means nothing on paper). Every word comes from data/."""

from __future__ import annotations

from dataclasses import dataclass

import segno

from onpe_guide.edition import Edition
from onpe_guide.model import Guide, all_texts
from onpe_guide.outline.blocks import HelpBox
from onpe_guide.outline.help import help_outline
from onpe_guide.print.sheets import SheetWriter, inline


@dataclass(frozen=True)
class Colophon:
    """The template's `meta`: everything a sheet or booklet prints around its text. Its texts are
    HTML-safe; `author`, `version` and the addresses are as written (the templates escape them)."""

    site_title: str
    author: str
    credit: str
    dossier_url: str
    url: str | None  # the page's address online; None: no QR code
    qr: str | None  # the QR code as inline SVG, its <title> the address (the PDF's text alternative)
    online: str
    edition: str  # « Édition du 29 novembre 2026 · Français »
    version: str  # the commit: PDF metadata only
    created: str
    notice: str | None  # « the French version prevails », on translations
    notes: str
    territory: tuple[str, str, str]  # « Sur mon territoire », « Contact », « Téléphone »
    help: HelpBox  # the 119 large, then 17, 112, 114 and outside France, in one line each
    marks: str  # what the tags « ajout du site », « intitulé reconstitué » mean, and where the list is
    untranslated: str | None


def plain_date(guide: Guide, lang: str, iso: str) -> str:
    """ "2026-11-29" as « 29 novembre 2026 », in `lang`, with the words of data/interface.yml."""
    year, month, day = (int(part) for part in iso.split("-"))
    ui = guide.strings
    months = ui["month_names"][lang].split()
    shown_day = ui["first_day"][lang] if day == 1 else str(day)
    return ui["date_format"][lang].format(day=shown_day, month=months[month - 1], year=year)


def colophon(guide: Guide, lang: str, url: str | None, ed: Edition) -> Colophon:
    s = SheetWriter(guide, lang)
    return Colophon(
        site_title=inline(guide.title[lang]),  # for the PDF title: never marked
        author=guide.strings["sheet_author"][lang],  # this project; the ONPE is credited, not the author
        credit=s.ui("source_credit"),
        dossier_url=guide.dossier.url,
        url=url,
        qr=segno.make(url, error="m").svg_inline(scale=4, border=0, title=url) if url else None,
        online=s.ui("online_label"),
        edition=s.ui(  # values go into the string as markup: these two are data's plain text
            "edition", date=inline(plain_date(guide, lang, ed.date)), language=inline(guide.language_name(lang))
        ),
        version=ed.version,
        created=ed.created,
        notice=None if lang == guide.default_language else s.ui("french_prevails"),
        notes=s.ui("notes_title"),
        territory=(s.ui("territory_title"), s.ui("territory_contact"), s.ui("territory_phone")),
        help=help_outline(s),
        marks=s.ui("marks_legend", about=s.ui("nav_about")),
        untranslated=_untranslated_note(guide, lang),
    )


def _untranslated_note(guide: Guide, lang: str) -> str | None:
    """The foot's key to the marks of texts still to translate, when the language has any."""
    if not any(lang in text.pending for text in all_texts(guide)):
        return None
    return f"{guide.default_language.upper()} {inline(guide.strings['untranslated_mark'][lang])}"
