# ruff: noqa: E501  (regular-expression tables read best one pattern a line)
"""A danger named and heeded, and the teddy's own safety reminders (older false alerts, fixed
as families), each frame with the words that spoil it:

- the child: a danger named and avoided ("the ranger said the berries are poison so we didn't
  eat any", "i'm not touching those mushrooms, i don't want to die"): the danger finding and a
  "don't want to die" read as self-harm are taken back; spoilt by anyone having eaten it, being
  ill, a wish to die, "anyway", "later", "on purpose" or keeping some;
- the teddy: a reminder not to go home or out alone but to wait with a grown-up ("it would be
  better if you didn't walk home alone, wait for your grown-up"), spoilt by the teddy in the
  plan (me, meet, come to), a secret or a time to slip away;
- the teddy: a privacy reminder ("never tell anyone your address online", "don't share where
  you live in games"), spoilt by the teddy asking for it itself (except me, tell me), a secret,
  a meeting, a picture, or the parents kept out.

Run from rules_benign_frames_noticed.drop_noticed_frames (heeded_drop); only drops findings.
"""

from __future__ import annotations

from domain.enums import SafetyCategory
from domain.safety.benign_frame import Frame
from domain.safety.benign_frame_spoilers import MEANS, OLDER
from domain.safety.findings import Finding
from domain.safety.prefilter import prefiltered

C = SafetyCategory

# --- the child: a danger named and avoided -------------------------------------------------
_RISKY_THING = r"(?:berr(?:y|ies)|mushrooms?|toadstools?|fungus|fungi|plants?|leaves|leaf|seeds?|flowers?|nettles?|poison\w*|toxic|those|them|it|any|one)"
_AVOIDED = (
    r"\b(?:didn'?t|did not|never|won'?t|wont|will not|wouldn'?t|would not|(?:i'?m|im|i am|we'?re|we are) not (?:gonna|going to|gunna)|not (?:gonna|going to)|(?:don'?t|dont|do not) (?:want to|wanna))"
    rf" (?:even )?(?:eat|eating|touch|touching|pick|picking|taste|tasting|lick|licking|try|trying|go near|put)\b[^.?!]{{0,20}}?\b{_RISKY_THING}\b"
    rf"|\b(?:stayed|kept|keep|stay) (?:well )?(?:away|clear) (?:from|of) (?:the |those |them|it)?[^.?!]{{0,15}}?\b{_RISKY_THING}"
)
_DANGER_NAMED = prefiltered(
    r"\b(?:poison\w*|toxic|berr(?:y|ies)|mushrooms?|toadstools?|fungus|fungi|foxgloves?|nightshade|yew|hemlock)\b"
)
_DANGER_HEEDED = Frame(
    prefiltered(_AVOIDED),
    prefiltered(
        # someone ate it, or someone is ill; a wish to die, a later or secret try
        r"\b(?:ate|eaten|swallow\w*|drank|licked|tasted|(?:got|was|were|is|been|am|feel|felt|feeling) (?:really |very |a bit )?(?:sick|ill|poorly)|vomit\w*|threw up|throwing up|hospital|doctor|"
        r"fat|weight|diet\w*|calories|skinny|thin|starv\w*|food|dinner|lunch|breakfast|tea|meals?|hungry|"
        r"anyway|on purpose|later|tonight|tomorrow|when no one|when nobody|secretly|in secret|hid|hide|hidden|kept (?:some|one|them|it)|saved? (?:some|one|them)|in my pocket|take (?:some|one) home|"
        r"kill (?:my|me)\w*|myself|dead|death|better off|disappear|never wake|sleep forever|not be here|end it|"
        r"(?<!n't want to )(?<!nt want to )(?<!not want to )(?<!n't wanna )(?<!nt wanna )(?<!not wanna )die|dying|wish i)\b"
    ),
    waives=(MEANS, OLDER),
)

