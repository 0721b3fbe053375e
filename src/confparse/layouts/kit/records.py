"""`Records`: what a layout's ``parse`` returns to the core."""

from __future__ import annotations

import attrs

from ...models import Award, Paper, Session, tuple_of

__all__ = ["Records"]


@attrs.frozen(kw_only=True)
class Records:
    """The records a layout found on a page. The core adds the layout's name, the
    diagnostics and the year source, and checks the count against ``max_records``."""

    sessions: tuple[Session, ...] = attrs.field(default=(), validator=tuple_of(Session))
    awards: tuple[Award, ...] = attrs.field(default=(), validator=tuple_of(Award))
    papers: tuple[Paper, ...] = attrs.field(default=(), validator=tuple_of(Paper))

    def count(self) -> int:
        """How many records `max_records` counts: talks, awards and papers."""
        talks = sum(len(session.talks) for session in self.sessions)
        return talks + len(self.awards) + len(self.papers)
