"""What a rule returns: a measured, explained verdict on one criterion (no points yet)."""

from __future__ import annotations

from dataclasses import dataclass
from dataclasses import field
from enum import StrEnum


class Status(StrEnum):
    """How a criterion fares."""

    PASS = "pass"
    PARTIAL = "partial"
    FAIL = "fail"
    UNKNOWN = "unknown"


# Plain frozen dataclasses, not pydantic models: they never cross a process or the wire,
# and every field is set by our own rules, so there is nothing to validate.
@dataclass(frozen=True, slots=True)
class Message:
    """A message id (English text with {placeholders}) and its values, translated late.

    A message with a ``plural`` is a gettext plural message: the number ``params["n"]``
    chooses the form (``nmsg``). ``more`` holds whole sentences that follow this one.
    """

    id: str
    params: dict[str, str | int | float] = field(default_factory=dict)
    plural: str | None = None
    more: tuple[Message, ...] = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class Finding:
    """A rule's verdict: the share of the criterion earned and the share it could not check."""

    earned: float  # 0..1 of the criterion's weight, from facts the page shows
    unchecked: float = 0.0  # 0..1 of the weight that depends on unknown facts
    value: int | float | bool | str | None = None  # the raw measured value
    measured: Message  # the measured value, said for a person ("12 skills")
    advice: Message  # one actionable sentence (or praise when passed)

    @property
    def status(self) -> Status:
        """pass / partial / fail / unknown, from what was earned and what was unchecked."""
        if self.unchecked >= 1.0:
            return Status.UNKNOWN
        if self.earned >= 1.0:
            return Status.PASS
        return Status.PARTIAL if self.earned > 0 else Status.FAIL


def N_(text: str) -> str:
    """Mark a constant for extraction to the message catalog and return it unchanged.

    Titles and thresholds are module constants, translated later where the language is
    known (``i18n.gettext``); this no-op lets ``scripts/extract_messages.py`` find them.
    """
    return text


def msg(text: str, **params: str | int | float) -> Message:
    """Shorthand for a Message (its text is the English msgid, extracted for translation)."""
    return Message(id=text, params=params)


def nmsg(singular: str, plural: str, n: int | float, **params: str | int | float) -> Message:
    """A plural message: ``n`` (also the ``{n}`` placeholder) picks the language's form.

    Both English texts are extracted as one gettext plural entry (``msgid_plural``).
    """
    return Message(id=singular, params={"n": n, **params}, plural=plural)


def sentences(first: Message, *rest: Message) -> Message:
    """Whole sentences said one after the other (each translated on its own)."""
    return Message(id=first.id, params=first.params, plural=first.plural, more=(*first.more, *rest))
