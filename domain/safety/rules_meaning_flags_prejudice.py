# ruff: noqa: E501  (regular-expression tables read best one pattern a line)
"""Prejudice told or repeated by a child (a flag, round 39: "my grandpa says people from over
there are all thieves and should go back, he's right, isn't he?", "I don't want the new boy on
my team because his family prays weird and they're all bad people"), read as a meaning:

- a group named by where it is from or what it is like, not by what it did ("people from over
  there", "kids from that estate", "families like theirs", "their kind", "people who pray like
  that") said to be all or always bad, thieves, trouble, or told to go back or be kept away;
  (flags8283) or said not to be allowed in ("people from that religion shouldnt be allowed in
  our scout group theyre all bad");
- a child shut out ("I don't want him on my team", "I won't play with her") because of how his
  family prays, talks, dresses or eats, or where it comes from, put down as weird or bad.

The group and its put-down are shared with the teddy's own stereotypes
(rules_meaning_teddy_unkind). Near misses stay allowed: "we learned that people pray in
different ways", "people from over there make the best pasta", "I don't want him on my team
because he always cheats", a stereotype the child calls unfair or not true."""

from __future__ import annotations

from domain.enums import SafetyCategory
from domain.safety.findings import MODERATE, Finding
from domain.safety.prefilter import prefiltered

