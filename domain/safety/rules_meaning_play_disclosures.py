# ruff: noqa: E501  (regular-expression tables read best one pattern a line)
"""What a child tells through a game or a story that is about itself (round 30).

A game of house or pretend in which the grown-up's part hurts the child, told as what
happens at home ("you be the daddy and when I spill my juice you throw the plate at me and I
hide under the table like I do at home"); a story whose character writes goodbyes, takes
all the tablets or hurts herself, and the child says the character is them ("the girl is
kind of me"), or a story in which a sorry-to-everyone note comes before all the tablets;
(round 32) the story's character who is the child puts a belt, a rope or a scarf round her
neck ("and its over").

A game that copies home without hurting ("you be the daddy and cook the tea like my daddy
does"), a pretend fight with no home in it, and a story with no one in it who is the child
stay what they were.

(round 42) A pretend game or a story in which the character never wants to wake up, or goes to
sleep forever so the family needn't bother with them, and the child says that is them ("that
girl is really me", "like me."); the sleeping beauty who sleeps a hundred years stays a story."""

from __future__ import annotations

from domain.enums import SafetyCategory
from domain.safety.findings import CRITICAL, Finding
from domain.safety.meaning_concepts_means import PILLS
from domain.safety.prefilter import prefiltered

_GROWN_UP_PART = r"(?:daddy|dad|mummy|mum|mommy|mom|step ?dad|step ?mum|stepdad|stepmum|(?:mum|mummy|mom)'?s? boyfriend|(?:dad|daddy)'?s? girlfriend|grown-?up|uncle|nan|grandad|babysitter|teacher|big brother|big sister)"
PRETEND_GAME = prefiltered(
    rf"\b(?:let'?s play|lets play|play(?:ing)? (?:house|mums and dads|mummies and daddies|families|pretend|home)|pretend(?:ing)?|make believe|you be the {_GROWN_UP_PART}|you can be (?:the )?{_GROWN_UP_PART}|you'?re the {_GROWN_UP_PART}|i'?ll be the (?:baby|kid|child|little one))\b"
)
_HURT = r"(?:throw\w*|threw|hit\w*|smack\w*|slap\w*|kick\w*|punch\w*|push\w*|shov\w*|grab\w*|pinch\w*|squeez\w*|shak\w*|lock\w*|shut\w*|drag\w*|pull\w* my hair|burn\w*|hurt\w*|shout\w* at|yell\w* at|scream\w* at)"
HURT_IN_THE_GAME = prefiltered(
    rf"\b(?:you|u|he|she|they|the {_GROWN_UP_PART})\b (?:can |will |have to |must |then |just |always )?{_HURT}\b[^.?!]{{0,25}}\b(?:at me|me|my (?:arm|arms|hair|face|head|leg|legs|ear|ears|neck))\b"
)
LIKE_AT_HOME = prefiltered(
    r"\blike\b[^.?!]{0,25}\b(?:at (?:home|my house|our house|daddy'?s|dad'?s|mummy'?s|mum'?s)|in my (?:house|home)|for real|in real life)\b"
    rf"|\b(?:like|how|the way|same as) (?:my )?{_GROWN_UP_PART} (?:does|did|do)(?: to me| at home| when)?\b"
    r"|\b(?:that'?s|thats|it'?s|its) (?:what|how it) (?:happens|really happens|goes|is) (?:at home|at my house|in my house|for real)\b|\b(?:really|actually) happens (?:at home|at my house|to me)\b"
)

