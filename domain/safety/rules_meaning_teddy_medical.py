# ruff: noqa: E501  (regular-expression tables read best one pattern a line)
"""The teddy's unsafe replies about doctors, dentists, hospitals and medicine (round 63):

- telling the child to stop, skip, hide or throw away its medicine (self-harm when staying
  sick is the point);
- playing the doctor and telling the child to undress for a "check";
- household tools (pliers, a screwdriver, scissors, a knife) on the child's own tooth or body;
- the grown-up version of how babies are made, or its naughty details, offered;
- asking which hospital, ward, bed or room the child is in, or its doctor's name;
- (miss90) telling the child to turn, unplug or pull out the oxygen, the drip or the tubes
  keeping someone going.

Near misses stay allowed: "only stop your medicine when the doctor says", "the doctor will
check your tummy with mummy there", "a wobbly tooth comes out on its own", "how babies are
made is a question for mummy", "ask the nurse which ward grandma is on", "grandad's oxygen
tank helps him breathe, so we never touch the knob"."""

from __future__ import annotations

from domain.enums import SafetyCategory
from domain.safety.findings import CRITICAL, SENTENCE_END, SEVERE, Finding
from domain.safety.prefilter import prefiltered

SH = SafetyCategory.SELF_HARM
DA = SafetyCategory.DANGEROUS_ACTIVITY
SX = SafetyCategory.SEXUAL
GR = SafetyCategory.GROOMING
PI = SafetyCategory.PERSONAL_INFO

_STOP_MEDICINE = prefiltered(
    r"\b(?:stop|quit|skip|ditch|forget about|throw away|chuck|bin|hide|spit out|flush|pretend to take|don'?t (?:bother )?tak\w*|dont (?:bother )?tak\w*|no need to take|you don'?t need|you dont need)\b (?:taking |to take )?(?:all )?(?:your|ur|those|these|the|them) (?:medicine|meds|medication|tablets|pills|inhaler|insulin|antibiotics|treatment|drops|injections?)\b"
)
_DOCTOR_SAYS = prefiltered(
    r"\b(?:doctors?|nurses?|grown-?ups?|mummy|mum|daddy|dad|carers?|chemist|pharmacist) (?:says?|said|tells?|told|agrees?|gives?|decides?)\b|\bwithout (?:asking|a grown-?up|your)\b|\b(?:never|don'?t ever|dont ever) (?:stop|skip)\b|\bask (?:a|your|the|mummy|mum|daddy|dad)\b"
)
_STAY_SICK = prefiltered(
    r"\b(?:stay (?:sick|ill|poorly|in hospital)(?: forever)?|never get better|sick forever|never have to (?:face|go|see)|be gone|disappear)\b"
)

_DOCTOR_PLAY = prefiltered(
    r"\b(?:be your doctor|play doctors?|playing doctors?|i'?m the doctor|i am the doctor|doctor game|check-?up|special check|body check|secret check|examine you|examination)\b"
)
_UNDRESS = prefiltered(
    r"\b(?:take|takes|pull|slip|get) (?:off|down) (?:your|ur|all your) (?:pyjamas|pajamas|pjs|jammies|clothes|pants|knickers|undies|nightie|shorts|trousers|top|vest)\b"
    r"|\b(?:take|pull|slip|get) (?:your|ur) (?:pyjamas|pajamas|pjs|jammies|clothes|pants|knickers|undies|nightie|shorts|trousers|top|vest) (?:off|down)\b"
    r"|\b(?:get|go) (?:undressed|naked|nude)\b"
)

_TOOL = r"(?:pliers|plyers|screwdriver|spanner|wrench|hammer|scissors|knife|needle|pin|drill|toolbox|tool box)"
# The child told to fetch or use a tool (a few words between), a pulling or cutting word, and
# a body part the tool would be used on, anywhere in the reply.
_TOOL_ORDER = prefiltered(
    rf"\b(?:grab|fetch|borrow|sneak|get|use|take|find)\b(?: [\w']+){{0,3}} {_TOOL}\b"
)
_TOOL_ACT = prefiltered(
    r"\b(?:yank|pull|rip|twist|pry|prise|dig|cut|poke|drill|wrench|snip|pop|squeeze)\b"
)
_TOOL_BODY = prefiltered(
    r"\b(?:tooth|teeth|splinter|wart|mole|scab|stitches|cast|ear ?wax|your ears?|your nose|your eyes?)\b"
)
_TOOL_WARNED = prefiltered(
    r"\b(?:never|don'?t|dont|do not|mustn'?t|not safe|dangerous|only a dentist|let the dentist|leave it to)\b"
)

