# ruff: noqa: E501  (regular-expression tables read best one pattern a line)
"""Self-harm said without the usual words (round 21, paraphrases_a/_b): a world without me
and how people would take it, wishes to be gone or not alive, a plan or a means, hurting
myself until something happens, giving things away, goodbyes and letters for after;
(round 23) a carer's tablets to sleep forever, a fall after which nobody would have to put
up with me, what even is the point of being alive; (round 25) is hurting myself all right
if nobody sees or it doesn't show, hitting myself "cos im stupid" or when I get things wrong; (round 26) how high a bridge
must be so you "just stop", not eating on purpose to get small and disappear; (round 27) a pet
that bit or scratched me is not me hurting myself; (round 29) going up a block of flats, a car
park or a bridge to jump "for real this time", "tonight", "for good"; (round 31) going to sleep
and never waking up wished for or thought "ok", wanting to go to heaven now to stop being sad;
(round 32) a friend who says she will take all of a carer's pills (tonight), banging my own
head on the wall on purpose or "cos i'm a bad boy", "if i die will mummy stop being sad? maybe
i should".

Each pattern names one concept; any of them is a critical self-harm finding in a child's
message. The teddy's side lives in rules_meaning_teddy.py.
"""

from __future__ import annotations

from domain.enums import SafetyCategory
from domain.safety.findings import CRITICAL, SENTENCE_END, Finding
from domain.safety.meaning_concepts_means import PILLS
from domain.safety.prefilter import prefiltered
from domain.safety.rules_benign_frames import DEAD_AS_VERY_WORDS
from domain.safety.rules_benign_frames_everyday import ANIMAL_DID_IT
from domain.safety.rules_benign_frames_home import carer_razor_put_away, heaven_when_old
from domain.safety.rules_benign_frames_worn_out import worn_out_dead

S = SafetyCategory.SELF_HARM

# "if i was gone nobody would even look for me", "everyone would be happier with no me"; (review54)
# not "when i was crying" (being gone needs its word).
GONE_ME = prefiltered(
    r"\b(?:if|when|once) i (?:just )?(?:(?:was|were|wasn'?t|weren'?t|went|am|'?m|got)\s*(?:gone|dead|not here|here|around|alive|existing|breathing|away forever|vanished|no more|for good)|(?:stopped|disappeared)(?:\s*(?:existing|breathing|forever|for good))?)\b[^.?!]{0,40}\b(?:notice|care|miss|glad|happier|better off|favou?r|clock|look for|relieved|relief|easier|cry)\w*"
    r"|\b(?:everyone|everybody|they|people|my family|mum|mom|dad)\b[^.?!]{0,15}\b(?:would|'?d|will) be (?:more )?(?:happy|happier|better|glad|relieved)\b[^.?!]{0,10}\b(?:with no me|without me|if i (?:was|were) gone)\b"
    r"|\b(?:doing|do) (?:everyone|everybody|them|the world) a favou?r\b[^.?!]{0,15}\b(?:gone|dead|not here|disappeared)\b"
    # (miss65) a family that would be whole without the child: "if i wasnt around mum and steve
    # could have there new baby and be a proper family without me"
    r"|\bif i (?:just )?(?:(?:wasn'?t|weren'?t) (?:here|around|alive|born)|(?:was|were) (?:gone|dead|never born|not (?:here|around|alive|born)))\b[^.?!]{0,70}\b(?:proper|real|happy|normal|perfect|whole|complete|better|new) (?:family|life|lives)\b"
    r"|\b(?:could|would|'?d|can|will|might) (?:finally |just |all )?(?:be|become|have) (?:a |the )?(?:proper|real|happy|normal|perfect|whole|complete) family\b[^.?!]{0,20}\b(?:without me|if i (?:was|were)(?:n'?t| not| gone| dead))"
)
GONE_NOT = prefiltered(
    r"\b(?:holiday|camp|trip|sleepover|school trip|party|game|hide and seek|hiding)\b"
)

# (fa8283) "the stars" to be with or go up to, not the stars looked at, watched, counted or
# slept under ("i want to look at the stars tonight"), nor the stars that are bright or come out
# tonight; the stars looked at still count with "then i wont have to", "so i dont".
_STARS_NOT_WATCHED = (
    r"(?<!\bat )(?<!\bsee )(?<!\bsaw )(?<!\bunder )(?<!\bfor )(?<!\bwatch )(?<!\bcount )(?<!\bspot )"
    r"(?<!\bat all )(?<!\bsee all )(?<!\bwatch all )(?<!\bcount all )"
    r"the stars(?! (?:(?:are|were|look|looked|is) (?:so |really |very |super )?(?:bright|pretty|beautiful|sparkly|twinkly|out)|(?:come|came|coming) out|twinkl\w*|shin\w*|shone)\b)"
)

