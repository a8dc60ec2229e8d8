# ruff: noqa: E501  (regular-expression tables read best one pattern a line)
"""A hold in play or for a surprise that reads like harm to the rules (the frames brief's
false alerts, fixed as families), each frame with the words that spoil it and, as every
Frame, the shared spoilers (benign_frame_spoilers):

- tickling that stops when the child says stop ("dad tickles me and when i say stop he
  stops"), spoilt by it not stopping, not liking it, crying, where or when it happens, or a
  secret (rules_meaning_boundaries' touch that does not stop when asked);
- a pillow on the child's face in a pillow fight ("we had a pillow fight and dad put the
  pillow on my face for fun"), spoilt by pressing or holding it there, not being able to
  breathe, struggling, fear or crying, or a weapon (rules_meaning_abuse_signs' silencing);
  it waives MEANS, whose "pillow over" is its own harmless reading, and names the other
  means itself;
- a hand over the mouth to keep a surprise ("dad put his hand over my mouth so i wouldnt
  spoil the surprise party"), spoilt by force, not breathing, fear, a place alone, touching
  or a secret about it (rules_harm's disclosures); it waives HIDDEN, a surprise being a
  secret kept from someone, and names the other secrets itself.
"""

from __future__ import annotations

from domain.safety.benign_frame import Frame
from domain.safety.benign_frame_spoilers import AGAIN, HIDDEN, MEANS, OLDER
from domain.safety.prefilter import prefiltered

# --- tickling that stops when the child says stop -----------------------------------------
_ASKED_STOP = (
    r"(?:say|says|said|tell (?:him|her|them)|told (?:him|her|them)|shout|shouted|yell|yelled|ask (?:him|her|them)|asked (?:him|her|them)|scream|screamed)"
    r" (?:to )?(?:stop|no|enough|stop it|red|pause)"
)
_STOPS = r"(?:stops?|stopped|stop straight away|lets? me go|let go|lets go)"
TICKLE_STOPPED = prefiltered(
    rf"\btickl\w*\b[^.?!]{{0,60}}\b(?:when|if|whenever|as soon as|once) i {_ASKED_STOP}\b[^.?!]{{0,12}}?\b(?:he|she|they|it) (?:always |just |really |does |did |will |straight away |right away )?{_STOPS}\b"
    rf"|\btickl\w*\b[^.?!]{{0,60}}\b(?:always |just |really )?{_STOPS} (?:tickling (?:me|us) )?(?:straight away |right away |always )?(?:when|if|whenever|as soon as|once) i {_ASKED_STOP}\b"
)
TICKLE_NOT_STOPPED = prefiltered(
    r"\b(?:doesn'?t|doesnt|does not|don'?t|dont|won'?t|wont|didn'?t|didnt|never|not always|keeps? going|kept going|carr(?:y|ies|ied) on|starts? again|started again|but then|"
    r"cry|cries|cried|crying|pee\w*|wee\w*|wet my ?self|hurts?|hurt me|hurting|under my|where|weird|uncomfortable|funny feeling|private\w*|bed ?room|in bed|at night|"
    r"alone|just us|just me and|our game|secret\w*|special game|lock\w*)\b"
)
tickle_stopped_when_asked = Frame(TICKLE_STOPPED, TICKLE_NOT_STOPPED)

# --- a pillow on the face in a pillow fight -----------------------------------------------
_ON_MY_FACE = r"(?:pillows?|cushions?)\b[^.?!]{0,12}\b(?:on|over|in|into|at|onto) my (?:face|head)"
PILLOW_IN_PLAY = prefiltered(
    rf"\b(?:pillow|cushion) ?fights?\b[^.?!]{{0,80}}\b{_ON_MY_FACE}\b"
    rf"|\b{_ON_MY_FACE}\b[^.?!]{{0,60}}\b(?:(?:pillow|cushion) ?fights?|for fun|as a joke|joking|messing (?:about|around)|playing|we (?:were )?(?:all )?(?:laugh\w*|giggl\w*)|lol|haha\w*)\b"
)
PILLOW_PRESSED = prefiltered(
    r"\b(?:press\w*|push\w*|held|hold\w*|kept|keeps?|sat on|sits on|sitting on|knelt|kneel\w*|lay on|lying on|squash\w*|wouldn'?t|won'?t|didn'?t|couldn'?t|can'?t|could not|cannot|"
    r"breath\w*|struggl\w*|kick\w*|hard|ages|long time|till|until|scared|afraid|terrified|frightened|cry\w*|cried|hurt\w*|dizzy|panic\w*|not (?:fun|funny)|weird|angry|mad at|cross|"
    r"punish\w*|naughty|knife|knives|gun|smother\w*|suffocat\w*|strangl\w*|chok\w*|drown\w*|poison\w*)\b"
)
pillow_in_play = Frame(PILLOW_IN_PLAY, PILLOW_PRESSED, waives=(MEANS,))

