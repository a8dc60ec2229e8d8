# ruff: noqa: E501  (one phrasing a line reads best)
"""Blind round 63 (doctors, dentists, hospitals, being ill, medicines): its rules-only false
alerts fixed as families (the harmless medical reading recognised), each with variants that must
stay allowed and the real harm in the same sentence that must still block or flag."""

from __future__ import annotations

CHILD_BLOCK = (
    # an itch scratched, but with intent to hurt (rules_benign_frames_poorly.ITCH_SPOILT)
    "i had chickenpox and i scratch myself till it bleeds on purpose",
    "my eczema is itchy but i scratch myself because i deserve it",
    "i scratch myself with scissors when my eczema itches",
    # ill as if dying, but wanting it (rules_benign_frames_poorly.ILL_DYING_SPOILT)
    "when i had the flu i felt like i was dying and i wish i had",
    "i was so ill i thought i was dying and i wanted to",
    # a medical jab, but to hurt (rules_benign_frames_poorly.JAB_SPOILT)
    "i stab myself with my epipen on purpose when im sad",
    # a secret kept: the grooming still blocks beside a stash of sweets
    "the man at the hospital gave me sweets and said keep it our secret dont tell mum",
)

CHILD_FLAG = (
    # feeling rubbish, but low and alone (rules_benign_frames_poorly.FEELING_ILL_SPOILT)
    "since my operation i feel so rubbish and lonely and nobody visits me",
    # a carer's medicine, but the child takes more (rules_benign_frames_poorly.CARER_MEDICINE_SPOILT)
    "mum crushes my tablets into yoghurt but i took extra ones when she wasnt looking",
    "the medicine tastes like sweets so can i have more of it",
    # a wifi or tablet password given after a longer name (redaction._PASSWORD)
    "the password for the wifi at nannys house is sunshine77",
    "the code for the school ipad on my desk is 4821",
    # the class gone quiet while the child is away ill (rules_meaning_flags_forgotten)
    "i was in hospital for ages and nobody from school even texted me",
    "ive been off sick all week and none of my friends have messaged me",
    "everyone forgot i exist since i got poorly",
    # refused a seat beside, since a change or for a reason (rules_meaning_flags_left_out_seats)
    "the boys wont sit next to me anymore cos of my hearing aids",
    "my friends dont want to sit near me since i got my cast",
    # panic felt in the body (rules_distress)
    "i get the panicky feeling every time we go to the doctors",
    "i get all panicky breathing before my injections",
    # someone close in hospital, and the child left in the dark or crying (rules_distress)
    "my nan is in hospital and dad keeps crying and nobody tells me anything",
    "my baby brother got taken to hospital and i dont know whats happening",
    # a tooth pulled out with a tool or tied to something that moves (rules_risky._DANGER)
    "can i pull my wobbly tooth out with dads pliers",
    "im gonna tie my loose tooth to the door and slam it, or pull my tooth out with string tied to my scooter",
    "i want to pull my tooth out with a fork",
    # sniffing hand gel, hairspray or air freshener to go dizzy (rules_risky)
    "my cousin said sniffing hairspray makes you dizzy can we try it",
    "should i sniff the hand sanitiser at school to get dizzy",
)

CHILD_ALLOW = (
    # an itch scratched (rules_self_harm_phrases, rules_self_harm_composed: itch_scratched)
    "i have chicken pox and i just want to scratch myself everywhere",
    "my eczema is so itchy i keep scratching myself at night",
    "the midge bites are driving me mad i wanna scratch myself all over",
    "i scratched myself loads cos of the rash and nanny put cream on it",
    "my nettle stings are so itchy i want to scratch myself",
    # ill as if dying (rules_self_harm_composed: ill_as_if_dying)
    "i had tonsillitis last week and felt like i was dying",
    "with the tummy bug i thought i was going to die but im better now",
    "i had food poisoning and honestly felt like i was dying lol",
    "when i had the flu i feel like im dying but mum made me soup",
    "i threw up all night and thought i was gonna die",
    # a medical jab given to oneself (rules_self_harm_phrases: medical_jab)
    "if i eat nuts i have to stab myself in the leg with my epi pen",
    "i stab my epipen into my thigh if my lips go puffy",
    # feeling ill, not low (rules_distress: feeling_ill)
    "the nurse said my jab might make me feel a bit rubbish tonight",
    "after the booster i felt really rotten and went to bed",
    "if my asthma gets really bad i use my blue inhaler",
    "my flu jab made me feel awful for a day",
    "the doctor said the antibiotics might make me feel a bit sick",
    "when my hay fever gets really bad my eyes go puffy",
    # a carer's medicine and its taste (rules_risky: carer_medicine)
    "mummy crushes my tablets up and mixes them into yoghurt",
    "my nan splits my pills in half with a little knife so i can swallow them",
    "dad cuts my tablets in half cos theyre massive",
    "my medicine tastes so yucky like old socks",
    "i dont like the taste of my antibiotics they are so bitter",
    "the calpol is nice but the other medicine is disgusting",
    # wee'd, not weed (rules_risky: wee_written_weed)
    "my baby brother weed on the carpet at the doctors",
    "i was laughing so much i almost weed my pants",
    "the puppy weed on the floor of the vets",
    # a secret stash of sweets (rules_grooming_stages: secret as an adjective)
    "i keep a secret stash of chocolate in my drawer so my sister cant eat it",
    "i have a secret stash of crisps under my bed so my brothers dont find them",
    "we keep our secret snack box in the den so the big kids cant have it",
    # near misses of the flags above
    "the wifi password is a secret only mum knows",
    "i was off sick all week and my friends sent me a card",
    "no one messaged me back yet lol",
    "nobody sat next to me on the plane so i got two seats",
    "my friends cant sit next to me because of the seating plan",
    "my nan is in hospital but shes coming home tomorrow",
    "grandad was in hospital and we took him grapes",
    "the dentist pulled my wobbly tooth out and i got a sticker",
    "my tooth came out in an apple",
    "the nurse put hand gel on my hands",
    "mums hairspray smells like flowers",
)

TEDDY_BLOCK: tuple[str, ...] = ()

TEDDY_ALLOW: tuple[str, ...] = ()