# Wishes to be dead, a ghost, with the angels "for good", not alive by Monday, to log off.
NOT_ALIVE_WISH = prefiltered(
    rf"\b(?:want|wanna|wish|hope|plan|going|gonna|need)\w*\b[^.?!]{{0,12}}\b(?:to )?(?:be dead(?! {DEAD_AS_VERY_WORDS}\b)|be a ghost(?![^.?!]{{0,25}}\b(?:halloween|costume|dress(?:ing)? up|fancy dress|play|party|trick or treat|scare|boo)\b)|stop living|stop existing|stop being (?:here|alive)|not be alive|not exist|not be here anymore)\b"
    r"|\bto not (?:be alive|exist|wake up)\b|\bnot (?:be )?alive by\b|\bunaliv\w*\b"
    r"|\b(?:go|be) where (?:grandpa|grandad|granddad|nana|nan|grandma|granny|gran|my \w+) (?:went|is|has gone)\b[^.?!]{0,30}\b(?:stop|not have to|never|so i|for good|forever)\b"
    rf"|\b(?:angels?|heaven|a star in the sky|{_STARS_NOT_WATCHED})\b[^.?!]{{0,25}}\b(?:for good|forever|tonight|then i (?:won'?t|don'?t|wouldn'?t) have to|so i (?:can|don'?t|won'?t))\b"
    r"|\bthe stars\b[^.?!]{0,25}\b(?:then i (?:won'?t|don'?t|wouldn'?t) have to|so i (?:don'?t|won'?t))\b"
    r"|\b(?:log|sign) off (?:permanently|forever|for good|from life)\b|\bexisting is (?:so )?(?:exhausting|too hard|pointless)\b"
    r"|\b(?:being alive|being a live person|living|life|existing) is (?:too|so) (?:hard|exhausting|much|tiring)\b[^.?!]{0,30}\b(?:not live|not alive|stop|can i just|i want|i wanna|anymore)\b"
    r"|\b(?:morning|tomorrow) (?:doesn'?t|does not|won'?t|never) (?:come|comes)\b|\bnot waking up is\b|\b(?:want|wanna|wish|hope)\b[^.?!]{0,10}\bi (?:stay|stayed) asleep forever\b"
    r"|\bwhy (?:even )?bother (?:opening my eyes|waking up|getting up|living|being alive|existing|breathing)\b|\bmornings? (?:feel|feels|are|is) pointless\b"
    r"|\b(?:fell|fall|go|went) (?:to )?a?sleep\w*\b[^.?!]{0,15}\bthat was it\b|\bif i die (?:tonight|tomorrow|soon|this week)\b"
    r"|\b(?:stop|stopped) eating\b[^.?!]{0,30}\b(?:fade away|disappear|die|waste away|be gone)\b|\bwish (?:mummy|mommy|mum|mom|my mum|my mom) never had me\b"
    r"|\bthink\w* (?:about|abt|of) (?:dying|being dead|death|killing my ?self)\b[^.?!]{0,25}\b(?:nice|good|calm|peaceful|better|all the time|every (?:day|night))\b"
    r"|\bthink\w* (?:about|abt|of) how i (?:would|'?d|will|could|'?ll) (?:actually |really )?do it\b|\b(?:an actual|a real) plan\b[^.?!]{0,20}\b(?:die|end it|do it|not be)\b"
    r"|\bdoes it hurt (?:to die|if you die)\b.{0,25}\bi (?:want|wanna|would)\b"
)

# (round 29) Going up a block of flats, a car park or a bridge to jump "for real this time",
# "tonight", "for good": a place high enough to die from, a leap and the time it is meant, in
# one sentence (a shed roof onto the trampoline, or a bridge into the river, is a dare).
_LEAP = r"(?:jump\w*|throw\w* my ?self|fling\w* my ?self|fall\w*|step\w* off|let\w* go)"
HIGH_UP = prefiltered(
    r"\b(?:(?:roof|top|edge|top floor) of (?:the|a|our|my|this|that) (?:block of flats|flats|tower block|tower|building|block|car park|multi[- ]?stor(?:e)?y|hospital|shopping cent(?:re|er)|bridge|cliff)|(?:the|a) (?:bridge|cliff|tower block|multi[- ]?stor(?:e)?y|flyover|motorway bridge|viaduct))\b"
)
LEAP = prefiltered(rf"\b{_LEAP}\b")
THIS_TIME = prefiltered(
    r"\b(?:for real this time|this time for real|for real|this time|properly this time|i mean it|tonight|tonite|for good|and end it|end it all|never come back|not come back|(?:no one|nobody|noone) (?:can|will|could) stop me)\b"
)
# ...or a leap off anything high, meant "for real this time", "properly this time".
LEAP_OFF = prefiltered(
    rf"\b{_LEAP}\b (?:off|from) (?:the |a |my |our )?(?:roof|top|edge|bridge|balcony|window|cliff|building|tower|car park)\b"
)
MEANT_NOW = prefiltered(
    r"\b(?:for real this time|this time for real|properly this time|i mean it this time|for real tonight|for good)\b"
)
LEAP_IN_FUN = prefiltered(
    r"\b(?:into the (?:river|water|sea|pool|lake|canal|quarry)|trampoline|bouncy|superman|superhero|for fun|dare|parachute|bungee|zip ?wire|with (?:my )?(?:dad|mum|instructor))\b"
)

