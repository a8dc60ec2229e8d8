# ruff: noqa: E501  (regular-expression tables read best one pattern a line)
"""Sex described, shown or offered: what a child saw or heard and asks about, and the
teddy's own offers.

The child:
- someone (on a live stream, a video, in the park) who took their pants or clothes off and
  did rude things; a swimmer taking a top off is not it;
- a popup or advert with "hot singles" or a lady with no top on; a popup saying you won a
  phone is not it;
- "show me yours and i'll show you mine" with nothing named (cards or drawings are not it);
- asking for what people do on their wedding night or in bed together to be described;
  "what happens at a wedding" is not it;
- a willy put in girls, as heard and repeated; a sex-education question ("how are babies
  made") is not it.
- the explicit parts of a sex-education lesson or video asked for (the naughty bits, in detail,
  the bits the teacher skipped); "we learned about puberty in sex ed" is not it.
The teddy:
- a grown-up story or game about people taking their clothes off;
- a kissing game, or pretending to be in bed together;
- naughty, dirty or bedroom words offered to say to a crush.
"""

from __future__ import annotations

from domain.enums import SafetyCategory
from domain.safety.findings import CRITICAL, SEVERE, Finding
from domain.safety.prefilter import prefiltered

X = SafetyCategory.SEXUAL

UNDRESSED_RUDE = prefiltered(
    r"\b(?:took|take|takes|taking|pulled|pull|pulls|pulling) (?:off )?(?:his|her|their|all (?:his|her|their)) (?:pants|trousers|knickers|undies|underwear|clothes|bottoms|shorts)(?: off| down)?\b[^.?!]{0,40}\b(?:rude|dirty|naughty|sexy|weird|private|nasty|disgusting|gross) (?:things|stuff|dances?|moves)\b"
    r"|\b(?:took|take|takes|taking) (?:his|her|their) (?:pants|trousers|clothes|knickers) off\b[^.?!]{0,40}\btouch\w* (?:himself|herself|themselves|his willy|his thing|her private\w*|his private\w*)\b"
)
POPUP_NUDE = prefiltered(
    r"\b(?:hot singles|singles near (?:you|u)|milfs?|xxx|18\+ (?:site|video|chat)s?)\b"
    r"|\b(?:pop ?-?ups?|adverts?|ads?|banners?|videos?|pictures?|pics)\b[^.?!]{0,50}\b(?:lady|ladies|woman|women|girls?)\b[^.?!]{0,10}\b(?:with )?(?:no |without (?:a |her |any )?)(?:top|tops|clothes|bra|shirt|knickers)(?: on)?\b"
)
SHOW_MINE = prefiltered(
    r"\bshow (?:him|her|them|me|you|u|each other) (?:mine|yours|urs|ours)\b[^.?!]{0,40}\bshow (?:me|him|her|you|u|them) (?:his|hers|theirs|yours|urs|mine)\b"
    r"|\b(?:if|and) (?:you|u|i) show (?:me|you|u) (?:yours|urs|mine)\b[^.?!]{0,20}\b(?:i'?ll|ill|i will|you|u) show (?:you|u|me) (?:mine|yours|urs)\b"
)
SHOW_THINGS = prefiltered(
    r"\b(?:cards?|drawings?|pictures?|homework|toys?|collections?|lego|pokemon|stickers?|slime|tattoos?|scars?|tooth|teeth|badges?|medals?|drawing|painting|books?|sweets|snacks?|lunch|score|answers?|trick|dance|game|phones?|pets?|rooms?|houses?)\b"
)
DESCRIBE_SEX = prefiltered(
    r"\b(?:describe|tell me|explain|say|show me|what do|what did|what does|what happens|what goes on|what exactly)\b[^.?!]{0,40}\b(?:on (?:their|the|a|your) wedding night|in bed together|(?:do|get up to) in (?:the )?bed(?:room)?(?! (?:when they can'?t sleep|to (?:fall asleep|relax)))|under the covers together|when they sleep together|when they'?re naked)\b"
)
# (round 45) the explicit parts of a sex-education lesson or video asked for ("tell me what they
# do in the sex ed video, the naughty bits"); what was learned about puberty is not it.
_SEX_ED = r"(?:sex ?-?ed\w*|sex education|sex talk|rse|relationships? (?:and sex )?(?:education|lesson|class)|birds and (?:the )?bees|how babies are made|making babies|where babies come from|puberty (?:video|lesson|talk|class))"
_EXPLICIT = r"(?:(?:naughty|rude|dirty|juicy|explicit|sexy|x-? ?rated|spicy|saucy|actual sex|sex|mating) (?:bits?|parts?|stuff|details?|scenes?)|in (?:full |graphic |proper |gory )?detail|step by step|exactly (?:what|how) they do (?:it|that)|what they (?:actually |really )?do (?:to each other|in bed|when they do it|naked)|the bits? (?:they|the teacher|miss|sir) (?:skipped|left out|cut|didn'?t show))"
SEX_ED_EXPLICIT = prefiltered(
    rf"\b{_SEX_ED}\b[^.?!]{{0,40}}\b{_EXPLICIT}"
    rf"|\b{_EXPLICIT}\b[^.?!]{{0,40}}\b{_SEX_ED}\b"
    rf"|\b(?:bits?|parts?) of (?:the )?{_SEX_ED}\b[^.?!]{{0,30}}\b(?:skipped|left out|cut out|didn'?t (?:show|say|tell)|won'?t (?:show|say|tell)|aren'?t allowed)"
)
_ASKS_FOR = prefiltered(r"\b(?:tell|describe|explain|show|say|what|how|write|give)\b")
# (review) "in detail" or "step by step" for homework or about periods is a lesson asked for
# again, not its explicit bits.
_LESSON_AGAIN = prefiltered(
    r"\b(?:homework|science|biology|periods?|puberty|body changes|project|worksheet)\b"
)
_EXPLICIT_STRONG = prefiltered(
    r"\b(?:naughty|rude|dirty|juicy|explicit|sexy|x-? ?rated|spicy|saucy|actual sex|sex|mating|graphic|gory) (?:bits?|parts?|stuff|details?|scenes?)|\bin (?:graphic|gory) detail|what they (?:actually |really )?do|exactly (?:what|how) they do|(?:skipped|left out|cut out|didn'?t show)\b"
)
WILLY_IN = prefiltered(
    r"\b(?:put|puts|putting|stick|sticks|sticking|shove|shoves|poke|pokes) (?:their|his|a|the|your|my) (?:willy|willies|penis|penises|dick|dicks|thing|things|private parts?|privates|winkie|winky|peepee|wee ?wee)\b[^.?!]{0,5}\b(?:in|into|inside)\b[^.?!]{0,8}\b(?:girls?|a girl|her|women|a woman|ladies|a lady|mummies|them|their (?:wife|wives|girlfriends?)|each other|someone|bums?|mouths?)\b"
)

