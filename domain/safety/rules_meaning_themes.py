"""The themed meaning modules added after round 21, in one place for rules_meaning.py (the
teddy's themes are gathered in rules_meaning_teddy_themes.py, the child's here):
self-harm without the usual words, carers hurting or neglecting, grooming online and in
person, the teddy's own unsafe replies, and the non-critical flags (personal details,
dangerous things, hurting animals or siblings, excluding groups); round 24's disclosures,
everyday flags and the teddy's probes; round 27's grooming by someone met online; round 28's
risky dares and frightening violence from the teddy; round 30's disclosures told through a
game or a story; round 33's abuse told sideways (a funny story, a dream, a punishment);
round 36's abuse told through a toy or a first-aid scene, covert contact, sexual content
found or asked for, and a plan to overdose; round 37's self-harm told obliquely, abuse told as
another child's, and bullying for things; round 38's plans told calmly, food for weight, being
watched or photographed, being singled out, and the teddy's hurting orders, hot things and
questions about where people live; round 39's crossed body boundaries and requests for
more than a toy may give, prejudice repeated, a parent who forgot the child, getting out of a
moving car, and the teddy's bogeyman, belittling and stereotyping; and its known misses:
someone outside the family who wants to see the child changing, in the bath or in bed, and a
drink, a sweet or a pill given with a secret or an odd effect; round 40's misses: not meant to
be alive, an overdose taken, a burn threatened, changing in a coach's office, no food at home,
hurting animals, prejudice by wealth or faith, and the teddy's slip-away meeting and foretold
rejection; round 41's text-speak misses; a check-up or a lesson used as a pretext (the
spoilt versions of false alerts 6's frames); paraphrases_f's minders who hurt, lures and
hidden contact, and the teddy excusing harm; round 43's critical misses: falling out of a
plane so as not to face something, a sexual story asked for, and the teddy turning the child
against a carer, its safety or other children; round 43's flags: a child unsettled away from
home, between homes or after a move, a jump from a height, a cleaning product taken for a
treat, and hurting the new baby out of jealousy; rounds 44 to 46's critical misses: self-harm
as a quiet way out (not coming back up, letting go at the top, starving till one dies, gone
for a sibling's sake), a carer's or school grown-up's harm told without the usual words, and
(in the modules above) a grown-up intruding at bath time, sweets with a promised trip, a pet
treat from a car, a teacher's snapchat for when mum is asleep, lessons at his house kept from
mum, the naughty bits of sex ed asked for, and an online stranger asking when mum goes to bed;
and their teddy misses: meals skipped to cure a feeling, an injury hidden from the coach, a
body run down, a risky climb or jump, a login asked for, gas or a hairdryer in the bath, a
secret sip while the parents sleep, and a carer put down for where she is from.;
and their flags: fear of other children felt in the body, things thrown away by a group, scared
in hospital or while the sitter ignores the child, a nightmare of losing the family that comes
back, home alone for hours after school, someone else's medicine to sleep, smoking to get thin,
a planned or enjoyed hurt, a pet in an appliance, a jump through a window, cooking alone while
the carer sleeps, and a baby's face covered; round 47's critical misses: harm said in passing
(not around for the next birthday, a resolution to stop existing, out in the snow and not back
in, pills almost enough, deserving hurt; a carer who will do it again; a young child's words
for sexual touch; how to give a bj; an online stranger's present that needs the address);
round 48's critical misses: a child left in a hot car or home alone for days, flattery about
maturity with a hidden meeting, and the teddy's adult acts or sexual gaze, ice and deep water
alone, a rock thrown at an animal, and a group called thieves; the leftovers: a neighbour, a
stranger or a man online asking where the child sleeps; round 48's flags: left out of seats on
trips, tears hidden in the toilets, a swim out of the lifeguard's sight, a group shut out; the
self-harm and abuse probes: marks hidden, a means kept ready, not here for what comes next, a
grown-up in charge who hits, a cover story as the rule at home, neglect, cruelty told lightly;
the grooming and sexual probes: telling parents made costly, gifts with strings, time alone
arranged, touch, sights and questions a child mentions in passing; round 51's food and
mealtimes: self-harm through food, the kitchen and the medicine cupboard, cruelty and neglect
at mealtimes, the mealtime flags, and the teddy praising purging or claiming neglect."""

