# ruff: noqa: E501  (regular-expression tables read best one pattern a line)
"""What spoils a benign frame, whichever frame it is: the one shared idea of "this is not
harmless after all" that every frame consults (benign_frame.Frame, the rules_benign_frames_*
modules, threat_excuses).

A harmless frame ("punch buggy!", "im gonna kill him he ate my cookie", "she'd kill me if i
told she likes ryan") must never cover:

- HURT: a real injury (bleeding, bruises, a black eye, can't breathe, hospital, knocked out);
- MEANS: a weapon or a named way to kill (a knife, a gun, strangling, poison, drowning, a
  pillow over a face, a push down the stairs, set on fire);
- FEAR: fear of a person, or a threat meant ("scared of him", "he means it", "not joking");
- SCARED: the child saying they are scared now ("im scared", "i'm so frightened");
- AGAIN: repetition ("every day", "all the time", "he did it again", "keeps hitting me");
- OLDER: a grown-up or an older person outside the family (a man, an adult, a teenager, someone
  17 or in college);
- TOUCH: touching, private parts, undressing;
- HIDDEN: secrecy from the parents ("don't tell mum", "our little secret").

Every benign_frame.Frame is spoilt by all these kinds but the ones it waives: a frame whose
harmless reading is itself one of them (a fright on a ride is SCARED, a first-aid plaster is
HURT, a knife lesson is MEANS, a grown-up's drink is OLDER, a surprise is HIDDEN) names it in
`waives`, and no frame can leave out the others. An excuse read inline, outside a Frame,
consults `every_kind_but` the same way. `spoilt_by` builds one pattern of a frame's own
spoilers and the kinds it names (the older way, still used where a spoiler pattern is shared
by code that is not a Frame)."""

from __future__ import annotations

from functools import cache

from domain.safety.prefilter import Prefiltered, prefiltered

_PERSON = r"(?:him|her|them|he|she|they|my (?:\w+ )?(?:brother|sister|bro|sis|cousin|dad|daddy|mum|mom|mam|stepdad|step ?\w+|uncle|friend|teacher|coach)|(?:the|that) (?:man|boy|girl|lady|kid|kids|boys|girls))"