# A means: heights, trains, traffic, the sea, breath, the neck, pills, cleaning stuff.
MEANS_MORE = prefiltered(
    r"\b(?:highest|tallest|how high)\b[^.?!]{0,25}\b(?:window|bridge|building|floor|cliff|roof|car park|tower|balcony)\b.{0,40}\b(?:jump|fall|asking for (?:a )?reasons?|quick|die|survive)\w*"
    r"|\b(?:bridge|roof|cliff|tower|car park|ledge|balcony)\b[^.?!]{0,40}\bhow (?:high|tall|far down)\b[^.?!]{0,40}\b(?:quick|hurt|die|survive|painless)\b"
    r"|\b(?:hurt|hurts|painful|quick|die|survive)\b[^.?!]{0,25}\bjump\w* (?:off|from|out of) (?:the )?(?:top (?:floor )?(?:of )?)?(?:the |a )?(?:car park|bridge|building|roof|cliff|tower|balcony|window)\b"
    r"|\b(?:think|thought|thinking|imagine|want|wanna)\w*\b[^.?!]{0,20}\b(?:step\w*|jump\w*|walk\w*) (?:forward|out|off|in front)\b[^.?!]{0,25}\b(?:train|bus|lorry|truck|traffic|tracks)\b"
    r"|\blet (?:the )?(?:cars?|bus|train|lorry|truck|traffic|waves|sea)\b[^.?!]{0,10}\b(?:get|hit|take|squash|run over|kill) (?:me|us)\b"
    r"|\b(?:plan|planning|want|wanna|going|gonna)\b[^.?!]{0,15}\b(?:walk|wade)\w* (?:into|out into) the (?:sea|ocean|river|lake|water)\b"
    r"|\bhold\w* my breath\b[^.?!]{0,40}\b(?:won'?t stop|never stop|forever|till i (?:pass out|die|faint))\b"
    r"|\b(?:bag|pillow)\b[^.?!]{0,20}\b(?:on|over|round|around) my (?:face|head|mouth)\b[^.?!]{0,30}\b(?:air|breath|breathe|stop)\b"
    r"|\b(?:squeez|press|chok|strangl)\w* my (?:own )?(?:neck|throat)\b"
    rf"|\b(?:all|every one) (?:of )?(?:my |the |mum'?s |mom'?s |dad'?s )?(?:\w+ )?(?:{PILLS})\b[^.?!]{{0,20}}\b(?:at once|tonight|in one go|together)\b"
    rf"|\b(?:swallow\w*|took|take|taking|ate|eat)\b[^.?!]{{0,12}}\b(?:\d+|ten|loads|lots|a load|a bunch|handful|all)\b[^.?!]{{0,12}}\b(?:{PILLS})\b[^.?!]{{0,25}}\b(?:to see|what happens|on purpose|so i|tonight|at once)\b"
    rf"|\bhow many\b[^.?!]{{0,30}}\b(?:{PILLS})\b[^.?!]{{0,10}}\bit (?:would|will|'?d) take\b"
    rf"|\bwh?at (?:happens|happend|would happen|will happen|happened)\b (?:to (?:u|you|me|someone) )?if (?:u|you|i|someone|somebody|a (?:kid|person|child)|ppl|people|ya)\b (?:\w+ )?(?:take|takes|took|swallow\w*|eat|eats|ate|have|had|down|downed|drink|drinks|drank)\b (?:like |maybe |about )?(?:a (?:whole )?bunch|a lot|lots|loads|a load|all|every one|a handful|handfuls|too many|a whole (?:bottle|packet|pack|box|strip|tub|jar)|the whole (?:bottle|packet|pack|box|strip|tub|jar)|\d{{2,}}|ten|twenty|fifty)\b(?: of)?(?: (?:\w+'?s?|the|my|her|his))?(?: \w+)? (?:{PILLS}|medicine|xanax|melatonin|cough (?:syrup|medicine))\b(?! (?:for (?:a|your) (?:headache|cold|fever)|by accident))"
    rf"|\b(?:swallow\w*|took|take|taking|drank|drink|ate|eat)\b[^.?!]{{0,12}}\b(?:the )?(?:whole|entire|full) (?:bottle|packet|pack|box|strip|tub|jar)s? of (?:\w+ )?(?:{PILLS}|medicine|sleeping \w+)\b[^.?!]{{0,50}}\b(?:hurt|asleep|to sleep|die|dead|wake up|what happens|what would happen)"
    r"|\b(?:drink|drank|swallow\w*)\b[^.?!]{0,25}\b(?:under the sink|bleach|cleaning stuff|cleaner|chemicals?|poison)\b[^.?!]{0,30}\b(?:poorly|sick|ill|stop|die|dead)\b"
    r"|\b(?:under the sink|bleach|cleaning stuff|poison)\b[^.?!]{0,30}\bif i (?:drank|drink|swallowed|ate)\b[^.?!]{0,40}\b(?:stop|die|end|dead)\b"
    r"|\b(?:fall|fell|jump|jumped|throw)\w* (?:off|from|down)\b[^.?!]{0,25}\bon purpose\b[^.?!]{0,30}\b(?:break|go away|die|dead|hurt)\b"
    r"|\bif i (?:jumped|fell|jump|fall)\b[^.?!]{0,50}\b(?:on my head|wouldn'?t (?:ever )?have to|never have to)\b"
    # (round 60) looking over a balcony, a roof or a bridge thinking if i jumped it would all be
    # done: a high place, a leap, and it all over, in one sentence.
    # (miss62) ... or at the top of a climbing frame or a tree, and everyone would stop being sad
    r"|\b(?:balcony|balconies|roof|rooftop|bridge|cliff|ledge|window|top floor|car park|multi ?storey|tower block|(?:very )?top of (?:the |a |our |my )?(?:\w+ )?(?:climbing frame|tree|slide|tower|rope pyramid|climbing wall|stairs|ladder|wall))\b[^.?!]{0,40}\bif i (?:jumped|jump|fell|fall|leapt|stepped off|let go)\b[^.?!]{0,30}\b(?:(?:it|everything|it all)(?: would| will|'?d|'?ll)? (?:all )?(?:just )?(?:be (?:done|over|finished)|stop|end)|all (?:the )?(?:pain|sadness) (?:would|will) (?:stop|end|go)"
    r"|(?:every ?one|every ?body|people|my (?:mum|mom|dad|family|parents)|mum and dad|they) (?:would|will|'?d|'?ll|might|could) (?:all )?(?:finally )?(?:stop being (?:sad|upset|cross|angry|sad because of me)|be (?:happier|better off|less sad|fine without me|ok without me|okay without me)|not (?:be sad|have to worry) any ?more))\b"
    r"|\bif i (?:jumped|jump|fell|fall|leapt) (?:off|from|out of|over) (?:the |a |my |our |this |that )?(?:\w+ )?(?:balcony|roof|rooftop|bridge|cliff|ledge|window|car park|tower block)\b[^.?!]{0,20}\b(?:(?:it|everything|it all)(?: would| will|'?d|'?ll)? (?:all )?(?:just )?(?:be (?:done|over|finished)|stop|end))\b"
)

