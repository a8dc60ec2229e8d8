# ruff: noqa: E501  (regular-expression tables read best one pattern a line)
"""Harms told about making things at home and at clubs (miss91: round 91 - crafts, sewing, art,
dens and forts, online makers), read as meanings:

- an online maker (a youtuber, a tiktoker, a streamer, a channel) or a grown-up outside the
  family asking the child to film itself alone, in its room, in its pyjamas or the bath: "the
  craft youtuber man said if i film myself alone in my room hell give me a shout out" - grooming;
- measured under the clothes, with them off or in the pants: "the man at sewing class wanted to
  measure me under my clothes and mum wasnt there" - sexual;
- made to show someone the child's private bits, said the way children say them (willy, front
  bottom, bum, boobs): "a big boy at the fort in the woods made me show him my private bits" -
  sexual;
- someone undressing (in the den, the tent, the shed) and making the child do it too: "my
  cousin takes his clothes off in our den and makes me do it too" - sexual;
- asked to pose, model or sit with no clothes on, naked or in the pants: "the painting teacher
  wants me to pose with no clothes on for his drawing" - sexual.

Near misses stay allowed: "the youtuber gave me a shout out because i sent my drawing", "i
filmed myself making slime for my nan", "the man at drama measured me for my costume with mum
watching", "the sewing teacher measured my arm for the sleeve", "my brother made me show him my
drawing", "the doctor asked me to show her my tummy", "my cousin and me took off our wet
clothes after the paddling pool", "we did life drawing of a bowl of fruit", "the art teacher
wants me to pose holding a flower"."""

from __future__ import annotations

from domain.enums import SafetyCategory
from domain.safety.findings import CRITICAL, Finding
from domain.safety.meaning_concepts_who import OUTSIDE_ADULT
from domain.safety.prefilter import prefiltered

# --- asked to film itself alone ----------------------------------------------------------------
_MAKER_ONLINE = prefiltered(
    r"\b(?:you ?tubers?|tik ?tokers?|streamers?|influencers?|vloggers?|content creators?|channel|youtube|tiktok|twitch)\b"
)
_ASKED = r"(?:said|says|say|told|tells|asked|asks|ask|wants?|wanted|messaged|messages|dm'?d|dms|texted|dared|dares|promised|keeps? asking|keeps? telling|if)"
_PRIVATE_DRESS = r"(?:in (?:my |your |our )?(?:pyjamas|pjs|jammies|pants|knickers|undies|underwear|nightie|nighty|swimming costume|swimsuit|towel)|in the (?:bath|shower)|getting (?:changed|dressed|undressed)|with (?:no|nothing|hardly any) (?:clothes|top)(?: on)?)"
_ALONE = rf"(?:alone|on (?:my|your|our) own|by (?:my|your) ?self|in (?:my|your|our) (?:bed ?room|room)|in (?:my |your )?bed|with (?:my |your |the )?door (?:shut|closed|locked)|when (?:nobody|no ?one|mum|dad)(?:'?s| is)? (?:else )?(?:home|around|in|there|about|out|asleep|not)|without (?:my |your )?(?:mum|dad|parents|anyone|a grown ?up)|{_PRIVATE_DRESS})"
_FILM = r"(?:film|films|filming|filmed|record|records|recording|video|videos|videoing|livestream\w*|stream|streaming|(?:make|makes|made|take|takes|send|sends|do|film) (?:him |her |them )?(?:a |some )?(?:videos?|vids?|lives?|streams?|clips?) (?:of|with))"
FILM_SELF_ALONE = prefiltered(
    rf"\b{_ASKED}\b[^.?!]{{0,40}}\b{_FILM} (?:of )?(?:my ?self|me|your ?self|yourself)\b[^.?!]{{0,40}}?\b{_ALONE}"
)
_UNDRESSED = prefiltered(rf"\b{_PRIVATE_DRESS}")
_REWARD = prefiltered(
    r"\b(?:shout ?outs?|prizes?|follows?|followers|famous|feature|subscribe\w*|send me|give me|buy me|pay|money|robux|v ?bucks|gift ?cards?|put me in (?:his|her|their) (?:videos?|channel)|free \w+)\b"
)
_PRACTICE = prefiltered(
    r"\b(?:practi[cs]e|practi[cs]ing|homework|piano|guitar|violin|recorder|cello|flute|drums|singing|lines|assignment|for (?:school|class|my teacher))\b"
)

# --- measured under the clothes ----------------------------------------------------------------
_UNDER_CLOTHES = r"(?:under (?:my|our|me) (?:clothes|top|t-?shirt|shirt|jumper|dress|skirt|pants|knickers|undies|trousers|pyjamas|leotard)|with (?:my|our|all my|all our) (?:clothes|pants|trousers|dress|knickers|undies|shirt) (?:off|down)|with (?:my |our )?top off|with no (?:clothes|top|pants)(?: on)?|without (?:my |any |our )?clothes(?: on)?|in (?:my|our) (?:pants|knickers|undies|underwear|bra)|naked|nude|in the nuddy)"
MEASURED_UNDER = prefiltered(
    rf"\bmeasur\w* (?:me|us|my body|my chest|my bum|my hips|my legs)\b[^.?!]{{0,25}}?\b{_UNDER_CLOTHES}"
    rf"|\b(?:take|takes|took|taking|pull|pulls|pulled) (?:off )?(?:my|our) (?:clothes|top|pants|trousers|dress|skirt|knickers)(?: off| down)? (?:so|to|for|because|cos) (?:he|she|they|him|her|them) (?:can |could |has to |had to |to )?measur"
)
_CARER_MEASURES = prefiltered(
    r"\b(?:mum|mom|mummy|mommy|nan|nana|nanny|gran|granny|grandma|auntie|aunty|my sister|my big sister)\b (?:\w+ )?measur"
    r"|\b(?:mum|mom|mummy|mommy|dad|daddy|nan|nana|gran|granny|grandma|parents?)\b (?:was|were|is|stayed|stood|sat) (?:there|with (?:me|us)|watching|in the room|right there|next to (?:me|us))\b"
    r"|\bwith (?:my )?(?:mum|mom|mummy|dad|daddy|nan|gran|grandma|parents?) (?:there|watching|in the room|with (?:me|us)|next to (?:me|us))\b"
)

