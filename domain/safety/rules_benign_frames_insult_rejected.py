# ruff: noqa: E501  (regular-expression tables read best one pattern a line)
"""Insults named in order to be rejected, not meant, each with the words that spoil it: a
name someone called the child, asked about and called unkind; a harm said not to make a feeling
go away; what some people say, reported and called untrue.

Applied by rules_benign_frames_noticed (drop_noticed_frames, teddy_insult_condemned).
"""

from __future__ import annotations

from domain.enums import SafetyCategory
from domain.safety.findings import Finding
from domain.safety.prefilter import prefiltered

C = SafetyCategory

# "Did someone call you fat? That was unkind": a name someone called the child, asked about
# and condemned; spoilt by agreeing ("they were right", "you are a bit").
_NAME_CALLED = prefiltered(
    r"\b(?:did|has|have|was it|were|when) (?:someone|somebody|anyone|they|he|she|the (?:other )?(?:kids?|boys?|girls?)|kids|people|[a-z]+) (?:\w+ ){0,2}?(?:call|called|say|said)\b"
    r"|\b(?:someone|somebody|they|he|she|kids|people|the (?:other )?(?:kids?|boys?|girls?)) (?:called|calls|call) you\b"
)
_CALLED_UNKIND = prefiltered(
    r"\b(?:unkind|mean|not kind|not nice|not okay|not ok|hurtful|wrong|not true|untrue|rude|horrible|nasty|not fair|unfair)\b"
)
_NAME_AGREED = prefiltered(
    r"\b(?:(?:they|he|she|it|that) (?:were|was|are|is|'?s) (?:right|correct|true)|(?<!not )(?<!n't )(?<!nt )true\b|you (?:really )?(?:are|is)\b(?! not)|you'?re (?!not\b)(?:a bit |kind of |quite |so |really )?(?:fat|stupid|dumb|ugly|an? \w+)\b|deserve\w*|(?:a bit|kind of|quite|pretty) (?:fat|stupid|ugly|dumb)"
    # (review) agreed after all: "that was mean, but they have a point, you idiot"
    r"|\b(?:fair enough|fair point|(?:have|has|had|got) a point|not wrong|no lie|not a lie|not lying|spot on)\b|\b(?:skip\w* (?:your )?(?:dinner|lunch|breakfast|tea|meals?)|eat less|stop eating|(?:go on|try) a diet|lose (?:some )?weight)\b|\b(?:eat|have) (?:smaller|less|fewer|tiny|half)\b|\b(?:smaller|tinier|half) (?:dinners?|meals?|portions?|lunch\w*|breakfasts?)\b|\b(?:no more|cut out|give up|stop having) (?:dinners?|puddings?|snacks?|sweets|food|seconds)\b|(?<!call )(?<!called )(?<!calls )(?<!calling )\byou (?:big |little |stupid |fat |ugly )?(?:idiot|loser|moron|dummy|freak|weirdo|fatty|pig|cow|dork)\b(?! (?:is|are|was|were)\b))"
)


def name_called_condemned(text: str) -> bool:
    """The teddy asks about a name someone called the child and calls it unkind."""
    m = _NAME_CALLED.search(text)
    return (
        m is not None
        and _CALLED_UNKIND.search(text[m.end() : m.end() + 100]) is not None
        and not _NAME_AGREED.search(text)
    )