# Hurting myself: until it bleeds, to feel something, on purpose, because I deserve it.
SELF_INJURY = prefiltered(
    r"\b(?:bit|bite|biting|scratch\w*|pinch\w*|slap\w*|punch\w*|hit|hitting|bang\w*|bump\w*|burn\w*|cut|cutting|pull\w*)\b (?:my (?:own )?(?:arms?|legs?|skin|hands?|face|head|wrists?|hair(?: out)?|tummy)|me|my ?self)\b[^.?!]{0,40}\b(?:till|until|til|so i (?:could|can) feel|on purpose|deserve|bleed\w*|bled|leaves? marks|bald)\b"
    r"|\b(?:slap|hit|punch|bite|scratch|pinch)\w* my own\b|\bhurt\w* my own ?self\b"
    r"|\b(?:burn|cut)\w* my (?:arms?|legs?|skin|wrists?|thighs?)\b[^.?!]{0,30}\b(?:with (?:a |the |my )?(?:lighter|matches|blade|razor|knife|scissors|compass)|makes me (?:calm|feel better)|only thing)\b"
    r"|\b(?:thighs?|arms?|wrists?|legs?)\b (?:are|is) (?:covered in|full of) (?:lines|cuts|scars)\b"
    r"|\bthinks? (?:the )?(?:cuts?|scars?|scratches) (?:on my \w+ )?(?:are|is|came) from\b"
    r"|\b(?:my|razor) blades?\b[^.?!]{0,40}\b(?:tin|box|hid\w*|keep|under|drawer|in case)\b|\bhid\w*\b[^.?!]{0,20}\bblades?\b[^.?!]{0,30}\b(?:razor|in case)\b"
)

# Giving things away, goodbyes, letters for after.
GOODBYE = prefiltered(
    r"\b(?:won'?t|will not|not gonna|not going to|don'?t) (?:need|be needing|be using)\b[^.?!]{0,15}\b(?:after (?:friday|monday|tuesday|wednesday|thursday|saturday|sunday|today|tonight|this week)|anymore|soon)\b"
    r"|\bwho gets my (?:stuff|things|room|games|toys|switch|clothes)\b|\b(?:she|he|they) can have my (?:room|stuff|things)\b[^.?!]{0,10}$"
    r"|\bthis is (?:my|the) (?:last |final )?goodbye\b|\bthe last time (?:you|u|ull|you'?ll|anyone)\b[^.?!]{0,10}\bhear from me\b|\bsorry for everything\b[^.?!]{0,3}$"
    r"|\b(?:note|letter|letters)\b[^.?!]{0,40}\b(?:to find after|find (?:it )?after|for after)\b"
    r"|\b(?:after|when|once) (?:i'?m|im|i am) (?:gone|dead)\b(?! (?:on|to|for|away))"
)

# (round 23) Swallowing a carer's tablets to sleep forever or not wake up.
PILLS_FOREVER = prefiltered(
    rf"\b(?:swall?ow\w*|swolow\w*|take|took|taking|eat|ate|eating|have|had|down|gulp\w*|neck)\b[^.?!]{{0,8}}\b(?:all|loads|lots|a lot|a bunch|a handful|handfuls|the whole (?:packet|pack|bottle|box|strip|tub|jar)|every one|every single one|ten|twenty|\d{{2,}})\b(?: of)?[^.?!]{{0,25}}\b(?:{PILLS}|tabs|medicines?|sleeping \w+)\b"
    r"[^?!]{0,60}\b(?:sleep (?:forever|for ever|for good)|never wake|not wake|wouldn'?t wake|won'?t wake|don'?t wake|die|dead|end it|be gone|gone forever|stop (?:everything|it all|existing|breathing)|i want (?:that|to))"
)
# (round 23) A fall or being gone, and nobody having to put up with me any more.
_BURDEN = r"(?:(?:have|need|got) to (?:put up with|deal with|bother with|cope with|be stuck with|worry about|clean up after)|be (?:stuck|bothered) with|be (?:free|rid) of|get rid of) me\b|\bi (?:wouldn'?t|won'?t) be (?:a |in the )?(?:burden|problem|pain|bother|way|nuisance)"
BURDEN_GONE = prefiltered(
    rf"\bif i\b[^.?!]{{0,10}}\b(?:fell|fall|jump\w*|died|die|was gone|were gone|wasn'?t (?:here|around|alive)|weren'?t (?:here|around|alive)|disappeared|disappear|vanished|never came back|never woke up|got hit|drowned|stepped|walked into|ran into)\b[^.?!]{{0,60}}\b{_BURDEN}"
    rf"|\b{_BURDEN}\b[^.?!]{{0,30}}\bif i (?:was|were|wasn'?t|weren'?t|died|fell|jumped|disappeared) ?(?:gone|dead|here|around|alive)?\b"
)
# (round 23) What is even the point of being alive; tired of living.
POINT_OF_LIVING = prefiltered(
    r"\bwh?at'?s?(?: is)?(?: even)? (?:the |da )?point (?:of|in|to) (?:even )?(?:being alive|bein alive|being alive|living|livin|life|existing|being here|me being here|waking up|being born|me)\b"
    r"|\bwhy (?:am i|was i|should i|do i|would i)(?: even| still)? (?:alive|born(?! (?:in|on|at|a |the |with))|bother (?:living|being alive|waking up)|keep (?:living|waking up))\b"
    r"|\b(?:tired|sick|done) of (?:being alive|bein alive|living|livin|existing|life|waking up)\b"
)

