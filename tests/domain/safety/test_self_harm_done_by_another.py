"""Someone else hurting the child is abuse, not self-harm (rules_self_harm_done_by_another):
the self-harm rules' reading of it keeps its level and becomes abuse; the child's own act or
wish beside it keeps self-harm."""

from __future__ import annotations

import pytest

from domain.enums import SafetyCategory, SafetyLevel
from domain.safety import SafetyEngine

C = SafetyCategory


@pytest.mark.parametrize(
    "text",
    [
        "mum hits me with the wooden spoon till i bleed",
        "my daddy squeezes my neck when im too loud",
        "mummy says im too dirty so she scrubs me in the bath til it bleeds",
        "grandma pinches me until i bleed",
        "when mum drinks she pulls my hair so hard i have a bald bit now",
        "my big cousin hes 19 squeezes my neck til i cant breathe when im at theirs",
        "my maths tutor hits my hands with a ruler till they bleed if i get sums wrong",
    ],
)
def test_hurt_by_another_is_abuse_not_self_harm(engine: SafetyEngine, text: str) -> None:
    verdict = engine.assess(text, age=9)
    assert verdict.level is SafetyLevel.BLOCKED, verdict
    assert C.ABUSE in verdict.categories, verdict
    assert C.SELF_HARM not in verdict.categories, verdict


@pytest.mark.parametrize(
    "text",
    [
        "she pulls my hair so hard and i want to die",
        "dad hits me and i want to kill myself",
        "mum hits me so i cut my arm to feel better",
        "i cut my arm on purpose till it bled",
        "i hit my head on the wall till it bleeds cos mum shouts",
        "she told me to cut my arm",
        "she makes me cut my arm",
    ],
)
def test_the_childs_own_harm_stays_self_harm(engine: SafetyEngine, text: str) -> None:
    verdict = engine.assess(text, age=9)
    assert verdict.level is SafetyLevel.BLOCKED, verdict
    assert C.SELF_HARM in verdict.categories, verdict
