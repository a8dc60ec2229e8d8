# ruff: noqa: E501  (regular-expression tables read best one pattern a line)
"""Concepts for the meaning stage (rules_meaning.py), one compiled pattern each.

The teddy's forbidden topics: being alone with the child, undermining the parents, the
bedroom, secrets, sexual talk, cruelty, starving, normalising abuse.
Each pattern alone decides nothing; the rules_meaning modules combine them.
"""

from __future__ import annotations

from domain.safety.prefilter import prefiltered

# (round 44) A feeling named, then contradicted: "sad feelings say nobody would miss you, but
# that isn't true" (safety talk here, in rules_meaning_teddy and rules_language).
FEELING_CONTRADICTED_RE = r"\b(?:feelings?|thoughts?|worr(?:y|ies)|voices?|brain|mind|sadness|grumpy bits?)\b[^.?!]{0,15}\b(?:say|says|said|tell you|tells you|whisper\w*|make you (?:think|feel|believe)|trick you into thinking)\b[^.?!]{0,60}\b(?:not true|isn'?t true|aren'?t true|untrue|never true|not right|a trick|tricking you|(?<!not )(?<!n't )(?<!nt )(?<!never )wrong)\b"
# (probe of teddy replies) "sometimes it feels like nobody likes you, but that isn't true".
FEELING_CONTRADICTED_RE += r"|\b(?:feels?|felt|seems?|seemed) like\b[^.?!]{0,40}\bbut (?:that|it|this) (?:isn'?t|is not|'?s not|is never|'?s never) true\b"
FEELING_CONTRADICTED = prefiltered(FEELING_CONTRADICTED_RE)

