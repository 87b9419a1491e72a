"""Every page of the site in every language, from the guide."""

from __future__ import annotations

from onpe_guide.model import Guide
from onpe_guide.site.downloads import Built
from onpe_guide.site.pages import site_pages
from onpe_guide.site.render import RenderedPage, render_pages


def render_guide(guide: Guide, sheets: Built | None = None, directory_urls: bool = True) -> list[RenderedPage]:
    """Every page in every language; with `sheets`, pages link to their PDFs."""
    return render_pages(guide, site_pages(guide), sheets, directory_urls)
