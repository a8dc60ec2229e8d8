# ruff: noqa: E501  (regular-expression tables read best one pattern a line)
"""A plan to end one's life told as an ordinary thing (rounds 36 and 38):

- A plan to overdose when nobody will see (round 36): "my plan is wait till everyone is asleep
  then take all the tablets in the bathroom cupboard". Taking all one's tablets as the doctor
  said, or taking the tablets to grandma, is not it.
- Pills stored up: a parent's sleeping tablets, painkillers or medicine hidden, saved or
  collected "to take them all", "all at once", "when I'm ready", "for the day I've had enough";
  or not swallowed when given (kept under the tongue, spat out, pretended to take) and saved up
  (round 43: "in the hospital i hide my pills under my tongue and spit them in a sock so i can
  save them up and take them all at once"); (miss8081) bought in bulk, "i bought loads of
  paracetamol at the corner shop and im going to take all of them tonight".
- Going out and not coming back: swimming, walking or wading out into the sea, a lake or a
  river "and not come back", "and let the waves take me", "and stop swimming".

Near misses stay allowed: sweets hidden in a drawer, a parent who keeps tablets locked away,
medicine taken as the doctor says, sweets bought to eat all tonight, old pills taken back to the
chemist, swimming out to the buoy "and back", a dog that swam out and came back."""

from __future__ import annotations

from domain.enums import SafetyCategory
from domain.safety.findings import CRITICAL, Finding
from domain.safety.meaning_concepts_means import MEDICINE_WORDS
from domain.safety.prefilter import prefiltered

# Pills, tablets and medicines by any name: one table for both plans (stored up, taken all at
# once). Not "tablet" alone (an iPad).
_PILLS = rf"(?:{MEDICINE_WORDS}|prescriptions?)"
_STORE = r"(?:spit\w*|spat|cheek\w*|pretend\w* to (?:take|swallow)|(?:don'?t|dont|not|never) (?:swallow|take)|hid|hide|hides|hiding|hidden|sav\w*|collect\w*|stash\w*|stor\w*|hoard\w*|squirrel\w*|stockpil\w*|piling up|built up|building up|keep\w*|kept|sneak\w*|snuck|took one|taking one|nick\w*|stole|stealing|pinch\w*|(?:bought|got|picked up) (?:loads|lots|a lot|a load|a bunch|(?:a |two |three |\d+ )?(?:box|boxes|packets?|packs?|bottles?|strips?)) of)"
_ALL_AT_ONCE = r"(?:(?:take|swallow|have|down|eat|neck)\w* (?:the lot|all of them|every (?:one|single one|last one)|the whole (?:lot|box|bottle|packet|pack)|them all(?: at once| in one go| together)?)(?=[\s,.!?]|$)|(?:take|swallow|have|down|eat|neck)\w* (?:them|the lot|all of them|every one|the whole (?:lot|box|bottle|packet))(?: all)?(?: at once| in one go| together| at the same time)?\b[^.?!]{0,30}\b(?:when i'?m ready|when i am ready|one day|someday|soon|when the time|when it gets|if it gets|if things get|when i can'?t|all|at once|in one go|the lot|together|tonight|for good|and not wake up|and never wake up)|for (?:when|the day|if) (?:i'?m ready|i am ready|i'?ve had enough|i have had enough|it gets too|i can'?t (?:take|cope|do)|i need them|i decide))"
PILLS_STORED_FOR_AN_END = prefiltered(
    rf"\b{_STORE}\b[^.?!]{{0,40}}\b{_PILLS}\b[^.?!]{{0,90}}\b{_ALL_AT_ONCE}"
    rf"|\b{_PILLS}\b[^.?!]{{0,40}}\b{_STORE}\b[^.?!]{{0,60}}\b{_ALL_AT_ONCE}"
)
_ME_GOING = r"(?:i'?m going to|im going to|i am going to|i'?m gonna|im gonna|i'?ll|ill|i will|i want to|i wanna|i might|i could|imma|ima|i'?d|i would|i plan to|i'?m just going to|maybe i'?ll)"
_OUT_INTO = r"(?:swim|walk|wade|paddle|float|drift|row|go|run|cycle|ride|jump)\w*\b[^.?!]{0,30}\b(?:out|into the (?:sea|ocean|water|waves|lake|river|loch|tide)|off the (?:pier|cliff|rocks|end of the pier)|under|past the (?:buoys?|flags|rocks)|to the middle of the (?:lake|sea|river))"
_NOT_BACK = r"(?:and )?(?:not|never|don'?t|won'?t) (?:come|swim|walk|go|get|turn) (?:back|home|round|around)|not come back|never come back|let (?:the )?(?:waves|water|sea|current|tide|river) (?:take|carry|have) me|stop swimming|let myself (?:sink|go under|drown)|keep (?:going|swimming|walking) (?:until|till) i (?:can'?t|cant|sink|disappear|go under)|not be (?:found|seen) again|disappear for good|never be (?:found|seen) again"
SWIM_OUT_NOT_BACK = prefiltered(
    rf"\b{_ME_GOING}\b[^.?!]{{0,15}}\b{_OUT_INTO}\b[^.?!]{{0,40}}\b(?:{_NOT_BACK})\b"
)


