# ruff: noqa: E501  (regular-expression tables read best one pattern a line)
"""Harmless holiday and bonfire-night moments read as harm (round 71's false alerts, fixed as
families), each frame with the words that spoil it; a held frame takes back, or lowers to minor,
only the findings its harmless reading explains (a child's message):

- sad to leave a holiday, a place or a visit, and going back ("i got a bit sad when we had to
  leave the caravan but well come back next year"): the distress is lowered to minor; spoilt by
  never or not being allowed back, a death, a split, "maybe", a grown-up's anger;
- sun cream, a hat or the shade so the child doesn't burn ("mum put suncream on my arms so i
  dont burn"): the self-harm reading of "burn" is taken back; spoilt by a flame, a lighter, an
  iron or a hob, wanting to burn, on purpose, deserving it;
- fireworks watched ("gonna beg mum to let me stay up for the fireworks at midnight", "we went
  to the fireworks display"): the danger is taken back; spoilt by lighting, letting off, holding
  or throwing them, bangers, going near or sneaking out alone.

Declared as the table HOLIDAY_NIGHTS (benign_softening), applied by
rules_benign_frames_noticed.drop_noticed_frames after the food frames.
"""

from __future__ import annotations

from domain.enums import SafetyCategory
from domain.safety.benign_frame import Frame
from domain.safety.benign_softening import Softening, mild_distress, words_with
from domain.safety.prefilter import prefiltered

C = SafetyCategory

# --- sad to leave, going back -------------------------------------------------------------------
_SAD = r"(?:sad|upset|cried|cry|crying|gutted|miserable|teary|sulky|grumpy|didn'?t want to (?:leave|go home|go))"
_LEAVING = r"(?:leave|leaving|left|go home|going home|went home|come home|came home|coming home|say (?:bye|goodbye)|said (?:bye|goodbye)|saying (?:bye|goodbye)|it ended|it was over|it'?s over|its over|was over|ended|finished|pack\w*)"
_GOING_BACK = r"(?:come back|coming back|came back|go back|going back|be back|visit again|go again|do it again|see (?:\w+ ){1,2}again|next (?:year|summer|time|holiday|holidays|half ?term|week|weekend|month|easter|christmas))"
_SAD_TO_LEAVE = Frame(
    prefiltered(
        rf"\b{_SAD}\b[^.?!]{{0,40}}\b{_LEAVING}\b[^.?!]{{0,60}}\b(?:but|and|cos|cause|because|though|tho)\b[^.?!]{{0,20}}\b(?:we'?ll|well|we will|we'?re|were|we are|we can|we get to|we'?re going to|we'?re gonna|were gonna|i'?ll|ill|i can|i get to|(?:mum|mom|dad|nan|grandma|they) (?:said|says|promised) (?:we|i))\b[^.?!]{{0,25}}\b{_GOING_BACK}\b"
    ),
    prefiltered(
        r"\b(?:never|forever|for good|not allowed|can'?t|cant|won'?t|wont|died|dead|funeral|heaven|maybe|might|if (?:we|i|mum|dad)|hope|divorc\w*|split|moved out|left us|"
        r"shout\w*|yell\w*|smack\w*|hit|hits|angry|scared|every (?:day|night)|hate|nobody|no ?one)\b"
    ),
)

# --- sun cream so i don't burn ---------------------------------------------------------------------
_SUN_CARE = r"(?:sun ?cream|suncream|sun ?screen|sun ?block|sun ?lotion|factor \d+|spf ?\d*|after ?sun|sun ?hat|hat|shade|parasol|umbrella|rash ?vest|sun ?suit|t-?shirt on|cover ?up|long sleeves)"
_SUN_CREAM = Frame(
    prefiltered(
        rf"\b{_SUN_CARE}\b[^.?!]{{0,60}}\b(?:so (?:that )?(?:i|we|my \w+|me|he|she|you|u|the baby|my skin)|to stop (?:me|us|my skin)|or (?:else )?(?:i|we|you)(?:'ll| will| would|'d)?|in case (?:i|we))\b (?:don'?t|dont|won'?t|wont|do not|will not|didn'?t|wouldn'?t|doesn'?t|never|can'?t|from|)? ?(?:get |getting |go |going )?(?:burn|burns|burnt|burned|burning|sun ?burn\w*|red|pink|peel\w*|frazzled|fried|crispy)\b"
    ),
    prefiltered(
        r"\b(?:lighter|matches|match|fire|flames?|candles?|iron|oven|hob|kettle|stove|cigarettes?|hot (?:water|pan|metal|tap)|on purpose|deserve\w*|punish\w*|"
        r"(?:want|wanna|like) (?:to )?(?:burn|it when)|burn (?:my ?self|me) (?:on purpose|again)|make it stop|hate my ?self)\b"
    ),
)

# --- fireworks watched -----------------------------------------------------------------------------
_FIREWORKS_WATCHED = Frame(
    prefiltered(
        r"\b(?:stay up|stayed up|staying up|stays up|watch|watched|watching|see|saw|seeing|look at|looked at|looking at|go to|went to|going to|goes to|take (?:me|us) to|took (?:me|us) to|taking (?:me|us) to|hear|heard|listen to)\b[^.?!]{0,30}\bfireworks?\b"
        r"|\bfireworks? (?:display|show|displays|shows|at midnight|on the (?:telly|tv|news)|on tv|from (?:the|my|our|nan'?s|nans) (?:window|garden|bedroom|car|balcony|hill))\b"
    ),
    prefiltered(
        r"\b(?:let (?:\w+ )?off|lets (?:\w+ )?off|letting (?:\w+ )?off|set (?:\w+ )?off|sets (?:\w+ )?off|setting (?:\w+ )?off|light\w*|lit|hold|held|holding|throw\w*|threw|chuck\w*|"
        r"in my (?:hand|hands|pocket)|pockets?|bangers?|rockets? (?:at|in)|matches|lighter|touch\w*|pick\w* (?:\w+ )?up|close|near|next to|sneak\w*|snuck|on my own|by myself|alone|without (?:asking|telling)|"
        r"(?:buy|bought|got|get) (?:some|a box|a pack)|at (?:him|her|them|people|someone|cars)|dare\w*|make|made|build|inside|indoors|in my (?:room|bedroom)|box of|leftover|left ?over|old ones?|found|"
        # a height climbed to see them better
        r"window ?sills?|windowsills?|ledges?|roof|balcony rail|railings?|climb\w*|stand on|standing on|stood on|up on|on top of|the wall|the fence|up a tree)\b"
    ),
)


HOLIDAY_NIGHTS = (
    Softening(C.DISTRESS, (_SAD_TO_LEAVE,), mild_distress, label="distress"),
    Softening(C.SELF_HARM, (_SUN_CREAM,), words=words_with("burn")),
    Softening(C.DANGEROUS_ACTIVITY, (_FIREWORKS_WATCHED,), words=words_with("firework")),
)
"""What the holiday frames take back, or lower to minor (a child's message only)."""
