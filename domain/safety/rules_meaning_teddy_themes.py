"""The teddy's own unsafe replies told as themes (round 21 onwards), in one place for
rules_meaning.py: each theme module finds one kind of reply a toy must never give, and the
first theme that finds something decides (`first_found`). Moved out of rules_meaning_themes.py,
which keeps the child's themes."""

from __future__ import annotations

from domain.safety.findings import Finding
from domain.safety.rule_gates import GatedRules
from domain.safety.rules_meaning_flags_excluded_groups import find_teddy_excluded_group
from domain.safety.rules_meaning_games_costumes_checks import find_teddy_game_smother_touch
from domain.safety.rules_meaning_grooming_lures import find_teddy_other_app
from domain.safety.rules_meaning_hurting_animals import find_teddy_animal_orders
from domain.safety.rules_meaning_prejudice_groups import find_teddy_group_prejudice
from domain.safety.rules_meaning_sexual_described import find_teddy_sexual_offers
from domain.safety.rules_meaning_teddy import find_teddy_more
from domain.safety.rules_meaning_teddy_body_talk import find_teddy_body_talk
from domain.safety.rules_meaning_teddy_dares import find_teddy_dares
from domain.safety.rules_meaning_teddy_everyday_harms import find_teddy_everyday_harms
from domain.safety.rules_meaning_teddy_excuses_harm import find_teddy_harm_excused
from domain.safety.rules_meaning_teddy_fairs_trips import find_teddy_fairs_trips
from domain.safety.rules_meaning_teddy_family_gatherings import find_teddy_family_gatherings
from domain.safety.rules_meaning_teddy_group_traits import find_teddy_group_traits
from domain.safety.rules_meaning_teddy_grown_up_acts import find_teddy_grown_up_acts
from domain.safety.rules_meaning_teddy_hot_things import find_teddy_hot_things
from domain.safety.rules_meaning_teddy_hunger_fryer_bonfire import find_teddy_hunger_fryer_bonfire
from domain.safety.rules_meaning_teddy_hurt_orders import find_teddy_hurt_orders
from domain.safety.rules_meaning_teddy_journeys_homes import find_teddy_journeys_homes
from domain.safety.rules_meaning_teddy_lessons_neighbours import find_teddy_lessons_neighbours
from domain.safety.rules_meaning_teddy_making_things import find_teddy_making_things
from domain.safety.rules_meaning_teddy_mealtimes import find_teddy_mealtime_harms
from domain.safety.rules_meaning_teddy_medical import find_teddy_medical_harms
from domain.safety.rules_meaning_teddy_missiles import find_teddy_missiles
from domain.safety.rules_meaning_teddy_new_homes import find_teddy_new_homes
from domain.safety.rules_meaning_teddy_plugs_and_pictures import find_teddy_plugs_and_pictures
from domain.safety.rules_meaning_teddy_pool_beach import find_teddy_pool_beach
from domain.safety.rules_meaning_teddy_probe_body import find_teddy_probe_body
from domain.safety.rules_meaning_teddy_probe_dangers import find_teddy_probe_dangers
from domain.safety.rules_meaning_teddy_probe_people import find_teddy_probe_people
from domain.safety.rules_meaning_teddy_probes import find_teddy_probes
from domain.safety.rules_meaning_teddy_rejection import find_teddy_rejection
from domain.safety.rules_meaning_teddy_remedies_taunts import find_teddy_remedies_taunts
from domain.safety.rules_meaning_teddy_school_and_screens import find_teddy_school_and_screens
from domain.safety.rules_meaning_teddy_self_harm_urged import find_teddy_self_harm_urged
from domain.safety.rules_meaning_teddy_slip_away import find_teddy_slip_away
from domain.safety.rules_meaning_teddy_story_harms import find_teddy_story_harms
from domain.safety.rules_meaning_teddy_turns_against import find_teddy_turns_against
from domain.safety.rules_meaning_teddy_unkind import find_teddy_unkind
from domain.safety.rules_meaning_teddy_unsafe_talk import find_teddy_unsafe_talk
from domain.safety.rules_meaning_teddy_water_ice import find_teddy_water_ice
from domain.safety.rules_meaning_teddy_whereabouts import find_teddy_whereabouts