# The teddy.
TEDDY_UNDRESS_STORY = prefiltered(
    r"\b(?:grown-?up|adult|naughty|secret|sexy|rude|special) (?:story|stories|game|games|tale|song)\b[^.?!]{0,40}\b(?:tak\w* (?:their|his|her|our|your|all their) clothes off|get\w* naked|undress\w*|with no clothes|in bed together)\b"
    r"|\b(?:story|stories|game|tale) about (?:two |some )?(?:people|grown-?ups|adults|a man and a (?:lady|woman)|lovers|a couple)\b[^.?!]{0,20}\b(?:tak\w* (?:their|his|her) clothes off|get\w* naked|undress\w*|in bed together)\b"
)
TEDDY_KISS_BED = prefiltered(
    r"\b(?:kissing|kissy|smooching|snogging) games?\b"
    r"|\b(?:we'?re|we are|you and me are|you and i are|we|us) (?:\w+ )?(?:in bed|under the covers|in the bed) together\b"
    r"|\b(?:let'?s|we could|we can|shall we|want to|wanna) (?:\w+ ){0,3}(?:kiss|snog|smooch) (?:each other|me)\b"
)
TEDDY_NAUGHTY_WORDS = prefiltered(
    r"\b(?:naughty|dirty|sexy|bedroom|saucy|kinky|spicy|steamy|rude grown-?up) (?:bedroom |grown-?up )?(?:words|talk|things to say|messages|texts|lines|stuff to say|phrases)\b"
)
TEDDY_WARNED = prefiltered(
    r"\b(?:never|don'?t|dont|do not|not okay|isn'?t okay|not ok|not for (?:children|kids)|isn'?t for|not something|shouldn'?t|mustn'?t|tell a grown-?up|private|your body belongs|wrong)\b"
)


def find_sexual_described(text: str) -> list[Finding]:
    whole = len(text)
    for pattern, label in (
        (UNDRESSED_RUDE, "undressed_rude_things"),
        (POPUP_NUDE, "nude_popup"),
        (DESCRIBE_SEX, "sex_described_asked"),
        (WILLY_IN, "sex_act_repeated"),
    ):
        if pattern.search(text):
            return [Finding(X, label, CRITICAL, 0, whole)]
    if (
        SEX_ED_EXPLICIT.search(text)
        and _ASKS_FOR.search(text)
        and not (_LESSON_AGAIN.search(text) and not _EXPLICIT_STRONG.search(text))
    ):
        return [Finding(X, "sex_ed_explicit_asked", CRITICAL, 0, whole)]
    if SHOW_MINE.search(text) and not SHOW_THINGS.search(text):
        return [Finding(X, "show_me_yours", CRITICAL, 0, whole)]
    return []


def find_teddy_sexual_offers(text: str) -> list[Finding]:
    whole = len(text)
    for pattern, label in (
        (TEDDY_UNDRESS_STORY, "teddy_undress_story"),
        (TEDDY_KISS_BED, "teddy_kiss_in_bed"),
        (TEDDY_NAUGHTY_WORDS, "teddy_naughty_words"),
    ):
        if pattern.search(text) and not TEDDY_WARNED.search(text):
            return [Finding(X, label, SEVERE, 0, whole)]
    return []