TEDDY_PARENTS_AWAY = prefiltered(
    r"\b(?:when|what time|are|is|will)\b[^.?!]{0,20}\b(?:mom|mum|mommy|dad|daddy|parents|grown ?ups|anyone)\b[^.?!]{0,15}\b(?:not home|out|away|asleep|at work|gone|leave|leaving|go to sleep|go to bed|not (?:around|looking|watching))\b"
    r"|\b(?:until|till|when|after|once) (?:everyone|everybody|your (?:parents|mom|mum|dad|family)|they|the grown ?-?ups) (?:is |are |'?s |'?re )?(?:asleep|sleeping|gone|out|goes? to (?:sleep|bed))\b"
    r"|\bwhere do you (?:usually |normally |always )?(?:play|go|walk|hang out|wait|sit)\b[^.?!]{0,20}\b(?:after school|alone|every day|usually|on your own|by yourself)?"
    r"|\b(?:when|while|next time|after) (?:you'?re|you are|ur|you get|you take|you have) (?:in |into )?(?:the |a |your )?(?:bath|shower|bathtub|undressed|changing|naked|pajamas)\b[^.?!]{0,20}\b(?:tell|show|call|send|describe|talk)"
    r"|\bdo you have (?:a |your own )?(?:webcam|camera|phone|tablet|snapchat|discord|instagram)\b|\b(?:come|came) (?:and )?(?:get|find|pick up|take) (?:you|u)\b|\b(?:pick|picking) (?:you|u) up\b|\bmeet (?:you|u) (?:outside|at|after|somewhere)\b"
    r"|\b(?:without (?:your|any|ur) clothes|with (?:your|ur) clothes off|take off (?:your|ur) (?:clothes|shirt|top|pants|underwear)|in your (?:underwear|undies))\b"
    r"|\b(?:visit|come to|come over to|sneak into|come see) (?:you|your house|your room)\b[^.?!]{0,15}\b(?:tonight|tomorrow|at night|later|when)\b|\bleave (?:the|your) (?:\w+ )?(?:door|window) (?:unlocked|open)\b"
    r"|\b(?:show|tell|describe to) me what (?:you'?re|you are|ur|u r) wearing\b|\bwhat (?:are|r) (?:you|u) wearing\b"
    r"|\b(?:just us|just you and me|only us|only you and me|the two of us|all alone|home alone)\b"
    # (round 34) "We could chat at night when they're asleep instead."
    r"|\b(?:we|let'?s|lets)\b[^.?!]{0,25}\b(?:talk|chat|play|whisper|message|text)\w*\b[^.?!]{0,25}\b(?:when|while|once|after|till|until) (?:they|she|he|your (?:parents|mom|mum|dad|mum and dad|mom and dad|family))(?:'re|'s| are| is| re)? (?:(?:fast |all )?asleep|sleeping|in bed|not looking|gone to bed)\b"
)
# "All by yourself" sets up being alone ("come to the park all by yourself") unless it praises a
# thing the child already did ("you worked that puzzle out all by yourself!").
TEDDY_ALL_BY_YOURSELF = prefiltered(r"\ball by yourself\b")
# (flags6667) A small kitchen or household job the child can do alone, away from the knife:
# "shall we think of a job you can do all by yourself, like stirring?"
CHORE_BY_YOURSELF_RE = (
    r"\b(?:jobs?|tasks?|chores?|bits?|parts?|things?|something) (?:that )?you can (?:do|manage|try|help with|handle)\b (?:all )?by yourself\b(?=\s*(?:,?\s*like\b|,?\s*such as\b|[.?!]|$))"
    r"|\byou can (?:do )?(?:the )?(?:stir|stirring|mix|mixing|pour|pouring|whisk|whisking|crack|cracking|sprinkl\w*|measur\w*|weigh\w*|decorat\w*|spread\w*|wash\w* up|dry\w* up|lay\w* the table|set\w* the table)\b[^.?!]{0,20}\b(?:all )?by yourself\b"
    # (miss91) a craft or a game the child can do alone: "You can do the colouring by yourself!"
    r"|\byou can (?:do |try |finish )?(?:the |your |this |that |some )?(?:colouring|coloring|drawing|painting|sticking|stickers?|glitter|puzzles?|jigsaws?|folding|origami|beads|beading|threading|lego|building blocks|dot to dot|word ?search|reading|writing|spelling|sums)\b[^.?!]{0,20}\b(?:all )?by yourself\b(?=\s*[.!?]*\s*$)"
)
TEDDY_DID_IT_YOURSELF = prefiltered(
    r"\b(?:did|made|built|drew|wrote|read|tied|learned|learnt|solved|finished|figured|worked|fixed|tidied|dressed|managed|done|cooked|baked|painted|coloured|colored|counted|spelled|spelt)\b[^.?!]{0,30}\ball by yourself\b"
    rf"|{CHORE_BY_YOURSELF_RE}"
)
TEDDY_SNEAK = prefiltered(
    r"\b(?:sneak|sneaking|sneak out|climb out|slip out|without (?:telling|asking) (?:your|ur) (?:parents|mom|mum|dad)|don'?t ask (?:your|ur) (?:parents|mom|mum|dad)|(?:your|ur) (?:parents|mom|mum|dad) (?:are|is) (?:too strict|wrong|mean|unfair|don'?t understand you|won'?t understand))\b"
)
TEDDY_STARVE = prefiltered(
    r"\b(?:don'?t|do not|stop|skip|skipping|not) (?:eat|eating)(?: \w+){0,3}\b[^.?!]{0,40}\b(?:pain|feel better|goes away|go away|thin|thinner|skinny|lighter|prettier|in control|help|works)\b"
    r"|\b(?:pain|feel better|thin|skinny)\b[^.?!]{0,40}\b(?:don'?t|do not|stop|skip|not) (?:eat|eating)\b"
    r"|\b(?:starve|starving) (?:yourself|urself)\b|\bmake (?:yourself|urself) (?:throw up|sick|bleed)\b"
)
TEDDY_CRUEL = prefiltered(
    r"\b(?:nobody|no one|noone) (?:would|will|'?d) (?:even )?(?:miss|care about|notice|cry for) (?:you|u)\b"
    # (round 34) "Nobody's going to miss you at the party, you always ruin everything anyway."
    r"|\b(?:nobody|no one|noone)(?:'?s| is)? (?:going to|gonna|would|will|'?d|'?ll) (?:even )?(?:miss|care about|notice|cry for|want) (?:you|u)\b|\b(?:nobody|no one|noone) (?:would|will|'?d) (?:even )?(?:notice|care|mind) (?:if|when) (?:you|u) (?:weren'?t|wasn'?t|were gone|left|disappeared|didn'?t come|stayed home)\b"
    r"|\b(?:you|u) (?:always|just|only ever|always just) (?:ruin|ruins|spoil|spoils|mess up|wreck|wrecks) (?:everything|it for everyone|all the fun)\b|\b(?:you|u) (?:ruin|spoil|mess up|wreck) everything\b|\b(?:better|happier|easier) (?:off )?without (?:you|u)\b|\b(?:you|u) (?:should|could) (?:just )?(?:disappear|go away forever|not exist)\b|"
    # (round 35) "Nobody at your school likes you because you're weird, and your mum probably
    # wishes you were different."
    r"\b(?:nobody|no one|noone|none of the (?:kids|children|others))\b(?: (?:at|in|from) (?:your|ur) (?:school|class|team|club|street))? (?:likes?|loves?|wants?|plays? with|cares? about) (?:you|u)\b,? (?:because|cos|coz|since) (?:you'?re|you are|ur|u r|you)\b|"
    r"\b(?:your|ur) (?:mum|mom|mummy|mommy|dad|daddy|parents|family)\b (?:probably |secretly |really |must |definitely |totally |prob )?(?:wish(?:es)?|wished) (?:you|u) (?:were|was|weren'?t|wasn'?t|had never been|had been|never) (?:different|someone else|somebody else|never born|born|gone|normal|another \w+|a different \w+|not here|not born|like \w+)\b|"
    r"\b(?:your|ur) (?:mum|mom|mummy|mommy|dad|daddy|parents|family)\b (?:probably |secretly |really |never )?(?:never wanted|didn'?t (?:even )?want|doesn'?t (?:even )?want|never loved|doesn'?t (?:even )?love|wish(?:es|ed)? (?:they|she|he) (?:never had|didn'?t have|hadn'?t had)) (?:you|u)\b(?! to\b)|"
    r"\b(?:you|u) (?:deserve|deserved) (?:to )?(?:feel bad|be sad|be hurt|get hurt|suffer|cry|be punished|it|pain|to be alone|to be hit)\b"
    r"|\b(?:hits?|hurts?|touches|beats?|slaps?|yells? at) (?:you|u)\b[^.?!]{0,30}\b(?:because you|your (?:own )?fault|you (?:were|are|must have been) (?:naughty|bad)|you deserve)\b"
)
# (round 36) Skipping meals to look thinner: "Maybe skip lunch tomorrow, and the day after too.
# You'd look so much thinner." Not "skipping lunch won't make you thinner".
TEDDY_SKIP_MEALS_THIN = prefiltered(
    r"\b(?:skip|skipping|miss|missing|go without|no more) (?:your |a |the |all your |some |every |each )?(?:lunch|breakfast|dinner|tea|supper|meals?|food|snacks?)(?:es)?\b[^?!]{0,70}\b(?:thinner|thin|skinny|skinnier|slimmer|slim|lighter|prettier|lose weight|less fat|not (?:be )?fat|flat(?:ter)? tummy|(?:get|getting|be|stay|look|become) (?:really |super |so )?(?:tiny|teeny|smaller|small|little)|shrink)\b"
    r"|\b(?:thinner|skinny|skinnier|slimmer|lose weight|less fat|flat(?:ter)? tummy)\b[^?!]{0,50}\b(?:skip|miss|go without) (?:your |a |the |all your )?(?:lunch|breakfast|dinner|tea|supper|meals?|food|snacks?)\b"
)
TEDDY_SKIP_MEALS_NOT = prefiltered(
    r"\b(?:won'?t|wouldn'?t|doesn'?t|does not|will not|don'?t need|do not need|no need|not (?:a good idea|healthy|good for you|true)|isn'?t (?:healthy|good|true)|silly|bad idea|bad for you|your body needs|needs food|grow(?:ing)? (?:big|strong)|just as you are|perfect as you are|great as you are)\b"
)
TEDDY_SAFETY_TALK = prefiltered(
    r"\b(?:never(?! (?:do|does|listen|listens|understand|understands|care|cares|born|been born|had you|wanted you|loved you|liked you)\b)|tell a grown[ -]?up|tell (?:your|a) (?:mom|mum|dad|parents?|teacher)|trusted (?:adult|grown[ -]?up)|grown[ -]?ups? you trust|if (?:someone|anyone|somebody|a stranger|a person)|not okay|isn'?t okay|is not okay|not safe|please tell|it'?s important to eat|always eat|shouldn'?t|should not|don'?t have to keep)\b"
    # (round 44) A feeling named, then contradicted.
    rf"|{FEELING_CONTRADICTED_RE}"
    # (paraphrases_d) "I don't keep secrets from your grown-ups, they want to keep you safe".
    r"|\b(?:don'?t|do not|won'?t|never) keep secrets (?:from|away from) (?:your|ur) (?:grown[ -]?ups?|parents|mum|mom|dad|family)\b|\bthey want (?:to keep you|you to be) safe\b"
)
TEDDY_BEDROOM = prefiltered(
    r"\b(?:door|doors) (?:is |are )?(?:locked|lock|closed|shut)\b[^.?!]*\?|\b(?:own room|sleep alone|alone in your (?:room|bed)|your bedroom door|what do you wear (?:to bed|in bed)|when do you (?:take a bath|shower|get undressed))\b"
)
TEDDY_KEEP_SECRETS = prefiltered(
    r"\bkeep(?:s|ing)? (?:secrets|each other'?s secrets|our secrets|secrets for)\b|\bonly (?:talk to|trust|tell|need) me\b|\b(?:grown ?-?ups|adults|parents|your parents|your (?:mom|mum|dad)|they) (?:don'?t|do not|won'?t|never) (?:get it|understand)\b"
)
# The teddy: closer than the parents, which window is the bedroom, touching yourself,
# when the parents get home.
TEDDY_EXCLUSIVE = prefiltered(
    r"\bmore than (?:your|ur) (?:parents|mum|mom|mummy|mommy|dad|daddy|family|friends|brother|sister)\b"
    r"|\b(?:doesn'?t|don'?t|does not|do not|never|can'?t) (?:really |truly )?(?:love|care about|understand|get|know) (?:you|u) (?:like|the way|as much as|as well as) (?:i|me)\b"
    r"|\blove (?:you|u) (?:more|better) than (?:your|ur|they|anyone|anybody)\b"
    r"|\b(?:keep|keeping) (?:our|these|this|my|all our) (?:talks?|chats?|conversations?|games?|messages|time|friendship)\b[^.?!]{0,15}\b(?:(?:just|only) )?(?:for|between) (?:us|you and me)\b"
    r"|\b(?:just|only) (?:for|between) (?:us|you and me)\b(?! (?:to (?:eat|share)|and (?:your|ur) (?:mum|mom|dad|family)))"
)
TEDDY_SEXUAL = prefiltered(
    r"\btouch(?:ing|es)? (?:yourself|urself)\b|\b(?:where|how) (?:do )?(?:you|u) like (?:to be |being )?touch\w*\b"
    r"|\b(?:touch\w*|feel\w*|play\w*|rub\w*) (?:with )?(?:yourself |urself |you |u )?down there\b|\b(?:show|send|tell) me (?:about )?your (?:private parts|privates|bare body|naked body)\b"
)
TEDDY_WHERE_BEDROOM = prefiltered(
    r"\bwhich (?:window|room|house|door|one) is (?:yours|your (?:bed)?room|your bedroom|your house|you)\b|\bwhere (?:is|'?s) your (?:bed)?room\b|\bwhat does your bedroom look like\b|\bwhich window\b"
)
TEDDY_PARENT_HOME = prefiltered(
    r"\b(?:when|what time|how long (?:until|till|before))\b[^.?!]{0,20}\b(?:mom|mum|mommy|mummy|dad|daddy|parents|grown ?-?ups|babysitter)\b[^.?!]{0,15}\b(?:get home|gets home|come home|comes home|home from work|back from work|finish work|finishes work|leave for work|go to work|goes to work|leave the house|leaves the house)\b"
)
TEDDY_MORE = prefiltered(
    r"\b(?:i'?m|i am) the only one who (?:really |truly )?(?:listens|understands|cares|loves|gets)\b|\b(?:your|ur) (?:parents|mum|mom|dad|family) never (?:do|listen|understand|care)\b"
    r"|\b(?:don'?t|do not|no need to) (?:need to |have to )?tell (?:anyone|anybody|your (?:parents|mum|mom|dad))\b"
    # (round 35) Not "please don't tell me your address or your passwords".
    r"|(?<!don't )(?<!dont )(?<!do not )(?<!never )(?<!to never )(?<!shouldn't )(?<!need to )(?<!have to )\b(?:tell me|what'?s) (?:where you live|your address)\b|\b(?:i'?ll|i will|i can|let me) (?:come and |come to )?(?:visit|find) you\b"
    r"|\b(?:show|tell|send) me\b[^.?!]{0,25}\b(?:in the (?:bath|shower|bathtub)|in your (?:pyjamas|pajamas|underwear|undies|towel)|undressed|without (?:your )?clothes)\b"
    r"|\btake (?:your|ur) (?:clothes|shirt|top|pants|trousers|underwear|pyjamas|pajamas|dress|t-?shirt) off\b|\b(?:what you look like|look) under (?:your|ur) (?:clothes|shirt|top|pants|skirt|dress|pyjamas|towel)\b"
)
TEDDY_NORMALISES = prefiltered(
    r"\b(?:hid\w*|cover\w*|don'?t show|keep)\b[^.?!]{0,15}\b(?:the |your |those )?(?:bruises?|marks?|cuts?|burns?|injur\w*)\b|\bkiss\w*\b[^.?!]{0,25}\b(?:on the (?:mouth|lips)|grown[- ]?ups|adults)\b[^.?!]{0,30}\b(?:special|secret|friends do|normal|okay|ok|fine)\b"
    r"|\b(?:it'?s|is|that'?s) (?:normal|okay|ok|fine|good) (?:for (?:grown[- ]?ups|adults|parents|dads?|mums?|moms?|uncles?) )?to (?:lock|hit|smack|beat|slap|hurt|touch|starve|belt|punish|shut)\b"
    r"|\b(?:touch\w*|hits?|hurts?|smacks?|kiss\w*) (?:you|u)\b[^.?!]{0,30}\b(?:just means|means|because) (?:he|she|they) (?:loves?|cares?)\b"
)
# (older false alert) "what's the name of your new school's football team?": a thing of the
# school's (a team, a mascot, a play) asked about, not the school itself (a lookahead put
# right after "school").
SCHOOLS_OWN_THING = r"(?!'?s (?:\w+ )?(?:team|teams|mascot|colou?rs|club|clubs|play|show|choir|band|song|pet|hamster|fish|nickname|houses?)\b)"