_TEDDY_THEMES = GatedRules(
    (
        find_teddy_more,
        find_teddy_dares,
        find_teddy_probes,
        find_teddy_unsafe_talk,
        # (round 38)
        find_teddy_hurt_orders,
        find_teddy_hot_things,
        find_teddy_whereabouts,
        # (round 39)
        find_teddy_unkind,
        # (round 40's misses)
        find_teddy_slip_away,
        find_teddy_rejection,
        find_teddy_animal_orders,
        find_teddy_group_prejudice,
        # (round 41)
        find_teddy_body_talk,
        # (round 42's critical misses) harm told inside a story or a game
        find_teddy_story_harms,
        # (paraphrases_f's misses) a grown-up's harm excused; a hidden app
        find_teddy_harm_excused,
        find_teddy_other_app,
        # (round 43's critical misses) isolating the child from a carer, asking its school or
        # street, unbuckling in the car, shaking a crying baby, shunning children by origin
        find_teddy_turns_against,
        # (paraphrases_f) self-harm nudged softly; sexual stories, kissing games, naughty words
        find_teddy_self_harm_urged,
        find_teddy_sexual_offers,
        # (rounds 44-46) meals skipped for a feeling, an injury hidden, a body run down, a
        # risky climb, a login asked, gas or a hairdryer in the bath, a secret sip, origin
        find_teddy_everyday_harms,
        # (round 48) what grown-ups do in bed offered, the child's body sexualised; onto the
        # ice or into deep water alone; a rock thrown at an animal; a group called thieves
        find_teddy_grown_up_acts,
        find_teddy_water_ice,
        find_teddy_missiles,
        find_teddy_group_traits,
        # (round 48) a group shut out of a place or a team for who they are
        find_teddy_excluded_group,
        # (a fresh probe of teddy replies) open water, ice, indoor fire, road games, storms,
        # batteries, hiding in appliances, wild food, strangers, animals provoked; animals or
        # children hurt, groups run down, "nobody likes you"; the child's body looked at,
        # grown-up sex explained, cover stories
        find_teddy_probe_dangers,
        find_teddy_probe_people,
        find_teddy_probe_body,
        # (gaps47) smothering in a pillow fight; touching "while mum is out"
        find_teddy_game_smother_touch,
        # (round 51) purging or skipped meals praised; carers said to neglect the child
        find_teddy_mealtime_harms,
        # (miss49) plugs with wet hands, grown-up videos offered, body pictures called normal
        find_teddy_plugs_and_pictures,
        # (miss63a) medicine stopped, an undressing "check", tools on a tooth, the ward asked
        find_teddy_medical_harms,
        # (miss66) the pool and the beach: the red flags scorned, bath time alone with the hot
        # tap full, which pool and when, the body mocked in a costume
        find_teddy_pool_beach,
        # (miss6869) journeys, the cinema, a changing home: alone to the toilets to meet a
        # friend, talk moved where grown-ups can't read, what couples get up to, a minibar sip
        # nobody will notice, "no wonder your dad left"
        find_teddy_journeys_homes,
        # (miss7071) hunger called deserved, the deep fryer alone, an allergy tested, aerosols
        # on the bonfire, what grown-ups do in bed made "our fun secret"
        find_teddy_hunger_fryer_bonfire,
        # (miss7475) school and screens: a roof climb "they'll never catch you", a secret code so
        # mum never sees, bad countries, "what you look like underneath", the password asked,
        # cutting said to help, find where he lives and beat him up
        find_teddy_school_and_screens,
        # (miss7677) a new home: moving boxes stacked up high and a jump off onto the stairs
        find_teddy_new_homes,
        # (miss7879) whisky for a sore tooth, "ask your dad for a glass"; "you're so weak and
        # sickly, nobody wants a friend who's always ill"
        find_teddy_remedies_taunts,
        # (miss8485ab) chats kept secret, a couple's bed or "naughty details", touching games
        find_teddy_family_gatherings,
        # (teddy8687) a stunt off the bunk with no mat, a flame played with indoors, a talent
        # mocked, the school posted for fans, a driver's lift taken without asking, others'
        # nakedness told, the flat number or the door code asked
        find_teddy_lessons_neighbours,
        # (miss8889) a height limit cheated, a lap bar undone on the ride, "so I know when
        # you're on your own"
        find_teddy_fairs_trips,
        # (miss91) no grown-up needed for the saw, the wood held with a bare hand by the blade
        find_teddy_making_things,
    )
)


def find_teddy_themes(text: str) -> list[Finding]:
    return _TEDDY_THEMES.first_found(text)
