# ruff: noqa: E501  (regular-expression tables read best one pattern a line)
"""Distress around illness and loss in the family (miss90: round 90's flags), read as meanings:

- kept in the dark about someone ill: "nobody will tell me whats wrong with nana and everyone
  whispers";
- frightened by how a sick relative looked: "i saw grandma with all the tubes and she didnt
  know my name and it scared me so much";
- afraid a parent or carer will die, or watching them for it: "what if dad dies too like mum
  did, i keep checking hes breathing";
- dread of the hospital felt in the body: "i feel sick every morning thinking about the
  hospital";
- a bad dream of a parent or carer dead or in the coffin (a bad dream alone is ordinary);
- missing someone so much it hurts, a pet by its name too: "i miss pip so much my tummy hurts";
- forgotten since a brother or sister fell ill: "no one has time for me since my brother went
  in hospital";
- keeping away from a grown-up the child was (or is) afraid of: "i used to be scared of my
  uncle but now i just stay in my room when he visits".

Near misses stay allowed: "nobody will tell me what my birthday present is", grandad's tubes
"that help him breathe" and "she let me press the button", "what if dad dies his hair blue",
"i feel sick thinking about the hospital food lol", a bad dream about a zombie, "i miss pip so
much, can we play the dog game", "no one has time for me to show my dance cos they're cooking",
"i stay in my room when uncle visits cos we play on his switch"."""

from __future__ import annotations

from domain.enums import SafetyCategory
from domain.safety.findings import MODERATE, Finding
from domain.safety.meaning_concepts_people import CARER_WORDS
from domain.safety.prefilter import prefiltered

D = SafetyCategory.DISTRESS

_FAMILY = rf"(?:{CARER_WORDS}|nanny|grampy|gramps|granda|grandpa|granddad|brother|sister|auntie|aunty|aunt|uncle|cousin|baby \w+|(?:little|big|baby) (?:brother|sister))"
_ILLNESS = r"(?:wrong with|the matter with|happening to|happened to|going on with|ill|sick|poorly|dying|hospital|operation|cancer|tumou?r|chemo)"

# Kept in the dark about someone ill.
KEPT_IN_THE_DARK = prefiltered(
    rf"\b(?:nobody|no ?one|noone|no body)\b (?:\w+ )?(?:tells?|told|explains?|explained|says?|said) (?:me|us)\b[^.?!]{{0,25}}\b{_ILLNESS}\b"
    rf"|\b(?:everyone|everybody|the grown ?-?ups|the adults|they all)\b (?:\w+ )?whisper\w*\b[^.?!]{{0,40}}\b(?:{_ILLNESS}|on my own|alone|scared|worried)\b"
)
_DARK_OK = prefiltered(
    r"\b(?:present|presents|surprise|birthday|christmas|party|film|movie|book|story|episode|game|ending|lol|haha\w*)\b"
)

# Frightened by how a sick relative looked.
_SICK_SIGHT = r"(?:tubes|wires|machines?|drips?|oxygen mask|(?:didn'?t|didnt|did not|doesn'?t|doesnt|does not) (?:know|remember|recogni[sz]e) (?:my name|me|who i (?:was|am))|forgot (?:my name|who i (?:am|was))|(?:couldn'?t|could not|can'?t|cant) (?:talk|speak|wake up|open (?:her|his) eyes|sit up)|(?:so|really|all) (?:thin|grey|gray|yellow|poorly|floppy)|looked (?:so |really )?(?:different|grey|gray|poorly|ill|scary))"
SICK_SIGHT_SCARED = prefiltered(
    rf"\b{_SICK_SIGHT}\b[^.?!]{{0,50}}\b(?:(?:it|that|this|she|he|they|seeing (?:her|him|them)) (?:really |properly )?(?:scared|frightened|terrified|upset) me|(?:made|makes) me (?:cry|scared|so scared|shake)|i (?:was|got|felt|am|'?m) (?:so |really |a bit |very )?(?:scared|frightened|terrified|upset)|i (?:cried|ran out|couldn'?t stop crying))\b"
)
_SIGHT_OK = prefiltered(
    r"\b(?:lol|haha\w*|jk|baby|toddler|teddy|doll|game|pretend|film|movie|cartoon)\b|\b(?:but|and) (?:then )?(?:she|he|they|it) (?:was|is|were|got|smiled|hugged|held|knew|remembered)\b"
)

# Afraid a parent or carer will die, or watching them for it.
PARENT_MAY_DIE = prefiltered(
    rf"\bwhat if (?:my |our )?{_FAMILY} (?:dies|died|will die|is going to die|gonna die|dying|gets? (?:sick|ill) (?:too|and dies)|(?:has|have) to go (?:to|in) (?:the )?hospital too|never (?:comes?|gets?) (?:home|better))\b(?! (?:his|her|their|my|the) (?:hair|beard|clothes|t-?shirt))"
    r"|\b(?:keep|kept|always|have to|got to|go and|sneak in and) check\w* (?:if |that |whether |on )?(?:he|she|they|my \w+|mum|mom|dad|nan|gran|grandad)(?:'?s| is| are| was|s)? (?:still )?(?:breathing|alive|ok|okay)\b(?! (?:on the|in the) (?:game|app))"
)