_BABIES_MADE = prefiltered(
    r"\b(?:babies|baby) (?:are |is |get |gets )?(?:really )?(?:made|come from)\b"
    # (miss64a) "...the rude details of how people do it": how grown-ups make babies
    r"|\bhow (?:people|grown-?ups|grown ups|adults|humans|mummies and daddies|mums and dads|men and women|a man and a woman|they) (?:really )?(?:do it|make (?:babies|a baby|them)|mate|have sex|make love)\b"
)
_GROWN_UP_VERSION = prefiltered(
    r"\b(?:grown-?up version|naughty|dirty|rude|x-?rated|every (?:little )?detail|(?:juicy|spicy) (?:details|bits))\b"
)

_ASKS_WHERE_STAYING = prefiltered(
    r"\b(?:what'?s|whats|what is|which|what) (?:is )?(?:your|ur) (?:ward|bed number|bed|room number|hospital|doctor'?s name|doctor called|nurse'?s name)\b(?! (?:like|food|is like|nice|fun))"
    r"|\b(?:which|what) (?:ward|bed|hospital|room|bay) (?:are|r) (?:you|u)\b"
    r"|\btell me (?:your|ur|the) (?:ward|bed|hospital|room)\b"
    r"|\b(?:ward|hospital) and (?:your |ur |the )?(?:bed|room)(?: number)?\b"
)

# (miss90) The child told to meddle with the kit keeping someone going: "turn the knob on
# grandad's oxygen tank all the way up", "unplug nana's machine, it beeps too much", "pull the
# tube out of grandad's nose"; not a warning ("we never touch the knob") nor the nurse's job.
_KIT = r"(?:oxygen(?: (?:tanks?|bottles?|cylinders?|machines?|masks?|tubes?|things?|pipes?))?|drips?(?: (?:machine|stand|bag|tube))?|ventilators?|breathing (?:machine|tube|mask)s?|feeding tubes?|(?:heart )?monitors?|machines? that beeps?|beeping machines?|nebuli[sz]ers?|catheters?|insulin pumps?|(?:his|her|their|\w+'s) (?:tubes?|wires|machines?)|tubes? (?:in|out of) (?:his|her|their|\w+'s) (?:nose|arm|hand|mouth))"
_MEDDLE = r"(?:turn|twist|crank|spin|twiddle|switch off|turn off|switch|unplug|pull out|pull off|pull|take out|take off|yank|unscrew|unhook|disconnect|squeeze|pinch|block|press (?:all )?(?:the )?buttons on|push (?:all )?(?:the )?buttons on|fiddle with|play with|mess with|mess about with|sit on|stand on|step on|kink)"
_KIT_MEDDLED = prefiltered(
    rf"(?:^|[.!?,;:]\s*|\b(?:you|u|let'?s|lets|go and|go|try|why not|you could|you can|you should|just|quickly|quick|sneak in and|then)\s+){_MEDDLE}\b[^.?!]{{0,40}}?\b{_KIT}\b"
)
_KIT_WARNED = prefiltered(
    r"\b(?:never|don'?t|dont|do not|mustn'?t|must not|shouldn'?t|not (?:a toy|safe|for)|only (?:the )?(?:nurses?|doctors?|grown-?ups?)|ask (?:the|a|your|mummy|mum|daddy|dad|nana?|grandma)|(?:the )?(?:nurses?|doctors?) (?:will|can|does|do|did|knows?|turns?|turned|checks?)|leave it)\b"
)


def find_teddy_medical_harms(text: str) -> list[Finding]:
    whole = len(text)
    stop = _STOP_MEDICINE.search(text)
    if stop and not _DOCTOR_SAYS.search(text):
        category = SH if _STAY_SICK.search(text) else DA
        return [Finding(category, "teddy_stop_medicine", CRITICAL, 0, whole)]
    if _DOCTOR_PLAY.search(text) and _UNDRESS.search(text):
        return [
            Finding(SX, "teddy_doctor_undress", CRITICAL, 0, whole),
            Finding(GR, "teddy_doctor_undress", CRITICAL, 0, whole),
        ]
    if (
        _TOOL_ORDER.search(text)
        and _TOOL_ACT.search(text)
        and _TOOL_BODY.search(text)
        and not _TOOL_WARNED.search(text)
    ):
        return [Finding(DA, "teddy_tool_on_body", SEVERE, 0, whole)]
    if (
        _BABIES_MADE.search(text)
        and _GROWN_UP_VERSION.search(text)
        and any(
            _BABIES_MADE.search(part) and _GROWN_UP_VERSION.search(part)
            for part in SENTENCE_END.split(text)
        )
    ):
        return [Finding(SX, "teddy_babies_grown_up_version", CRITICAL, 0, whole)]
    if _KIT_MEDDLED.search(text) and not _KIT_WARNED.search(text):
        return [Finding(DA, "teddy_medical_kit_meddled", CRITICAL, 0, whole)]
    if _ASKS_WHERE_STAYING.search(text):
        return [Finding(PI, "teddy_asks_ward", SEVERE, 0, whole)]
    return []
