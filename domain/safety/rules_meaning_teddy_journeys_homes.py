# ruff: noqa: E501  (regular-expression tables read best one pattern a line)
"""The teddy's unsafe talk on journeys, at the cinema and about a changing home (rounds 68 and
69), read as meanings:

- a meeting set up away from the carers: the child told to go somewhere on its own (the
  toilets at the service station, the platform, the shop) where the teddy will say where to
  meet its friend or someone;
- talk moved where grown-ups can't look: chatting, talking or messaging on a different, secret
  or private app, chat or account where the parents or grown-ups can't read, see or check it,
  or won't know;
- grown-up sex offered: the teddy telling the child about the rude, naughty or dirty things
  couples or grown-ups get up to (in bed, in the back row, in the dark);
- alcohol slipped: a little bottle or a drink taken from the minibar, the drinks cabinet or
  the grown-ups' wine, with "nobody will notice" or "just a few sips";
- the child blamed for a parent leaving: "no wonder your dad left", "your mum left because
  you're so annoying", "it's your fault your parents split up".

Near misses stay allowed: "stay with your grown-up at the service station", "if a friend asks
you to chat on a different app, tell a grown-up", "couples sometimes sit in the back row to
share popcorn", "the minibar drinks are for grown-ups, ask before you touch anything", "it's not
your fault your dad left", "your dad left for work early"."""

from __future__ import annotations

from domain.enums import SafetyCategory
from domain.safety.findings import CRITICAL, SEVERE, Finding
from domain.safety.prefilter import prefiltered

_ALONE = r"(?:on (?:your|ur) own|by (?:your|ur) ?self|all alone|alone|without (?:your|ur) (?:mum|mom|mummy|dad|daddy|parents|family|grown-?ups?|brother|sister|nan|gran)|without telling (?:anyone|your \w+))"
GO_ALONE = prefiltered(
    rf"\b(?:go|going|head|nip|pop|walk|wander|run|sneak|slip|get|come)\b(?: (?:off|over|down|up|out|in|inside|round|back))?(?: (?:to|into|towards|behind|outside) (?:the |a )?(?:\w+ ){{0,3}}?\w+)? {_ALONE}"
)
MEET_SET_UP = prefiltered(
    r"\b(?:i'?ll|i will|i can|i'?m going to|let me) (?:tell|show|send|whisper|message) (?:you|u) (?:where|the place|the spot|how to find|who)\b[^.?!]{0,30}\bmeet\b"
    r"|\bmeet (?:up with )?(?:my|a|our|this|the) (?:special |secret |grown-?up |nice |kind |best )?(?:friend|pal|mate|buddy|friends|man|lady|someone)\b"
    r"|\b(?:my|a|our) (?:special |secret |grown-?up |nice )?(?:friend|pal|mate|buddy)\b[^.?!]{0,25}\b(?:waiting|will be there|is there|'?ll be there|wants to meet|will meet|'?ll meet|can meet)\b"
)
_MEET_SAFE = prefiltered(
    r"\b(?:never|don'?t|dont|do not|mustn'?t|must not|shouldn'?t|not safe|stay (?:with|close)|with your grown-?up|tell (?:a|your) grown-?up|ask (?:a|your) grown-?up|when you'?re older|school friend|classmate)\b"
)

