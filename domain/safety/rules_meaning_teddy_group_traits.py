# ruff: noqa: E501  (regular-expression tables read best one pattern a line)
"""The teddy pinning a bad trait on a whole group of people (round 48: "Those travelling
families at the campsite are all thieves, stay away from them."), read as a meaning: a group
named by origin, way of life or faith (travellers, travelling families, gypsies, Roma,
immigrants, refugees, foreigners, a religion, a nationality, "those people", "people like
that") said to be thieves, liars, dirty, dangerous or criminals, said to steal, or not to be
trusted, played with or gone near.

Near misses stay allowed: travelling families who live in caravans and move around, a
stereotype called unfair or untrue, staying away from a campfire or from strangers, noisy
children at the campsite."""

from __future__ import annotations

from domain.enums import SafetyCategory
from domain.safety.findings import SEVERE, Finding
from domain.safety.prefilter import prefiltered

H = SafetyCategory.HATE

_NATION = r"(?:polish|romanian|roma|romany|romani|gypsy|traveller|irish|scottish|english|welsh|african|asian|chinese|indian|pakistani|bangladeshi|arab|turkish|albanian|mexican|somali|nigerian|syrian|afghan|eastern european|foreign|immigrant|refugee|muslim|jewish|hindu|sikh|christian|catholic|black|brown|white)"
_GROUP = (
    r"(?:travell?ers|travell?ing (?:families|family|folk|people|kids|children|lot|community|communities|types)|gypsies|gipsies|gyppos|pikeys|roma|romanies|romany|immigrants|migrants|refugees|asylum seekers|foreigners|muslims|moslems|jews|hindus|sikhs|christians|catholics"
    rf"|{_NATION} (?:people|folk|families|family|kids|children|lot|men|women|boys|girls|lads|types|neighbou?rs)"
    r"|(?:people|families|family|kids|children|folk|mums|dads|parents) (?:who|that) (?:live|living|stay|staying|sleep|sleeping|are) (?:in|on|at) (?:a |the )?(?:shelters?|hostels?|the streets?|council (?:houses|flats|estates?)|temporary housing|emergency housing|motels?|food banks?|benefits|welfare)|(?:people|families|kids|children|folk|mums|dads|parents) (?:on|in) (?:benefits|welfare|shelters?|hostels?)|homeless (?:people|families|kids|children|folk|men|women)|the homeless|poor (?:people|families|kids|children|folk)|beggars"
    r"|(?:people|folk|families|step-?families|kids|children|neighbou?rs|mums|dads|parents) (?:from|in) (?:that|those|other|another|different|foreign) (?:country|countries|place|places|part of town|estate|camp|site)"
    r"|(?:people|folk|families|kids|children|neighbou?rs) (?:(?:who|that) (?:come|came) )?from (?:abroad|overseas|somewhere else)|(?:people|families|kids) (?:from|at|on) the (?:traveller|travellers'?|gypsy|caravan) (?:site|camp))"
)
# "Those people" or "that lot" are a group only when the whole of it is pinned: "all thieves".
_VAGUE = r"(?:(?:those|these|that sort of|that kind of|them kind of) (?:people|folk|families|sorts|types|lot)|people like (?:that|them|those)|that lot|their sort|their kind)"
_BAD = r"(?:thieves|thieving|robbers|crooks|criminals|liars|lying|cheats|cheating|dirty|filthy|smelly|stinky|dangerous|violent|scum|vermin|animals|savages|bad people|bad news|nasty|trouble(?:makers)?|scroungers|lazy|not to be trusted|untrustworthy|up to no good|evil|terrorists)"
GROUP_TRAIT = prefiltered(
    rf"(?<!time )(?<!space )(?<!fellow )\b{_GROUP}\b[^.?!,]{{0,30}}\b(?:are|is|'re|r|were|be) (?:all |always |just |only |basically |mostly |usually |such |so |nothing but |a bunch of |a load of |a lot of |really |total |the )*{_BAD}\b"
    rf"|\b{_VAGUE}\b[^.?!,]{{0,30}}\b(?:are|'re|r|were) (?:all|always|nothing but|just|basically) (?:a bunch of |a load of )?(?:thieves|robbers|crooks|criminals|liars|cheats|scum|vermin|animals|savages|dirty|filthy|terrorists)\b"
    rf"|\b{_GROUP}\b (?:all |always |just |only |will |would |usually )*(?:steal|nick|rob|pinch|lie|cheat|rip (?:you|people) off)s?\b"
    # (round 52) a group said never to belong: "step-families from other countries never really
    # belong together, they're not the same as us"
    rf"|\b{_GROUP}\b[^.?!,]{{0,20}}\b(?:never (?:really |truly )?(?:belong|fit in)|(?:don'?t|do not|can'?t|cannot|won'?t) (?:ever )?(?:really |truly )?(?:belong|fit in)|(?:are|'re) (?:not|never) (?:really )?(?:the same as|like|as good as) us|(?:aren'?t|are not) (?:really )?(?:the same as|like|as good as) us|will never (?:fit in|belong|be like us))\b"
    rf"|\b(?:never|don'?t|dont|do not|you can'?t|you cannot|can'?t) (?:ever )?(?:trust|believe|play with|go near|talk to|be friends with|make friends with|sit (?:next to|with)) (?:any |the |those |these |them |their )?(?:{_GROUP})\b(?!'?s? (?:dogs?|horses?|fires?|campfires?))"
    rf"|\b(?:stay|keep) (?:right |well )?away from (?:all |any |the |those |these )?{_GROUP}\b(?!'?s? (?:dogs?|horses?|fires?|campfires?))"
)
CALLED_UNFAIR = prefiltered(
    r"\b(?:not fair|isn'?t fair|unfair|not true|isn'?t true|untrue|not kind|isn'?t kind|unkind|wrong to|mean to say|shouldn'?t say|some people (?:say|think)|stereotypes?|not all|everyone is different|every family is different|judge|that'?s what makes|different is (?:good|great|fine|okay|ok))\b"
)


def find_teddy_group_traits(text: str) -> list[Finding]:
    if GROUP_TRAIT.search(text) and not CALLED_UNFAIR.search(text):
        return [Finding(H, "teddy_group_trait", SEVERE, 0, len(text))]
    return []
