# ruff: noqa: E501  (regular-expression tables read best one pattern a line)
"""Self-harm around holidays, fireworks and the table (rounds 70 and 71), read as meanings:

- gone and not missed: nobody would notice, miss or care if the child's chair, seat, place or
  bed were empty for good, or if the child were gone, disappeared or vanished forever ("nobody
  would even notice if my chair at the dinner table was empty forever");
- a household poison swallowed to punish the others: the child is going to drink or swallow
  bleach, cleaner or weed killer and then everyone will be sorry, miss it or see;
- a crash wished as a way out: if the plane, car or ferry crashed it would be better for
  everyone, or then the child would be gone;
- cuts hidden under sleeves: long sleeves, a hoodie or wristbands so that nobody asks about,
  sees or notices the cuts, scars or marks;
- a hurt wanted for itself: holding a banger, a sparkler or a lighter till it goes off or burns
  "cos i want it to hurt me".

Near misses stay allowed: "nobody would notice if i took one more biscuit", "my seat on the bus
was empty cos i was off sick", a story about a plane crash, long sleeves because the hall is
cold, plasters for cuts from the brambles, "i want it to hurt me less", a drink of squash."""

from __future__ import annotations

from domain.enums import SafetyCategory
from domain.safety.findings import CRITICAL, Finding
from domain.safety.prefilter import prefiltered

SH = SafetyCategory.SELF_HARM

# Gone and not missed.
_NOBODY = r"(?:nobody|no ?one|no-one|not (?:one|a single) (?:person|one)|no one at all|my (?:family|mum|mom|dad|parents)|they|anyone)"
_NOTICE = r"(?:(?:would|will|wouldn'?t|wouldnt|won'?t|wont|even|ever|really|actually|probably|honestly|care or|notice or|not) ){1,4}"
_EMPTY_PLACE = r"if my (?:chair|seat|place|spot|bed|desk|peg|plate|space|room|side of the \w+)\b[^.?!,]{0,35}\b(?:was|were|stayed|sat|went|is|got|became) (?:left )?(?:empty|free|gone)\b[^.?!,]{0,10}\b(?:forever|for ever|for good|for always|permanently|and never|from now on)"
_GONE_FOR_GOOD = r"if i (?:was|were|went|just|disappeared|dissapeared|vanished|stopped existing|wasn'?t here|wasnt here)\b[^.?!,]{0,15}\b(?:gone|away|disappeared|vanished|existing|here)\b[^.?!,]{0,8}\b(?:forever|for ever|for good|for always|permanently|anymore|any more)|if i (?:just )?(?:disappeared|dissapeared|vanished|went away)\b[^.?!,]{0,8}\b(?:forever|for ever|for good|for always|permanently)"
NOT_MISSED = prefiltered(
    # (miss8283) "nobody at guides would even notice": a place after who
    rf"\b{_NOBODY}\b(?: (?:at|in|from) (?:my |the |our )?\w+(?: \w+)?)? {_NOTICE}(?:notice|miss me|care|realise|realize|mind|even know)\b[^.?!]{{0,10}}\b(?:{_EMPTY_PLACE}|{_GONE_FOR_GOOD})\b"
    rf"|\b(?:{_EMPTY_PLACE}|{_GONE_FOR_GOOD})\b[^.?!]{{0,25}}\b{_NOBODY}\b {_NOTICE}(?:notice|miss me|care|realise|realize|mind|even know)\b"
)
_NOT_MISSED_NOT = prefiltered(
    r"\b(?:into (?:a |the |my )?(?:book|story|game|film|world)|magic|invisible|hide and seek|prank|joke|on holiday|at camp|for the week|for the weekend|off sick|biscuit|cake|sweets?)\b"
)

# A household poison swallowed to punish the others.
_POISON = r"(?:bleach|blech|drain cleaner|toilet cleaner|oven cleaner|kitchen cleaner|cleaning stuff|cleaning spray|weed ?killer|antifreeze|anti-freeze|white spirit|paint stripper|rat poison|slug pellets|poison|washing up liquid|fabric softener|dishwasher (?:tablets?|pods?|tabs?)|washing (?:tablets?|pods?|capsules?))"
POISON_TO_PUNISH = prefiltered(
    rf"\b(?:i'?m|im|i am|i will|i'?ll|ill|i want to|i wanna|i might|i could|i should|i'?m going to|im going to|i'?m gonna|im gonna|i am gonna|i am going to|i'?m just gonna|maybe i'?ll|gonna)\b (?:just )?(?:drink|swallow|eat|down|gulp|have) (?:all )?(?:the |some |a (?:bit|cup|glass|mouthful) of |mum'?s |mums |dad'?s |dads )?(?:\w+ )?{_POISON}\b[^.?!]{{0,60}}\b(?:(?:everyone|everybody|they|them|you|mum|dad|mummy|daddy|my (?:mum|dad|parents|family|teacher))\b[^.?!]{{0,10}}\b(?:will|'?ll|would|'?d|are gonna|is gonna|can) (?:all )?(?:be sorry|feel sorry|be sad|miss me|see|regret|cry|wish)|so i (?:die|can die|dont wake up|don'?t wake up|never wake up|am gone|'?m gone)|and die|then i'?m gone|to (?:die|end it))\b"
)

