"""The trainer's kit's own pages: the session plan and the words to use (the exercises have theirs).
Each renders the outline its sheet prints, and offers the sheet."""

from __future__ import annotations

from onpe_guide.outline.blocks import Download
from onpe_guide.outline.kit import glossary_outline, plan_outline
from onpe_guide.site.markdown import page
from onpe_guide.site.render import Ctx
from onpe_guide.urls import GLOSSARY_SHEET, KIT, PLAN_SHEET


def plan_page(c: Ctx) -> str:
    kit = c.link(KIT, c.ui("kit_title"))
    return page(c, c.ui("plan_title"), *plan_outline(c), Download(PLAN_SHEET, key="download_sheet"), kit)


def glossary_page(c: Ctx) -> str:
    kit = c.link(KIT, c.ui("kit_title"))
    return page(c, c.ui("glossary_title"), *glossary_outline(c), Download(GLOSSARY_SHEET, key="download_sheet"), kit)
