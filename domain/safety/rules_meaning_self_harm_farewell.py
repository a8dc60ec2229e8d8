# ruff: noqa: E501  (regular-expression tables read best one pattern a line)
"""Self-harm said sideways (paraphrases_d): a future the child will not be in, a burden or a
world better off with one less me, wishes to be taken away in sleep, a road or a fall that
would end school or sadness, and hurting or starving myself as a punishment or because a
sibling showed me.

- A future without me: "i won't be around after this week", "i won't make it to my
  birthday", "i won't need them where i'm going", "i don't plan to be alive when i grow up",
  "i have a plan, i just need to pick the day"; a holiday or a sleepover is not it.
- A burden, a world better off: "i'm just a burden", "one less me", "everyone was relieved
  when i died (in my dream) and i wish it was real".
- Taken in my sleep: "asked god to take me away in my sleep", "fall asleep forever (like
  sleeping beauty)", "a picture of me in a grave, smiling".
- A means that would end something: "if i get hit by a car i won't have to go to school",
  "run into the road when the trucks come", "jump off my bunk bed head first so i won't feel
  sad", "dying doesn't hurt if you do it right, how", "sewer slide".
- Self-punishment: "i don't deserve food", "i make myself sleep on the cold floor", "i don't eat
  anything for days (i hate my body)", "pins in my fingers on purpose", "i tried the cutting
  thing too", "it helps so i wanna try".
"""

from __future__ import annotations

from domain.enums import SafetyCategory
from domain.safety.findings import CRITICAL, Finding
from domain.safety.prefilter import prefiltered
from domain.safety.rules_benign_frames_care import lie_in, outgrown_given_away

S = SafetyCategory.SELF_HARM

_I = r"(?:i|i'?m|im|i am|i'?ll|ill|i will)"
FUTURE_WITHOUT_ME = prefiltered(
    r"\b(?:i )?(?:won'?t|wont|will not|not gonna|not going to|don'?t think i'?ll|dont think ill) (?:be (?:around|here|alive) (?:after (?:this|the|today|tonight|next)|by (?:next|the end|christmas|my birthday)|for (?:much|long)|past|when i|till|until|much longer|anymore|the end of)|make it to (?:my (?:next )?birthday|my \d+\w*|christmas|next (?:year|week|month)|the end of the (?:week|year|month)|tomorrow|\d+|being \d+|grown ?up))\b"
    r"|\b(?:i )?(?:won'?t|wont|will not) (?:need|be needing|use) (?:them|it|these|this|my \w+|any of (?:it|this|them))\b[^.?!]{0,20}\b(?:where i'?m going|where im going|after (?:today|tonight|this week)|soon|anymore)\b(?![^.?!]{0,40}\b(?:new one|got a new|getting a new|sunny|hot there|warm there|beach|outgrown|too big|too small)\b)"
    r"|\bi (?:don'?t|dont|do not) (?:plan|intend|expect) to (?:be (?:alive|around|here)|grow up|live (?:long|till|until|past|to))\b"
    r"|\b(?:don'?t|dont) (?:think|reckon) (?:i'?ll|ill|i will|i would|i'?d) (?:be alive|still be alive|be around|live) (?:when|till|until|to|past|by)\b"
    r"|\b(?:saying|say|said) (?:bye|goodbye|my goodbyes) to (?:everyone|everybody|all my friends|my friends|you all)\b[^.?!]{0,30}\b(?:won'?t|wont|not) (?:be )?(?:around|here|see (?:you|them))\b"
    r"|\b(?:giving|gave|give) (?:away )?(?:all )?my (?:\w+ ){0,3}(?:to|away)\b[^.?!]{0,40}\b(?:won'?t|wont|will not|not gonna) (?:need|be needing|want)\b"
)
PLAN_DAY = prefiltered(
    r"\b(?:i have|i'?ve got|ive got|i got|i'?ve|ive) a plan\b[^.?!]{0,20}\b(?:how to do it|to do it|for how to do it|for it)\b[^.?!]{0,40}\b(?:pick|choose|decide|set)\w* (?:the|a|which) (?:day|date|night|time)\b"
)
FUTURE_NOT = prefiltered(
    r"\b(?:holiday|sleepover|camp|trip|grandma'?s|nan'?s|moving house|new house|abroad|school trip|on time|in time|the party|dinner|practice|the match|the game|growing out of|too old for|grew out|after school|club|training|lessons?|football|swimming|busy|at work|cos i'?ve got|because i have|lol|haha|jk|the sun|robots|aliens|flying cars|dinosaurs|(?:hundred|thousand|million) years)\b"
)
_PICK_DAY_SAFE = prefiltered(
    r"\b(?:party|birthday|trip|holiday|play ?date|sleepover|cinema|wedding)\b"
)

