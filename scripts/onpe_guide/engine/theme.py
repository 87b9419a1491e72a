"""What the page templates in `overrides/` (Material's, extended) show around each page, and the
shapes of static-i18n's alternates: Python decides, templates present."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, MutableMapping
from typing import Any
from urllib.parse import urljoin, urlsplit

from markupsafe import Markup

from onpe_guide.model import Guide
from onpe_guide.urls import ABOUT, ACCESSIBILITY, LEGAL, PRIVACY, edit_path, language_root, page_address

# The scripts a page may ask for in its front matter (`scripts: [exercises]`), by name: only these
# files of the site's, whatever a front matter says (a hand-written page's included).
PAGE_SCRIPTS = {"exercises": "assets/javascripts/exercises.js"}


def site_description(guide: Guide, lang: str) -> str:
    """The page description search engines show: the introduction's first sentence."""
    first, _, _ = guide.introduction[lang].partition(". ")
    return first.rstrip(".") + "."


def switcher(alternates: Iterable[Mapping[str, Any]], site_path: str = "/") -> list[dict[str, str]]:
    """The language switcher: each language's name and its link, from the site's root, so that the
    template can make it relative (static-i18n gives the home page's as "/en/": not from file://)."""

    def from_root(link: str) -> str:
        return (link.removeprefix(site_path) if link.startswith("/") else link) or "."

    return [{"name": a["name"], "lang": a["lang"], "link": from_root(a["link"])} for a in alternates if a.get("lang")]


def page_scripts(meta: object) -> list[str]:
    """The site's scripts a page asks for (`scripts` in its front matter), as files of the site's:
    names it does not know are left out."""
    names = meta if isinstance(meta, list) else []
    return [PAGE_SCRIPTS[name] for name in names if isinstance(name, str) and name in PAGE_SCRIPTS]


def page_notices(guide: Guide, page: str, lang: str, meta: object) -> list[str]:
    """What a page's reader must know of its translation: "pending" (some French still to
    translate) and/or "outdated" (translated from an older French). Generated pages say it in
    their front matter (`translation`); hand-written pages are tracked in `guide.pages`."""
    text = guide.pages.get(page)
    if text is not None:
        return [state for state, langs in (("pending", text.pending), ("outdated", text.outdated)) if lang in langs]
    return [state for state in meta if state in ("pending", "outdated")] if isinstance(meta, list) else []


def language_strings(guide: Guide, lang: str, directory_urls: bool = True) -> dict[str, Any]:
    """What the templates print around every page of `lang`, whatever the page: the same for all
    of them (`ThemeStrings` keeps it). `directory_urls`: False in the offline bundle, whose pages
    are `.html` files."""
    root = language_root(guide, lang)
    dossier = guide.dossier
    return {
        "lang": lang,
        "language_root": f"/{root}" if root else "",  # appended to Material's `base`: "../.." + "/en/"
        "credit": guide.strings["source_credit"][lang],
        "online": guide.strings["online_label"][lang],
        "dossier": {"label": dossier.label[lang], "url": dossier.url},
        # What the tags « ajout du site », « intitulé reconstitué » mean, and where the list is.
        "marks": _marks_legend(guide, lang, root + page_address(ABOUT, directory_urls)),
        "exit": {
            "label": guide.strings["quick_exit"][lang],
            "hint": guide.strings["quick_exit_hint"][lang],
            "press_two": guide.strings["quick_exit_press_two"][lang],  # read out after one Shift
            "press_one": guide.strings["quick_exit_press_one"][lang],
            "url": guide.quick_exit_url,
        },
        "footer": {"label": guide.strings["footer_label"][lang], "links": _footer_links(guide, lang, directory_urls)},
        "breadcrumb": guide.strings["breadcrumb_label"][lang],
    }


def page_strings(
    guide: Guide,
    lang: str,
    alternates: Iterable[Mapping[str, Any]],
    site_path: str = "/",
    translation: Iterable[str] = (),
    *,
    directory_urls: bool = True,
    shared: Mapping[str, Any] | None = None,
) -> dict[str, Any]:
    """Everything the templates print around a page, in `lang`; `site_path` is where the site lives;
    `translation`: what the page's reader must know of its translation (see `page_notices`);
    `shared`: `language_strings`, if already made."""
    languages = switcher(alternates, site_path)
    return {
        **(shared if shared is not None else language_strings(guide, lang, directory_urls)),
        "notice": _translation_notice(guide, lang, languages),
        "warnings": [
            guide.strings[f"translation_{state}"][lang] for state in translation if lang != guide.default_language
        ],
        "switcher": languages,
    }


def not_found_strings(guide: Guide, lang: str, directory_urls: bool = True) -> dict[str, Any]:
    """404.html's strings: a page's, the home pages as its switcher, and its explanation."""
    return {
        **page_strings(guide, lang, home_alternates(guide), directory_urls=directory_urls),
        "not_found": not_found(guide, lang),
        "homes": {language.code: guide.strings["not_found_home"][language.code] for language in guide.languages},
    }