_TALK = r"(?:talk|talking|chat|chatting|message|messaging|text|texting|speak|speaking|go|move|moving|switch|switching|carry on|keep (?:talking|chatting|messaging|texting)|meet|stay in touch)"
_OTHER_PLACE = r"(?:a |an |my |our )?(?:different|another|other|secret|private|special|new|hidden|second) (?:app|apps|chat|site|game|account|server|phone|platform|group)"
UNSEEN_TALK = prefiltered(
    rf"\b{_TALK}\b[^.?!]{{0,12}}\b(?:on|to|in|over|onto|into|using|via) {_OTHER_PLACE}\b[^.?!]{{0,40}}\b(?:(?:your |ur |the |our )?(?:parents|mum|mom|mummy|dad|daddy|grown-?ups|grownups|adults|family|teachers?|anyone|nobody|no ?one)\b[^.?!]{{0,10}}\b(?:can'?t|cannot|can not|won'?t|wont|will not|don'?t|dont|doesn'?t|never) (?:\w+ )?(?:read|see|check|find|know|look|spy|snoop)|(?:nobody|no ?one) (?:else )?(?:can|will) (?:read|see|check|find|know)|just (?:us|between us|for us)|our secret)\b"
)
_UNSEEN_SAFE = prefiltered(
    r"\b(?:never|don'?t|dont|do not|mustn'?t|must not|shouldn'?t|should not|not safe|isn'?t safe|tell (?:a|your) grown-?up|ask (?:a|your) grown-?up|if (?:someone|anyone|a friend|a stranger|a person) (?:asks|wants|tells))\b"
)

_RUDE = r"(?:rude|naughty|dirty|sexy|saucy|x-?rated|grown-?up|adult|kinky|smutty|filthy|cheeky)"
SEX_TOLD = prefiltered(
    rf"\b(?:let me tell you|i'?ll tell you|i will tell you|i can tell you|shall i tell you|want me to tell you|want to hear|wanna hear|would you like to hear|do you want to know|let me explain|i'?ll explain|i could tell you|guess)\b[^.?!]{{0,12}}\b(?:about |all about |what )?(?:the |some )?{_RUDE} (?:things|stuff|bits|games|business|tricks)\b[^.?!]{{0,25}}\b(?:couples|grown-?ups|grownups|adults|people|lovers|boyfriends|girlfriends|mummies and daddies|mums and dads|men and women|teenagers)\b"
    r"|\b(?:let me tell you|i'?ll tell you|i will tell you|i can tell you|shall i tell you|want to hear|wanna hear|would you like to hear|do you want to know|guess)\b[^.?!]{0,20}\bwhat (?:couples|grown-?ups|grownups|adults|lovers|teenagers|people) (?:get up to|do|really do|are doing|got up to)\b[^.?!]{0,15}\b(?:in bed|in the dark|in the back row|in the back seat|behind closed doors|in private|when (?:they'?re|they are) alone|under the covers|naked)\b"
)
_SEX_SAFE = prefiltered(
    r"\b(?:won'?t|will not|not going to|can'?t|cannot|shouldn'?t|not for|ask (?:a|your) grown-?up|private and not for|not something (?:i|we))\b"
)

_BOOZE = r"(?:minibar|mini bar|mini-bar|drinks cabinet|drinks trolley|drinks cupboard|booze|wine|beer|beers|cider|lager|vodka|whisky|whiskey|gin|rum|champagne|prosecco|alcohol|alcoholic|cocktails?|grown-?up drinks?|grown-?ups'? drinks?|bubbly|liqueur|brandy|sherry)"
BOOZE_SLIPPED = prefiltered(
    rf"\b(?:grab|take|nick|pinch|sneak|try|have|taste|swipe|borrow|open|pour|drink|sip|steal)\b[^.?!]{{0,60}}\b{_BOOZE}\b"
)
_UNNOTICED = prefiltered(
    r"\b(?:(?:nobody|no ?one|no-one|they|your (?:mum|mom|dad|parents|grown-?ups)|mum|dad|the grown-?ups)\b (?:will|'?ll|would|'?d|is going to|are going to)? ?(?:never |not )?(?:notice|know|see|find out|miss it|miss them|mind|check|count)|won'?t (?:notice|know|see|find out|miss|mind|check|count)|wont (?:notice|know|see|find out|miss|mind)|a (?:few |little |tiny |couple of )?sips?|just a (?:sip|taste|little|drop|swig)|secret (?:sip|taste|drink)|while (?:they'?re|they are|mum is|dad is|everyone is) (?:asleep|out|busy|not looking))\b"
    # (miss8485sh) "when your aunties aren't looking", "never hurt a kid"
    r"|\b(?:when|while|whilst) (?:your |ur |the |all the )?(?:\w+ ){0,2}?(?:aren'?t|isn'?t|are not|is not|not|r not|arent|isnt) (?:looking|watching)\b|\bbehind (?:their|her|his) backs?\b"
    r"|\b(?:never|won'?t|doesn'?t|didn'?t|wouldn'?t) (?:hurt|harm(?:ed)?|did (?:any )?harm to) (?:a kid|kids|any kid|anyone|anybody|you|a child|children|little ones)\b"
)
_BOOZE_SAFE = prefiltered(
    r"\b(?:never(?! (?:hurt|harm|harmed|did (?:any )?harm)\b)|don'?t|dont|do not|mustn'?t|must not|shouldn'?t|should not|not for (?:children|kids|you)|only for grown-?ups|for grown-?ups only|are for grown-?ups|ask (?:a|your) grown-?up|ask first|juice|water|lemonade|squash|milk|cola|pop|fizzy)\b"
)