# "Skipping dinner won't make the sad feeling go away": the harm named and said not to help.
_GO_AWAY_DENIED = prefiltered(
    r"\b(?:won'?t|wont|will not|doesn'?t|does not|can'?t|cannot|never|isn'?t going to|is not going to|not going to|wouldn'?t|would not|didn'?t|did not) (?:really |ever |actually |truly )?(?:make|help|get)\b[^.?!,]{0,30}\bgo away\b"
)
_GO_AWAY_SPOILT = prefiltered(
    r"\b(?:but (?:cutting|hurting|skipping|starving|not eating|scratching|pinching|hitting)|(?:will|would|does|can) (?:really )?(?:make|help)[^.?!]{0,30}\bgo away|instead (?:cut|hurt|skip|starve|scratch|pinch|hit|burn)|"
    # (review) "... won't make the sad feeling go away, but it helps a bit so try it"
    r"but (?:it|that|they|this) (?:\w+ )?helps?|try it|give it a (?:go|try)|do it anyway|(?:a|one) (?:little |tiny )?(?:bit|cut|scratch))\b"
)
# "Some people say people from that country are dirty, but that's unkind and not true".
_REPORTED = prefiltered(
    r"\b(?:say|says|said|saying|think|thinks|thought|told|tell|called|heard|believe|believes|claim|claims|reckon|reckons)\b"
)
_REJECTED = prefiltered(
    r"^[^?!]{0,20}?\b(?:but|and|which|that'?s|thats|that is|it'?s|its|it is|they'?re|they are|this is)\b[^.?!]{0,20}?\b(?:unkind|untrue|not true|isn'?t true|is not true|aren'?t true|are not true|not fair|unfair|mean|wrong|hurtful|not kind|not nice|not okay|not ok|a lie|lies|a myth|rubbish|nonsense|silly|not right)\b"
    r"|^[^.?!]{0,25}?\b(?:and|so|then) (?:he |she |they )?(?:got|gets|was|were) (?:banned|kicked out|kicked|blocked|reported|muted|suspended|told off|in (?:big )?trouble)\b[^.?!]{0,20}?\b(?:that|it|which) (?:was|is|'?s) (?:so |really |well |very )?(?:unkind|mean|wrong|hurtful|not kind|not nice|not okay|not ok|horrible|nasty|out of order|bad)\b"
)
_AIMED_AT_ME = prefiltered(
    r"\b(?:to|at|told|tells|tell|called|calls|call|messaged|dmd|dm'?d|texted|sent) me\b|\b(?:i|me) should\b"
)
_REJECTION_SPOILT = prefiltered(
    r"\b(?:but|and) (?:it'?s|its|that'?s|thats|they'?re|they are|it is) (?:kind of |a bit |sort of |actually |really )?(?:true|right)\b|\b(?:they|he|she) (?:are|is) right\b"
    # (review) a rejection word negated ("and that's not wrong", "it's not a lie") agrees
    r"|\b(?:not|isn'?t|is not|aren'?t|are not|no|hardly) (?:even )?(?:wrong|a lie|lies|lying|rubbish|nonsense|silly|unfair|mean|untrue|false)\b|\b(?:fair enough|fair point|(?:have|has|had|got) a point|spot on)\b"
)
_SAID_AND_REJECTED = prefiltered(
    r"\b(?:say|says|said|think|thinks|thought|tell|called|call)\b[^.?!]{3,60}?[,;]? (?:but|and) (?:that'?s|thats|that is|it'?s|its|it is|this is|they'?re|they are)\b[^.?!]{0,15}?\b(?:unkind|untrue|not true|not fair|unfair|mean|wrong|hurtful|not kind|not nice|a lie|a myth|rubbish|nonsense)\b"
)


def said_and_rejected(text: str) -> bool:
    """What some people say, reported and rejected ("..., but that's unkind and not true")."""
    return _SAID_AND_REJECTED.search(text) is not None and not _REJECTION_SPOILT.search(text)


def insult_denied_or_rejected(text: str, f: Finding) -> bool:
    """An insult phrase in a harm said not to help, or a hate or insult finding reported and
    rejected (the child's message or the teddy's)."""
    if f.category is C.INSULT and f.label == "insult_phrase":
        denied = _GO_AWAY_DENIED.search(text[max(0, f.start - 60) : f.end + 1])
        if denied is not None and not _GO_AWAY_SPOILT.search(text):
            return True
        if _AIMED_AT_ME.search(text):
            return False  # "someone said kys to me, that's not nice": bullying, kept
    if f.category in (C.HATE, C.INSULT) and _REPORTED.search(text[max(0, f.start - 40) : f.start]):
        rejected = _REJECTED.search(text[f.end : f.end + 90])
        return rejected is not None and not _REJECTION_SPOILT.search(text)
    return False