class ThemeStrings:
    """The templates' strings for one guide: each language's shared part made once, not once per
    page (nor the 404 page's explanation on every page, as before)."""

    def __init__(self, guide: Guide, directory_urls: bool) -> None:
        self.guide, self.directory_urls = guide, directory_urls
        self.shared: dict[str, dict[str, Any]] = {}

    def language(self, lang: str) -> dict[str, Any]:
        if lang not in self.shared:
            self.shared[lang] = language_strings(self.guide, lang, self.directory_urls)
        return self.shared[lang]

    def template(self, lang: str, template_name: str) -> dict[str, Any]:
        """`guide_ui` for a template without a page (404.html, sitemap.xml)."""
        if template_name == "404.html":
            return not_found_strings(self.guide, lang, self.directory_urls)
        return page_strings(self.guide, lang, [], directory_urls=self.directory_urls, shared=self.language(lang))

    def page(
        self,
        lang: str,
        page: str,
        *,
        meta: Mapping[str, Any],
        alternates: list[MutableMapping[str, Any]],
        site_url: str,
    ) -> dict[str, Any]:
        """`guide_ui` for one page (`page`: docs-relative, whatever its language), see `page_context`."""
        return page_context(
            self.guide,
            lang,
            page,
            meta=meta,
            alternates=alternates,
            site_url=site_url,
            offline=not self.directory_urls,
            shared=self.language(lang),
        )


def home_alternates(guide: Guide) -> list[dict[str, str]]:
    """The 404 page's alternates and language switcher: each language's home page, from the site's
    root (the page is served at any address)."""
    return [{"name": lang.name, "lang": lang.code, "link": language_root(guide, lang.code)} for lang in guide.languages]


def not_found(guide: Guide, lang: str) -> list[dict[str, str]]:
    """The 404 page's explanation: in `lang` alone, but in every language on the default language's,
    the one root 404.html GitHub Pages serves for any missing address (without JavaScript, all
    show; with it, not-found.js loads the page of the language the address names)."""
    ui = guide.strings
    shown = [language.code for language in guide.languages if lang in (guide.default_language, language.code)]
    return [
        {
            "lang": code,
            "root": language_root(guide, code),
            "title": ui["not_found_title"][code],
            "text": ui["not_found_text"][code],
            "search": ui["not_found_search"][code],
            "home": ui["not_found_home"][code],
        }
        for code in shown
    ]


def _marks_legend(guide: Guide, lang: str, url: str) -> dict[str, str]:
    """The legend's words before and after the name of the « À propos » page, which is a link."""
    before, _, after = guide.strings["marks_legend"][lang].partition("{about}")
    return {"before": before, "about": guide.strings["nav_about"][lang], "after": after, "url": url}


def _translation_notice(guide: Guide, lang: str, languages: list[dict[str, str]]) -> dict[str, str] | None:
    """On a translated page: the French version prevails, and a link to it."""
    default = guide.default_language
    if lang == default:
        return None
    french = next((a["link"] for a in languages if a["lang"] == default), ".")
    return {
        "text": guide.strings["french_prevails"][lang],
        "link_label": guide.strings["read_in_french"][lang],
        "link": french,
        "link_lang": default,
    }


def _footer_links(guide: Guide, lang: str, directory_urls: bool) -> list[dict[str, str]]:
    pages = [(ACCESSIBILITY, "footer_accessibility"), (LEGAL, "footer_legal"), (PRIVACY, "footer_privacy")]
    root = language_root(guide, lang)
    return [
        {"label": guide.strings[key][lang], "url": root + page_address(page, directory_urls)} for page, key in pages
    ]


def page_context(
    guide: Guide,
    lang: str,
    page: str,
    *,
    meta: Mapping[str, Any],
    alternates: list[MutableMapping[str, Any]],
    site_url: str,
    offline: bool,
    shared: Mapping[str, Any] | None = None,
) -> dict[str, Any]:
    """`guide_ui` for one page (`page`: docs-relative, whatever its language). The alternates that
    static-i18n gives are made absolute, as hreflang wants (the switcher keeps relative links);
    `x_default`, the page's hreflang for readers of any other language, is its French version,
    which prevails."""
    site_path = urlsplit(site_url or "/").path or "/"
    notices = page_notices(guide, page, lang, meta.get("translation"))
    context = page_strings(guide, lang, alternates, site_path, notices, directory_urls=not offline, shared=shared)
    context["offline"] = offline
    context["scripts"] = page_scripts(meta.get("scripts"))
    for alternate in alternates:
        alternate["link"] = urljoin(site_url or "", alternate["link"].lstrip("/"))
    french = [a["link"] for a in alternates if a.get("lang") == guide.default_language]
    return context | {"x_default": french[0] if french else None}


def edit_url(guide: Guide, repo_url: str, page: str, lang: str) -> str | None:
    """« Edit this page »: the file that holds this page's text, in this language."""
    return f"{repo_url.rstrip('/')}/edit/main/{edit_path(guide, page, lang)}" if repo_url else None


# Material prints titles, the site's name and the description raw (MkDocs' Jinja does not
# autoescape). The hook escapes them once, as Markup, so that the templates' own `| e` leaves
# them as they are; and never un-escapes (main.html's <title> has no `striptags`).
def escape_meta(meta: MutableMapping[str, Any], title: str | None) -> Markup | None:
    """A page's front-matter title and description escaped in place; its title, escaped."""
    for key in ("title", "description"):
        if isinstance(meta.get(key), str):
            meta[key] = Markup.escape(meta[key])
    return None if title is None else Markup.escape(title)


def site_identity(guide: Guide, lang: str) -> tuple[Markup, Markup]:
    """The site's name and description in `lang`, escaped."""
    return Markup.escape(guide.title[lang]), Markup.escape(site_description(guide, lang))