HURT = (
    r"\b(?:bleed\w*|bled|blood|bloody (?:nose|lip|mouth)|nose ?bleeds?|bruis\w*|black eye|black and blue|swollen|stitches|concussion|"
    r"(?:can'?t|cant|couldn'?t|couldnt|could not|cannot) breathe?(?![^.?!]{0,25}\b(?:laugh|giggl)\w*)|hospital|a ?& ?e|ambulance|unconscious|knocked me (?:out|unconscious)|passed out|"
    r"broke(?:n)? (?:my|his|her) (?:arm|leg|nose|ribs?|wrist|finger|tooth|teeth|jaw|collarbone))\b"
)
MEANS = (
    r"\b(?:knife|knives|stab\w*|(?<!nerf )(?<!water )(?<!toy )(?<!squirt )(?<!bubble )(?<!glue )guns?|shoot (?:him|her|them|me|you)|"
    r"(?:strangl|throttl)\w* (?:\w+ ){1,2}(?:with|till|until|to death|so (?:he|she|they) can'?t breathe)|strangled (?:me|him|her)|chok\w* (?:him|her|them|me|you)|poison\w*|bleach (?:in|into|on) (?:his|her|their|my|your) (?:drink|food|juice|tea|face|eyes)|drink\w* bleach|drown\w*|smother\w*|suffocat\w*|"
    r"hang (?:him|her|them|me|you|my ?self|him ?self|her ?self)|(?<!skipping )(?<!jump )(?<!jumping )(?<!climbing )(?<!tow )rope|hammer|axe|"
    r"with (?:a|the|his|her|my|dads?|mums?) (?:bat|baseball bat|cricket bat|stick|belt|brick|rock|stone|bottle|chair|pan|hammer)|"
    r"(?:push|pushed|pushes|pushing|throw|threw|throws|throwing|shove|shoved|shoving) (?:him|her|them|me|you) (?:down|off|out of|out)(?: (?:the|a))? (?:stairs|roof|cliff|bridge|balcony|window)|"
    r"down the stairs|off the (?:roof|bridge|cliff|balcony)|set (?:\w+ )?on fire|set fire to (?:him|her|them|me)|burn (?:him|her|them|me)|"
    r"pillow over|in (?:his|her|their) sleep|(?:while|when) (?:he|she|they)(?:'?s|'?re| is| are)? (?:asleep|sleeping))\b"
)
FEAR = (
    rf"\b(?:(?:scared|afraid|terrified|frightened|petrified) (?:of|that) {_PERSON}|(?:scared|afraid|terrified|frightened) (?:he|she|they)(?:'?ll| will| would|'?d)|"
    r"(?:too |so )?(?:scared|afraid|terrified|frightened) to (?:go home|tell|sleep)|(?:he|she|they) (?:really |totally )?(?:means?|meant) it|"
    r"not (?:joking|kidding)|for real|i mean it|(?:scared|afraid|terrified|frightened) for my life)\b"
)
SCARED = r"\b(?:i'?m|im|i am|i was|i feel|i get|makes me|made me) (?:so |really |very |super |too )?(?:scared|afraid|terrified|frightened|petrified)\b"
AGAIN = (
    r"\b(?:every (?:single )?(?:day|night|time|morning|week)|all the time|again and again|over and over|"
    r"(?:keeps?|kept) (?:on )?(?:hitting|punching|kicking|hurting|slapping|pushing|touching|doing (?:it|that)|threatening)|"
    r"won'?t stop|doesn'?t stop|never stops|(?:did|does|done|doing) (?:it|that) again|(?:hit|punched|kicked|hurt|slapped|pushed|touched) me again|"
    r"always (?:hits|hurts|punches|kicks|slaps|pushes|touches|does (?:it|that)))\b"
)
OLDER = (
    r"\b(?:(?:a|an|the|this|that|some|old|older|random) (?:man|men|guy|lady|woman|stranger|grown-? ?up|adult)|grown-? ?ups?|adults?|"
    r"older (?:boy|girl|man|guy|kid|kids|teen|boyfriend|girlfriend|bf|gf)|teenagers?|"
    r"(?:1[5-9]|[2-9]\d) ?(?:years? old|yrs? old|yo|y/o)|(?:is|'?s|who'?s|aged|age) (?:1[5-9]|[2-9]\d)|in (?:college|uni|university|sixth form|year 1[0-3])|has a car|drives)\b"
)
TOUCH = (
    r"\b(?:(?:touch\w*|rub\w*|feel\w*|felt|grab\w*|lick\w*|kiss\w*) (?:me |my )?(?:privates?|private (?:parts?|bits)|willy|bum|bottom|boobs?|chest|vagina|penis|down there|under)|"
    r"(?:touches|touching|keeps touching|touched) me|private (?:parts?|bits)|privates|down there|"
    r"under my (?:clothes|pants|pyjamas|pjs|knickers|top|shirt|skirt|dress|undies)|naked|nude|undress\w*|"
    r"(?:took|take|takes|taking) (?:off )?(?:my|all my) (?:clothes|pants|knickers|trousers|undies)|willy|penis|vagina)\b"
)
HIDDEN = (
    r"\b(?:(?:don'?t|dont|do not|never|not to|mustn'?t|musnt|can'?t|cant|not allowed to|shouldn'?t|won'?t let me) tell (?:my |your |ur |our )?(?:mum|mom|mam|mummy|mommy|dad|daddy|parents|nan|gran|grown-? ?ups|teacher)|"
    r"(?:our|a) (?:little |special |big )?secret|keep (?:it|this|that) (?:a )?secret|secret from (?:my |your |our )?(?:mum|mom|dad|parents|grown-? ?ups|family)|"
    r"(?:mum|mom|dad|my parents|parents) (?:can'?t|mustn'?t|won'?t|will never|must never|don'?t|doesn'?t|never) (?:know|find out))\b"
)

EVERY_KIND = (HURT, MEANS, FEAR, SCARED, AGAIN, OLDER, TOUCH, HIDDEN)


def either(*kinds: str) -> str:
    """The kinds as one alternation, to go into a frame's own pattern text."""
    return "|".join(f"(?:{k})" for k in kinds)


def spoilt_by(own: str | None, *kinds: str) -> Prefiltered:
    """One pattern: a frame's own spoilers (None if it has none) and the shared kinds it
    names."""
    return prefiltered(either(*([own] if own else []), *kinds))


def every_kind_but(*waived: str) -> Prefiltered:
    """One pattern of every shared kind but the waived ones: what benign_frame.Frame adds to
    each frame, and what an excuse read inline consults. One pattern per set of waived kinds,
    shared by all who waive the same; a harmless reading waives a few kinds, never all."""
    kept = frozenset(EVERY_KIND) - frozenset(waived)
    if len(kept) + len(frozenset(waived)) != len(EVERY_KIND) or not kept:
        raise ValueError("waive some of the shared kinds of benign_frame_spoilers, not all")
    return _every_kind_but(frozenset(waived))


@cache
def _every_kind_but(waived: frozenset[str]) -> Prefiltered:
    return spoilt_by(None, *(kind for kind in EVERY_KIND if kind not in waived))