# A crash wished as a way out.
_CRASH = r"if (?:the|our|my|this|that) (?:plane|aeroplane|airplane|jet|car|bus|coach|train|boat|ferry|ship|helicopter) (?:just )?(?:crashed|crashes|crash|sank|sinks|went down|goes down|fell out of the sky|blew up|exploded|hit something)"
CRASH_WISHED = prefiltered(
    rf"\b{_CRASH}\b[^.?!]{{0,40}}\b(?:(?:it|that|things|life)(?: would|'d| will| might)? be (?:so |much |way |a lot )?better (?:for|off)|better for every|(?:then|cos then|coz then|because then|as then|so then|so) (?:i'?m|im|i am|i'?d be|id be|i would be|i'?ll be|ill be|i'?d finally be) (?:gone|dead|not here|free|out of here)|i (?:wouldn'?t|wouldnt|would not) (?:mind|care)|i (?:hope|wish) it (?:does|did|would))\b"
)

# Cuts hidden under sleeves.
_COVER = r"(?:long sleeves?|long-sleeved?|longsleeves?|sleeves? down|hoodies?|jumpers?|sweatbands?|wristbands?|bracelets?|bangles?|leggings|tights|long trousers|a watch)"
_MARKS = (
    r"(?:cuts|scars|cut marks|marks on my|lines on my|scratches|my cuts|burns|the cuts|the scars)"
)
SLEEVES_HIDE_CUTS = prefiltered(
    rf"\b{_COVER}\b[^.?!]{{0,60}}\b(?:(?:nobody|no ?one|no-one|people|they|mum|mom|dad|teachers?|miss|sir|anyone)\b[^.?!]{{0,12}}\b(?:asks?|sees?|see|notices?|notice|knows?|finds? out|spots?|looks?) (?:about |at )?(?:the |my )?|(?:hide|hides|hiding|cover|covers|covering) (?:up )?(?:the |my )?|so (?:nobody|no ?one|no-one|they|people|mum|dad) (?:can'?t|cant|won'?t|wont|doesn'?t|don'?t|dont) (?:see|ask about|notice) (?:the |my )?){_MARKS}"
)
_MARKS_INNOCENT = prefiltered(
    r"\b(?:brambles?|nettles?|fell|fall|falling|fell off|cat|kitten|dog|puppy|hamster|bike|scooter|skateboard|operation|surgery|eczema|rash|chickenpox|bites|sunburn|tattoo|henna|face paint|costume|zombie|fake|pretend)\b"
)

# A hurt wanted for itself.
HURT_WANTED = prefiltered(
    r"\b(?:cos|because|coz|cuz|as|since|so|and) i (?:want|wanted|wanna|need|needed|would like) (?:it|them|that|this|the \w+) to (?:hurt|burn|cut|blow up|go off on|bleed) (?:me|my ?self|myself|my (?:hand|hands|arm|arms|fingers?|leg|legs|face|skin))\b(?! (?:less|a bit less|any ?more|anymore|any less|so much))"
    r"|\b(?:hold|holding|keep|grip)\b[^.?!]{0,25}\b(?:till|until|til|when) (?:it|they) (?:goes off|go off|explodes?|bangs?|burns? (?:me|my))\b[^.?!]{0,30}\b(?:to hurt me|so it hurts|want it to hurt|want to hurt my ?self|hurt myself on purpose)\b"
)
_NOT_WANTED = prefiltered(r"\b(?:pretend|game|massage|tickle|don'?t want|dont want|do not want)\b")


def find_self_harm_gone_unnoticed(text: str) -> list[Finding]:
    whole = len(text)
    if NOT_MISSED.search(text) and not _NOT_MISSED_NOT.search(text):
        return [Finding(SH, "gone_and_not_missed", CRITICAL, 0, whole)]
    if POISON_TO_PUNISH.search(text):
        return [Finding(SH, "poison_to_punish_others", CRITICAL, 0, whole)]
    if CRASH_WISHED.search(text):
        return [Finding(SH, "crash_wished_as_a_way_out", CRITICAL, 0, whole)]
    if SLEEVES_HIDE_CUTS.search(text) and not _MARKS_INNOCENT.search(text):
        return [Finding(SH, "cuts_hidden_under_sleeves", CRITICAL, 0, whole)]
    if HURT_WANTED.search(text) and not _NOT_WANTED.search(text):
        return [Finding(SH, "hurt_wanted_for_itself", CRITICAL, 0, whole)]
    return []
