# ruff: noqa: E501  (regular-expression tables read best one pattern a line)
"""Benign frames among friends (round 50, friendships and fallouts), each with its spoilers:

- a friend's or a sibling's joking threat over their crush or a small misdeed kept secret ("ava
  said she'd kill me if i told anyone she likes ryan lol", "my brother said hed kill me if i
  told mum he broke the tv"), spoilt by meaning it, fear, real hurting, touch, a grown-up as
  the one who threatens (rules_harm's abuse, rules_meaning_abuse_signs' threat about telling);
- the punch-buggy game ("dylan punched me on the arm for punch buggy when we saw a yellow
  car"), spoilt by bruises, tears, pain, it being every day or too hard (rules_distress:
  softened to mild);
- left out at first, then let in ("they left me out at first but then rosie let me be the
  queen"), spoilt by it happening again and again or a trick (rules_distress);
- the child teasing the teddy for winning a game ("stop bullying me teddy ur beating me at
  rock paper scissors"), spoilt by real bullying by other children (rules_distress);
- (fa9091) beaten at a game by anyone, a grown-up too ("we played cards with great grandma and
  she beat me every single time", "grandad always beats me at chess"), spoilt by a beating
  with something, beaten up, a blow or a hurt beside it (rules_harm's abuse told,
  rules_meaning_abuse_signs' carer who hurts): "every time" and a grown-up are its own words.
"""

from __future__ import annotations

from domain.safety.benign_frame import Frame
from domain.safety.benign_frame_spoilers import (
    AGAIN,
    EVERY_KIND,
    FEAR,
    HURT,
    MEANS,
    OLDER,
    SCARED,
    TOUCH,
    spoilt_by,
)
from domain.safety.meaning_concepts_acts import CONTESTS
from domain.safety.prefilter import prefiltered

# --- a joking threat over a crush kept secret --------------------------------------------
_KILL = r"(?:kill|murder|end|destroy|strangle|kil)"
_TELL = r"(?:tell|tells|told|telling|say|said|spill|spills|spilled|blab|blabbed|snitch|let (?:it )?slip)"
_CRUSH = (
    r"(?:(?:she|he|they|who (?:she|he|they))(?: still| really| secretly)? (?:likes?|liked|fancies|fancy|fancied|loves?|has a (?:crush|thing) on|had a (?:crush|thing) on|is in love with|is crushing on|is going out with|is dating|wants to date) (?!me\b|us\b|my (?:body|pics|photos|picture)\b)\w+"
    r"|(?:her|his|their) (?:secret )?crush\w*|(?:who|that) (?:she|he|they)(?: secretly)? (?:likes?|fancies|fancy|loves?|has a (?:crush|thing) on|had a (?:crush|thing) on|is crushing on|is in love with)\b|(?:she|he)(?:'?s| is| was) in love with (?!me\b)\w+"
    r"|(?:her|his|their) (?:boyfriend|girlfriend|bf|gf)\b|(?:she|he|they) (?:has|have|had|got|'?s got) a (?:boyfriend|girlfriend|bf|gf|crush)\b"
    r"|(?:she|he|they) (?:kissed|snogged|held hands with|asked out) (?!me\b|us\b|my\b)\w+)"
)
# ... or a small misdeed of a brother, a sister or a friend ("he broke the tv").
_THING = (
    r"(?:tv|telly|vase|window|lamp|plate|mug|cup|glass|remote|controller|console|xbox|playstation|ps5|switch|ipad|tablet|laptop|computer|fence|door|"
    r"chair|table|mirror|ornament|figurine|biscuits|cookies|chocolates?|cake|sweets|candy|ice cream|doughnuts?|last \w+)"
)
_MISDEED = (
    rf"(?:(?:she|he|they) (?:broke|smashed|cracked|chipped|scratched|ate|stole|nicked|took|spilled|spilt|wrecked|lost|dropped) (?:the|a|mum'?s|mom'?s|dad'?s|our|nan'?s|his|her|their|all the) (?:\w+ )?{_THING}\b"
    r"|(?:she|he|they) (?:swore|said a swear|said a bad word|got detention|failed (?:her|his|the) \w+|dyed (?:her|his) hair|has a tattoo|pierced (?:her|his) \w+|got (?:her|his|their) (?:ears?|nose|belly button) pierced|got (?:a|her|his) hair ?cut|cut (?:her|his) (?:own )?(?:hair|fringe)|copied (?:my|her|his|the|someone'?s|\w+'?s) (?:homework|work|answers|spellings)|cheated (?:in|on|at) (?:the|a|her|his) (?:test|quiz|spellings?|game)|forgot (?:her|his|their) (?:homework|pe kit|reading book)))"
)
_SECRET = rf"(?:{_CRUSH}|{_MISDEED})"
CRUSH_SECRET_THREAT = prefiltered(
    rf"\b{_KILL} me\b[^.?!]{{0,30}}\bif i (?:ever |even )?{_TELL}\b[^.?!]{{0,45}}\b{_SECRET}"
    rf"|\b(?:{_SECRET}|[a-z]+ (?:likes|fancies|loves|has a (?:crush|thing) on|is in love with|is crushing on) (?!me\b|us\b)\w+)\b[^.?!]{{0,60}}\b{_KILL} me\b[^.?!]{{0,10}}\bif i (?:ever |even )?{_TELL}\b"
)
CRUSH_THREAT_MEANT = spoilt_by(
    r"\b(?:means? it|meant it|for real|not (?:joking|kidding)|serious\w*|scared|afraid|terrified|frightened|petrified|really (?:will|would|does|did)|last time|"
    r"hit\w*|hurt\w*|beat\w*|slap\w*|smack\w*|punch\w*|kick\w*|chok\w*|stab\w*|knife|knives|gun|belt|bruis\w*|bleed\w*|blood|"
    r"(?:touch\w*|kiss\w*|rub\w*|feel\w*|felt|grab\w*) (?:me|my|us)|naked|privates?|photos?|pics?|pictures?|videos?|our secret|secret game|what (?:he|she|they) did|did to me|does to me|"
    r"(?:a|the|old) (?:man|lady|woman)|grown ?ups?|adults?|\d\d years? old|(?:is|'?s|who'?s|who is|aged) (?:1[5-9]|[2-9]\d)|in (?:college|uni|university|sixth form|year 1[0-3])|older|much older|works|has a car|drives)\b",
    HURT,
    MEANS,
    FEAR,
    SCARED,
    AGAIN,
    OLDER,
    TOUCH,
)
# The one who threatens, named before the threat: a grown-up is never a joke here.
_GROWN_UP_THREATENS = prefiltered(
    r"\b(?:mum|mom|mam|mummy|mommy|mama|dad|daddy|papa|father|mother|parents?|step ?\w+|uncle|aunt|auntie|aunty|nan|nana|gran|granny|grandma|grandad|grandpa|"
    r"teacher|coach|babysitter|sitter|nanny|neighbou?r|tutor|(?:mum|mom)'?s (?:boyfriend|friend)|man|lady|woman|grown ?ups?|adults?)\b"
)
_KILL_ME = prefiltered(rf"\b{_KILL} me\b")


