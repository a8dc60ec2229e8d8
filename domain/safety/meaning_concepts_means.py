# ruff: noqa: E501  (regular-expression tables read best one pattern a line)
"""Source fragments for the means of harm: medicines, blows, weapons, flips and tricks.

String pieces (bare alternatives, no group), not compiled patterns: the self-harm, danger and
violence modules build their own patterns from them, each wrapping a piece in its own frame
("all of mum's ...", "how many ... before you die", "i want to ... my teacher"). A module that
needs a word the piece has not adds it beside the piece, with a comment why it is not shared.
"""

from __future__ import annotations

# --- medicines ------------------------------------------------------------------------------
# Medicines by name: painkillers, antihistamines and the strong ones found in a carer's bag.
MEDICINE_NAMES = r"paracetamol|ibuprofen|nurofen|calpol|tylenol|advil|motrin|aspirin|co-?codamol|codeine|tramadol|benadryl|piriton"
# Pills a child could take too many of, in the plural (after "all of", "ten", "loads of",
# "a handful of"): not one "pill" ("i took 1 pill so i could sleep" is no overdose), not
# "tablet" alone (an iPad), and not "medicine" ("i took all my medicine so i'd get better").
PILLS = rf"pills|tablets|capsules|meds|pain ?killers|antidepressants|antihistamines|sleeping (?:pills|tablets)|{MEDICINE_NAMES}"
# Any word for a medicine, one or many: PILLS, one pill or capsule, medicine and medication
# (still not "tablet" alone).
MEDICINE_WORDS = rf"{PILLS}|pill|capsule|pain ?killer|antidepressant|medicines?|medication"

# --- blows ----------------------------------------------------------------------------------
# Striking someone, in the plain form that follows "i want to", "i'm gonna", "next time i'll"
# (a wish or a plan to hurt, not a blow told as done).
BLOWS = r"hit|whack|punch|kick|bite|smack|slap|thump|bash|wallop|clobber|scratch|headbutt|pinch|poke|claw|stab"

# --- weapons --------------------------------------------------------------------------------
# The knives and guns a child names as weapons, one or many: what every weapon rule shares. A
# module adds its own (a blade, a bat, a hammer, a bomb, a razor) where its frame makes them a
# weapon: "the hammer hurt" is no threat, "dad says he will use the hammer on me" is.
WEAPON_WORDS = r"knife|knives|machetes?|axe|guns?"

# --- flips and tricks -----------------------------------------------------------------------
# A flip, a somersault, a dive or a stunt, as a verb or a noun ("a backflip off", "flipping off").
FLIPS = (
    r"back ?flips?|back ?flipp\w*|front ?flips?|front ?flipp\w*|flips?|flipp\w*|somersaults?|somersault\w*|summersaults?|"
    r"cartwheels?|handsprings?|round ?offs?|stunts?|tricks?|dives?|div(?:ed|ing)|bombs?|bomb(?:ed|ing)"
)
