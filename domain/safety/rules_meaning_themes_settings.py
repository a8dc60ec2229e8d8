"""The child's themed meaning modules from round 66 on, written by setting (rules_meaning_themes.py
gathers the earlier ones and calls this after them, so the order of findings is unchanged): the
pool and the beach, the house and the garden, long journeys, the cinema and bedtime, holidays,
fireworks and the table, school and screens, new homes and bath time, clubs and clinics, violence
seen, railway lines and fires, family gatherings, snow, ice and festival lights, and (from rounds
84-85 too) me gone instead of someone and a danger already under way, and (from rounds 86-87) a
way up, off or into the road with no way back, a lesson's grown-up who hurts or starves, and
the flags of lessons, talent shows, the flats and the road, and the grown-ups of lessons and
getting about who ask about a body, want a private room or buy silence."""

from __future__ import annotations

from domain.safety.findings import Finding
from domain.safety.rule_gates import GatedRules
from domain.safety.rules_meaning_abuse_hunger_closed_rooms import find_abuse_hunger_closed_rooms
from domain.safety.rules_meaning_abuse_journeys_bedtime import find_journey_bedtime_harms
from domain.safety.rules_meaning_abuse_lessons import find_abuse_lessons
from domain.safety.rules_meaning_abuse_shut_out import find_shut_out_or_hidden_marks
from domain.safety.rules_meaning_clubs_and_clinics import find_clubs_and_clinics
from domain.safety.rules_meaning_danger_allergy_pods_edibles import find_danger_allergy_pods_edibles
from domain.safety.rules_meaning_danger_under_way import find_danger_under_way
from domain.safety.rules_meaning_fairs_trips_harms import find_fairs_trips_harms
from domain.safety.rules_meaning_family_gatherings import find_family_gathering_harms
from domain.safety.rules_meaning_flags_clubs_and_worries import find_club_and_worry_flags
from domain.safety.rules_meaning_flags_fairs_trips import find_fairs_trips_flags
from domain.safety.rules_meaning_flags_family_gatherings import find_family_gathering_flags
from domain.safety.rules_meaning_flags_food_fireworks import find_food_and_firework_flags
from domain.safety.rules_meaning_flags_illness_grief import find_illness_and_grief_flags
from domain.safety.rules_meaning_flags_journeys_homes import find_journey_and_home_flags
from domain.safety.rules_meaning_flags_lessons_and_flats import find_lessons_and_flats_flags
from domain.safety.rules_meaning_flags_new_homes_and_journeys import (
    find_new_homes_and_journeys_flags,
)
from domain.safety.rules_meaning_flags_pools_streets import find_pool_and_street_flags
from domain.safety.rules_meaning_flags_school_and_screens import find_school_and_screens_flags
from domain.safety.rules_meaning_flags_seen_and_scared import find_seen_and_scared_flags
from domain.safety.rules_meaning_flags_snow_ice_lights import find_snow_ice_light_flags
from domain.safety.rules_meaning_flags_tracks_and_fires import find_track_and_fire_flags
from domain.safety.rules_meaning_grooming_lessons_lifts import find_lessons_and_lifts_harms
from domain.safety.rules_meaning_grooming_treats_trades import find_grooming_treats_trades
from domain.safety.rules_meaning_making_things_harms import find_making_things_harms
from domain.safety.rules_meaning_new_homes_and_journeys import find_new_homes_and_journeys
from domain.safety.rules_meaning_pools_beaches import find_pool_beach_harms
from domain.safety.rules_meaning_school_and_screens import find_school_and_screens
from domain.safety.rules_meaning_self_harm_gone_unnoticed import find_self_harm_gone_unnoticed
from domain.safety.rules_meaning_self_harm_heights_roads import find_self_harm_heights_roads
from domain.safety.rules_meaning_self_harm_household import find_self_harm_household
from domain.safety.rules_meaning_self_harm_journeys_homes import find_self_harm_journeys_homes
from domain.safety.rules_meaning_self_harm_wished_away import find_self_harm_wished_away
from domain.safety.rules_meaning_sexual_street_talk import find_sexual_street_talk