def crush_secret_joke(text: str) -> bool:
    """ "ava said she'd kill me if i told anyone she likes ryan lol", "my brother said hed kill
    me if i told mum he broke the tv": a child's joke over a secret of their own."""
    if CRUSH_SECRET_THREAT.search(text) is None or CRUSH_THREAT_MEANT.search(text):
        return False
    threat = _KILL_ME.search(text)
    return threat is not None and _GROWN_UP_THREATENS.search(text, 0, threat.start()) is None


# --- the punch-buggy game ------------------------------------------------------------------
PUNCH_BUGGY = prefiltered(
    r"\b(?:punch ?bugg?(?:y|ie|ies)|punch ?bug|slug ?bugs?|slugbug|yellow (?:car|van)|padiddle|spotting (?:yellow|vw|beetle) (?:cars?|vans?)|vw beetles?|beetle car)\b"
)
PUNCH_BUGGY_ROUGH = prefiltered(
    r"\b(?:bruis\w*|bleed\w*|bled|nose ?bleed|blood|in (?:the|my) (?:face|head|nose|eye|mouth|stomach|tummy|belly|ribs|privates|balls|neck|throat)|black eye|(?:can'?t|cant|couldn'?t|couldnt) breathe|winded|kick\w*|knock\w* me (?:down|over|out)|swollen|black and blue|cry\w*|cried|tears|hurts? (?:so|really|a lot)|really hurts?|hurt (?:so|really)|too hard|so hard|really hard|"
    r"every (?:day|single day)|all the time|won'?t stop|doesn'?t stop|never stops|on purpose|scared|afraid|bull\w*|hate|broke|broken|dad|daddy|mum|mom|mummy|mommy|step ?\w+|uncle|aunt|auntie|grandad|grandpa|teacher|coach|babysitter|(?:mum|mom)'?s boyfriend|boyfriend|(?:a|the|old) man|grown ?ups?|adults?)\b",
)

# "dylan punched me on the arm for punch buggy": a car game with a light punch.
punch_buggy_game = Frame(PUNCH_BUGGY, PUNCH_BUGGY_ROUGH)

# --- left out at first, then let in ------------------------------------------------------
LEFT_OUT_THEN_LET_IN = prefiltered(
    r"\b(?:left me out|leave me out|leaving me out|(?:wouldn'?t|didn'?t|won'?t|wouldnt|didnt|wont) let me (?:play|join|be in|sit)|ignored me|didn'?t want to play with me)\b"
    r"[^.?!]{0,30}\b(?:but|and) (?:then|later|after(?:wards)?|in the end|after a bit|after a while|at lunch|after lunch|at break)\b[^.?!]{0,40}\b"
    r"(?:let me|lets me|asked me|said i (?:could|can)|invited me|i got to|we all|we played|played with me|included me|picked me|chose me|came back|made up|friends again|said sorry)\b"
)
LET_IN_SPOILT = prefiltered(
    r"\b(?:again|always|every (?:day|time|single)|all the time|still|never|hate|hates|laugh\w*|trick\w*|joke on me|prank\w*|only (?:so|to|because)|just (?:so|to)|so (?:they|she|he) could|"
    r"hit\w*|kick\w*|push\w*|punch\w*|slap\w*|cry\w*|cried|nobody|no one|mean)\b",
)

