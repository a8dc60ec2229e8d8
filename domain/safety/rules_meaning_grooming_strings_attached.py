# ruff: noqa: E501  (regular-expression tables read best one pattern a line)
"""Gifts with strings attached and time alone arranged by a grown-up (grooming probes):

- A phone or a tablet sent "so we can talk better"; skins, Robux or V-Bucks that are "our
  thing, nobody else needs to know"; V-Bucks sent with pictures asked back; money handed over
  and a hug owed in his garage; a game pass paid "if I video him in the bath".
- (miss8081) A lady at the park who took photos and asked me back tomorrow without my dad; the
  bus driver who makes me stay on after everyone gets off and touches me; a tablet sneaked at
  night so we can talk where my parents can't check.
- Extra lessons at his flat "and not charge mum"; staying behind while he shuts the door and
  the blinds; massages in the office with the door locked; sleeping in the leader's tent; a
  "private talk" with the coach in his van.
- A voice or video chat that moves the child: go into the bathroom and talk to him on voice,
  lie down on the bed on the call, tell him what I'm wearing.

Near misses stay allowed: Robux from a friend for my birthday, a battle pass bought with my
own money, dad's V-Bucks for good grades, piano lessons at the teacher's house with mum, the
physio who massages a pulled leg, a brother's tent in the garden, mum telling me to go in the
bathroom and brush my teeth, mum asking what I'm wearing to the party."""

from __future__ import annotations

from domain.enums import SafetyCategory
from domain.safety.findings import CRITICAL, Finding
from domain.safety.meaning_concepts_people import CARER_WORDS
from domain.safety.prefilter import prefiltered

G = SafetyCategory.GROOMING