from __future__ import annotations

from domain.safety.findings import Finding
from domain.safety.rule_gates import GatedRules
from domain.safety.rules_meaning_abuse import find_abuse_more
from domain.safety.rules_meaning_abuse_carer_harms import find_carer_harms
from domain.safety.rules_meaning_abuse_food_weight import find_food_for_weight
from domain.safety.rules_meaning_abuse_hidden import find_hidden_abuse

# (round 40's misses)
from domain.safety.rules_meaning_abuse_hot_threat import find_hot_threat
from domain.safety.rules_meaning_abuse_hunger_closed_rooms import find_abuse_hunger_closed_rooms
from domain.safety.rules_meaning_abuse_in_charge import find_abuse_in_charge
from domain.safety.rules_meaning_abuse_journeys_bedtime import find_journey_bedtime_harms
from domain.safety.rules_meaning_abuse_kill_if_told import find_kill_if_told
from domain.safety.rules_meaning_abuse_left_alone import find_left_alone
from domain.safety.rules_meaning_abuse_locked_left import find_locked_or_left
from domain.safety.rules_meaning_abuse_mealtimes import find_mealtime_abuse
from domain.safety.rules_meaning_abuse_minders import find_minder_abuse
from domain.safety.rules_meaning_abuse_no_food_home import find_no_food_at_home
from domain.safety.rules_meaning_abuse_of_others import find_abuse_of_others
from domain.safety.rules_meaning_abuse_punishment import find_punishment_abuse
from domain.safety.rules_meaning_abuse_quiet_cruelty import find_quiet_cruelty
from domain.safety.rules_meaning_abuse_shut_out import find_shut_out_or_hidden_marks
from domain.safety.rules_meaning_abuse_told import find_told_abuse
from domain.safety.rules_meaning_asked_for_more import find_asked_for_more
from domain.safety.rules_meaning_boundaries import find_boundaries_crossed
from domain.safety.rules_meaning_carer_risks import find_carer_risks
from domain.safety.rules_meaning_clubs_and_clinics import find_clubs_and_clinics
from domain.safety.rules_meaning_clubs_dreams import find_clubs_dreams
from domain.safety.rules_meaning_danger_allergy_pods_edibles import find_danger_allergy_pods_edibles
from domain.safety.rules_meaning_danger_under_way import find_danger_under_way
from domain.safety.rules_meaning_disclosures import find_disclosures
from domain.safety.rules_meaning_flags import find_flags_more
from domain.safety.rules_meaning_flags_bullied import find_bullied_flags
from domain.safety.rules_meaning_flags_clubs_and_worries import find_club_and_worry_flags
from domain.safety.rules_meaning_flags_days_out import find_day_out_flags
from domain.safety.rules_meaning_flags_everyday import find_everyday_flags
from domain.safety.rules_meaning_flags_excluded_groups import find_excluded_group
from domain.safety.rules_meaning_flags_food_fireworks import find_food_and_firework_flags
from domain.safety.rules_meaning_flags_forgotten import find_forgotten_by_a_parent
from domain.safety.rules_meaning_flags_friend_fallouts import find_friend_fallouts
from domain.safety.rules_meaning_flags_grown_up_things import find_grown_up_things
from domain.safety.rules_meaning_flags_hidden_tears import find_hidden_tears
from domain.safety.rules_meaning_flags_home_dangers import find_home_danger_flags
from domain.safety.rules_meaning_flags_journeys_homes import find_journey_and_home_flags
from domain.safety.rules_meaning_flags_left_out_online import find_left_out_online
from domain.safety.rules_meaning_flags_left_out_seats import find_left_out_of_seats
from domain.safety.rules_meaning_flags_low_mood import find_low_mood_flags
from domain.safety.rules_meaning_flags_mealtimes import find_mealtime_flags
from domain.safety.rules_meaning_flags_mocked_online import find_mocked_online
from domain.safety.rules_meaning_flags_moving_car import find_out_of_a_moving_car
from domain.safety.rules_meaning_flags_new_homes_and_journeys import (
    find_new_homes_and_journeys_flags,
)
from domain.safety.rules_meaning_flags_out_of_sight import find_out_of_sight
from domain.safety.rules_meaning_flags_play_and_seen import find_play_and_seen_flags
from domain.safety.rules_meaning_flags_pools_streets import find_pool_and_street_flags
from domain.safety.rules_meaning_flags_prejudice import find_prejudice_flags
from domain.safety.rules_meaning_flags_risky_plans import find_risky_plan_flags
from domain.safety.rules_meaning_flags_school_and_screens import find_school_and_screens_flags
from domain.safety.rules_meaning_flags_seen_and_scared import find_seen_and_scared_flags
from domain.safety.rules_meaning_flags_tracks_and_fires import find_track_and_fire_flags
from domain.safety.rules_meaning_flags_unsettled import find_unsettled_flags
from domain.safety.rules_meaning_flags_worried import find_worried_flags
from domain.safety.rules_meaning_games_costumes_checks import find_games_costumes_checks
from domain.safety.rules_meaning_grooming import find_grooming_more
from domain.safety.rules_meaning_grooming_attention import find_attention_grooming
from domain.safety.rules_meaning_grooming_bedroom_asked import find_bedroom_asked
from domain.safety.rules_meaning_grooming_camera_undressed import find_camera_undressed
from domain.safety.rules_meaning_grooming_changing_private import find_changing_in_private
from domain.safety.rules_meaning_grooming_covert import find_covert_contact
from domain.safety.rules_meaning_grooming_debts import find_grooming_debts
from domain.safety.rules_meaning_grooming_given_to_take import find_given_to_take
from domain.safety.rules_meaning_grooming_isolating import find_isolating_grooming
from domain.safety.rules_meaning_grooming_lures import find_grooming_lures
from domain.safety.rules_meaning_grooming_mature_meet import find_mature_and_meet
from domain.safety.rules_meaning_grooming_online import find_online_grooming
from domain.safety.rules_meaning_grooming_singled_out import find_singled_out
from domain.safety.rules_meaning_grooming_strings_attached import find_strings_attached
from domain.safety.rules_meaning_grooming_treats_trades import find_grooming_treats_trades
from domain.safety.rules_meaning_hurting_animals import find_child_hurting_animal
from domain.safety.rules_meaning_medical_harms import find_medical_harms
from domain.safety.rules_meaning_new_homes_and_journeys import find_new_homes_and_journeys
from domain.safety.rules_meaning_online_weekend import find_online_weekend_risks
from domain.safety.rules_meaning_play_disclosures import find_play_disclosures
from domain.safety.rules_meaning_pools_beaches import find_pool_beach_harms
from domain.safety.rules_meaning_prejudice_groups import find_group_prejudice_flags
from domain.safety.rules_meaning_pretexts import find_pretext_abuse
from domain.safety.rules_meaning_said_in_passing import find_said_in_passing
from domain.safety.rules_meaning_school_and_screens import find_school_and_screens
from domain.safety.rules_meaning_self_harm import find_self_harm_more
from domain.safety.rules_meaning_self_harm_fall_out import find_fall_out_to_escape
from domain.safety.rules_meaning_self_harm_farewell import find_self_harm_farewell
from domain.safety.rules_meaning_self_harm_food_means import find_self_harm_food_means
from domain.safety.rules_meaning_self_harm_gone_unnoticed import find_self_harm_gone_unnoticed
from domain.safety.rules_meaning_self_harm_household import find_self_harm_household
from domain.safety.rules_meaning_self_harm_journeys_homes import find_self_harm_journeys_homes
from domain.safety.rules_meaning_self_harm_kept_hidden import find_self_harm_kept_hidden
from domain.safety.rules_meaning_self_harm_not_deserving import find_not_meant_to_live
from domain.safety.rules_meaning_self_harm_oblique import find_self_harm_oblique
from domain.safety.rules_meaning_self_harm_outdoors import find_self_harm_outdoors
from domain.safety.rules_meaning_self_harm_plans import find_overdose_plan, find_self_harm_plans
from domain.safety.rules_meaning_self_harm_quiet_ways import find_self_harm_quiet_ways
from domain.safety.rules_meaning_self_harm_to_stop_feeling import find_risky_to_stop_feeling
from domain.safety.rules_meaning_self_harm_veiled import find_self_harm_veiled
from domain.safety.rules_meaning_self_harm_wished_away import find_self_harm_wished_away
from domain.safety.rules_meaning_sexual import find_sexual_more
from domain.safety.rules_meaning_sexual_described import find_sexual_described
from domain.safety.rules_meaning_sexual_exposure import find_sexual_exposure
from domain.safety.rules_meaning_sexual_pics_pressure import find_pics_pressure
from domain.safety.rules_meaning_sexual_slang import find_sexual_slang
from domain.safety.rules_meaning_sexual_story_asked import find_sexual_story_asked
from domain.safety.rules_meaning_sexual_street_talk import find_sexual_street_talk
from domain.safety.rules_meaning_sexual_told_in_passing import find_sexual_told_in_passing
from domain.safety.rules_meaning_sexual_watched import find_watched_and_photographed
from domain.safety.rules_meaning_strangled import find_strangled
from domain.safety.rules_meaning_trips_camps import find_trip_harms
from domain.safety.rules_meaning_violence_plans import find_violence_plans