# (round 25) Is hurting myself bad or all right if nobody sees, or if it doesn't show.
_SELF_INJURY_ACT = r"(?:cut|cutting|burn|burning|hurt|hurting|hit|hitting|scratch|scratching|bite|biting|pinch|pinching|punch|punching|bruise|bruising|harm|harming|stab|stabbing)"
_SELF = r"(?:my ?self|your ?self|ur ?self|themselves|my (?:arm|arms|leg|legs|wrist|wrists|skin|tummy|belly|hand|hands|thigh|thighs|body|hip|hips|side)|your (?:arm|arms|leg|legs|wrist|wrists|skin|thigh|thighs))"
HIDDEN_SELF_INJURY = prefiltered(
    rf"\b{_SELF_INJURY_ACT} {_SELF}\b[^.?!]{{0,45}}\b(?:(?:if|where|so|when|as long as|cos|because)\b[^.?!]{{0,10}}\b(?:nobody|no one|noone|no-one|no body|nobody else|anyone)\b[^.?!]{{0,12}}\b(?:sees?|see|saw|finds? out|knows?|notices?)|(?:doesn'?t|doesnt|dont|don'?t|won'?t|wont|does not|do not|not|never) (?:show|be seen|get seen)|if (?:i|you|u) hide (?:it|them|the marks)|(?:nobody|no one|noone|no-one) (?:will|would|can|could|ever) (?:see|know|notice|find out)|under (?:my|your) (?:sleeves?|clothes|jumper))\b"
    # (miss62) with a compass, a pin or a sharpener blade, on the bus or in the toilets, so nobody sees
    rf"|\b{_SELF_INJURY_ACT} {_SELF} with (?:the |a |an |my |mums |mum'?s |dads |dad'?s )?(?:\w+ )?(?:compass|compasses|pins?|safety pins?|drawing pins?|needles?|paper ?clips?|sharpener blade|sharpener|blades?|scissors|staples?|pen knife|penknife|nails?|glass)\b[^.?!]{{0,70}}\b(?:(?:if|where|so|when|as long as|cos|because)\b[^.?!]{{0,10}}\b(?:nobody|no one|noone|no-one|no body|nobody else|anyone)\b[^.?!]{{0,12}}\b(?:sees?|see|saw|finds? out|knows?|notices?)|(?:doesn'?t|doesnt|dont|don'?t|won'?t|wont|does not|do not|not|never) (?:show|be seen|get seen)|if (?:i|you|u) hide (?:it|them|the marks)|(?:nobody|no one|noone|no-one) (?:will|would|can|could|ever) (?:see|know|notice|find out)|under (?:my|your) (?:sleeves?|clothes|jumper))\b"
)
# (round 25) Hitting or hurting myself because I'm stupid, or when I get something wrong.
HITS_SELF_IN_BLAME = prefiltered(
    r"\b(?:hit|hitting|hits|bang|banging|bangs|punch|punches|punching|slap|slaps|slapping|smack|smacking|scratch|scratching|bite|biting|pinch|pinching|thump|thumping|whack|whacking|pull|pulling)\b (?:my ?self|my (?:head|face|arms?|legs?|hair|skin|cheeks?))\b"
    r"[^.?!]{0,40}\b(?:(?:cos|coz|cause|because|cuz|bc|as)\b (?:i'?m|im|i am)\b (?:just |so |such |an? |really |soo+ )*(?:stupid|dumb|thick|idiot|rubbish|useless|bad|failure|worthless|hopeless|loser|ugly|fat|annoying|a waste)|when(?:ever)? i (?:get (?:\w+ ){0,3}wrong|mess up|messed up|make a mistake|do (?:something|it) wrong|fail|lose|get told off|can'?t do)|to punish myself)\b"
    r"|\bwhen(?:ever)? i (?:get (?:\w+ ){0,3}wrong|mess up|make a mistake|do (?:something|it) wrong|fail|get told off)\b[^.?!]{0,15}\bi (?:\w+ )?(?:hit|bang|punch|slap|smack|bite|scratch|pinch|thump|whack)\b (?:my ?self|my (?:head|face|arms?|legs?))\b"
)
BY_ACCIDENT = prefiltered(
    r"\b(?:by accident|accidentally|accidently|bumped|tripped|slipped|fell|walked into|ran into|clumsy|itch\w*|mosquito|eczema|chicken ?pox|nettles?)\b"
)

# (round 26) How high a bridge, building or fall must be so that you "just stop" (a height
# asked about for boats, records or a trampoline is not).
HEIGHT_TO_END = prefiltered(
    r"\b(?:how (?:high|tall|far|big|long)|what height|which floor|how many (?:floors|storeys|metres|meters|feet)|what(?:'?s| is) the (?:highest|lowest|top) (?:floor|storey|window|balcony))\b[^.?!]{0,50}\b(?:bridge|building|cliff|roof|tower|balcony|window|car park|fall|drop|jump|floor|storey|be)\b[^.?!]{0,40}\b(?:(?:you|u|i|someone|a person|people|it|everything) (?:just )?(?:stops?|ends?)|just (?:stop|end|die|disappear|go)|(?:don'?t|dont|do not|wouldn'?t|won'?t|wont|never|not) (?:wake up|survive|come back|live|feel anything)|to not (?:wake up|survive|come back)|(?:it'?s|its) (?:over|quick)|so (?:you|u|i) die|to die|dead)\b"
)
# (round 26) Not eating on purpose to get small, thin or gone; (round 28) or to go away,
# not be here, stop existing.
NOT_EATING = prefiltered(
    r"\b(?:stop\w*|not|don'?t|dont|do not|won'?t|wont|skip\w*|refus\w*|quit|hide|hid|throw away|stopped|never) (?:\w+ ){0,2}(?:eating|eat|food|lunch|dinner|breakfast|tea|meals?|my food)\b"
    r"|\bstarv\w* my ?self\b|\bno (?:more )?(?:food|eating) (?:ever|forever|ever again)\b"
    r"|\b(?:throw|throws|threw|chuck|chucks|chucked|put|puts|bin|binned|flush\w*) (?:\w+ ){0,2}(?:lunch|dinner|breakfast|food|tea|sandwich\w*) (?:in|into|down) the (?:bin|toilet|loo)\b"
    # (miss62) a meal given away, to the ducks, the dog or a friend ("i give my packed lunch to
    # the ducks every day now")
    r"|\b(?:give|gives|gave|giving|feed|feeds|fed|feeding|slip|slips|slipped|sneak|sneaks|snuck|pass|passes|passed|chuck|chucks|chucked|throw|throws|threw) (?:all |half )?(?:of )?(?:my|me) (?:\w+ )?(?:lunch|dinner|breakfast|food|tea|sandwich\w*|snacks?|meals?|crisps|tea) (?:to|at) (?:the |my |our |a )?(?:ducks?|birds?|pigeons?|seagulls?|swans?|geese|squirrels?|dogs?|cats?|fish|friends?|mates?)\b"
    r"|\b(?:give|gives|gave|giving|feed|feeds|fed|feeding) (?:the |my |our )?(?:ducks?|birds?|pigeons?|seagulls?|swans?|geese|squirrels?|dogs?|cats?) (?:all |half )?(?:of )?my (?:\w+ )?(?:lunch|dinner|breakfast|food|tea|sandwich\w*|snacks?|meals?)\b"
)
TO_VANISH = prefiltered(
    r"\b(?:disappear|vanish|waste away|shrink\w*|be nothing|invisible|take up less space|be gone|till i'?m gone|till im gone|until i'?m gone|(?:get|be|become|am|'?m|im) (?:really |so |super |even )?(?:small|smaller|tiny|thin|thinner|skinny|skinnier)|nobody (?:sees|notices|will see|will notice|would notice) me|(?:no one|noone) (?:sees|notices|will notice) me|see my bones|punish myself)\b"
    # (round 28) ... so i go away, am not here any more, stop existing.
    r"|\b(?:so|then|till|until|and|to|maybe|because i want to) (?:i|i'?ll|ill|i can|i could|i would|i'?d|i will|i might|i'?m|im|i am)? ?(?:just )?(?:go away(?! (?:to|on|with|for (?:the|a|my|our)|and (?:hide|play|read|come back|then)|camping|somewhere|now|for a bit))|fade away|float away|not be here|am not here|not here any ?more|not here anymore|stop existing|don'?t exist|dont exist|not exist|stop being here|be gone)\b"
)
VANISH_STORY = prefiltered(
    r"\b(?:story|book|alice|potion|magic|wizard|film|movie|game|character|caterpillar|shrink ray|cake|sweets|teeth)\b"
)

