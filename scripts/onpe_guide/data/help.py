"""data/help.yml: the help box (the 119, the emergency numbers, outside France) and its sources."""

from __future__ import annotations

import re

from onpe_guide.additions import Help, HelpGroup, HelpLine
from onpe_guide.data.readers import FileReader

# What a number's address may be: a call or a text message to digits (the schema says so too; a
# relaxed schema must not let `javascript:` through, so it is checked here as well).
NUMBER_URL = re.compile(r"(tel|sms):[0-9]{2,10}")


def read_help(r: FileReader, reference_ids: list[str] | None) -> Help:
    value = r.file.value
    groups = value["groups"]
    r.unique_ids(groups, "groups")
    ids = [line["id"] for group in groups for line in group["lines"]]
    for duplicate in sorted({i for i in ids if ids.count(i) > 1}):
        r.file.problem(("groups",), f'duplicate line id "{duplicate}"')
    return Help(
        tuple(_group(r, g, i) for i, g in enumerate(groups)),
        r.refs(value["sources"], reference_ids, ("sources",), "reference"),
    )


def _group(r: FileReader, group: dict[str, object], i: int) -> HelpGroup:
    path = ("groups", i)
    lines = group["lines"]
    assert isinstance(lines, list)
    return HelpGroup(
        str(group["id"]),
        r.text(group["title"], (*path, "title")),  # type: ignore[arg-type]
        tuple(_line(r, line, (*path, "lines", j)) for j, line in enumerate(lines)),
    )


def _line(r: FileReader, line: dict[str, object], path: tuple[str | int, ...]) -> HelpLine:
    url = str(line["url"])
    if not NUMBER_URL.fullmatch(url):
        r.file.problem((*path, "url"), f'expected tel: or sms: and digits, such as "tel:119", found "{url[:40]}"')
    return HelpLine(
        str(line["id"]),
        str(line["number"]),
        url,
        r.text(line["label"], (*path, "label")),  # type: ignore[arg-type]
        r.text(line["text"], (*path, "text")),  # type: ignore[arg-type]
    )