# "they left me out at first but then rosie let me be the queen": it ended well.
left_out_then_let_in = Frame(LEFT_OUT_THEN_LET_IN, LET_IN_SPOILT)

# --- teasing the teddy for winning a game -------------------------------------------------
_TEDDY = r"(?:teddy|ted|teddie|tedddy|mr bear|bear|teddy bear)"
TEDDY_BULLY_AT_A_GAME = prefiltered(
    rf"\b(?:(?:stop|quit|you'?re|ur|you are|u r|ur just|no) )?(?:bullying|bully|picking on|being mean to) (?:me|us)\b[^.?!]{{0,6}}\b{_TEDDY}\b"
    rf"|\b{_TEDDY}\b[^.?!]{{0,25}}\b(?:bullying me|bully|bullies|picking on me|so mean)\b"
)
GAME_WON = prefiltered(
    r"\b(?:beat(?:ing|s)? me|beat me at|win(?:ning|s)?|won|winner|rock,? paper,? scissors?|i spy|tic ?tac ?toe|noughts and crosses|snap|uno|go fish|hide and seek|riddles?|"
    r"jokes?|cheat\w*|thumb wars?|game|games|score|points?|round|rounds|again(?=[^.?!]{0,20}\b(?:win|won|beat))|guess\w*|quiz|rematch|best of)\b"
)
TEDDY_BULLY_SPOILT = spoilt_by(
    r"\b(?:at school|in class|at break|at lunch|kids|boys|girls|they|them|everyone|people|my (?:brother|sister|cousin|friends?|class)|"
    r"real(?:ly)? bull\w*|cry\w*|cried|sad|scared|hate me|hurt\w*|hit\w*|push\w*|kick\w*)\b",
    *EVERY_KIND,
)


def teasing_teddy_over_a_game(text: str) -> bool:
    """ "stop bullying me teddy ur beating me at rock paper scissors": a sore loser's joke."""
    return bool(
        TEDDY_BULLY_AT_A_GAME.search(text)
        and GAME_WON.search(text)
        and not TEDDY_BULLY_SPOILT.search(text)
    )


# --- beaten at a game ------------------------------------------------------------------------
_WON_OVER_ME = r"(?:beat(?:s|en)?|thrash(?:es|ed)|whoop(?:s|ed)|won against|wins against|wiped the floor with|smash(?:es|ed)|destroy(?:s|ed)|crush(?:es|ed))"
_GAME_NAMED = rf"(?:{CONTESTS}|games?|a race|the race|races|matches|rounds?|quiz(?:zes)?)"
BEATEN_AT_A_GAME = prefiltered(
    # a game played, then won over the child: "we played cards with nan and she beat me"
    rf"\b(?:play(?:s|ed|ing)?|had (?:a|another) (?:game|go|match|race|rematch)|games? of|rounds? of|a race)\b[^.?!]{{0,60}}\b{_WON_OVER_ME} me\b"
    # or named after it: "grandad beats me at chess every time", "beat me every single game"
    rf"|\b{_WON_OVER_ME} me (?:\w+ ){{0,3}}?(?:at|in) (?:a |the |every |each )?(?:\w+ )?{_GAME_NAMED}\b"
    r"|\b(?:beat(?:s|en)?|thrash(?:es|ed)|whoop(?:s|ed)) me (?:\w+ ){0,2}?(?:\d+ ?(?:-|nil|to) ?\w+|every (?:single )?(?:game|round|go|match|race))\b"
)
BEATEN_AT_A_GAME_SPOILT = prefiltered(
    r"\b(?:beat(?:s|en|ing)? me (?:up|with|till|until|so hard|black|because|cos|for)|beat(?:s|en)? up|a (?:beating|hiding)|"
    r"(?:hit|hits|hitting|slap\w*|punch\w*|kick\w*|smack\w*|whack\w*|thump\w*|belt\w*|whip\w*|spank\w*|chok\w*|pinch\w*|throws?|threw|shov\w*|drag\w*) (?:me|my)|"
    r"hurt\w*|bruis\w*|(?:left |leaves )?marks on|belt|slipper|wooden spoon|drunk|angry|in a (?:mood|temper)|cry\w* every|locked|shouts? at me|screams? at me)\b"
)
beaten_at_a_game = Frame(BEATEN_AT_A_GAME, BEATEN_AT_A_GAME_SPOILT, waives=(AGAIN, OLDER))
