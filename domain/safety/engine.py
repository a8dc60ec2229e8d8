"""The safety engine: normalise -> word lists and rules -> learned toxicity -> verdict."""

from __future__ import annotations

import logging
from collections.abc import Sequence

from domain.enums import AgeGroup, SafetyCategory, SafetyLevel, Speaker
from domain.safety.findings import CRITICAL, MILD, MODERATE, SEVERE, Finding
from domain.safety.learned_vouch import vouch_for_flags
from domain.safety.lexicon import lexicon
from domain.safety.normalise import NormalisedText, normalise
from domain.safety.prefilter import prefiltered, prepare_all
from domain.safety.redaction import PersonalInfo, find_personal_info, redact
from domain.safety.risk import RiskState
from domain.safety.risk_escalation import escalate_with_conversation
from domain.safety.rules_benign_frames import TEDDY_MEDICINE_RULE
from domain.safety.rules_benign_frames_car_trip import HOME_ALONE_BEFORE
from domain.safety.rules_benign_frames_everyday import MEDICINE_MISUSE
from domain.safety.rules_benign_frames_home import TEDDY_GROWING_FACT
from domain.safety.rules_benign_frames_noticed import drop_noticed_frames, teddy_insult_condemned
from domain.safety.rules_benign_frames_play import storybook_told
from domain.safety.rules_grooming import find_grooming
from domain.safety.rules_harm import find_abuse, find_violence
from domain.safety.rules_language import find_language, names_animal
from domain.safety.rules_meaning import find_meaning
from domain.safety.rules_risky import find_risky
from domain.safety.rules_self_harm_done_by_another import hurt_by_another_as_abuse
from domain.safety.rules_sexual_content import find_sexual
from domain.safety.rules_teddy_asks_details import find_teddy_info_requests
from domain.safety.rules_wellbeing import find_wellbeing
from domain.safety.semantic import SemanticScore, SemanticStage
from domain.safety.semantic_teddy_gate import teddy_line_may_be_critical
from domain.safety.speech import tidy_speech
from domain.safety.text_speak import read_text_speak
from domain.safety.toxicity import ProfanityCheckScorer, ToxicityScorer, model_text
from domain.safety.verdict import AssessmentRequest, Span, Verdict, level_for_score

ENGINE_VERSION = "teddy-safety-1.1"
SEMANTIC_SUFFIX = "+semantic"
"""Appended to the version in verdicts the semantic stage took part in."""
MAX_ANALYSED_CHARS = 4000
"""Longer texts are analysed in full by the cheap rules but only this much by the model."""

_log = logging.getLogger(__name__)

_AGE_FACTOR = {AgeGroup.AGES_3_6: 1.15, AgeGroup.AGES_7_10: 1.0, AgeGroup.AGES_11_13: 0.9}
_TEDDY_MIN_BLOCK = frozenset(SafetyCategory) - {SafetyCategory.DISTRESS}
_ORDER = {c: i for i, c in enumerate(SafetyCategory)}
_SECOND_PERSON = prefiltered(r"\b(?:you|u|ur|you'?re|your|he|she|him|her|they|them)\b")
_HOME_ALONE_PERMITTED = prefiltered(
    r"\b(?:lets me|let me|allowed to|for (?:a few|\d+|five|ten|two) minutes|"
    r"while (?:he|she|they) (?:gets?|goes?|runs?))\b"
)