_SETTING_THEMES = GatedRules(
    (
        # (miss66) the pool and the beach: a grown-up bared, people filmed undressed and the
        # film sent round, an undressing dare with pictures, a made-up scout's videos, taken
        # into a hut to "do stuff", a weapon brought for a named child
        find_pool_beach_harms,
        # (flags6667) at the pool, the beach and out on the street: rough play that goes on
        # after "stop", lost and still shaky, a body hated, shunned or hounded; alone till a
        # pick-up time; a pier jump, a breath-holding contest, a slide climbed, a dared climb;
        # a push into the deep end, a thing smashed with a hammer; the teddy called thick
        find_pool_and_street_flags,
        # (miss67) the house and the garden: something hot held on the skin, a blade kept for
        # bad times, marks made with a cover story, weed killer to make it stop, a head banged
        # for being bad; marks kept from people who'd help, shut out till they come home; sex
        # slang asked about, "done it yet" from older kids, a man touching himself
        find_self_harm_household,
        find_shut_out_or_hidden_marks,
        find_sexual_street_talk,
        # (miss6869) long journeys, the cinema, a changing home and bedtime: jumping out of the
        # train or onto the road, gone so everyone is happy, going away for good for a split,
        # a film death wished for, "hurt me with the scissors"; ridden in the boot, food kept
        # back on drives, a cold bath for not sleeping, a big cousin who undresses the child;
        # an usher's number kept from mum, a gaming friend picking the child up off the train
        find_self_harm_journeys_homes,
        find_journey_bedtime_harms,
        # (flags6869) long journeys, the cinema, a new or a second home: parents shouting at
        # each other, left on my own, "me scared", mean posts about me, panic without breath,
        # a parent crying every night, a wet bed and shame, loved less than the baby; on top of
        # a train, a heater against the bed
        find_journey_and_home_flags,
        # (miss7071) holidays, fireworks and the table: not missed if my chair were empty for
        # good, bleach so they'll be sorry, a crash wished, cuts under sleeves, a banger held to
        # hurt; a meal kept back, shut out till dark, food forced in, a grown-up's "our game"
        # behind a shut door, sex seen and "come and watch"; a treat for the store room, a
        # present for the hotel's name; an allergy as a weapon, pods for a dare, edibles
        find_self_harm_gone_unnoticed,
        find_abuse_hunger_closed_rooms,
        find_grooming_treats_trades,
        find_danger_allergy_pods_edibles,
        # (flags7071) mealtimes, Halloween, bonfire night and holidays: animal noises at the
        # child, everyone went without me, bad dreams every night; an allergen eaten to test
        # it, a jump off any roof, how close to the bonfire before my coat catches; a firework
        # thrown at someone
        find_food_and_firework_flags,
        # (miss7475) school and screens: hurt and "if i tell she'll do it worse", a thing thrown
        # at my face, no food for days, asked to touch his privates, knickers off to look, the
        # "rude bit" asked for, naked avatars, self-harm videos copied; a ruler in the plug, a
        # climb to the top shelf, a fire challenge, alone at playtime, a chat made without me, a
        # smear planned for the group chat
        find_school_and_screens,
        find_school_and_screens_flags,
        # (miss7677) new homes, bath time and journeys: "if i jumped out my window would anyone
        # even care", bath time made special and secret; hiding in the freezer, a jump the
        # lifeguard forbade, cider for the park, a chat about how ugly i am, forgotten and
        # waiting, a bad dream about a scary video character
        find_new_homes_and_journeys,
        find_new_homes_and_journeys_flags,
        # (78-79) left out and laughed at, where to find me; secret special chats, naked drawings
        find_club_and_worry_flags,
        find_clubs_and_clinics,
        # (flags8081) real violence seen and stuck, a scare told, railway lines and open fires
        find_seen_and_scared_flags,
        find_track_and_fire_flags,
        # (flags8485) a tree's thin top, a push off a swing, weed offered; ice, sledge, fuel, leads
        find_family_gathering_flags,
        find_snow_ice_light_flags,
        # (miss8485ab) bed, tickle games, outings, walks home, baths, treats, filming, "s*x"
        find_family_gathering_harms,
        # (miss8485sh) me in the coffin instead, no more me for Christmas; a danger under way
        find_self_harm_wished_away,
        find_danger_under_way,
        # (miss8687sa) up a height, off it or into the road and no way back; a lesson's grown-up
        # who hits with a ruler, throws things at the child or keeps its food back all day
        find_self_harm_heights_roads,
        find_abuse_lessons,
        # (flags8687) shouted at every lesson, shut in a locker; a name or a flat number given;
        # a beating planned; onto the roof, chicken on the road, loose wires touched
        find_lessons_and_flats_flags,
        # (miss8687gs) lessons, shows and getting about: a body or underwear asked, a private
        # room, a closeness grown-ups "wouldn't get", a gift for silence, posed in underwear or
        # on a bed, the changing room, a treat that mum "doesn't need to know"
        find_lessons_and_lifts_harms,
        # (miss8889) the fair, the pier, trips and a children's home: off the big wheel so nothing
        # hurts, left in the car all day, touched under the covers, "do stuff to him", the ride
        # man's caravan, led off "to find mummy", a nude sent and one wanted back, held down and
        # hit while staff watch; stood up on rides, a bite, cans at the wheel, called shorty
        find_fairs_trips_harms,
        find_fairs_trips_flags,
        # (miss90) illness and loss in the family: kept in the dark, scared by the tubes, "what
        # if dad dies too", sick every morning over the hospital, a dream of daddy in the
        # coffin, missing pip till it hurts, no time for me since; hiding when uncle visits
        find_illness_and_grief_flags,
        # (miss91) making things at home and at clubs: asked to film itself alone by an online
        # maker, measured under the clothes, made to show its private bits, undressing "and makes
        # me do it too", asked to pose with no clothes on
        find_making_things_harms,
    )
)


def find_setting_themes(text: str) -> list[Finding]:
    return _SETTING_THEMES.all_found(text)