# (round 30) Thinking about not waking up, or that it would be easier if I didn't (not waking
# up in time for school is not it).
_LATE = r"(?! (?:early|late|in time|on time|for (?:school|the|my|swimming|church)|till|until|when|at|before|tomorrow (?:morning )?(?:early|late|in time|on time|for|till|until|when|at|before)|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|time)))"
NOT_WAKING_THOUGHT = prefiltered(
    rf"\b(?:think\w*|thought|wonder\w*|imagin\w*|dream\w*) (?:about|abt|bout|of) (?:just |maybe |sometimes |what if i (?:was|were) )?(?:not|never) (?:waking|wakeing|wake|to wake) up\b{_LATE}"
    rf"|\b(?:easier|better|nicer|ok|okay|fine|peaceful|a relief|simpler)\b[^.?!]{{0,25}}\bif i (?:just )?(?:didn'?t|did not|never|wouldn'?t|don'?t|do not) (?:ever )?wake up\b{_LATE}"
    rf"|\bif i (?:just )?(?:didn'?t|did not|never|wouldn'?t) (?:ever )?wake up\b{_LATE}[^.?!]{{0,40}}\b(?:easier|better|nicer|ok|okay|fine|mind|peaceful|relief|care|notice)\b"
    r"|\b(?:wouldn'?t|would not|won'?t|don'?t|do not) mind (?:if i )?(?:not|never|didn'?t) (?:waking|wake|woke) up\b(?! (?:early|late|in time|on time|for school))"
    r"|\b(?:not|never) (?:waking|wakeing) up (?:would|will|might|could|sounds?|seems?) (?:be |feel |sound )?(?:so |quite |kind of |kinda )?(?:easier|better|nice|nicer|ok|okay|peaceful|a relief|calm|(?:not|n'?t) (?:so |that |too )?bad)\b"
)
# (round 30) Whether a height would be enough to die: a barn, a shed, a tree, a bridge.
HIGH_ENOUGH_TO_DIE = prefiltered(
    r"\b(?:high|tall|far (?:up|down)|far|deep) enough (?:to|for (?:me|you|u|someone|a person) to|that (?:i|you|u|someone|a person) (?:would|could|'?d|will|might)) (?:die|kill (?:me|you|u|someone|my ?self|your ?self)|not survive|be dead|end it|never wake up|not wake up|break my neck)\b"
    # (miss8687sa) "high enough that u wouldnt wake up after": the same, said with the negative
    r"|\b(?:high|tall|far (?:up|down)|far|deep) enough (?:that |so |for )?(?:i|you|u|someone|a person|ya) (?:would ?n'?t|wouldnt|won'?t|wont|don'?t|dont|didn'?t|didnt|would never|will never|never) (?:ever )?(?:wake up|survive|live|get up again|come back)\b(?! (?:early|late|in time|on time|for|till|until)\b)"
    r"|\bif i (?:jumped|jump|fell|threw my ?self|dropped|leapt|rolled)\b (?:off|from|out of) (?:the |a |our |my )?(?:top of (?:the |a |our |my )?)?\w+(?: \w+)?\b[^.?!]{0,20}\b(?:would|will|could) (?:i|it|that) (?:die|kill me|be enough|be high enough|be the end)\b"
)
# (round 30) A blade kept for "when it gets bad", or taken out of a pencil sharpener.
BLADE_KEPT = prefiltered(
    r"\bi (?:\w+ ){0,2}(?:keep|kept|hid|hide|hidden|have|got|saved|save|stash\w*|put|carry|carried|took|take)\b[^.?!]{0,30}\b(?:blades?|razors?)\b[^.?!]{0,70}\b(?:for when (?:it|things|i|everything|the (?:bad|sad)\w*)|in case i (?:need|want)|when it gets (?:bad|too much|hard|worse)|for the (?:bad|sad|hard) (?:days|times|nights)|for emergencies|just in case|when i need (?:it|them))\b"
    r"|\b(?:took|take|taking|get|got|getting|prised|pried|unscrew\w*|broke|break|breaking|snapped|smash\w*)\b[^.?!]{0,25}\b(?:the |a |its |little )?blades? (?:out of|from|off) (?:my |the |a |his |her )?(?:pencil )?sharpeners?\b"
    r"|\b(?:broke|break|smashed|smash|unscrewed|unscrew|took apart|take apart)\b[^.?!]{0,15}\b(?:my |the |a )?(?:pencil )?sharpeners?\b[^.?!]{0,25}\b(?:blade|to get|so i can)\b"
)
# (round 30) A friend who self-harms showing the child how, or the child trying it too.
_SOMEONE = r"(?:friend|bestie|bff|mate|girl|boy|kid|someone|somebody|cousin|sister|brother|classmate|she|he|they)"
_THEMSELF = r"(?:her|him|them|their|your)(?:self|selves)|(?:her|his|their) (?:own )?(?:arms?|legs?|wrists?|skin|thighs?|hands?|tummy|stomach)"
FRIEND_SHOWED_SELF_HARM = prefiltered(
    rf"\b{_SOMEONE}\b[^.?!]{{0,40}}\b(?:cut|cuts|cutting|scratch\w*|burn\w*|carv\w*|stab\w*|bit|bites|biting|pinch\w*)\b (?:{_THEMSELF})\b[^?!]{{0,90}}\b(?:(?:show(?:ed|s)? me|taught me|teach(?:es)? me) (?:how|what to do|the way)(?! to (?!(?:do (?:it|that|this)|cut|scratch|burn|carve)\b))|taught me\b(?! to)|i (?:tried|did|do|copied|have tried|started doing) (?:it|that|the same|too)|i'?ve (?:tried|done) it|i (?:tried|did) it (?:too|as well|once)|now i do it|and so do i|me too)"
    rf"|\b(?:show(?:ed|s)? me how|taught me how|teach(?:es)? me how) to (?:cut|scratch|burn|hurt|carve)\w* (?:my ?self|my (?:arms?|legs?|wrists?|skin))\b"
)
SH_ROUND_30_NOT = prefiltered(
    r"\b(?:minecraft|roblox|fortnite|in the game|fall damage|video game|lol|haha\w*|jk|rollercoaster|ride|hair ?cut|shav\w*|craft|by accident|accidentally|oven|cooking|baking|iron|kettle|trampoline)\b"
)
_ROUND_30 = (NOT_WAKING_THOUGHT, HIGH_ENOUGH_TO_DIE, BLADE_KEPT, FRIEND_SHOWED_SELF_HARM)