class SafetyEngine:
    def __init__(
        self,
        *,
        threshold: float = 0.7,
        toxicity: ToxicityScorer | None = None,
        semantic: SemanticStage | None = None,
    ) -> None:
        """`threshold` is the service's safety_threshold (0.7 development, 0.8 production):
        a higher value is stricter, scaling every finding's risk by threshold / 0.7 and
        lowering the toxicity probability at which the model alone flags a message.
        `semantic` is the optional learned stage (see semantic.py); without it the rules
        alone decide."""
        if not 0.0 <= threshold <= 1.0:
            raise ValueError("threshold must be between 0 and 1")
        self.threshold = threshold
        # Values below 0.5 would make the engine looser than any profile intends: clamp.
        self._strictness = max(0.5, threshold) / 0.7
        self._toxicity: ToxicityScorer = (
            toxicity if toxicity is not None else ProfanityCheckScorer()
        )
        self._semantic = semantic

    @property
    def version(self) -> str:
        """The engine version its verdicts carry: "+semantic" while that stage runs."""
        if self._semantic is None or self._semantic.failed:
            return ENGINE_VERSION
        return ENGINE_VERSION + SEMANTIC_SUFFIX

    @property
    def semantic_status(self) -> str:
        """ "enabled"; "failed, rules only" if its model could not load or run; "off"."""
        if self._semantic is None:
            return "off, rules only"
        return "failed, rules only" if self._semantic.failed else "enabled"

    def warm_up(self) -> None:
        load = getattr(self._toxicity, "load", None)
        if callable(load):
            load()
        if self._semantic is not None:
            self._semantic.load()
        lexicon()  # its phrase tables are patterns too: made now, analysed with the rest
        prepare_all()
        self.assess("warm up", age=8)
        prepare_all()  # any pattern the first assessment made, and the index again

    def assess(
        self,
        text: str,
        *,
        age: int,
        speaker: Speaker = Speaker.CHILD,
        risk: RiskState | None = None,
    ) -> Verdict:
        return self.assess_many([AssessmentRequest(text, age, speaker, risk)])[0]

    def assess_many(self, requests: Sequence[AssessmentRequest]) -> list[Verdict]:
        """Assess many messages with one batched call to the toxicity model."""
        # The same text from the same speaker is analysed once (the age, profile and
        # conversation only enter the verdict).
        seen: dict[tuple[str, bool], _Analysis] = {}
        analyses: list[_Analysis] = []
        for request in requests:
            if not isinstance(request.text, str):
                analyses.append(self._analyse(request))
                continue
            key = (request.text, request.speaker is Speaker.TEDDY)
            analysis = seen.get(key)
            if analysis is None:
                analysis = seen[key] = self._analyse(request)
            analyses.append(analysis)
        pending = [i for i, a in enumerate(analyses) if a.needs_model]
        probabilities: dict[int, float] = {}
        if pending:
            texts = [model_text(analyses[i].model_text) for i in pending]
            try:
                values = self._toxicity.scores(texts)
            except Exception:  # the model is an aid: rules still decide if it fails
                _log.exception("toxicity model failed; continuing with rules only")
                values = [0.0] * len(texts)
            for i, value in zip(pending, values, strict=False):
                probabilities[i] = _clamp(float(value))
        semantic = self._semantic_scores(requests, analyses)
        verdicts = [
            self._verdict(request, analysis, probabilities.get(i, 0.0), semantic.get(i))
            for i, (request, analysis) in enumerate(zip(requests, analyses, strict=True))
        ]
        texts = [a.model_text for a in analyses]
        return vouch_for_flags(self._semantic, requests, verdicts, semantic, texts)

    def _semantic_scores(
        self, requests: Sequence[AssessmentRequest], analyses: Sequence[_Analysis]
    ) -> dict[int, SemanticScore]:
        """One vectorised call for every message the rules have not already blocked as
        critical (only a raise to blocked can follow from the stage), except the teddy's
        lines that name no critical topic (see semantic_teddy_gate.py)."""
        if self._semantic is None or self._semantic.failed:
            return {}
        pending = [
            i
            for i, a in enumerate(analyses)
            if a.needs_model  # not empty, no finding that blocks whatever the age or profile
            and not _critical_found(a.findings)
            # A teddy line naming no critical topic (a fact, a game, a story) is the rules'.
            and (requests[i].speaker is not Speaker.TEDDY or _teddy_gate(a))
        ]
        if not pending:
            return {}
        texts = [analyses[i].model_text for i in pending]
        teddy = [requests[i].speaker is Speaker.TEDDY for i in pending]
        results = self._semantic.scores(texts, teddy)
        return {i: s for i, s in zip(pending, results, strict=True) if s is not None}

    # --- internals -----------------------------------------------------------------------

    def _analyse(self, request: AssessmentRequest) -> _Analysis:
        text = request.text if isinstance(request.text, str) else str(request.text)
        teddy = request.speaker is Speaker.TEDDY
        try:
            model_norm = normalise(text)
            # The rules read speech without its "um"s, and text-speak ("n", "w/o") as words.
            norm = tidy_speech(read_text_speak(model_norm))
            findings = _rule_findings(norm, teddy=teddy)
            personal = [] if teddy else find_personal_info(text)
        except Exception:  # never raise on content; fail closed for review
            _log.exception("safety rules failed on a message of %d characters", len(text))
            model_norm = norm = NormalisedText("", (), text)
            findings = [Finding(SafetyCategory.PROFANITY, "engine_error", MODERATE, 0, 0)]
            personal = []
        decided = any(f.risk >= CRITICAL for f in findings)
        analysis = _Analysis(
            norm,
            model_norm.text[:MAX_ANALYSED_CHARS],
            findings,
            personal,
            needs_model=not decided and bool(norm.text.strip()),
        )
        # Gate a teddy line for the semantic stage now, while the pre-filter still holds
        # this text's scan (a call after the whole batch's rules would scan it again).
        if (
            teddy
            and analysis.needs_model
            and self._semantic is not None
            and not self._semantic.failed
            and not _critical_found(findings)
        ):
            analysis.teddy_gate = teddy_line_may_be_critical(norm.text)
        return analysis

    def _verdict(
        self,
        request: AssessmentRequest,
        analysis: _Analysis,
        toxicity: float,
        semantic: SemanticScore | None = None,
    ) -> Verdict:
        age = _age(request.age)
        teddy = request.speaker is Speaker.TEDDY
        norm = analysis.norm
        findings = list(analysis.findings)
        band = AgeGroup.for_age(age)
        trigger = 1.6 - max(0.5, self.threshold) - (0.05 if band is AgeGroup.AGES_3_6 else 0.0)
        if teddy:
            trigger -= 0.15
        findings = _with_model(findings, toxicity, trigger, norm.text, teddy=teddy)

        spans: list[Span] = []
        risks: dict[SafetyCategory, float] = {}
        for f in findings:
            start, end = norm.span(f.start, f.end)
            spans.append(Span(start, end, f.category, f.label))
            risks[f.category] = max(risks.get(f.category, 0.0), f.risk)
        for p in analysis.personal:
            spans.append(Span(p.start, p.end, SafetyCategory.PERSONAL_INFO, p.label))
            # "dad lets me stay home alone for 10 minutes while he gets milk" is a rule
            # the family has, not a child telling a stranger it is alone now.
            risk = (
                MILD
                if p.label == "home_alone"
                and (_HOME_ALONE_PERMITTED.search(norm.text) or HOME_ALONE_BEFORE(norm.text))
                else MODERATE
            )
            risks[SafetyCategory.PERSONAL_INFO] = max(
                risks.get(SafetyCategory.PERSONAL_INFO, 0.0), risk
            )
        if request.risk is not None:
            escalate_with_conversation(risks, findings, request.risk, norm.text, teddy=teddy)
        if teddy:
            for category, value in risks.items():
                if category in _TEDDY_MIN_BLOCK and value >= MODERATE:
                    risks[category] = max(value, SEVERE)
        factor = self._strictness * _AGE_FACTOR[band]
        score = _score(risks, factor)
        if semantic is not None and self._semantic is not None:
            limits = self._semantic.thresholds
            level = level_for_score(score)
            if level is not SafetyLevel.BLOCKED and (
                semantic.critical >= limits.block_for(teddy)
                or (level is SafetyLevel.FLAGGED and semantic.critical >= limits.flagged_to_block)
            ):
                risks[semantic.category] = max(risks.get(semantic.category, 0.0), SEVERE)
                spans.append(Span(0, len(request.text), semantic.category, "semantic"))
                score = _score(risks, factor)
        categories = tuple(sorted(risks, key=lambda c: (-risks[c], _ORDER[c])))
        spans.sort(key=lambda s: (s.start, s.end))
        return Verdict(
            score=score,
            level=level_for_score(score),
            categories=categories,
            spans=tuple(spans),
            redacted_text=redact(request.text, analysis.personal)
            if analysis.personal
            else request.text,
            engine_version=self.version,
            toxicity=round(toxicity, 4),
        )