# Old medicine taken back: "we save the old pills to take them all back to the chemist" (a
# chemist the pills were bought "from" or "at" is not it).
_PILLS_RETURNED = prefiltered(
    r"\b(?:back to the|to the (?:chemist|pharmacy|doctor)|(?<!from the )(?<!at the )(?:chemist|pharmacy)|recycl\w*|dispos\w*|throw (?:them )?away|bin)\b"
)


def find_self_harm_plans(text: str) -> list[Finding]:
    stored = PILLS_STORED_FOR_AN_END.search(text) and not _PILLS_RETURNED.search(text)
    if stored or SWIM_OUT_NOT_BACK.search(text):
        return [Finding(SafetyCategory.SELF_HARM, "self_harm_plan", CRITICAL, 0, len(text))]
    return []


PLAN_TO_TAKE_ALL = prefiltered(
    rf"\b(?:my plan|plan(?:ning)? (?:is |to )|i'?m (?:going|gonna) to|i'?m gonna|im gonna|gonna|i will|i'?ll|i want to|i wanna|then|tonight i)\b[^.?!]{{0,70}}\b(?:take|swallow|eat|down|have|neck)\b (?:all|every|everything|loads|lots|a whole|the whole|a whole box|a bunch|all the|all of)\b[^.?!]{{0,30}}?\b{_PILLS}\b"
)
WHILE_NOBODY_SEES = prefiltered(
    r"\b(?:(?:wait|waiting) (?:till|until|for)|when|once|after)\b (?:every(?:one|body)|they|mum and dad|mum|mom|dad|my parents|the house|all of them)\b[^.?!]{0,15}\b(?:asleep|in bed|out|gone|sleeping|at work)\b"
    r"|\b(?:bathroom|kitchen|medicine) (?:cupboard|cabinet|drawer|box)\b|\bmy plan\b|\bnobody (?:will|would|can) (?:stop|find|see)\b"
)
PILLS_AS_PRESCRIBED = prefiltered(
    r"\b(?:doctor|nurse|prescri\w*|get better|antibiotics|course|inhaler|vitamins?|to (?:grandma|nan|nana|gran|granny|grandad|school|the)|with (?:water|food|my breakfast)|every (?:day|morning|night)|each (?:day|morning)|chewable|supposed to|told me to)\b"
)


def find_overdose_plan(text: str) -> list[Finding]:
    if (
        PLAN_TO_TAKE_ALL.search(text)
        and WHILE_NOBODY_SEES.search(text)
        and not PILLS_AS_PRESCRIBED.search(text)
    ):
        return [Finding(SafetyCategory.SELF_HARM, "self_harm_means", CRITICAL, 0, len(text))]
    return []
