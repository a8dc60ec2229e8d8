# ruff: noqa: E501  (regular-expression tables read best one pattern a line)
"""Getting changed at a carer's word, read as a grown-up undressing the child (known false
alerts, fixed as a family), with the words that spoil it:

- a parent or grandparent ("mum makes me take my pyjamas off and put my uniform on", "dad told
  me to get undressed for my bath", "nana made me take my shirt off because i got ketchup on
  it"): clothes taken off with the ordinary reason said with them (other clothes put on, getting
  dressed or ready, school, bed, swimming, the bath or shower, sun cream, a spill, wet or muddy
  clothes);
- a babysitter, childminder, nanny or auntie ("the babysitter made me take my pyjamas off after
  i spilt juice on them"): the same, but not for a bath or shower, and never a man ("he", "his");
- the abuse findings on the undressing, and the sexual ones on its words, are taken back;
- spoilt by touching, private parts, nakedness or underwear, a lap or a bed, someone watching,
  pictures or a camera, a door shut or locked, a secret or "won't tell", feeling weird or
  scared, a game or a reward, the reason only the grown-up's word ("he said they were dirty"),
  being alone or the parents out, another grown-up (an uncle, a step-parent, a boyfriend, a
  neighbour, a coach), a punishment or hurt, repetition, or the shared kinds.

Run from rules_benign_frames_noticed.drop_noticed_frames (changed_for_a_reason).
"""

from __future__ import annotations

import re

from domain.enums import SafetyCategory
from domain.safety.benign_frame import Frame
from domain.safety.benign_frame_spoilers import TOUCH
from domain.safety.findings import Finding
from domain.safety.meaning_concepts_people import DADS, GRANDADS, GRANS, MUMS
from domain.safety.prefilter import prefiltered

C = SafetyCategory

_PARENT = rf"(?:my )?(?:{MUMS}|mummy|{DADS}|{GRANS}|{GRANDADS}|granddad|nanna)"
_MINDER = r"(?:the |my |our )?(?:babysitter|baby sitter|sitter|childminder|child minder|nanny|au pair|auntie|aunty|aunt)"
_ASKS_ME = r"(?:\w+ )?(?:makes?|made|tells?|told|wants?|wanted|asks?|asked|gets?|got|helps?|helped) me (?:to )?"
_CLOTHES = (
    r"(?:(?:wet|dirty|muddy|mucky|school|sticky|soggy|old|smelly|soaked|soaking|party|football|pe|swimming|swim|dressing up|sick|sicky) )?"
    r"(?:pyjamas|pajamas|pjs|pj'?s|jammies|clothes|uniform|shirt|t-?shirt|top|jumper|dress|trousers|jeans|shorts|skirt|kit|costume|swimsuit|cozzie|onesie|nightie|nightdress|leggings|tights|socks|tracksuit|hoodie|leotard)"
)
_UNDRESS = rf"(?:(?:take|took|taking) (?:off )?my {_CLOTHES}(?: off)?|get undressed|undress|change out of my {_CLOTHES})"
_WEAR = (
    r"(?:uniform|school clothes|clothes|pyjamas|pajamas|pjs|jammies|nightie|dressing gown|onesie|swimsuit|swimming costume|costume|cozzie|trunks|wetsuit|kit|shirt|top|t-?shirt|jumper|dress|"
    r"trousers|jeans|shorts|skirt|outfit|ones|one|things|leotard|tights|coat|hoodie|tracksuit)"
)
# the ordinary reason, said with it: other clothes on, dressed or ready, a spill, wet or muddy
_NEXT_CLOTHES = (
    rf"(?:and|then|to|so i can|so i could) (?:\w+ )?(?:put|get|got|pull|change|changed|wear|try) (?:on |into )?(?:my |a |the |some |her |clean |dry |new |fresh )?(?:\w+ )?{_WEAR}\b"
    r"|(?:and|then|to) (?:get|got) (?:dressed|changed|ready)\b"
)
_MESS = (
    r"spilt|spilled|spill\w*|split \w+ on|dropped|tipped|knocked|splash\w*|wet|soaked|soaking|soggy|damp|dirty|muddy|mucky|messy|sticky|stained|covered in|sick on|was sick|been sick|"
    r"ketchup|paint|mud|juice|milk|yoghurt|yogurt|gravy|puddles?|rain|too small|too big|too hot|inside out|on backwards|back to front|ripped|torn|smelly|stinky|in the wash|wash them|wash it|washing"
)
_FOR = r"(?:school|bed|bedtime|swimming|the pool|the beach|pe|gym|football|ballet|dance|dancing|gymnastics|karate|judo|church|the party|a party|the wedding|nursery|brownies|cubs|beavers|rainbows|scouts)"
_WASH = r"(?:(?:my|the|a) (?:bath|shower)|bath ?time)"
_SUN_CREAM = r"(?:so|and|to) (?:\w+ )?(?:could |can |would )?(?:put|do|did|rub|spray)\w* (?:my |some |the |on )?(?:sun ?cream|sunscreen|sun lotion)"


