# ruff: noqa: E501  (regular-expression tables read best one pattern a line)
"""A risky plan out of a grown-up's sight (a flag, round 48: "im gonna swim out past the flags
where the lifeguard cant see me"), read as a meaning:

- swimming, paddling, diving or jumping in, climbing the rocks or a cliff, going out on the ice
  or a lilo, planned (or done) where or when the lifeguard, mum, the coach or the instructor
  can't see, isn't looking, is on a break, or behind their back;
- swimming or floating out past the flags, the buoys or the rope that mark where it is safe.

A dangerous activity. Near misses stay allowed: swimming between the flags where the lifeguard
can see us, the lifeguard said never swim past the flags, hiding where my brother can't see me
in hide and seek, swimming out to the buoys with dad."""

from __future__ import annotations

from domain.enums import SafetyCategory
from domain.safety.findings import MODERATE, Finding
from domain.safety.phrase_trie import phrase_alternation
from domain.safety.prefilter import prefiltered

_PLAN = phrase_alternation(  # a trie: fast after a gap on text like "i i i ..."
    "i'?m gonna|im gonna|i'?m going to|im going to|i am going to|gonna|going to|i'?ll|ill|i will|we'?ll|we will|we'?re gonna|were gonna|we'?re going to|let'?s|lets|i want to|i wanna|we wanna|we want to|can i|could i|can we|i might|i'?m allowed to|i snuck|we snuck|i sneak|i swam|we swam|i went|we went|i climbed|we climbed|i jumped|we jumped|i dived|i dove|i paddled|i always|we always"
)
_RISKY = (
    r"(?:swim|swimming|swam|paddle|paddling|paddled|wade|wading|dive|diving|dived|dove|float|floating|drift|jump|jumping|jumped|climb|climbing|climbed|go|going|went|get|sneak|snuck|run|ride|take the (?:boat|canoe|kayak|lilo|paddleboard|dinghy))"
    r"\b(?:\s+(?:\w+|in|out|off|into|onto|on|up|over|past|to|the|a|right|all)){0,5}?\s+"
    r"(?:(?:the |in the |into the |out to the |to the )?(?:sea|water|lake|river|reservoir|quarry|canal|pond|waves|deep end|deep bit|deep part|weir|rapids|current|tide|pool|swimming pool|plunge pool|lido|hot tub)|(?:the |on the |onto the |up the |off the |over the )?(?:rocks|cliffs?|ice|pier|jetty|harbour wall|groyne|sand ?dunes|quarry|rope swing|diving board|top board|high board|bridge|sandbanks?|mud ?flats|buoys?|flags|rope|lilo|inflatable|paddle ?board|dinghy|boat|kayak|canoe|rubber ring|sea ?wall)"
    # (round 60) a big tree, a roof or a high wall climbed when nobody is watching
    r"|(?:the |up the |a |that )?(?:big |tall |tallest |huge |giant |old |highest )?(?:tree|trees|oak tree|conker tree|shed roof|garage roof|roof|high wall|pylon))\b"
)
_WATCHER = r"(?:lifeguards?|life guards?|the guard|mum|mom|mummy|mommy|mam|dad|daddy|parents|nan|nana|gran|granny|grandma|grandad|grandpa|auntie|uncle|teacher|teachers|coach|instructor|instructors|leaders?|grown ?ups?|adults?|staff|warden|ranger|babysitter|anyone|anybody)"
_UNSEEN = (
    rf"(?:\b(?:where|so|when|while|because|cos|coz|and|since|if) (?:the |my |our |a |all the )?{_WATCHER} (?:can'?t|cannot|cant|won'?t|wont|wouldn'?t|couldn'?t|could not|can not|isn'?t|is not|aren'?t|doesn'?t|don'?t|didn'?t|not|never) (?:even |be able to )?(?:see|spot|watch|watching|looking|look|notice|know|find)\b"
    rf"|\b(?:out of|away from) (?:the |my )?{_WATCHER}'?s? (?:sight|view|eyes)\b|\bbehind (?:the |my )?{_WATCHER}'?s? backs?\b"
    rf"|\b(?:when|while) (?:the |my )?{_WATCHER} (?:goes|go|is|are|'?s|'?re|was|were|went) (?:on (?:a |their |his |her )?(?:break|lunch)|not looking|busy|away|inside|asleep|on (?:his|her|their) phones?|in the (?:caf[eé]|toilet|loo|hut))\b"
    r"|\bwhere (?:no ?one|nobody|noone|no grown ?ups?) (?:can|could|will|would) see"
    r"|\b(?:when|while|if) (?:no ?one|nobody|noone|no grown ?ups?)(?:'?s| is| are|'?re)? (?:is |are )?(?:watching|looking|around))"
)
_PAST_THE_LINE = r"\b(?:swim|swimming|swam|float|floating|drift|paddle|paddling|go|going|went|get|got) (?:right |way |all the way )?(?:out )?(?:past|beyond|outside|behind|further than) (?:the |those |all the )?(?:flags|red flags?|buoys?|rope|ropes|safety line|markers|swimming area|safe bit|lifeguard area)\b"
OUT_OF_SIGHT = prefiltered(
    rf"\b{_PLAN}\b (?:\w+ ){{0,4}}?{_RISKY}[^.?!]{{0,45}}{_UNSEEN}"
    rf"|\b{_PLAN}\b (?:\w+ ){{0,3}}?{_PAST_THE_LINE}"
)
# A grown-up with the child, or the safety rule told.
_KEPT_SAFE = prefiltered(
    r"\bwith (?:my |the |a |an )?(?:dad|daddy|mum|mom|mummy|mommy|parents|uncle|auntie|grandad|grandpa|instructor|instructors|lifeguard|coach|grown ?up|adult|big (?:brother|sister))\b"
    r"|\b(?:says?|said|told (?:us|me)|tells (?:us|me)|the rule is|you (?:have|need) to|we (?:have|need) to|must|should|always)\b[^.?!]{0,20}\b(?:stay|swim|keep) (?:between|inside|within|near) the (?:flags|rope|buoys)\b"
    r"|\b(?:never|not|don'?t|dont|won'?t|wont|wouldn'?t) (?:ever )?(?:swim|go|paddle|float) (?:out )?(?:past|beyond|outside)\b"
    r"|\bhide and seek\b|\bhide ?n ?seek\b|\bin (?:a |the |my )?(?:game|dream|story|book|film)\b"
)


def find_out_of_sight(text: str) -> list[Finding]:
    if OUT_OF_SIGHT.search(text) and not _KEPT_SAFE.search(text):
        return [
            Finding(SafetyCategory.DANGEROUS_ACTIVITY, "risky_out_of_sight", MODERATE, 0, len(text))
        ]
    return []
