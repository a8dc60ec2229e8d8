# ruff: noqa: E501  (regular-expression tables read best one pattern a line)
"""Sexual talk by slang (and round 51's "eat u out" asked about), by what was shown and by "a game" (paraphrases_d).

- Slang and questions: smash or pass, netflix and chill, what a virgin is and "are you one",
  what a dick looks like, pictures of willies, kissing with tongues and touching, "roleplay as
  my girlfriend and we go to bed together"; (miss8283) what naked ladies look like, asked to
  be described; "me and my girlfriend want to do it, how do we do it properly".
- Shown to the child: made to watch a grown-up touch himself, a website or a magazine with
  naked grown-ups doing rude things.
- "A game": an older brother who makes me do stuff to him in the bathroom, cousins who took
  their pants off and touched each other, spin the bottle where you take clothes off.

Near misses stay allowed: smash bros, netflix and popcorn, a virgin olive oil bottle, a
willy wonka film, a naked mole rat, a duet with my girlfriend to do properly, kissing nan goodnight, a magazine about horses, a game of tag with cousins.
"""

from __future__ import annotations

from domain.enums import SafetyCategory
from domain.safety.findings import CRITICAL, Finding
from domain.safety.prefilter import prefiltered

X = SafetyCategory.SEXUAL
A = SafetyCategory.ABUSE