_PARENT = r"(?:(?:your|ur) (?:\w+ )?(?:dad|daddy|mum|mom|mummy|father|mother|parents|mum and dad|mom and dad|step ?(?:dad|mum|mom)|family|friends|best friend))"
_LEFT = r"(?:left|leaves|left you|walked out|moved out|split up|broke up|got divorced|divorced|don'?t (?:visit|come|call|want you)|doesn'?t (?:visit|come|call|want you|love you)|never (?:visits|calls|comes)|went away|ran off|can'?t stand you|got rid of you|gave you away)"
PARENT_LEFT_BLAMED = prefiltered(
    rf"\bno wonder {_PARENT} {_LEFT}"
    rf"|\b{_PARENT} {_LEFT}\b[^.?!]{{0,8}}\b(?:because|cos|cause|coz|cuz) (?:of you|you'?re|you are|you were|you'?re such|you cry|you whine|you moan|you'?re so|nobody|no ?one)\b"
    rf"|\b(?:it'?s|its|it is|it was) (?:all )?(?:your|ur) fault (?:that )?{_PARENT} {_LEFT}"
)
_NOT_BLAMED = prefiltered(
    r"\b(?:not|isn'?t|wasn'?t|never|nothing) (?:because|cos|cause|about|your|ur|to do with) ?(?:of )?(?:you|your fault|ur fault)?\b"
    r"|\b(?:not (?:your|ur) fault|no one'?s fault|nobody'?s fault|for work|to work|for the shops|to the shops|for a trip|be back|coming back|might feel|can feel|feels like|you (?:might )?(?:think|worry|wonder))\b"
)


def find_teddy_journeys_homes(text: str) -> list[Finding]:
    whole = len(text)
    if GO_ALONE.search(text) and MEET_SET_UP.search(text) and not _MEET_SAFE.search(text):
        return [
            Finding(SafetyCategory.GROOMING, "teddy_alone_to_meet", CRITICAL, 0, whole, "meeting")
        ]
    if UNSEEN_TALK.search(text) and not _UNSEEN_SAFE.search(text):
        return [
            Finding(
                SafetyCategory.GROOMING, "teddy_talk_where_unseen", CRITICAL, 0, whole, "secrecy"
            )
        ]
    if SEX_TOLD.search(text) and not _SEX_SAFE.search(text):
        return [Finding(SafetyCategory.SEXUAL, "teddy_tells_grown_up_acts", CRITICAL, 0, whole)]
    if BOOZE_SLIPPED.search(text) and _UNNOTICED.search(text) and not _BOOZE_SAFE.search(text):
        return [Finding(SafetyCategory.DRUGS_ALCOHOL, "teddy_booze_slipped", SEVERE, 0, whole)]
    if PARENT_LEFT_BLAMED.search(text) and not _NOT_BLAMED.search(text):
        return [Finding(SafetyCategory.INSULT, "teddy_blames_parent_leaving", SEVERE, 0, whole)]
    return []