_CHILD_THEMES = GatedRules(
    (
        find_self_harm_more,
        find_self_harm_farewell,
        find_overdose_plan,
        find_abuse_more,
        find_hidden_abuse,
        find_punishment_abuse,
        find_told_abuse,
        find_self_harm_oblique,
        find_abuse_of_others,
        find_sexual_more,
        find_sexual_slang,
        find_sexual_exposure,
        find_grooming_more,
        find_online_grooming,
        find_attention_grooming,
        find_covert_contact,
        find_flags_more,
        find_disclosures,
        find_play_disclosures,
        find_everyday_flags,
        find_bullied_flags,
        find_carer_risks,
        # (round 38)
        find_self_harm_plans,
        find_food_for_weight,
        find_watched_and_photographed,
        find_singled_out,
        find_grown_up_things,
        find_left_out_online,
        # (round 39)
        find_boundaries_crossed,
        find_asked_for_more,
        # (round 39 known misses)
        find_camera_undressed,
        find_given_to_take,
        # (round 39: the flags)
        find_prejudice_flags,
        find_forgotten_by_a_parent,
        find_out_of_a_moving_car,
        # (round 40's misses)
        find_not_meant_to_live,
        find_hot_threat,
        find_changing_in_private,
        find_no_food_at_home,
        find_child_hurting_animal,
        find_group_prejudice_flags,
        # (round 41's misses) a dangerous challenge to stop feeling, locked in or left alone,
        # gifts turned into a debt or a secret device, a picture swap or pressure to send
        # sexual pictures, low mood, mocked online
        find_risky_to_stop_feeling,
        find_locked_or_left,
        find_grooming_debts,
        find_pics_pressure,
        find_low_mood_flags,
        find_mocked_online,
        # (false alerts 6's spoilt frames) a medical or teaching pretext
        find_pretext_abuse,
        # (round 42's critical misses) a club leader, a dream that really happened, late
        # private messages, staying under the water
        find_clubs_dreams,
        # (round 42's flags) a real lighter, pills or cider for a pretend game; cruelty to an
        # animal seen
        find_play_and_seen_flags,
        # (paraphrases_f's misses) a minder or coach who hurts, abuse asked as "what if", a
        # feared beating, a barricaded door; lures into a car or his place, hidden contact
        find_minder_abuse,
        find_grooming_lures,
        # (round 43's critical misses) falling out of a plane or a car so as not to face
        # something; a sexual story about a real person undressing
        find_fall_out_to_escape,
        find_sexual_story_asked,
        # (round 43's flags) unsettled away from home or between homes, lonely after a move;
        # a jump from a height, a cleaning product taken for a treat, hurting the new baby
        find_unsettled_flags,
        find_home_danger_flags,
        # (paraphrases_f's self-harm and sexual misses) self-harm veiled as a joke, a hope or a
        # cover story; sex seen, heard or asked to be described
        find_self_harm_veiled,
        find_sexual_described,
        # (rounds 44 to 46's critical misses) not coming back up from the water, letting go
        # at the top, starving till one dies, gone for a sibling's sake; a carer's injury with
        # a cover story or no doctor, washing or food denied, a school grown-up who pinches,
        # "something to cry about", a carer who hits at the end of a long sentence
        find_self_harm_quiet_ways,
        find_carer_harms,
        # (rounds 44-46's flags) worries a grown-up should know (bullying felt in the body,
        # scared alone, nightmares, home alone for hours) and risky plans (someone else's
        # medicine, smoking to get thin, hurting planned or enjoyed, a pet in an appliance, a
        # window jump, cooking alone, a baby's face covered)
        find_worried_flags,
        find_risky_plan_flags,
        # (round 47's critical misses) not around for the next birthday, a resolution to stop
        # existing, out in the snow and not back in, pills almost enough, deserving hurt; a
        # carer who "will do it again"; "his thing", a hand down my tights, how to give a bj;
        # an online stranger's present that needs the address
        find_said_in_passing,
        # (round 48's critical misses) left in a hot car or home alone for days; flattery
        # about maturity with a hidden meeting
        find_left_alone,
        find_mature_and_meet,
        # (leftovers) a neighbour, a stranger or a man online asking where the child sleeps
        find_bedroom_asked,
        # (round 48's flags) left out of seats and pairs on trips, tears hidden in the toilets,
        # a swim out past the flags where the lifeguard can't see, a group shut out
        find_left_out_of_seats,
        find_hidden_tears,
        find_out_of_sight,
        find_excluded_group,
        # (probes across clubs, holidays, games, two homes, exams, faith, hospital) marks hidden,
        # a means kept ready, hurting oneself for being bad, not here for what comes next; a
        # grown-up in charge who hits, a cover story as the rule, neglect, cruelty told lightly
        find_self_harm_kept_hidden,
        find_abuse_in_charge,
        # (grooming and sexual probes) telling parents made costly, friends run down, flattery
        # that sets the child apart; gifts with strings, time alone arranged, a call that moves
        # the child; touch, sights and questions a child mentions in passing
        find_isolating_grooming,
        find_strings_attached,
        find_sexual_told_in_passing,
        # (gaps47) a real stabbing after a game, hate in a game, a grown-up checking the
        # child's body, a head held under water, a costumed grown-up asking for details
        find_games_costumes_checks,
        # (round 50's flags) shut out of a club, the only one not invited, a shaming name
        # taken up by the others, urging others to shun a child
        find_friend_fallouts,
        # (round 51, food and mealtimes) purging, an allergen or all the pills to end it, a
        # burn on purpose, starving deserved, a kitchen knife for oneself; food kept back, eating
        # off the floor, locked in the pantry, scraps from the bin; the mealtime flags
        find_self_harm_food_means,
        find_mealtime_abuse,
        find_mealtime_flags,
        # (miss49) a goodbye before doing it, a death seen online to copy, skin scratched with
        # a compass, food kept back for screen time, an online person coming to meet, naked
        # people shown; flags: where the child is posted, a device in the bath, "brain dead"
        find_online_weekend_risks,
        # (holes52) a carer's threat to kill a child who tells; a child's plan to smother,
        # burn or poison someone
        find_kill_if_told,
        find_violence_plans,
        # (fa54) strangled, or a strangling tried, threatened or promised
        find_strangled,
        # (miss63a) harm in a medical setting: sick on purpose, neglect, fabricated illness
        find_medical_harms,
        # (miss64a) harm on trips and camps: hurt with a cover story, undressed in a leader's
        # tent, touch that creeps, a number kept from mum, lured from the group, silence bought;
        # self-harm through poison, water, a bridge or a cord round the neck
        find_trip_harms,
        find_self_harm_outdoors,
        # (miss6465b) a day out: into a wild animal's enclosure, an electric fence licked,
        # stones thrown at the animals
        find_day_out_flags,
        # (miss65) a carer's hurt that marks or is hidden, a pet held hostage, a punishment
        # of endurance, a meal kept from a child who is "not his"
        find_quiet_cruelty,
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
        # (miss8485sh) me in the coffin instead, no more me for Christmas; a danger under way
        find_self_harm_wished_away,
        find_danger_under_way,
    )
)


def find_child_themes(text: str) -> list[Finding]:
    return _CHILD_THEMES.all_found(text)