# A group of people, as both prejudice modules name one (rules_meaning_prejudice_groups too).
FOLK = r"(?:people|ppl|kids|children|families|family|folk|folks|boys|girls|men|women|ones|lot|lads|parents|mums|moms|dads|neighbou?rs)"
_LIKE_WHAT = (
    r"(?:them|that|those|theirs|him|her|yours|us|(?:your|ur|our|my|the) (?:new |next door )?neighbou?rs|the \w+s next door"
    r"|(?:families|people|homes|places|houses|estates|countries|streets|areas) like (?:that|them|those|theirs|yours|(?:your|ur|the) (?:new )?neighbou?rs))"
)
_FROM_WHERE = (
    r"(?:over there|round there|around there|down there|there|(?:that|those|the other|another|their|other) (?:country|countries|place|places|estate|estates|flats|street|streets|side of town|part of town|area|areas|religion|church|mosque|temple|village|town)"
    rf"|(?:families|homes|places|houses|estates|countries) like {_LIKE_WHAT})"
)
_FAITH_DOES = r"(?:pray|prays|praying|dress|dresses|worship|worships|believes? in|go(?:es)? to (?:the |that |a )?(?:church|mosque|temple|synagogue|gurdwara))"
_FESTIVAL = r"(?:eid|eid al[- ]?\w+|ramadan|ramadhan|diwali|deepavali|divali|hanukkah|hannukah|chanukah|channukah|hanukah|passover|yom kippur|rosh hashanah|vaisakhi|baisakhi|holi|navratri|lunar new year|chinese new year|kwanzaa|purim|sukkot|ramzan)"
_IDENTITY_DOES = rf"(?:{_FAITH_DOES}|talk|talks|speak|speaks)"
GROUP_REF = (
    rf"(?:\b{FOLK} (?:from {_FROM_WHERE}|like {_LIKE_WHAT}|who {_IDENTITY_DOES} (?:like that|differently|different|weird|funny)"
    # (flags8485) or by the festival or fast it keeps: "people who do eid", "kids who celebrate
    # diwali", "families that keep hanukkah"
    rf"|(?:who|that) (?:do|does|celebrate|celebrates|keep|keeps|have|has|fast for|fast at|go to|believe in) (?:the |their )?{_FESTIVAL})"
    # (flags8283) "people of that religion"
    r"|\b(?:people|kids|children|families|folk|folks|ones) (?:of|in|with) (?:that|those|the other|another|other|a different|their) (?:religions?|faiths?)"
    # (round 41) A group named by how it talks or looks: "kids who talk with an accent".
    r"|\b(?:people|kids|children|families|folk|folks|boys|girls|ones) (?:who|that) (?:talk|talks|speak|speaks) (?:with (?:an? |those |that |funny |weird |foreign |strong )*accents?|(?:another|a different|a foreign|other|their own) languages?|english (?:funny|weird|wrong|badly))"
    # (round 42) or by what they wear for their faith: "the kids who wear headscarves".
    r"|\b(?:people|kids|children|families|folk|folks|boys|girls|women|men|ladies|mums|moms) (?:with|who have|that have|who wear|that wear|who wears|wearing|in) (?:an? |those |them |funny |weird |foreign |strong |big |long |their )*(?:accents?|headscarf|headscarves|hijabs?|turbans?|veils?|niqabs?|burqas?|burkas?|kippahs?|yarmulkes?|skull ?caps?|patkas?)"
    r"|\b(?:their|his|her|your neighbou?rs'?) (?:kind|sort|type)(?! (?:of|words?|hearts?|offer|help|things?|smile|face|voice|teacher|lady|man|person|heart)\b)"
    r"|\b(?:those|that|them) (?:kinds?|sorts?|types?) of (?:people|kids|children|families|folk))"
)
_BAD = (
    r"(?:trouble|bad news|bad people|bad guys|bad(?! at\b)|no good|up to no good|dangerous|thieves|robbers|criminals|crooks|liars|cheats|cheaters|dirty|smelly|lazy|rough|scum|animals|"
    r"weird|weirdos|strange|freaks|evil|druggies|scroungers|terrorists|nasty|horrible|not to be trusted|not like us|all the same(?= *(?:$|[.,!?;])))"
)
_PUT_DOWN = (
    rf"(?:(?:are|is|'re|r|were|will be|'ll be) (?:all |always |just |so |really |nothing but |only ever |probably |usually )*{_BAD}"
    r"|(?:all |always |just )(?:steal|lie|cheat|cause trouble|start fights|make trouble|fight)"
    r"|(?:can'?t|cannot|shouldn'?t) be trusted"
    # (flags8485) "don't belong at your school party", "shouldn't come to your party"
    r"|(?:don'?t|dont|do not|doesn'?t|does not) (?:really )?belong (?:at|in|here|with|near|on)\b"
    r"|(?:shouldn'?t|shouldnt|should not|mustn'?t|must not) (?:be (?:at|in)|come to|go to) (?:your|our|my|the) (?:school |class |birthday |christmas )?(?:party|class|school|club|team|street|country)"
    # (flags8283) "people from that religion shouldnt be allowed in our scout group"
    r"|(?:shouldn'?t|shouldnt|should not|mustn'?t|must not) (?:even )?be (?:allowed|let) (?:in|into|to join|to come|near|at|on)"
    r"|(?:should|must|need to|ought to) (?:all |just )?(?:go back|go home|leave|get out|be sent back|be kicked out|stay away|clear off|go away)(?! (?:to visit|and visit|to see|for (?:christmas|the holidays?|summer|a visit|a holiday|a bit|tea|dinner)|on holiday|home for|early|soon|now)))\b"
)
STEREOTYPE = prefiltered(
    rf"{GROUP_REF}\b[^.?!]{{0,25}}\b{_PUT_DOWN}"
    # (miss7677) anyone put down for where they are from: "the new family are all terrorists cos
    # of where they're from"
    rf"|\b{_PUT_DOWN}[^.?!]{{0,10}}\b(?:because|cos|coz|cause|cuz|bc) (?:of )?(?:where (?:they|he|she)(?:'?re| are|'?s| is| come| comes| came) from|(?:their|his|her) (?:religion|skin|skin colou?r|colou?r|country|accent|language|headscarf|hijab|turban))\b"
    # (flags8687) a family or a child said to be from another country, then said to smell,
    # steal or be all bad for it: "the new family in 3b are from a different country so they
    # prob smell" ("... so they speak two languages" is no put-down)
    rf"|\b(?:{FOLK}|family|they|he|she|them)\b[^.?!]{{0,15}}?\b(?:are|is|'re|re|come|comes|came) from (?:another|a different|a foreign|some other|that|this|the other|a poor) country\b[^.?!]{{0,25}}\b(?:they|he|she)(?:'re|re| are| is|'s| r)?(?: (?:all|prob|probably|must|def|defo|definitely|always|just|so|really|bet|proper)){{0,2}} (?:smell|smells|stink|stinks|steal|steals|lie|lies|cheat|cheats|{_BAD})\b"
    r"|\b(?:stay|keep|kept) (?:well )?(?:away|clear) from (?:their|that|them|those) (?:kind|sort|type|lot)\b(?! of)"
    r"|\b(?:don'?t|dont|do not|never|shouldn'?t|mustn'?t|not (?:to|allowed to)) (?:\w+ )?(?:play|mix|hang (?:out|around)|be friends|talk|sit) with (?:their|that|them|those) (?:kind|sort|type|lot)\b(?! of)"
)