class _Analysis:
    __slots__ = ("norm", "model_text", "findings", "personal", "needs_model", "teddy_gate")

    def __init__(
        self,
        norm: NormalisedText,
        model_text: str,
        findings: list[Finding],
        personal: list[PersonalInfo],
        *,
        needs_model: bool,
    ) -> None:
        self.norm = norm
        self.model_text = model_text
        """What the learned models read: `normalise`'s text, as they were trained on it."""
        self.findings = findings
        self.personal = personal
        self.needs_model = needs_model
        self.teddy_gate: bool | None = None
        """`teddy_line_may_be_critical` of a teddy line, if worked out during the rules."""


def _critical_found(findings: list[Finding]) -> bool:
    """A finding that blocks a critical category whatever the age or profile."""
    return any(f.risk >= SEVERE and f.category in _CRITICAL for f in findings)


def _teddy_gate(analysis: _Analysis) -> bool:
    gate = analysis.teddy_gate
    return teddy_line_may_be_critical(analysis.norm.text) if gate is None else gate


_LANGUAGE = (SafetyCategory.PROFANITY, SafetyCategory.INSULT, SafetyCategory.HATE)
_CRITICAL = frozenset(
    {SafetyCategory.SELF_HARM, SafetyCategory.ABUSE, SafetyCategory.GROOMING, SafetyCategory.SEXUAL}
)


