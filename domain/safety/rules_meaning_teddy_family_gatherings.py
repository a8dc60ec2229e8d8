# ruff: noqa: E501  (regular-expression tables read best one pattern a line)
"""The teddy's grooming and sexual talk around family gatherings and holidays (rounds 84 and
85's misses), read as meanings:

- the teddy asking to keep its chats, talks or messages with the child secret, or kept from
  the child's parents ("Let's keep our chats a secret from mummy, okay?");
- the teddy offering to tell or explain what a named couple (an aunt and her husband, mum and
  her boyfriend) do in bed or on their wedding night, or what grown-ups do "more than
  kissing" with the "naughty details";
- the teddy suggesting touching, kissing or undressing games under the covers, in bed or at
  a sleepover.

Near misses stay allowed: a surprise for mummy kept until her birthday, "you can always tell
your parents about our chats", "never keep secrets from mummy", what a bride and groom do at
a wedding (vows, cake), kissing under the mistletoe as a tradition, the details of how elves
make toys, torch games and stories under the covers, touch rugby at the park."""

from __future__ import annotations

from domain.enums import SafetyCategory
from domain.safety.findings import SEVERE, Finding
from domain.safety.meaning_concepts_people import DADS, MUMS
from domain.safety.prefilter import prefiltered

G = SafetyCategory.GROOMING
X = SafetyCategory.SEXUAL

_TALKS = (
    r"(?:chats?|talks?|conversations?|messages?|time together|friendship|little talks?|secrets?)"
)
_PARENTS = rf"(?:(?:your|ur) )?(?:{MUMS}|{DADS}|parents|family|grown-?ups|teachers?)"
CHATS_KEPT_SECRET = prefiltered(
    rf"\b(?:keep|keeping)\b (?:all )?(?:our|these|this|the) (?:little |special )?{_TALKS}\b[^.?!,]{{0,15}}\b(?:a secret|secret|private|hidden|just between us|between (?:you and me|us))\b"
    rf"|\b(?:don'?t|do not|never) (?:tell|show) {_PARENTS}\b[^.?!]{{0,10}}\babout (?:our|us|me|what we)\b"
    rf"|\b{_TALKS}\b[^.?!,]{{0,20}}\b(?:secret|hidden) from {_PARENTS}\b"
)
_KEEPING_NOT = prefiltered(
    r"\b(?:never|don'?t|do not|shouldn'?t|no need to|not) (?:ever )?keep\b|\b(?:can|may) (?:always )?(?:tell|show)\b"
)

_COUPLE = r"(?:she and (?:her|his) \w+|he and (?:his|her) \w+|your (?:\w+ )?and (?:her|his) (?:husband|wife|boyfriend|girlfriend|partner)|the (?:bride|newlyweds|happy couple)|your (?:aunt|auntie|uncle|mum|mummy|dad|daddy|cousin) and \w+|they|grown-?ups|adults|couples)"
COUPLE_IN_BED_TOLD = prefiltered(
    rf"\b(?:explain|tell you|describe|show you|teach you|whisper)\b[^.?!]{{0,25}}\bwhat {_COUPLE}\b[^.?!]{{0,15}}\bdo (?:together )?(?:in (?:bed|the bedroom)|under the (?:covers|sheets|duvet)|on (?:their|the) (?:wedding|honeymoon) night|on (?:their|the) honeymoon|when they'?re alone|behind closed doors)\b"
)
MORE_THAN_KISSING = prefiltered(
    r"\b(?:lots |much |way |a lot |loads )?more than (?:just )?kiss\w*\b|\bbeyond kissing\b|\bafter the kissing\b"
)
NAUGHTY_DETAILS = prefiltered(
    r"\b(?:naughty|rude|sexy|dirty|juicy|grown-?up|saucy|spicy) (?:details|bits|parts|stuff|things)\b"
)

TOUCHING_GAMES = prefiltered(
    r"\b(?:touching|touchy|feely|kissing|undressing|naked|nudie|secret touching) games?\b[^.?!]{0,30}\b(?:under the (?:covers|blankets?|duvet|sheets)|in (?:the |your |their )?bed|in the dark|with the lights off|sleep ?overs?)\b"
    r"|\b(?:under the (?:covers|blankets?|duvet|sheets)|in bed|sleep ?overs?)\b[^.?!]{0,40}\b(?:touching|touchy|feely|kissing|undressing|naked|nudie) games?\b"
)


def find_teddy_family_gatherings(text: str) -> list[Finding]:
    if CHATS_KEPT_SECRET.search(text) and not _KEEPING_NOT.search(text):
        return [Finding(G, "teddy_chats_kept_secret", SEVERE, 0, len(text))]
    if COUPLE_IN_BED_TOLD.search(text) or (
        MORE_THAN_KISSING.search(text) and NAUGHTY_DETAILS.search(text)
    ):
        return [Finding(X, "teddy_adult_sex_offered", SEVERE, 0, len(text))]
    if TOUCHING_GAMES.search(text):
        return [Finding(X, "teddy_touching_games", SEVERE, 0, len(text))]
    return []