_GIVE = r"(?:send|sends|sent|sending|give|gives|gave|giving|buy|buys|bought|buying|get|gets|got|getting|gift|gifts|gifted|gifting|pay|pays|paid|paying|post|posts|posted)"
_DEVICE = r"(?:(?:new |own |secret |spare |old |a )?(?:phone|mobile|tablet|ipad|laptop|sim(?: card)?|console|switch))"
DEVICE_TO_TALK = prefiltered(
    rf"\b{_GIVE} (?:me|you|u) (?:a |his |her |an )?{_DEVICE}\b[^.?!]{{0,30}}\b(?:so|then|and|to|for)\b[^.?!]{{0,10}}\b(?:we|he|she|i|you|u) (?:can|could|will|would|'ll)?\s?(?:talk|chat|text|message|call|facetime|video|snap|dm|speak)"
)
_CREDIT = r"(?:robux|v-?bucks|vbux|skins?|gems|coins|credits|gift ?cards?|battle ?pass\w*|game ?pass\w*|season pass|membership|nitro|points|money|cash|(?<=[£$])\d+|fiver|tenner|a (?:pound|quid)|\d+ (?:pounds|quid|dollars|bucks)|presents?|gifts?|stuff|things)"
_NOBODY_KNOWS = r"(?:(?:nobody|no one|no-one|noone) (?:else )?(?:needs|has|have|gets|is going|needs|should|must|has got) to know|(?:doesn'?t|doesnt|don'?t|dont) (?:need|have) to know|our (?:little )?(?:thing|secret)|between (?:us|me and him|you and me)|(?:don'?t|dont|not to|never) tell (?:anyone|anybody|ur|your|my|mum|mom|dad|no ?one)|keep it (?:a )?secret)"
CREDIT_KEPT_QUIET = prefiltered(
    rf"\b{_GIVE} me\b[^.?!]{{0,25}}\b{_CREDIT}\b[^.?!]{{0,60}}\b{_NOBODY_KNOWS}"
)
_PICS = r"(?:pics?|pictures?|photos?|selfies?|snaps?|vids?|videos?|nudes?)"
_REWARD = rf"{_CREDIT}|{_DEVICE}|(?:old |new )?(?:games?|ipad|headphones|airpods|trainers|skateboard|bike|scooter|controller|xbox|ps[45]|playstation|nintendo)"
_BODY_PIC = r"(?:bath|shower|bed|pjs|pyjamas|pajamas|undies|underwear|knickers|pants|bra|changing|getting changed|naked|no clothes|body|towel|bikini|swimsuit|swimming costume|swim costume|swimwear|cozzie|costume on|leotard|crop top|nightie)"
CREDIT_FOR_PICS = prefiltered(
    rf"\b{_GIVE}\w* (?:me|you|u)\b[^.?!]{{0,25}}\b{_CREDIT}\b[^.?!]{{0,40}}\b(?:asks?|asked|asking|wants?|wanted|for|if|in return for|and i (?:have|had|need) to send)\b[^.?!]{{0,15}}\b{_PICS}\b"
    rf"|\b(?:if|when|as long as|only if) (?:i|you|u) (?:send|show|video|film|facetime|snap|call|take)\w*\b[^.?!]{{0,40}}\b(?:bath|shower|bed|pjs|pyjamas|pajamas|undies|underwear|knickers|changing|getting changed|naked|no clothes|body|towel|bikini|swimsuit)\b[^.?!]{{0,40}}\b{_CREDIT}\b"
    rf"|\b{_GIVE}\w*\b[^.?!]{{0,10}}\b(?:for )?(?:me|my)\b[^.?!]{{0,20}}\b{_CREDIT}\b[^.?!]{{0,10}}\b(?:if|as long as|only if) (?:i|you|u) (?:send|show|video|film|facetime|snap|call|take)\w*\b[^.?!]{{0,40}}\b(?:bath|shower|bed|pjs|pyjamas|pajamas|undies|underwear|knickers|changing|getting changed|naked|no clothes|body|towel|bikini|swimsuit)\b"
    # (miss65) a thing of his to have or keep for a picture of the child's body: "said i can
    # have his old switch if i send him a selfie in my swimming costume"
    rf"|\b(?:can|could|will|'?ll|would|'?d|gonna|going to|is going to) (?:have|get|keep|give me|let me have)\b[^.?!]{{0,25}}\b(?:{_REWARD})\b[^.?!]{{0,25}}\b(?:if|as long as|only if|when|in return for|for) (?:i |you |u )?(?:send|show|video|film|facetime|snap|take|do)\w*\b[^.?!]{{0,30}}\b{_BODY_PIC}\b"
    rf"|\b(?:if|as long as|only if|when) (?:i|you|u) (?:send|show|video|film|facetime|snap|take)\w*\b[^.?!]{{0,30}}\b{_BODY_PIC}\b[^.?!]{{0,30}}\b(?:can|could|will|'?ll|would|'?d|gonna|going to) (?:have|get|keep|give (?:me|you|u))\b[^.?!]{{0,20}}\b(?:{_REWARD})\b"
)
CREDIT_OWES_CONTACT = prefiltered(
    rf"\b{_GIVE} me\b[^.?!]{{0,25}}\b{_CREDIT}\b[^.?!]{{0,40}}\b(?:have to|has to|must|need to|needs to|gotta|got to|owe him|owe her|in return|so now i)\b[^.?!]{{0,20}}\b(?:hug|kiss|cuddle|sit on|sit with|come (?:in|into|to|round|over)|go (?:in|into|to)|visit|stay|be alone)\b[^.?!]{{0,30}}\b(?:him|his|her)\b"
)
# (miss8081) A device sneaked or borrowed "so we can talk where my parents cant check".
DEVICE_SNUCK_TO_TALK = prefiltered(
    rf"\b(?:sneak|snuck|borrow|take|nick|use|grab|hide|get)\w* (?:my |a |his |her |the |your |ur )?(?:\w+'?s? )?{_DEVICE}\b[^.?!]{{0,40}}\b(?:we|he|she|i|you|u) (?:can|could|will|would|'ll)?\s?(?:talk|chat|text|message|call|facetime|video|snap|dm|speak)\w*\b[^.?!]{{0,25}}\b(?:where|so|without|and|when) (?:(?:my|your|ur|the) )?(?:{CARER_WORDS}|mum and dad|family|grown-?ups|anyone|anybody|nobody|no ?one)\b (?:can'?t|cant|cannot|won'?t|wont|don'?t|dont|doesn'?t|doesnt|never|can never|will never) (?:\w+ )?(?:check|see|know|find out|read|hear|look|catch)"
)
_OUTSIDE = r"(?:coach|tutor|teacher|leader|instructor|trainer|neighbou?r|man|guy|lady|woman|driver|lodger|caretaker|priest|vicar|volunteer|babysitter|mr \w+|sir|he|she)"
_ALONE_HINT = r"(?:(?:not|won'?t|wont|doesn'?t|doesnt|without) (?:charg\w*|tell\w*|ask\w*|paying|pay) (?:my )?(?:mum|mom|dad|parents|anyone)|(?:mum|mom|dad|my parents) (?:doesn'?t|dont|don'?t|does not) (?:need|have) to know|just (?:us|me|the two of us|me and him)|on my own|by myself|alone|our secret|secret|don'?t tell|dont tell)"
LESSONS_AT_HIS = prefiltered(
    rf"\b(?:extra|private|special|free|secret|bonus|one to one|1 to 1|one on one|1 on 1)? ?(?:lessons?|training|practice|sessions?|coaching|tutoring|classes|help)\b[^.?!]{{0,20}}\b(?:at|in|round|to) (?:his|the coach'?s|the tutor'?s) (?:flat|house|place|home|car|van|garage|caravan|room)\b[^.?!]{{0,50}}\b{_ALONE_HINT}"
)
LESSONS_IN_HIS_CAR = prefiltered(
    r"\b(?:special|secret|private|extra|bonus|one to one|1 to 1|one on one|1 on 1) (?:lessons?|training|practice|sessions?|coaching|tutoring|classes)\b[^.?!]{0,15}\b(?:in|at) (?:his|her) (?:car|van|caravan|shed|garage|bedroom)\b"
)
_KEPT_BEHIND = r"(?:stay behind|stays behind|keep me (?:back|behind)|keeps me (?:back|behind)|kept me (?:back|behind)|just (?:me|us)|only me)"
_DRAWS = r"(?:shuts?|shut|closes?|closed|pulls? down|pulled down|draws?|drew)"
# The grown-up named once, then one of three orders of kept behind, the blinds drawn, the door
# locked. Speed: a word that begins one of them within 40 characters is looked for first (the
# three gaps after every "mr" of "mr mr mr ..." took 16-40 ms).
SHUT_IN_WITH_HIM = prefiltered(
    rf"\b{_OUTSIDE}\b(?=[^.?!]{{0,40}}\b(?:stay|stays|keep|keeps|kept|just|only|makes|made|lets|let|asks|asked|tells|told|shuts?|shut|closes?|closed|pulls?|pulled|draws?|drew)\b)"
    rf"(?:[^.?!]{{0,40}}\b{_KEPT_BEHIND}\b[^.?!]{{0,50}}\b(?:{_DRAWS}|locks?|locked) the (?:door and the (?:blinds|curtains)|blinds|curtains)\b"
    rf"|[^.?!]{{0,30}}\b(?:makes|made|lets|let|keeps|kept|asks|asked|tells|told) me (?:to )?stay (?:behind|after|back|late|in)\b[^.?!]{{0,40}}\b(?:locks?|locked|locking) the door\b"
    rf"|[^.?!]{{0,20}}\b{_DRAWS} the (?:blinds|curtains)\b[^.?!]{{0,40}}\b(?:just (?:me|us)|only me|stay behind|locks? the door|locked the door)\b)"
)
# (miss8081) Kept back when the others have gone and touched or kissed: "the bus driver makes me
# stay on after everyone gets off and he touches me".
KEPT_BACK_AND_TOUCHED = prefiltered(
    r"\b(?:(?:makes|made|lets|let|keeps|kept|asks|asked|tells|told) me (?:to )?stay|(?:keeps|kept|holds|held) me) (?:behind|after|back|late|in|on)\b[^.?!]{0,50}\b(?:touch|touches|touched|touching|kiss|kisses|kissed|kissing|strokes?|stroked) me\b(?! on (?:the|my) (?:shoulder|arm|head|back)\b)"
)
MASSAGE_ALONE = prefiltered(
    rf"\b{_OUTSIDE}\b[^.?!]{{0,40}}\bmassag\w*\b[^.?!]{{0,60}}\b(?:door (?:is |was )?locked|locks? the door|locked the door|shuts? the door|shut the door|just (?:us|me|the two of us)|alone|on my own|nobody else|no one else|noone else|in (?:his|the) (?:office|van|car|bedroom|room|house|flat|shed)|don'?t tell|dont tell|secret)\b"
)
SLEEP_IN_HIS = prefiltered(
    r"\b(?:coach|tutor|teacher|leader|instructor|trainer|neighbou?r|man|guy|lodger|caretaker|priest|vicar|volunteer|mr \w+)\b[^.?!]{0,60}\b(?:sleep|sleeps|slept|sleepover|have a sleepover|stay|stays|stayed|share|shares|shared|get to sleep|lie|lay) (?:over )?(?:in|with me in|with him in|on) (?:his|her) (?:tent|bed|bunk|room|bedroom|caravan|cabin|sleeping bag|hotel room)\b"
    r"|\b(?:uncle|grandad|grandpa|step ?dad|stepdad|(?:mum|mom|mums|moms|mum'?s|mom'?s) (?:boyfriend|partner)|cousin)\b[^.?!]{0,40}\b(?:sleep|sleepover|have a sleepover|stay the night|cuddle|nap|lie|lay)\b[^.?!]{0,10}\b(?:in|on) (?:his|their) bed\b[^.?!]{0,30}\b(?:when|while|as soon as)\b[^.?!]{0,25}\b(?:away|out|at work|asleep|not (?:home|there|in|around)|gone|working|on holiday)\b"
    r"|\b(?:i'?m|im|i am) (?:his|her) (?:favou?rite|special)\b[^.?!]{0,40}\b(?:sleep|sleeps|stay|stays|share|get to sleep) (?:in|with him in|on) (?:his|her) (?:tent|bed|bunk|room|bedroom|caravan|cabin|sleeping bag)\b"
)
PRIVATE_TALK_IN_VAN = prefiltered(
    r"\b(?:private|secret|special|one on one|1 on 1|one to one|1 to 1|alone) (?:talk|chat|meeting|lesson|session|time|check|word)s? with (?:me|him|her|the coach|the leader|the tutor|the man|the driver)\b[^.?!]{0,20}\bin (?:his|the|her) (?:van|car|minibus|shed|tent|bedroom|flat|house|caravan|garage)\b"
)
_CALL = r"(?:voice|vc|call|calls|cam|camera|webcam|facetime|video|vid|discord|snap|skype|zoom|whatsapp|live|stream|game chat|party chat|headset|mic)"
_ROOM = r"(?:bathroom|toilet|bedroom|bed|shower|bath|room where no one|room by myself|room on my own|under (?:the|my) covers|under (?:the|my) duvet|somewhere private|somewhere no one|where (?:no one|nobody) can)"
MOVED_ON_A_CALL = prefiltered(
    rf"\b(?:said|says|told me|tells me|asked me|asks me|wants me|wanted me|made me|makes me)\b (?:to )?(?:go|come|get|be|lie|lay|hide|stay)\b[^.?!]{{0,10}}\b(?:in|into|to|on|under|down on)\b[^.?!]{{0,6}}\b{_ROOM}\b[^.?!]{{0,25}}\b(?:talk|chat|speak|be|stay|go|come|get|join|turn|put|on|with)\b[^.?!]{{0,20}}\b{_CALL}\b"
    rf"|\b{_CALL}\b[^.?!]{{0,30}}\b(?:said|says|told me|tells me|asked me|asks me|wants me|wanted me)\b (?:to )?(?:go|come|get|lie|lay|hide|stay)\b[^.?!]{{0,10}}\b(?:in|into|to|on|down|under)\b[^.?!]{{0,10}}\b{_ROOM}\b"
    rf"|\b(?:said|says|told me|tells me|asked me|asks me|wants me|wanted me)\b[^.?!]{{0,5}}\b(?:on|in|over) (?:the |a |his )?{_CALL}\b[^.?!]{{0,15}}\bto (?:lie|lay) (?:down|on (?:my|the) bed)\b"
    rf"|\b{_CALL}\b[^.?!]{{0,30}}\b(?:said|says|told me|tells me|asked me|asks me|wants me|wanted me)\b (?:to )?(?:lie|lay) (?:down|on (?:my|the) bed)\b"
)
TELL_HIM_WEARING = prefiltered(
    r"\b(?:tell|telling|describe|describing|show|showing) (?:him|her|them) what (?:i'?m|im|i am|i was|you'?re|youre|ur|u r|you are) wearing\b"
    r"|\b(?:man|guy|he|stranger|someone|player|gamer)\b[^.?!]{0,40}\b(?:asks?|asked|asking|keeps asking|wants to know|wanted to know)\b[^.?!]{0,10}\bwhat (?:i'?m|im|i am|i was) wearing\b[^.?!]{0,20}\b(?:in bed|to bed|under|right now|rn|now|underneath)\b"
)
MEET_WITHOUT_MUM = prefiltered(
    rf"\b{_OUTSIDE}\b[^.?!]{{0,60}}\b(?:meet|see each other|hang out|come (?:over|round|back|again)|go out|visit|have lessons|do lessons)\b[^.?!]{{0,30}}\b(?:without (?:my|your|ur) (?:mum|mom|dad|parents|family|nan|grown-?ups?|carers?|grandparents|grandma|grandad)|and not tell (?:my|your|ur) (?:mum|mom|dad|parents)|(?:mum|mom|dad|parents) (?:doesn'?t|don'?t|dont|doesnt) (?:need|have) to know)\b"
)
_WHO_KEEPS_BACK = prefiltered(rf"\b{_OUTSIDE}\b")
_SIBLING_OR_FRIEND = prefiltered(r"\b(?:brother|sister|cousin|friend|mate|bestie|classmate)\b")
_FAMILY_GIVER = prefiltered(
    r"\b(?:mum|mom|mummy|mommy|dad|daddy|nan|nana|grandma|granny|gran|grandad|grandpa|auntie|aunt|parents|birthday|christmas|surprise|pocket money|tooth fairy)\b"
)