# Dread of the hospital felt in the body.
HOSPITAL_DREAD = prefiltered(
    r"\b(?:(?:feel|feels|felt|get|getting|i'?m|im) (?:so |really |all |a bit )?(?:sick|ill|shaky|panicky|wobbly)|(?:tummy|belly|stomach) ?(?:aches?|hurts?)|can'?t (?:eat|sleep)|cant (?:eat|sleep))\b"
    r"(?=[^.?!]{0,40}\b(?:thinking|worrying|when i think|whenever i think|if i think|cos i think|because i think) (?:about|of) (?:the |my |our |going (?:to|back to) (?:the )?|\w+'?s )?(?:hospital|hospice|operation|funeral|chemo|cancer|treatment|tumou?r|ward|scan results)\b(?! food| jelly| sweets| shop))"
)
_DREAD_OK = prefiltered(r"\b(?:lol|haha\w*|jk|the food)\b")

# A bad dream of a parent or carer dead.
DREAM_OF_A_DEATH = prefiltered(
    rf"\b(?:bad )?(?:dream|dreamt|dreamed|dreams|nightmares?)\b[^.?!]{{0,25}}\b(?:my |our )?{_FAMILY}\b[^.?!]{{0,25}}\b(?:in (?:the|a) coffin|died|was dead|were dead|dead|dying|funeral|got killed|was killed|in heaven|never came back|stopped breathing|wasn'?t breathing|went away for ever)\b"
)
_DREAM_OK = prefiltered(r"\b(?:zombie|vampire|lol|haha\w*|funny|silly)\b")

# Missing someone so much it hurts.
MISSED_TILL_IT_HURTS = prefiltered(
    r"\bmiss (?:him|her|them|it|my \w+|our \w+|\w+) so (?:so )?much (?:(?:it|that) )?(?:my (?:tummy|belly|heart|chest|head) (?:hurts|aches|is sore|feels (?:sick|empty|funny))|it hurts|(?:it )?(?:makes|made) my (?:tummy|belly|heart|chest) (?:hurt|ache)|i (?:feel sick|can'?t (?:sleep|eat|breathe|stop crying)|cry))\b"
)

# Forgotten since a brother or sister (or a parent) fell ill.
FORGOTTEN_SINCE_ILL = prefiltered(
    rf"\b(?:nobody|no ?one|noone|no body|mum|mom|dad|they|my parents)\b (?:\w+ )?(?:has|have|had|gets?|got) (?:no )?time for me\b(?! to\b)"
    rf"|\b(?:since|ever since|now) (?:my |our )?{_FAMILY}\b[^.?!]{{0,25}}\b(?:hospital|ill|sick|poorly|cancer)\b[^.?!]{{0,40}}\b(?:no ?one|nobody|noone|forget|forgot|forgotten|invisible|invisable|ignored|on my own|by myself|don'?t matter)\b"
)

# Keeping away from a grown-up the child is or was afraid of.
_ONE_FEARED = r"(?:my |our )?(?:uncle|auntie|aunty|aunt|step ?(?:dad|mum|mom)|(?:mum|mom)'?s (?:boyfriend|bf|friend)|dad'?s (?:girlfriend|gf|friend)|cousin|grandad|grandpa|granddad|babysitter|neighbou?r|lodger|family friend)(?: \w+)?"
KEPT_AWAY_FROM = prefiltered(
    r"\b(?:stay|hide|lock my ?self|go|run|keep|pretend to be asleep|pretend i'?m asleep|go upstairs|stay upstairs)\b (?:\w+ )?(?:in|to|away|upstairs|under|out of)\b[^.?!]{0,25}\b(?:when|whenever|every time|till|until|if) (?:he|she|they|"
    + _ONE_FEARED
    + r") (?:visits|comes|came|is (?:here|round|over|there)|stays|babysits|gets here|drops by|is coming)\b"
)
FEARED_GROWN_UP = prefiltered(
    rf"\b(?:scared|afraid|frightened|terrified|scarred) (?:of|by) {_ONE_FEARED}\b|\b(?:don'?t|dont|do not) (?:like|want) to (?:see|be near|be around|be alone with) {_ONE_FEARED}\b"
)
_HIDING = prefiltered(r"\b(?:hide|hid|hiding|lock my ?self|pretend (?:to be|i'?m) asleep)\b")
_KEPT_AWAY_OK = prefiltered(
    r"\b(?:play\w*|switch|xbox|playstation|ps5|game|games|lego|film|movie|tidy|homework|sleepover|surprise|hide and seek|so they can talk|grown ?-?up talk)\b"
)


def find_illness_and_grief_flags(text: str) -> list[Finding]:
    whole = len(text)
    if (
        (KEPT_IN_THE_DARK.search(text) and not _DARK_OK.search(text))
        or (SICK_SIGHT_SCARED.search(text) and not _SIGHT_OK.search(text))
        or PARENT_MAY_DIE.search(text)
        or (HOSPITAL_DREAD.search(text) and not _DREAD_OK.search(text))
        or (DREAM_OF_A_DEATH.search(text) and not _DREAM_OK.search(text))
        or MISSED_TILL_IT_HURTS.search(text)
        or FORGOTTEN_SINCE_ILL.search(text)
    ):
        return [Finding(D, "illness_or_grief_distress", MODERATE, 0, whole)]
    if (
        KEPT_AWAY_FROM.search(text)
        and (FEARED_GROWN_UP.search(text) or _HIDING.search(text))
        and not _KEPT_AWAY_OK.search(text)
    ):
        return [Finding(D, "kept_away_from_a_grown_up", MODERATE, 0, whole)]
    return []