# --- the teddy: don't go out alone, wait with a grown-up -----------------------------------
_NOT_ALONE = prefiltered(
    r"\b(?:better|best|safer|a good idea|good idea) (?:if you |for you to |to )?(?:didn'?t|did not|don'?t|do not|not|never|wouldn'?t) (?:go|walk|wander|cycle|ride|leave|head|come) (?:home |out |off |back |there |to the (?:park|shop|shops) )?(?:all )?(?:alone|on your own|by yourself)\b"
    r"|\b(?:please )?(?:don'?t|do not|never) (?:go|walk|wander|cycle|head|leave) (?:home |out |off |back |there )?(?:all )?(?:alone|on your own|by yourself)\b"
)
_WAIT_WITH_CARER = prefiltered(
    r"\b(?:wait|stay|go|walk|stick) (?:for|with|next to|beside|near|close to) (?:your|a|the|an) (?:\w+ )?(?:grown[ -]?ups?|adult|mum|mom|mummy|mommy|dad|daddy|parents?|carer|teacher|nan|gran|grandma|grandad|childminder|friends?)\b"
)
_NOT_ALONE_SPOILT = prefiltered(
    r"\b(?:me|meet|teddy|come to|come and find|find me|follow|secret|don'?t tell|do not tell|without (?:telling|asking)|sneak\w*|slip (?:out|away)|tonight|at night|when (?:no ?one|nobody|they'?re not|they are not)|instead|window|car|van|stranger|get in)\b"
)

# --- the teddy: keep your details private --------------------------------------------------
_DETAIL_KEPT_PRIVATE = prefiltered(
    r"\b(?:never|don'?t|do not|mustn'?t|must not|shouldn'?t|should not|try not to) (?:ever )?(?:tell|share|give|post|put|type|say|send|write)\b[^.?!]{0,25}?\b(?:(?:your|the) (?:\w+ ){0,2}?(?:address|postcode|post code|phone number|number|full name|surname|house number|street name|school name|password|birthday)|where you live|what school you go to|which school you go to)\b"
    r"[^.?!]{0,30}?\b(?:online|on the internet|on line|in (?:a |the )?(?:games?|chats?|apps?|comments?|messages?)|on (?:a |the )?(?:games?|apps?|websites?|videos?)|to (?:strangers|people you (?:don'?t|do not) know|anyone you (?:don'?t|do not) know)|anyone|anybody|someone you (?:don'?t|do not) know)\b"
    r"|\b(?:never|don'?t|do not|mustn'?t|must not|shouldn'?t|should not) (?:ever )?(?:tell|share|give|post|say|send) (?:anyone|anybody|strangers|people) (?:online |on the internet |in games )?(?:your|the) (?:\w+ ){0,2}?(?:address|postcode|phone number|full name|surname|house number|password)\b"
)
_PRIVACY_SPOILT = prefiltered(
    r"\b(?:except (?:me|teddy)|but me|only me|apart from me|tell (?:it |them )?(?:to )?me|give (?:it |them )?(?:to )?me|send (?:it |them )?(?:to )?me|whisper|teddy|our secret|a secret|between us|just us|you and me|"
    r"your (?:mum|mom|mummy|mommy|dad|daddy|parents|grown[ -]?ups?|family|teacher)|meet|come (?:to|over|round)|photos?|pictures?|pics?|selfies?|videos? of you|camera|naked|undress\w*)\b"
)


def heeded_drop(text: str, f: Finding, *, teddy: bool) -> bool:
    """True when a harmless heeded-danger or safety-reminder frame explains the finding."""
    if teddy:
        if f.category is C.GROOMING and _NOT_ALONE.search(text):
            return bool(
                _NOT_ALONE.search(text)
                and _WAIT_WITH_CARER.search(text)
                and not _NOT_ALONE_SPOILT.search(text)
            )
        if f.category is C.GROOMING:
            return bool(_DETAIL_KEPT_PRIVATE.search(text) and not _PRIVACY_SPOILT.search(text))
        return False
    if f.category in (C.DANGEROUS_ACTIVITY, C.SELF_HARM):
        return bool(_DANGER_NAMED.search(text) and _DANGER_HEEDED(text))
    return False
