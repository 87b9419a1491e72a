"""Screenshots for a reviewer: one page of each kind, in every language, on a phone and a desk.

`make screenshots` builds the site (with its PDFs, as published) and writes
`build/screenshots/<lang>/<kind>-<width>.png`: the phone widths (320 and 390 px) as whole pages,
the desk (1280 px) as its first two screens. The system Chromium, through Playwright: never a
downloaded browser. Prints, per shot, the page's width when it is wider than the screen.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from playwright.sync_api import Page, sync_playwright
from tests.browser import CHROMIUM_ARGS, chromium_path

from onpe_guide.preview import serve

ROOT = Path(__file__).resolve().parents[2]
# One page of each kind, by its address in the default language.
KINDS = {
    "home": "",
    "verbs": "verbes/",
    "verb": "verbes/securiser/",
    "moments": "moments/",
    "moment": "moments/gerer-l-urgence/",
    "actors": "acteurs/",
    "actor": "acteurs/acteurs-de-sante/",
    "role": "roles/reperer/",
    "provision": "dispositifs/dispositifs-hors-les-murs/",
    "references": "references/",
    "kit": "kit-du-formateur/",
    "plan": "plan-de-seance/",
    "exercises": "exercices/",
    "glossary": "glossaire/",
    "about": "a-propos/",
    "missing": "cette-page-n-existe-pas/",
}
LANGUAGES = {"fr": "", "en": "en/", "es": "es/"}
PHONES = (320, 390)
DESK = 1280


def shoot(page: Page, url: str, target: Path, full_page: bool) -> str | None:
    """One screenshot; returns a warning when the page is wider than the screen."""
    page.goto(url, wait_until="networkidle")
    target.parent.mkdir(parents=True, exist_ok=True)
    if full_page:
        page.screenshot(path=str(target), full_page=True)
    else:
        height = page.viewport_size["height"] if page.viewport_size else 800
        page.screenshot(path=str(target), clip={"x": 0, "y": 0, "width": DESK, "height": 2 * height})
    wide = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    return f"{target.relative_to(ROOT)}: {wide} px wider than the screen" if wide > 0 else None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--site", type=Path, default=ROOT / "site", help="the built site (default: site/)")
    parser.add_argument("--out", type=Path, default=ROOT / "build" / "screenshots")
    parser.add_argument("--kind", action="append", choices=sorted(KINDS), help="only these kinds of page")
    args = parser.parse_args()
    kinds = {k: v for k, v in KINDS.items() if not args.kind or k in args.kind}
    warnings: list[str] = []
    count = 0
    with serve(args.site) as base, sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS)
        for width in (*PHONES, DESK):
            context = chromium.new_context(viewport={"width": width, "height": 800 if width == DESK else 740})
            page = context.new_page()
            for lang, root in LANGUAGES.items():
                for kind, path in kinds.items():
                    target = args.out / lang / f"{kind}-{width}.png"
                    warning = shoot(page, base + root + path, target, full_page=width != DESK)
                    warnings += [warning] if warning else []
                    count += 1
            context.close()
        chromium.close()
    print(f"{count} screenshots in {args.out}")
    print("\n".join(warnings))
    return 1 if warnings else 0


if __name__ == "__main__":
    sys.exit(main())