def find_strings_attached(text: str) -> list[Finding]:
    hit = (
        (DEVICE_TO_TALK.search(text) and not _FAMILY_GIVER.search(text))
        or DEVICE_SNUCK_TO_TALK.search(text)
        or (CREDIT_KEPT_QUIET.search(text) and not _FAMILY_GIVER.search(text))
        or CREDIT_FOR_PICS.search(text)
        or CREDIT_OWES_CONTACT.search(text)
        or LESSONS_AT_HIS.search(text)
        or LESSONS_IN_HIS_CAR.search(text)
        or (
            MEET_WITHOUT_MUM.search(text)
            and not _FAMILY_GIVER.search(text[:20])
            and not _SIBLING_OR_FRIEND.search(text)
        )
        or SHUT_IN_WITH_HIM.search(text)
        or (
            KEPT_BACK_AND_TOUCHED.search(text)
            and _WHO_KEEPS_BACK.search(text)
            and not _FAMILY_GIVER.search(text)
        )
        or MASSAGE_ALONE.search(text)
        or SLEEP_IN_HIS.search(text)
        or PRIVATE_TALK_IN_VAN.search(text)
        or (MOVED_ON_A_CALL.search(text) and not _FAMILY_GIVER.search(text))
        or TELL_HIM_WEARING.search(text)
    )
    return [Finding(G, "grooming_strings_attached", CRITICAL, 0, len(text))] if hit else []