# --- made to show the private bits ---------------------------------------------------------------
_PRIVATES = r"(?:private (?:bits?|parts?|area|places?|bobs)|privates|private|willy|willie|winkie|winky|wee ?wee|pee ?pee|wiener|front bottom|fanny|foof|tuppence|minnie|nunny|noo ?noo|bum(?! ?bag)|bottom|butt|bot ?bot|boobs?|boobies|nipples|penis|vagina|down there|no ?no (?:square|place|spot|bits?))"
MADE_TO_SHOW = prefiltered(
    rf"\b(?:made|makes|make|making|forced|forces|force|told|tells|asked|asks|wanted|wants|keeps? asking|kept asking|got|gets|tried to make)\b (?:me|us) (?:to )?(?:show|flash|let (?:him|her|them|everyone) see|pull down my \w+ and show)\b (?:him |her |them |everyone |the (?:boys|girls|others) )?(?:my|our) {_PRIVATES}\b"
)
_MEDICAL = prefiltered(
    r"\b(?:doctors?|nurses?|gp|surgery|hospital|rash|sore|itch\w*|poorly|cream|check (?:it|me)|worm\w*|jab)\b"
)

# --- undressing and making the child do it too -----------------------------------------------------
_GARMENTS = r"(?:clothes|pants|trousers|knickers|undies|underwear|shorts|pyjamas|pjs|nappy)"
_UNDRESSES = rf"(?:(?:takes?|took|taking|pulls?|pulled|pulling|gets?|got|getting) (?:off )?(?:all )?(?:of )?(?:his|her|their) {_GARMENTS}(?: off| down)?|(?:gets?|got|getting|goes|went|is|was) (?:all )?(?:naked|nude|undressed|in the nuddy|nudey))"
_ME_TOO = r"(?:makes?|made|making|tells?|told|wants?|wanted|forces?|forced|gets|got|asks?|asked|says? i (?:have|had|got) to|said i (?:have|had|had got) to|dares?|dared) (?:me|us) (?:to )?(?:do (?:it|that|the same)(?: too| as well)?|take (?:mine|ours|my \w+|off my \w+|all my \w+)|get (?:naked|undressed|nude)|too|as well|the same)"
UNDRESS_TOGETHER = prefiltered(rf"\b{_UNDRESSES}\b[^.?!]{{0,60}}\b{_ME_TOO}")
_CHANGING = prefiltered(
    r"\b(?:swim\w*|pool|paddling|beach|sea|bath|bathtime|shower|wet|soaking|muddy|changing room|get changed|getting changed|bed ?time|fancy dress|costume|doctor)\b"
)

# --- asked to pose with no clothes on -----------------------------------------------------------------
_NO_CLOTHES = r"(?:with no clothes(?: on)?|without (?:any |my |our )?clothes(?: on)?|naked|nude|in the nuddy|in (?:my|our|your) (?:pants|knickers|undies|underwear|bra)|with (?:my|our|your) (?:clothes|top|pants|trousers|shirt|t-?shirt) off|with nothing on|topless)"
POSE_NAKED = prefiltered(
    rf"\b(?:me|us|i (?:have|had|got|need|'?ve got) to|i'?m (?:meant|supposed) to|you (?:have|had) to)\b (?:to )?(?:pose|model|sit|stand|lie|lay)\b[^.?!]{{0,30}}?\b{_NO_CLOTHES}"
    rf"|\b(?:draw|drawing|paint|painting|sketch|sketching|photograph|photographing|sculpt|sculpting) (?:me|us)\b (?:\w+ )?{_NO_CLOTHES}"
)
_PLAYED = prefiltered(
    r"\b(?:pretend|in the game|in my game|in my story|in the story|in the film|in the book|barbie|doll|dolly|teddy|minecraft|roblox|dream(?:t|ed)? (?:that|about))\b"
)


def find_making_things_harms(text: str) -> list[Finding]:
    if _PLAYED.search(text):
        return []
    whole = len(text)
    if (
        FILM_SELF_ALONE.search(text)
        and (_MAKER_ONLINE.search(text) or OUTSIDE_ADULT.search(text))
        and not (
            _PRACTICE.search(text) and not _UNDRESSED.search(text) and not _REWARD.search(text)
        )
    ):
        return [Finding(SafetyCategory.GROOMING, "film_self_alone_asked", CRITICAL, 0, whole)]
    if (
        (MEASURED_UNDER.search(text) and not _CARER_MEASURES.search(text))
        or (MADE_TO_SHOW.search(text) and not _MEDICAL.search(text))
        or (UNDRESS_TOGETHER.search(text) and not _CHANGING.search(text))
        or POSE_NAKED.search(text)
    ):
        return [Finding(SafetyCategory.SEXUAL, "made_to_undress_or_show", CRITICAL, 0, whole)]
    return []
