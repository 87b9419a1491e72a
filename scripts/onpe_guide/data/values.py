"""Values the code builds on, checked here whatever the schemas say: a pull request can relax a
schema in the same change (an id `../../../tmp/x` then wrote files outside the repository, a
`javascript:` quick exit went through). Ids, language tags and names, and addresses, parsed:
scheme, host and the characters of the path, so that an address cannot close the Markdown link
it is written into (`)`) nor open another (`[`)."""

from __future__ import annotations

import re
import unicodedata
from urllib.parse import urlsplit

from onpe_guide.data.markup import url_problem
from onpe_guide.errors import printable

ID = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
ID_WORDS = "a kebab-case id (a-z, 0-9, words joined by -)"
# A BCP 47 tag as the site can use it for a folder and a file suffix: a language (de), with a
# script (sr-Latn) and/or a region (pt-BR, es-419).
LANGUAGE_TAG = re.compile(r"[a-z]{2,3}(?:-[A-Z][a-z]{3})?(?:-(?:[A-Z]{2}|[0-9]{3}))?")
NAME_PUNCTUATION = frozenset(" -’'.()")
HOST = re.compile(r"(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}")
# RFC 3986's unreserved characters, percent escapes and the delimiters that cannot end a Markdown
# link: no ( ) [ ] ' * (write %28 %29 %5B %5D %27 %2A).
URL_TAIL = re.compile(r"[A-Za-z0-9\-._~%!$&+,;=:@/?#]*")
EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
TELEPHONE = re.compile(r"\+?[0-9]{2,15}")


def id_problem(value: str) -> str | None:
    return None if ID.fullmatch(value) else f'expected {ID_WORDS}, found "{printable(value)}"'


def language_tag_problem(code: str) -> str | None:
    if LANGUAGE_TAG.fullmatch(code):
        return None
    return f'expected a language tag such as "de" or "pt-BR" (BCP 47: language, region), found "{printable(code)}"'


def name_problem(name: str) -> str | None:
    """A language's name is written into interface.yml and mkdocs.yml and shown on every page and
    sheet: one line of letters (any script), spaces and - ’ ' . ( ), starting with a letter; no markup."""
    letters_only = all(unicodedata.category(c)[0] in "LM" or c in NAME_PUNCTUATION for c in name)
    if not (name and unicodedata.category(name[0])[0] == "L" and letters_only and len(name) <= 40):
        return (
            f'expected a language name such as "Deutsch" (letters, spaces, - ’ . ( ), at most 40), '
            f'found "{printable(name)}"'
        )
    return None


def address_problem(url: str, schemes: tuple[str, ...]) -> str | None:
    """Why `url` is not an address the site may link to: one of `schemes`; https to a host by
    name, with a path of plain characters; tel: digits; mailto: one address."""
    unsafe = url_problem(url)
    if unsafe:
        return unsafe.replace("link to", "address")
    scheme, _, rest = url.partition(":")
    if scheme not in schemes or urlsplit(url).scheme != scheme:
        return f'address "{url}": expected {" or ".join(f"{s}:" for s in schemes)}'
    problem = {"https": _https_problem, "tel": _telephone_problem, "mailto": _mail_problem}[scheme](rest)
    return f'address "{url}": {problem}' if problem else None


def _https_problem(rest: str) -> str | None:
    parts = re.fullmatch(r"//([^/?#]*)(.*)", rest, re.DOTALL)
    if not (parts and HOST.fullmatch(parts[1])):
        return 'expected https:// and a host name such as "www.onpe.gouv.fr"'
    if not URL_TAIL.fullmatch(parts[2]):
        return "write ( ) [ ] ' * in an address as %28 %29 %5B %5D %27 %2A"
    return None


def _telephone_problem(rest: str) -> str | None:
    return None if TELEPHONE.fullmatch(rest) else 'expected tel: and digits, such as "tel:119"'


def _mail_problem(rest: str) -> str | None:
    return None if EMAIL.fullmatch(rest) else 'expected mailto: and one address, such as "mailto:contact@example.org"'