# (round 31) Going to sleep and never waking up, wished for or thought all right ("if i just
# went to sleep and never woke up that would be ok"); not a story's spell or a lie-in.
_FIRST_PERSON_SLEEP = r"(?:if i (?:just |could |could just |did )?|i (?:just )?(?:want|wanna|wish i could|wish i would|wish i|would like|'?d like|'?d love|would love|'?d rather|would rather|want to|keep wanting to|feel like i want to) (?:to )?|(?:let|make) me |i (?:could|would|might) (?:just )?|maybe i (?:could|should|will) (?:just )?)"
SLEEP_NEVER_WAKE = prefiltered(
    rf"\b{_FIRST_PERSON_SLEEP}(?:go|went|going|fall|fell|drift|drifted)(?: off)? to sleep (?:and|then|n) (?:just )?(?:never|not|don'?t|didn'?t|wouldn'?t) (?:ever )?(?:wake|woke|waking) up\b{_LATE}"
    rf"|\b{_FIRST_PERSON_SLEEP}sleep (?:and never wake up|and not wake up|for ?ever (?:and|so) (?:i )?(?:not|never|don'?t|didn'?t|wouldn'?t|won'?t|stop|can stop) (?:feel\w*|wake|waking|have to|be here|exist\w*|be sad|hurt\w*))\b"
    r"|\bi (?:wish|want|wanna|hope)\b[^.?!]{0,20}\b(?:never|not) (?:ever )?(?:wake|woke|waking) up (?:again|ever again|anymore|any more|tomorrow)\b"
)
# (round 31) Wanting to go to heaven now, or so the sadness stops ("is heaven nicer than here?
# i want to go there now"; miss8283: "maybe i should just go there now and be with grandma"); a
# pet or grandparent there, told calmly, is not it.
_HEAVEN_WANT = r"(?:i (?:just )?(?:want|wanna|wish i could|wish i was|wish i were|'?d like|would like|'?d rather|would rather|want to|wish i could go|could) (?:to )?(?:go|be|get|float|fly)?\s?(?:there|up there|to heaven|in heaven|with (?:him|her|them|grandma|grandad|nana|gran|my \w+)(?: in heaven| up there)?))"
HEAVEN_NOW = prefiltered(
    rf"\b(?:heaven|up there|the sky)\b[^?!]{{0,80}}\b{_HEAVEN_WANT}\b[^.?!]{{0,12}}\b(?:now|right now|today|tonight|soon|already|so i (?:can|could|don'?t|won'?t|wouldn'?t) (?:stop|be|have|feel)|to stop|and stop|instead|than here)\b"
    rf"|\b{_HEAVEN_WANT}\b[^.?!]{{0,30}}\b(?:so i (?:can|could) stop|to stop|and stop|so i (?:don'?t|won'?t|wouldn'?t) (?:have to|feel|be)) (?:being |feeling |be |feel )?(?:sad|lonely|hurting|hurt|scared|crying|cry|here|alive|upset)\b"
    # (miss8283) "maybe i should just go there now and be with grandma": should, might or will,
    # in the same sentence as heaven, with someone to be with there
    r"|\b(?:heaven|heavan|hevan|heven)\b[^.?!]{0,60}\b(?:i (?:should|might|will|just want to)|i'?ll|ill) (?:just )?(?:go|get|float|fly) (?:up )?(?:there|up there|to heaven) (?:now|today|tonight|right now|already|early|soon|straight away)\b[^.?!]{0,12}\b(?:be with|see|join|meet|hug|live with|stay with)\b"
)
SH_ROUND_31_NOT = prefiltered(
    r"\b(?:sleeping beauty|snow white|princess|spell|story|book|film|movie|hibernat\w*|bear|bears|tortoise|lie[- ]in|alarm|weekend|school|tired|exhausted|hike|lol|haha\w*|cosy|comfy|holiday)\b"
)
_ROUND_31 = (SLEEP_NEVER_WAKE, HEAVEN_NOW)