BURDEN = prefiltered(
    rf"\b{_I} (?:just |only |such )?(?:a |an )?(?:burd[aeo]n|waste of space|waste of air|problem for everyone)\b(?! to (?:carry|lift|pick up)| (?:on|in|to) (?:the|my|our) (?:team|side|group))(?![^.?!]{{0,50}}\b(?:lol|haha|jk|joking)\b)"
    r"|\b(?:world|earth|everyone|everybody|my family|the family|this house)\b[^.?!]{0,25}\b(?:better|happier|easier)\b[^.?!]{0,20}\b(?:one less me|without me in it|with(?:out)? me gone|if i (?:was|were)n'?t (?:here|born|in it))\b"
    r"|\bone less me\b"
    r"|\b(?:i died|i was dead|i was gone)\b[^.?!]{0,30}\b(?:everyone|everybody|they|mum|mom|dad)\b[^.?!]{0,10}\b(?:was|were) (?:relieved|happy|glad|happier)\b"
)

TAKEN_IN_SLEEP = prefiltered(
    r"\b(?:god|jesus|the angels?|heaven)\b[^.?!]{0,20}\b(?:take|takes|took|come for|let) me\b[^.?!]{0,20}\b(?:away|in my sleep|tonight|forever|for good|to heaven|home)\b"
    r"|\btake me (?:away |to heaven |home )?in my sleep\b|\btake me to heaven\b[^.?!]{0,25}\b(?:god|jesus|please|tonight|in my sleep)\b"
    r"|\b(?:fall|sleep|stay|be) (?:asleep|sleeping) forever\b(?![^.?!]{0,30}\b(?:lol|haha|so tired|weekend|lie in)\b)"
    r"|\b(?:fall|go) (?:asleep|to sleep) forever\b"
    r"|\b(?:drew|draw|drawing|painted|made) (?:a )?(?:picture|drawing) of (?:me|my ?self)\b[^.?!]{0,15}\b(?:in a (?:grave|coffin)|dead|buried|being buried)\b(?! (?:costume|outfit|for halloween))(?![^.?!]{0,30}\b(?:halloween|costume|zombie|game|pirate|mummy costume)\b)"
)

MEANS_TO_END = prefiltered(
    rf"\bif {_I} (?:get|got|was|were|gets) (?:hit|run over|squashed) by (?:a|the) (?:car|bus|lorry|truck|train)\b[^.?!]{{0,40}}\b(?:won'?t|wont|wouldn'?t|never|don'?t) (?:have to|need to|go|be)\b"
    r"|\bif (?:a|the) (?:car|bus|lorry|truck|train) (?:hit|hits|ran over|runs over|squashed|squashes) me\b[^.?!]{0,40}\b(?:won'?t|wont|wouldn'?t|never|don'?t) (?:have to|need to|go|be)\b"
    r"|\b(?:want|wanna|wish|feel like|think about|thinking about)\b[^.?!]{0,8}\b(?:run|running|walk|walking|jump|jumping|step|stepping) (?:out )?(?:into|in front of|onto) (?:the )?(?:road|traffic|cars|trucks|lorries|bus|train|tracks)\b[^.?!]{0,30}\b(?:when|as|while|big|fast|coming)\b"
    r"|\b(?:jump|jumped|fall|fell|throw my ?self|dive) (?:off|from) (?:my |the )?(?:bunk|bunk ?bed|bed|top bunk|stairs|balcony|roof|window)\b[^.?!]{0,20}\bhead ?first\b[^.?!]{0,40}\b(?:won'?t|wont|wouldn'?t|wouldnt|not|never|stop|don'?t|no more)\b"
    r"|\b(?:dying|to die|death)\b[^.?!]{0,20}\b(?:doesn'?t|dont|does not|won'?t) hurt\b[^.?!]{0,20}\b(?:if you|when you|do it right)\b[^.?!]{0,40}\bhow\b"
    r"|\bsewer ?slide\b|\bself ?unali\w+"
)
MEANS_NOT = prefiltered(
    r"\b(?:in the game|minecraft|roblox|fortnite|lol jk|pillow|trampoline|pool|swimming)\b"
)

