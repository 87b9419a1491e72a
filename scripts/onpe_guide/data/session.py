"""data/session.yml: the trainer's session plan, each step's documents checked against the kit's."""

from __future__ import annotations

from typing import Any

from onpe_guide.additions import Session, SessionPlan, SessionStep
from onpe_guide.data.readers import FileReader
from onpe_guide.errors import FieldPath


def read_session(r: FileReader, documents: list[str] | None) -> Session:
    """`documents`: the ids of the kit's documents (None when the data they derive from is broken)."""
    value = r.file.value
    r.unique_ids(value["plans"], "plans")
    return Session(
        r.text(value["intro"], ("intro",)),
        r.text(value["care"], ("care",)),
        tuple(_plan(r, p, ("plans", i), documents) for i, p in enumerate(value["plans"])),
    )


def _plan(r: FileReader, plan: dict[str, Any], path: FieldPath, documents: list[str] | None) -> SessionPlan:
    steps = tuple(
        SessionStep(
            int(step["minutes"]),
            r.text(step["title"], (*path, "steps", i, "title")),
            r.text(step["text"], (*path, "steps", i, "text")),
            r.refs(step["uses"], documents, (*path, "steps", i, "uses"), "document"),
        )
        for i, step in enumerate(plan["steps"])
    )
    return SessionPlan(plan["id"], r.text(plan["title"], (*path, "title")), steps)