# (round 32) Someone (a friend, "she") going to take all of a carer's or her own pills or
# tablets: a plan told by the child ("she's going to take all her moms pills tonite").
FRIEND_PILLS_PLAN = prefiltered(
    rf"\b(?:going to|gonna|gunna|will|'ll|wants? to|wanna|is planning to|plans? to|is about to)\b (?:just )?(?:take|swallow|eat|have|down|neck) (?:all|every one|every single one|the whole (?:packet|pack|bottle|box|strip)|loads|a load|a handful)(?: of)? (?:her|his|their|my|the|its) (?:own |mum'?s |mom'?s |moms |mums |dad'?s |dads |nan'?s |nans |gran'?s |grans |nana'?s |grandma'?s |mummy'?s |mommy'?s |mam'?s |sister'?s |brother'?s )?(?:{PILLS})\b"
)
PILLS_AS_TOLD = prefiltered(
    r"\b(?:doctor|nurse|chemist|pharmacist|antibiotics?|vitamins?|course|prescri\w*|like (?:she|he|the doctor|mum|dad) (?:said|says|told)|every (?:day|morning|night)|with (?:her|his|my) (?:breakfast|dinner|food|tea)|to the (?:chemist|pharmacy)|back to the|out of the|with (?:her|him|them|us)|on holiday|sort\w*|put\w* (?:them )?away|tidy\w*)\b"
)
# (round 32) Banging my own head on the wall or the floor on purpose, or because I'm bad.
HEAD_BANGED_BAD = prefiltered(
    r"\bi (?:\w+ )?(?:bonk\w*|bang\w*|bash\w*|smack\w*|hit|hits|hitting|thump\w*|knock\w*|slam\w*) my (?:own )?head\b[^.?!]{0,40}\b(?:on purpose|(?:cos|cuz|coz|cause|because|as) i'?m (?:a |so |such a )?(?:bad|naughty|stupid|horrible|useless|dumb|rubbish)\b(?: (?:boy|girl|kid|person))?)"
)
# (round 32) "If I die will mummy stop being sad? Maybe I should": a death offered as a fix.
IF_I_DIE_FIX = prefiltered(
    r"\bif i (?:die|died|was dead|were dead|wasn'?t alive|weren'?t alive)\b[^.!]{0,50}\b(?:stop|stops|happier|happy again|better|glad|less sad|not (?:be )?sad|smile)\b[^.!]{0,40}\b(?:maybe i (?:should|will|could|might|'?ll)|i think i (?:should|will|might)|i (?:should|might) (?:do it|then)|should i)\b"
)
IF_I_DIE_GAME = prefiltered(
    r"\b(?:in (?:the|a|my) (?:game|level)|minecraft|roblox|fortnite|mario|lives?|respawn|coins|diamonds|save first|level)\b"
)

_CONCEPTS = (
    GONE_ME,
    NOT_ALIVE_WISH,
    MEANS_MORE,
    SELF_INJURY,
    GOODBYE,
    PILLS_FOREVER,
    BURDEN_GONE,
    POINT_OF_LIVING,
    HIDDEN_SELF_INJURY,
    HITS_SELF_IN_BLAME,
)
_ROUND_25 = (HIDDEN_SELF_INJURY, HITS_SELF_IN_BLAME)


def find_self_harm_more(text: str) -> list[Finding]:
    for pattern in _CONCEPTS:
        if pattern.search(text) and not (
            (pattern is GONE_ME and GONE_NOT.search(text))
            or (pattern in _ROUND_25 and BY_ACCIDENT.search(text))
            or (
                pattern is SELF_INJURY
                and (ANIMAL_DID_IT.search(text) or carer_razor_put_away(text))
            )
            or (
                pattern is NOT_ALIVE_WISH
                and heaven_when_old(text)
                and all("heaven" in m.group() for m in pattern.finditer(text))
            )
            or (
                # (miss6465b) "a sponsored hike, im gonna be dead by the end haha": worn out
                pattern is NOT_ALIVE_WISH
                and worn_out_dead(text)
                and all(m.group().endswith("be dead") for m in pattern.finditer(text))
            )
        ):
            return [Finding(S, "self_harm_unsaid", CRITICAL, 0, len(text))]
    # A sentence can hold HIGH_UP or LEAP_OFF only if the whole text does (no anchors or
    # lookarounds; a sentence's ends meet ".?!", not word characters, so each \b reads the
    # same): the whole text is asked first, so the pre-filter can rule this out (rule_gates).
    if (
        (HIGH_UP.search(text) or LEAP_OFF.search(text))
        and any(
            (HIGH_UP.search(part) and LEAP.search(part) and THIS_TIME.search(part))
            or (LEAP_OFF.search(part) and MEANT_NOW.search(part))
            for part in SENTENCE_END.split(text)
        )
        and not LEAP_IN_FUN.search(text)
    ):
        return [Finding(S, "self_harm_unsaid", CRITICAL, 0, len(text))]
    if any(p.search(text) for p in _ROUND_30) and not SH_ROUND_30_NOT.search(text):
        return [Finding(S, "self_harm_unsaid", CRITICAL, 0, len(text))]
    if any(p.search(text) for p in _ROUND_31) and not SH_ROUND_31_NOT.search(text):
        return [Finding(S, "self_harm_unsaid", CRITICAL, 0, len(text))]
    if (
        (FRIEND_PILLS_PLAN.search(text) and not PILLS_AS_TOLD.search(text))
        or (HEAD_BANGED_BAD.search(text) and not BY_ACCIDENT.search(text))
        or (IF_I_DIE_FIX.search(text) and not IF_I_DIE_GAME.search(text))
    ):
        return [Finding(S, "self_harm_unsaid", CRITICAL, 0, len(text))]
    if HEIGHT_TO_END.search(text) or (
        NOT_EATING.search(text) and TO_VANISH.search(text) and not VANISH_STORY.search(text)
    ):
        return [Finding(S, "self_harm_unsaid", CRITICAL, 0, len(text))]
    return []
