"""What the site adds to the leaflet for its readers and trainers, as typed values: the help box
(who to call) and the session plan. Marked as additions wherever they are shown."""

from __future__ import annotations

from dataclasses import dataclass

from onpe_guide.text import Text


@dataclass(frozen=True)
class HelpLine:
    """A number to call (or text): the 119, 17, 112, 114, 116 111."""

    id: str
    number: str
    url: str  # tel: or sms:
    label: Text
    text: Text


@dataclass(frozen=True)
class HelpGroup:
    """A situation (« Danger immédiat, en France ») and the numbers for it."""

    id: str
    title: Text
    lines: tuple[HelpLine, ...]


@dataclass(frozen=True)
class Help:
    """The help box: the site's addition, with the references it is sourced from."""

    groups: tuple[HelpGroup, ...]
    sources: tuple[str, ...]


@dataclass(frozen=True)
class SessionStep:
    """A step of a session: its suggested time (the site's proposal), what it is, what the trainer
    does, and the kit's documents it uses (by id)."""

    minutes: int
    title: Text
    text: Text
    uses: tuple[str, ...]


@dataclass(frozen=True)
class SessionPlan:
    id: str
    title: Text
    steps: tuple[SessionStep, ...]

    @property
    def minutes(self) -> int:
        return sum(step.minutes for step in self.steps)


@dataclass(frozen=True)
class Session:
    """The trainer's session plan: a proposal, a note of care, and the sessions proposed."""

    intro: Text
    care: Text
    plans: tuple[SessionPlan, ...]