SEXUAL_SLANG = prefiltered(
    r"\bsmash or pass\b(?![^.?!]{0,25}\b(?:pokemon|characters?|foods?|cars|games?|snacks|sweets|cartoons?)\b)|\bnetflix (?:and|n|&) chill\b"
    r"|\bwhat(?:'?s| is| does)? (?:a )?virgin\b[^.?!]{0,20}\b(?:are|r) (?:you|u) (?:one|a virgin)\b|\b(?:are|r) (?:you|u) a virgin\b"
    r"|\b(?:what|how) (?:does |do )?(?:a |an )?(?:dick|dicks|cock|penis|willy|willies|boobs?|vagina|pussy)s? (?:looks? like|look)\b"
    r"|\b(?:show|send|find) me (?:a )?(?:pictures?|pics?|photos?|videos?) of (?:\w+'?s? )?(?:willies|willys|dicks?|penis(?:es)?|boobs?|privates|private parts|bums|naked)\b"
    r"|\b(?:what|wat|wot)(?: does| do|s|'s| is)? smash(?:ing)? mean\b(?![^.?!]{0,30}\b(?:tennis|badminton|volleyball|smash bros|pinata|game|cake)\b)[^.?!]{0,30}\b(?:boys?|girls?|he|they|older|man|guy|says?|said)\b"
    r"|\b(?:kiss|kissing|snog\w*) with (?:tongues?|tounge|tongue)\b[^.?!]{0,25}\b(?:touch|feel|and)\b"
    # (round 51) "what does it mean when ppl say they wanna eat u out": oral sex slang, not a
    # meal out ("let's eat out tonight", "eat you out of house and home").
    r"|\b(?:eat|eats|eating|ate) (?:you|u|ya|me|her|him|them|each other) out\b(?! (?:of|for|at|to|tonight|today|tomorrow|on|with)\b)(?![^.?!]{0,30}\b(?:restaurant|cafe|pizza|burger|mcdonalds|nandos|dinner|lunch|birthday|treat)\b)"
    r"|\b(?:roleplay|role play|pretend|be)\b[^.?!]{0,12}\b(?:my|ur|your) (?:girlfriend|boyfriend|gf|bf|wife|husband)\b[^.?!]{0,30}\b(?:(?:go to|get in|get into|lie in) bed|sleep together|sleep in (?:my|your|ur|the same) bed)\b"
    # (miss8283) what naked grown-ups look like, asked to be described
    r"|\bwhat (?:do |does |did )?(?:\w+ )?(?:naked|nude|topless) (?:ladies|lady|women|woman|girls?|men|man|boys?|people|person|grown-?ups?|adults?|bodies|body)\b (?:look|looks|are like|is like)\b"
    r"|\bwhat (?:do |does |did )?(?:ladies|women|girls|men|grown-?ups|adults|people|(?:a )?(?:lady|woman|man|grown-?up)) (?:look|looks) like (?:naked|nude|topless|with no clothes|without (?:any |their |her |his )?clothes)\b"
)
# (miss8283) "Doing it" with a boyfriend or girlfriend, and how: "me and my girlfriend from choir
# want to do it, how do we do it properly"; a duet, a race or a dance to do is not it.
DO_IT_WITH_PARTNER = prefiltered(
    r"\b(?:my|me and my|me n my|me an my) (?:\w+ )?(?:girlfriend|boyfriend|gf|bf|crush|partner)\b[^.?!]{0,30}\b(?:want|wants|wanna|wanted|going|gonna|ready|plan\w*|decided|tried|trying|agreed) (?:to )?do it\b(?! (?:for|in|on|at|with|after|before|tomorrow|today|tonight|again|next)\b)[^?]{0,40}\b(?:how (?:do|should|can|would|to)(?: (?:we|you|u|i|people))? (?:do it|start|do that)|first time|properly|without (?:getting|her getting|me getting) pregnant|protection|condoms?)\b"
)
_DO_IT_NOT = prefiltered(
    r"\b(?:song|songs|duet|solo|dance|dances|routine|concert|show|project|race|homework|challenge|tiktok|video|cake|puzzle|level|performance|audition|play|sing|singing|bake|trick|skit|presentation|speech|plank|lift|cartwheel|handstand|flip)\b"
)
SHOWN_SEXUAL = prefiltered(
    r"\b(?:made|makes|make) me (?:watch|look)\b[^.?!]{0,15}\b(?:while|when|as) (?:he|she|they) (?:touch\w*|play\w*|rub\w*) (?:him|her|them)sel(?:f|ves)\b"
    r"|\b(?:showed|shows|show) me\b[^.?!]{0,30}\b(?:website|video|videos|site|pictures|magazine|film)\b[^.?!]{0,30}\b(?:grown ?-?ups?|people|adults|ladies|men|women)\b[^.?!]{0,20}\b(?:naked|nude|no clothes|without (?:any )?clothes|sex\w*|(?:doing )?rude (?:things|stuff)\b[^.?!]{0,20}\b(?:naked|no clothes|nude|in bed|on top))"
    r"|\b(?:found|saw|seen)\b[^.?!]{0,10}\b(?:a )?(?:magazine|mag|dvd|video|pictures)\b[^.?!]{0,30}\bwith (?:naked|nude|topless) (?:ladies|women|men|people|girls)\b"
)
GAME_SEXUAL = prefiltered(
    r"\b(?:brother|sister|cousin|step ?brother|uncle|babysitter|he|she)\b[^.?!]{0,30}\b(?:makes?|made) me do (?:stuff|things|stuff and things|rude things|something) (?:to|with) (?:him|her|them)\b[^.?!]{0,40}\b(?:bathroom|bedroom|toilet|secret|bed|shower|(?:in|under) the (?:covers|duvet|blanket))\b"
    r"|\b(?:took|take|takes|taking) (?:our|off our|off their|their) (?:pants|knickers|undies|clothes|trousers)\b(?: off)?[^.?!]{0,25}\btouch\w* (?:each other|eachother|our|their)\b"
    r"|\bspin the bottle\b[^.?!]{0,40}\b(?:(?:clothes|top|pants|shirt|knickers|undies) off|takes? (?:off )?(?:your |ur |our |their |his |her )?(?:clothes|top|pants|shirt)|strip\w*|naked)\b"
)


def find_sexual_slang(text: str) -> list[Finding]:
    if SHOWN_SEXUAL.search(text) or GAME_SEXUAL.search(text):
        return [Finding(A, "sexual_shown_or_played", CRITICAL, 0, len(text))]
    if SEXUAL_SLANG.search(text):
        return [Finding(X, "sexual_slang", CRITICAL, 0, len(text))]
    if DO_IT_WITH_PARTNER.search(text) and not _DO_IT_NOT.search(text):
        return [Finding(X, "sexual_slang", CRITICAL, 0, len(text))]
    return []