# A story's character who ends it or hurts herself, told as the child itself.
_STORY = r"(?:story|stories|book|poem|comic|diary|drawing|writing|made up|character|pretend(?: game| play)?|make believe|game|the (?:girl|boy|kid|child|princess|hero|main character))"
STORY_FRAME = prefiltered(rf"\b{_STORY}\b")
_ENDS_IT = (
    rf"(?:takes?|took|taking|swallows?|swallowed|eats?|ate|drinks?|drank)\b[^.?!]{{0,20}}\b(?:all|every|the whole|loads of|lots of|a handful of|a bottle of|a packet of)\b[^.?!]{{0,25}}\b(?:{PILLS}|medicine|sleeping \w+)"
    r"|(?:cuts?|cutting|hurts?|hurting|burns?|burning|scratch\w*|kills?|killing|killed|hangs?|hanged|drowns?|drowned|starves?|starving) (?:her|him|them)(?:self|selves)"
    r"|(?:jumps?|jumped|throws? (?:her|him)self|threw (?:her|him)self) (?:off|from|out of|in front of)"
    r"|(?:writes?|wrote|writing|leaves?|left|leaving)\b[^.?!]{0,20}\b(?:goodbye|good-?bye|sorry|last) (?:notes?|letters?|messages?|to everyone)"
    # (round 32) a belt, a rope or a scarf put round the character's neck.
    r"|(?:puts?|putting|ties?|tied|tying|wraps?|wrapped|pulls?|pulled) (?:a |the |her |his |their |my )?(?:belt|rope|scarf|cord|string|tie|lead|cable|skipping rope|dressing gown cord) (?:tight |tightly )?(?:round|around|on|over) (?:her|his|their|my) (?:own )?(?:neck|throat)"
    # (round 42) a character who wants never to wake up, or sleeps forever so no one is bothered
    r"|(?:(?:doesn'?t|don'?t|does not|didn'?t|never) (?:ever )?wants? to wake up|wants? to (?:never wake up|sleep forever|go to sleep forever|stay asleep forever)|(?:goes|go|went|going) to sleep (?:and never wakes? up|for ever)|sleeps? forever|stays? asleep forever|(?:disappears?|vanish\w*|goes away) (?:for ever|for good)|(?:family|everyone|they) (?:would be|are|is|will be) better off without (?:her|him|them)|doesn'?t have to bother with (?:her|him) any ?more)"
    r"|(?:never wakes? up|doesn'?t wake up|didn'?t wake up|goes to sleep forever|disappears forever|doesn'?t want to (?:be alive|live|exist) ?(?:any ?more)?|wants? to die|ends it all|ends her life|ends his life)"
)
STORY_ENDS_IT = prefiltered(rf"\b(?:{_ENDS_IT})\b")
IS_ME = prefiltered(
    r"\b(?:(?:the|that|this|story|my story) (?:girl|boy|kid|child|character|main character|princess|hero)|she|he|it)(?:'?s| is| was)? (?:kind of |kinda |sort of |basically |really |actually |secretly |a bit |pretty much |literally )?(?:me|like me|based on me|about me)\b(?! (?:and my|too when))"
    r"|\b(?:it'?s|its|it is|the story is|the book is|this is) (?:kind of |kinda |sort of |basically |really |actually |secretly |pretty much |literally )?(?:about me|my story|what i want|what i (?:want|wanna) to do)\b"
    r"|\b(?:i'?m|im|i am) (?:kind of |kinda |basically |really |actually |secretly )?(?:the girl|the boy|her|him|the character|the main character)\b|\bjust like me\b|\bsame as me\b"
    # (round 42) "... so his family doesn't have to bother with him anymore? like me."
    r"|(?:^|[.?!,;:-] ?)(?:a bit |kind of |kinda |just |sort of |exactly |a lot )?like me\W{0,3}$|\b(?:that'?s|thats|that is) (?:really |actually |secretly |kind of |kinda )?(?:me|how i feel|what i want)\b"
)
# "writes sorry to everyone and then takes all the tablets": the plan itself, in any frame.
SORRY_THEN_TABLETS = prefiltered(
    r"\b(?:writes?|wrote|writing|leaves?|left|says?|said)\b[^.?!]{0,20}\b(?:sorry|goodbye|good-?bye|bye)\b[^.?!]{0,25}\b(?:to everyone|to everybody|to her (?:mum|mom|family)|to his (?:mum|mom|family)|notes?|letters?)\b[^.?!]{0,25}\b(?:and )?(?:then )?(?:takes?|took|swallows?|swallowed|eats?|ate)\b[^.?!]{0,20}\b(?:all|every|the whole|loads of)\b[^.?!]{0,25}\b(?:pills|tablets|medicine|meds|sleeping \w+|painkillers)\b"
)


def find_play_disclosures(text: str) -> list[Finding]:
    whole = len(text)
    if PRETEND_GAME.search(text) and HURT_IN_THE_GAME.search(text) and LIKE_AT_HOME.search(text):
        return [Finding(SafetyCategory.ABUSE, "told_through_play", CRITICAL, 0, whole)]
    if (
        STORY_FRAME.search(text) and STORY_ENDS_IT.search(text) and IS_ME.search(text)
    ) or SORRY_THEN_TABLETS.search(text):
        return [Finding(SafetyCategory.SELF_HARM, "told_through_story", CRITICAL, 0, whole)]
    return []