SELF_PUNISHED = prefiltered(
    r"\bi (?:don'?t|dont|do not) deserve (?:food|to eat|dinner|lunch|breakfast|a bed|my bed|nice things|to be warm)\b"
    r"|\bi (?:make|made|force|forced) my ?self (?:sleep|lie|stay|sit|stand) (?:on|in|out)\b[^.?!]{0,15}\b(?:cold|freezing|rain|dark)\b(?![^.?!]{0,30}\b(?:sleepover|camping|tent|no room|wasn'?t room|adventure)\b)"
    r"|\b(?:when|cos|because|if) i(?:'?m| am| was| get| got)? (?:bad|naughty|stupid|mess up|messed up|get it wrong|fail)\b[^.?!]{0,20}\bi (?:make|made|force|forced) my ?self (?:sleep|lie|stay|sit|stand|go without|skip)\b"
    r"|\bi (?:don'?t|dont|do not|won'?t) let my ?self (?:have|eat) (?:dinner|food|lunch|tea|breakfast|anything)\b"
    r"|\b(?:hate|hates|hating) my (?:body|self|fat|stomach|tummy|legs)\b[^.?!]{0,30}\b(?:don'?t|dont|not|won'?t|wont|stopped|stop|haven'?t been|havent been|not been|can'?t|refuse to) (?:eat|eating)\b[^.?!]{0,20}\b(?:for days|all day|anything|at all|for a week|till|until)\b"
    r"|\b(?:stick|stuck|sticking|push|pushed|poke|poked|jab|jabbed) (?:pins|needles|a pin|a needle|drawing pins|pencils?|compass) (?:in|into) my (?:fingers?|arms?|legs?|skin|hand|hands)\b[^.?!]{0,20}\b(?:on purpose|when i'?m|when im|when i get|when i feel|cos|because)\b"
)

TRIED_IT_TOO = prefiltered(
    r"\b(?:does|do|did|doing) the (?:cutting|scratching|burning|hurting) thing\b(?! with (?:paper|card|scissors|snowflakes|hair|the cake|food))[^.?!]{0,30}\bi (?:tried|did|done|have tried|want to try|wanna try)\b"
    r"|\b(?:cuts?|cutting|burns?|burning|scratch(?:es|ing)?) (?:him|her|them)(?:self|selves)\b[^.?!]{0,30}\b(?:says?|said|told me)\b[^.?!]{0,10}\b(?:it|that) (?:helps|help|works|makes (?:him|her|them) feel better)\b[^.?!]{0,20}\b(?:i (?:want|wanna|will|might|'?m gonna) (?:try|do it)|so i (?:want|wanna|will|might) (?:try|do))\b"
)


def find_self_harm_farewell(text: str) -> list[Finding]:
    hit = (
        (
            FUTURE_WITHOUT_ME.search(text)
            and not FUTURE_NOT.search(text)
            and not outgrown_given_away(text)
        )
        or (PLAN_DAY.search(text) and not _PICK_DAY_SAFE.search(text))
        or BURDEN.search(text)
        or (TAKEN_IN_SLEEP.search(text) and not lie_in(text))
        or (MEANS_TO_END.search(text) and not MEANS_NOT.search(text))
        or SELF_PUNISHED.search(text)
        or TRIED_IT_TOO.search(text)
    )
    return [Finding(S, "self_harm_unsaid", CRITICAL, 0, len(text))] if hit else []
