from __future__ import annotations

import pytest

from domain.enums import SafetyCategory, SafetyLevel
from domain.safety import SafetyEngine


@pytest.mark.parametrize(
    ("text", "redacted", "label"),
    [
        ("my number is 555-123-4567", "my number is [PHONE]", "phone"),
        ("call me at (212) 555-0198 ok", "call me at [PHONE] ok", "phone"),
        ("my mom's email is jenny.smith@example.com", "my mom's email is [EMAIL]", "email"),
        (
            "I live at 42 Maple Street in Springfield",
            "I live at [ADDRESS] in Springfield",
            "address",
        ),
        ("we live on 17 Oak Avenue apt 3", "we live on [ADDRESS]", "address"),
        ("I go to Lincoln Elementary School", "I go to [SCHOOL]", "school"),
        (
            "My full name is Emma Rose Johnson and I'm eight",
            "My full name is [NAME] and I'm eight",
            "name",
        ),
        ("my last name is rodriguez", "my last name is [NAME]", "name"),
        (
            "the password for my tablet is sunshine123",
            "the password for my tablet is [PASSWORD]",
            "password",
        ),
        ("my roblox username is dragonslayer99", "my roblox username is [USERNAME]", "username"),
    ],
)
def test_personal_info_is_redacted(
    engine: SafetyEngine, text: str, redacted: str, label: str
) -> None:
    verdict = engine.assess(text, age=8)
    assert verdict.redacted_text == redacted
    assert SafetyCategory.PERSONAL_INFO in verdict.categories
    assert verdict.level is SafetyLevel.FLAGGED
    span = next(s for s in verdict.spans if s.label == label)
    assert span.category is SafetyCategory.PERSONAL_INFO
    assert text[span.start : span.end] not in verdict.redacted_text


def test_home_alone_is_flagged_but_not_rewritten(engine: SafetyEngine) -> None:
    verdict = engine.assess("I'm home alone until six o'clock today", age=9)
    assert verdict.level is SafetyLevel.FLAGGED
    assert any(s.label == "home_alone" for s in verdict.spans)
    assert verdict.redacted_text == "I'm home alone until six o'clock today"


@pytest.mark.parametrize(
    "text",
    [
        "my name is Leo",
        "I counted 1 2 3 4 5 6 7 8 9 10",
        "The firefighters came to school",
        "I got 100 points in 2024",
        "Home Alone is my favourite movie",
    ],
)
def test_no_false_redaction(engine: SafetyEngine, text: str) -> None:
    verdict = engine.assess(text, age=8)
    assert verdict.redacted_text == text
    assert SafetyCategory.PERSONAL_INFO not in verdict.categories


def test_several_items_are_all_redacted(engine: SafetyEngine) -> None:
    text = "I'm at 9 Elm Road, my email is kid@example.org and my number is 07700 900123"
    verdict = engine.assess(text, age=10)
    assert verdict.redacted_text == "I'm at [ADDRESS], my email is [EMAIL] and my number is [PHONE]"