def _changing(actor: str, reason: str) -> str:
    return rf"\b{actor} {_ASKS_ME}{_UNDRESS}\b[^.?!]{{0,40}}?\b(?:{reason})"


_OWN_SPOILERS = (
    # touching, private parts, nakedness, underwear, a lap, a bed, someone watching or a camera
    r"\b(?:touch\w*|rub\w*|grab\w*|tickl\w*|feel\w* (?:me|my)|privates?|private (?:parts?|bits)|down there|naked|nude|nothing on|no clothes|all my clothes|pants|knickers|underwear|undies|willy|penis|vagina|bum|bottom|chest|boobs?|under my|"
    r"kiss\w*|lick\w*|cuddl\w*|sit on|lap|bed with|bath with|shower with|in with|with (?:him|her|them)|in (?:his|her|their) (?:room|bed|bedroom|car|van|office)|watch\w*|look\w* at (?:me|my)|star(?:e|es|ed|ing)|peek\w*|photos?|pictures?|pics?|selfies?|video\w*|film\w*|camera|phone|"
    # a door shut, a secret, a bad feeling, a game or a reward, the grown-up's own reason
    r"shut the door|close the door|lock\w*|door (?:shut|closed)|secret\w*|(?:won'?t|wont|don'?t|dont|do not|not|never|mustn'?t|can'?t|cant) (?:to )?tell|weird|funny|strange|uncomfortable|(?:don'?t|didn'?t|do not|did not) like|hate|cry\w*|cried|scared|afraid|wrong|"
    r"game|special|reward|sweets|money|present|treat|(?:he|she|they) (?:said|says)|says (?:they|it)|said (?:they|it)|check\w*|measure\w*|inspect\w*|"
    # alone, the parents out, another grown-up, a punishment or hurt, repetition
    r"alone|on my own|just (?:me|us)|by myself|when (?:mum|mom|dad|my mum|my dad|my parents|no ?one|nobody)|while (?:mum|mom|dad)|in the night|"
    r"boyfriend|girlfriend|step ?\w+|uncle|cousin|neighbou?r|coach|teacher|man|men|guy|friend'?s (?:dad|mum|brother)|"
    r"hurt\w*|slap\w*|smack\w*|hit|hits|hitting|punish\w*|naughty|in front of|outside|everyone|people|laugh\w*|even though|even when|(?:won'?t|wouldn'?t|didn'?t) let me|not allowed|every (?:day|night|time))\b"
)
_CHANGED_BY_A_PARENT = Frame(
    prefiltered(
        _changing(
            _PARENT,
            rf"{_NEXT_CLOTHES}|{_MESS}|(?:for|before|ready for|after|to go to) (?:{_FOR}|{_WASH})|(?:and|then|to) (?:get|got|hop|jump|climb) (?:in|into) {_WASH}|{_SUN_CREAM}",
        )
    ),
    prefiltered(_OWN_SPOILERS),
    waives=(TOUCH,),
)
_CHANGED_BY_A_MINDER = Frame(
    prefiltered(
        _changing(_MINDER, rf"{_NEXT_CLOTHES}|{_MESS}|(?:for|before|ready for|to go to) {_FOR}")
    ),
    prefiltered(
        rf"{_OWN_SPOILERS}|\b(?:at night|he|him|his|himself|he'?s|bath\w*|shower\w*|wash me|washed me)\b"
    ),
    waives=(TOUCH,),
)
_UNDRESSING_WORDS = re.compile(
    r"\b(?:undress\w*|take off|took off|off|clothes|pyjamas|pajamas|pjs)\b"
)
_UNDRESSING_LABELS = frozenset({"abuse_disclosure", "undresses_child", "older_child_makes_undress"})


def changed_for_a_reason(text: str, f: Finding) -> bool:
    """True when `f` is an abuse finding on, or a sexual finding in the words of, a carer
    having the child get changed for an ordinary reason (a child's message)."""
    if f.category is C.ABUSE:
        if f.label not in _UNDRESSING_LABELS:
            return False
    elif f.category is not C.SEXUAL or f.label not in ("sexual_content", "nudity"):
        return False
    if not _UNDRESSING_WORDS.search(text, f.start, f.end):
        return False
    return _CHANGED_BY_A_PARENT(text) or _CHANGED_BY_A_MINDER(text)
