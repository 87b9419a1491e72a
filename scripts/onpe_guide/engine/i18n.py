"""What the hook reads of mkdocs-static-i18n (1.3.1), none of it documented as stable: each
function says which attribute it relies on. MAINTAINING.md lists them; tests fail when one moves."""

from __future__ import annotations

from typing import Any


def plugin(config: Any) -> Any:
    return config.plugins.get("i18n")


def current_language(config: Any, default: str) -> str:
    """The language being built: the plugin's `current_language`, or `default` outside a build."""
    return getattr(plugin(config), "current_language", None) or default


def is_inner_build(config: Any) -> bool:
    """static-i18n builds each language in an inner build (`building`); the outer one comes last."""
    return bool(getattr(plugin(config), "building", False))


def configured_languages(config: Any) -> list[str]:
    """The languages of mkdocs.yml's `plugins.i18n.languages`, in order."""
    i18n = plugin(config)
    return [lang.locale for lang in i18n.config.languages] if i18n else []


def page_alternates(config: Any) -> list[Any]:
    """The page's alternates: static-i18n sets `extra.alternate` as an attribute (what templates
    read), not as a key, for each page."""
    alternates: list[Any] = getattr(config.extra, "alternate", None) or config.extra.get("alternate", [])
    return alternates


def set_alternates(config: Any, alternates: list[dict[str, str]]) -> None:
    """The alternates of a template without a page (404.html), as static-i18n sets a page's: an
    attribute of `extra`. It does not reset them there, so they would name the last page built."""
    config.extra.alternate = alternates