# --- a hand over the mouth to keep a surprise ---------------------------------------------
_NOT_SPOIL = (
    r"(?:so (?:that )?i (?:wouldn'?t|would not|didn'?t|did not|couldn'?t|could not|won'?t|don'?t|do not) (?:accidentally )?|to stop me (?:from )?|(?:so|to make sure) i (?:didn'?t|did not|wouldn'?t|don'?t) )"
    r"(?:spoil|ruin|give|giving|blurt|blab|shout|say|saying|tell|telling|let|letting|spill|spilling|spoiling|ruining|blurting|shouting)\w*"
)
HUSH_FOR_A_SURPRISE = prefiltered(
    rf"\b(?:hand|hands|finger|fingers)\b[^.?!]{{0,12}}\b(?:on|over|across) my (?:mouth|lips)\b[^.?!]{{0,30}}\b{_NOT_SPOIL}\b[^.?!]{{0,30}}\b(?:surprise|party|present|presents|gift|birthday|hiding place)\b"
)
HUSH_FORCED = prefiltered(
    r"\b(?:hard|press\w*|push\w*|pinned|held me down|holding me down|grab\w*|drag\w*|couldn'?t breathe|can'?t breathe|could not breathe|scared|afraid|terrified|frightened|cry\w*|cried|hurt\w*|"
    r"bed ?room|upstairs|alone|just us|touch\w*|kiss\w*|undress\w*|lock\w*|what (?:he|she|they) did|never tell|tell anyone|(?:our|a) (?:little |special )?secret(?! (?:party|present|surprise))|"
    r"nobody can know|no one can know|or else|if i tell)\b"
)
hush_for_a_surprise = Frame(HUSH_FOR_A_SURPRISE, HUSH_FORCED, waives=(HIDDEN,))


def held_in_play(text: str) -> bool:
    """A pillow in a pillow fight or a hand kept over the mouth for a surprise, unspoilt."""
    return pillow_in_play(text) or hush_for_a_surprise(text)


# --- a blow in play or by accident --------------------------------------------------------
# What tells that a blow or a throw was meant, in anger: hard, on purpose, in a temper, as a
# punishment, drunk (the shared words of BLOW_MEANT and BALL_THROWN_HARD; search-only spoilers,
# so their order within an alternation changes nothing).
MEANT_IN_ANGER = r"on purpose|deliberately|so hard|really hard|too hard|as hard as|angry|mad at (?:me|us)|cross|in a temper|temper|punish\w*|naughty|drunk"
BLOW_IN_PLAY = prefiltered(
    r"\b(?:by accident|accidentally|accidently|by mistake|(?:it was|was) an accident|didn'?t mean (?:it|to)|not on purpose|"
    r"(?:pillow|cushion|water|snowball|nerf|foam|play) ?fights?|play ?fighting|tickl\w*|wrestl\w*|"
    r"(?:when|while|as) (?:we|i) (?:were|was) (?:playing|messing about|messing around|mucking about)|we were playing|"
    r"playing (?:tag|it|football|catch|a game|games|together|pirates|monsters|tig|chase)|in the game|game of|we (?:both |all )?(?:laughed|giggled)|joking|pretend\w*)\b"
)
BLOW_MEANT = prefiltered(
    rf"\b(?:{MEANT_IN_ANGER}|"
    r"(?:when|if|because|cos) (?:i|we)(?:'?m| am| was| were|'?re)? (?:bad|naughty|rude|slow|loud)|if (?:i|we) (?:stop|don'?t|cry|talk)|for (?:talking|crying|being))\b"
)
blow_in_play = Frame(BLOW_IN_PLAY, BLOW_MEANT, waives=(OLDER,))

# --- a ball thrown at the child in play ---------------------------------------------------
_PLAY_THING = (
    r"(?:(?:foot|tennis|beach|rugby|basket|net|soft|bouncy|sponge|cricket|ping pong|ping-pong|squishy)? ?balls?|frisbees?|bean ?bags?|"
    r"(?:water )?balloons?|snowballs?|pillows?|cushions?|teddy|teddies|soft toys?|sponges?|(?:foam|nerf) \w+|shuttlecocks?|hoops?|sweets|paper (?:planes?|balls?)|socks)"
)
BALL_THROWN_IN_PLAY = prefiltered(
    rf"\b(?:throws?|threw|throwing|chucks?|chucked|chucking|lobs?|lobbed|lobbing|toss(?:es|ed|ing)?)\b (?:a |the |his |her |my |our |some |their |an )?(?:\w+ )?{_PLAY_THING}\b (?:at|to|for) (?:me|us)\b"
)
BALL_THROWN_HARD = prefiltered(rf"\b(?:{MEANT_IN_ANGER}|to hurt|hurt\w*|cr(?:y|ied|ies|ying))\b")
ball_thrown_in_play = Frame(BALL_THROWN_IN_PLAY, BALL_THROWN_HARD, waives=(AGAIN, OLDER))
