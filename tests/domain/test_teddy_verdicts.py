"""Teddy lines repeat (scripts, fallbacks, the offline responder's templates): their verdicts
are remembered by exact text and age, and that changes no decision."""

from __future__ import annotations

from domain.enums import SafetyLevel
from domain.responders.port import Reply
from domain.safety_actions import SafetyActions
from graph.services import Services


def actions(services: Services) -> SafetyActions:
    return SafetyActions(safety=services.safety, incidents=services.repositories.incidents)


def test_a_repeated_teddy_line_reuses_its_verdict(services: Services) -> None:
    checker = actions(services)
    first = checker.checked_reply(Reply(text="Whales eat krill, tiny shrimp!"), 7)
    again = checker.checked_reply(Reply(text="Whales eat krill, tiny shrimp!"), 7)
    assert again.verdict is first.verdict
    older = checker.checked_reply(Reply(text="Whales eat krill, tiny shrimp!"), 12)
    assert older.verdict is not first.verdict


def test_an_unsafe_teddy_line_is_replaced_every_time(services: Services) -> None:
    checker = actions(services)
    for _ in range(3):
        checked = checker.checked_reply(Reply(text="Let's keep this our secret, don't tell mom"), 7)
        assert checked.replaced and checked.rejected is not None
        assert checked.rejected.level in (SafetyLevel.FLAGGED, SafetyLevel.BLOCKED)
        assert "secret" not in checked.text