def _with_model(
    findings: list[Finding], toxicity: float, trigger: float, text: str, *, teddy: bool
) -> list[Finding]:
    """Fold the model's probability in. Children's harmless words ("naked mole rat", "so
    stinky") can score high, so the model alone never flags a child's message: it marks
    it minor, and it confirms weak rude-language findings. A teddy reply the model finds
    toxic is flagged (and then blocked by the teddy's stricter rule)."""
    if toxicity < trigger - 0.25:
        return findings
    language = [f for f in findings if f.category in _LANGUAGE]
    if toxicity >= trigger and language:
        return [
            Finding(f.category, f.label, MODERATE, f.start, f.end, f.stage)
            if f.category in _LANGUAGE and f.risk < MODERATE and f.label != "insult_word"
            else f
            for f in findings
        ]
    if language or findings and any(f.risk >= MODERATE for f in findings):
        return findings
    category = SafetyCategory.INSULT if _SECOND_PERSON.search(text) else SafetyCategory.PROFANITY
    # The teddy stating its medicine rule ("only when your mum gives them to you") is care;
    # "a pig!", "your cow", "it's a dog!" is the teddy naming an animal the model takes for an
    # insult; the wolf eating the three little pigs is a fairy tale told; babies growing in
    # their mummy's tummy is a fact of growing.
    risk = (
        MODERATE
        if teddy
        and toxicity >= trigger
        and not (TEDDY_MEDICINE_RULE.search(text) and not MEDICINE_MISUSE.search(text))
        and not names_animal(text)
        and not TEDDY_GROWING_FACT.search(text)
        and not storybook_told(text)
        and not teddy_insult_condemned(text)
        else MILD
    )
    return [*findings, Finding(category, "toxicity_model", risk, 0, len(text))]


def _rule_findings(norm: NormalisedText, *, teddy: bool) -> list[Finding]:
    text = norm.text
    findings: list[Finding] = []
    findings += find_language(norm, teddy=teddy)
    findings += find_wellbeing(text, teddy=teddy)
    findings += find_violence(norm, teddy=teddy)
    findings += find_grooming(text, teddy=teddy)
    findings += find_sexual(text, teddy=teddy)
    findings += find_risky(text, teddy=teddy)
    findings += find_meaning(text, teddy=teddy)
    if teddy:
        findings += find_teddy_info_requests(text)
        return drop_noticed_frames(findings, text, teddy=True)
    findings += find_abuse(text)
    return hurt_by_another_as_abuse(drop_noticed_frames(findings, text, teddy=False), text)


def _score(risks: dict[SafetyCategory, float], factor: float) -> float:
    scaled = sorted((min(1.0, r * factor) for r in risks.values()), reverse=True)
    combined = 0.0
    if scaled:
        combined = min(1.0, scaled[0] + 0.1 * sum(s for s in scaled[1:3] if s >= MODERATE))
    score = round(1.0 - combined, 4)
    if score >= 1.0 and risks:
        score = 0.99
    return _clamp(score)


def _age(age: object) -> int:
    try:
        value = int(age)  # type: ignore[call-overload]
    except (TypeError, ValueError):
        return 7
    return min(18, max(0, value))


def _clamp(value: float) -> float:
    if value != value:  # NaN
        return 0.0
    return min(1.0, max(0.0, value))