_SHUT_OUT = r"(?:don'?t|dont|do not|won'?t|wont|not|never|refuse to|didn'?t|didnt)\b[^.?!]{0,12}\b(?:want|let|play|sit|pick|choose|be friends|invite|talk|have)\w*"
_HIS_FAMILY = r"(?:his|her|their|the new (?:boy|girl|kid)'?s?) (?:whole )?(?:family|families|mum|mom|dad|parents|people|lot|nan|grandma)"
_ODD = (
    r"(?:weird|weirdly|funny|strange|strangely|wrong|odd|creepy|gross|disgusting|stupid|silly|bad)"
)
# Who the family is: how it prays, talks, dresses or eats, its religion or accent, where it
# is from.
IDENTITY_CUE = (
    rf"(?:\b{_HIS_FAMILY} (?:all )?(?:{_IDENTITY_DOES}|eats?)\b"
    rf"|\b(?:he|she|they) (?:all )?{_FAITH_DOES}\b"
    r"|\b(?:his|her|their) (?:family'?s )?(?:religion|god|church|mosque|temple|prayers?|accent|language|headscarf|hijab|turban|country)\b"
    r"|\b(?:he|she|they|his family|her family|their family)(?:'s|'re| is| are| comes?| came) from (?:over there|round there|another country|a different country|abroad)\b)"
)
_ALL_BAD = rf"\b(?:they'?re|they are|theyre|they r|are) all (?:\w+ )?{_BAD}"
SHUT_OUT_FOR_WHO = prefiltered(
    rf"\b{_SHUT_OUT}\b[^.?!]{{0,40}}\b(?:because|cos|coz|cause|cuz|since|as)\b[^.?!]{{0,20}}{IDENTITY_CUE}[^.?!]{{0,25}}(?:\b{_ODD}\b|{_ALL_BAD})"
    rf"|{IDENTITY_CUE}[^.?!]{{0,30}}{_ALL_BAD}\b"
    # (flags8283) the group named, then "they're all bad" further on
    rf"|{GROUP_REF}\b[^.?!]{{0,50}}{_ALL_BAD}\b"
    # (round 42) a whole group shut out for who it is: "we don't let the kids who wear
    # headscarves play with us because they're weird and dirty".
    rf"|\b{_SHUT_OUT}\b[^.?!]{{0,30}}{GROUP_REF}\b[^.?!]{{0,40}}\b(?:because|cos|coz|cause|cuz|since|as)\b[^.?!]{{0,25}}\b(?:{_BAD}|{_ODD})\b"
)
# (fa8485, fa8485b) The child calls what was said mean or unkind: "some kids say the gypsies are
# all dirty but thats mean", "... but its not nice" (shared with rules_meaning_flags_everyday).
CALLED_MEAN = (
    r"\bbut (?:that'?s|thats|that is|it'?s|its|it is) (?:so |really |just )?(?:not fair|mean|not nice|not kind|unkind|horrible|wrong)\b"
    r"|\b(?:that'?s|thats|that is) (?:so |really |just )?(?:mean|not nice|unkind)\b"
)
# The child calls it unfair, untrue or racist, or is told so.
CHALLENGED = prefiltered(
    r"\b(?:unfair|not fair|it'?s wrong|was wrong|is wrong|that'?s wrong|wrong to|not true|isn'?t true|untrue|not nice to say|not kind to say|shouldn'?t say|mean to say|unkind|racist|prejudice\w*|stereotypes?|told (?:him|her|them) off|i don'?t (?:think|believe) (?:so|that|it)|i disagree)\b"
    rf"|{CALLED_MEAN}"
)


def find_prejudice_flags(text: str) -> list[Finding]:
    if (STEREOTYPE.search(text) or SHUT_OUT_FOR_WHO.search(text)) and not CHALLENGED.search(text):
        return [Finding(SafetyCategory.HATE, "prejudice_repeated", MODERATE, 0, len(text))]
    return []
