"""The concepts the meaning stage (rules_meaning.py) looks for: one compiled pattern each.

An adult or online actor, a request, a camera, a private place, nudity, secrecy, a lure, a
threat about telling, ways and wishes to die, injuries, and the teddy's forbidden topics. The
stage combines them; each pattern alone decides nothing. The tables live in the modules named
by what they hold (meaning_concepts_people, _acts, _abuse, _self_harm, _teddy); this module
gathers them under one name."""

from __future__ import annotations

from domain.safety.meaning_concepts_abuse import (
    BATH_WITH as BATH_WITH,
)
from domain.safety.meaning_concepts_abuse import (
    BODY as BODY,
)
from domain.safety.meaning_concepts_abuse import (
    CARER_HURTS as CARER_HURTS,
)
from domain.safety.meaning_concepts_abuse import (
    CARER_PLAY as CARER_PLAY,
)
from domain.safety.meaning_concepts_abuse import (
    DOES_STUFF as DOES_STUFF,
)
from domain.safety.meaning_concepts_abuse import (
    GET_THE_BELT as GET_THE_BELT,
)
from domain.safety.meaning_concepts_abuse import (
    GROOMING_FRAME as GROOMING_FRAME,
)
from domain.safety.meaning_concepts_abuse import (
    HARSH as HARSH,
)
from domain.safety.meaning_concepts_abuse import (
    IF_TELL as IF_TELL,
)
from domain.safety.meaning_concepts_abuse import (
    INJURY_EVIDENCE as INJURY_EVIDENCE,
)
from domain.safety.meaning_concepts_abuse import (
    INJURY_THREAT as INJURY_THREAT,
)
from domain.safety.meaning_concepts_abuse import (
    INJURY_WORDS as INJURY_WORDS,
)
from domain.safety.meaning_concepts_abuse import (
    INTRUDES as INTRUDES,
)
from domain.safety.meaning_concepts_abuse import (
    INTRUSION as INTRUSION,
)
from domain.safety.meaning_concepts_abuse import (
    MADE_TOUCH as MADE_TOUCH,
)
from domain.safety.meaning_concepts_abuse import (
    NEGLECT as NEGLECT,
)
from domain.safety.meaning_concepts_abuse import (
    NEGLECT_MORE as NEGLECT_MORE,
)
from domain.safety.meaning_concepts_abuse import (
    PINNED as PINNED,
)
from domain.safety.meaning_concepts_abuse import (
    PUNISHMENT as PUNISHMENT,
)
from domain.safety.meaning_concepts_abuse import (
    REFUSAL_IGNORED as REFUSAL_IGNORED,
)
from domain.safety.meaning_concepts_abuse import (
    SECRET_EVENTS as SECRET_EVENTS,
)
from domain.safety.meaning_concepts_abuse import (
    SILENCED as SILENCED,
)
from domain.safety.meaning_concepts_abuse import (
    THREAT as THREAT,
)
from domain.safety.meaning_concepts_abuse import (
    TOUCH_BODY as TOUCH_BODY,
)
from domain.safety.meaning_concepts_abuse import (
    UNDER_CLOTHES as UNDER_CLOTHES,
)
from domain.safety.meaning_concepts_abuse import (
    UNDRESS_CHILD as UNDRESS_CHILD,
)
from domain.safety.meaning_concepts_abuse import (
    WATCH_CARE as WATCH_CARE,
)
from domain.safety.meaning_concepts_abuse import (
    WATCHES as WATCHES,
)
from domain.safety.meaning_concepts_acts import (
    AGE_LIE as AGE_LIE,
)
from domain.safety.meaning_concepts_acts import (
    ALONE as ALONE,
)
from domain.safety.meaning_concepts_acts import (
    BENIGN_SECRET as BENIGN_SECRET,
)
from domain.safety.meaning_concepts_acts import (
    BOMB as BOMB,
)
from domain.safety.meaning_concepts_acts import (
    BOMB_BENIGN as BOMB_BENIGN,
)
from domain.safety.meaning_concepts_acts import (
    CAMERA as CAMERA,
)
from domain.safety.meaning_concepts_acts import (
    CONDITIONAL_THREAT as CONDITIONAL_THREAT,
)
from domain.safety.meaning_concepts_acts import (
    CONTACT as CONTACT,
)
from domain.safety.meaning_concepts_acts import (
    COVER_STORY as COVER_STORY,
)
from domain.safety.meaning_concepts_acts import (
    CREDENTIAL_ASK as CREDENTIAL_ASK,
)
from domain.safety.meaning_concepts_acts import (
    EXPOSURE as EXPOSURE,
)
from domain.safety.meaning_concepts_acts import (
    GENITAL_MEDIA as GENITAL_MEDIA,
)
from domain.safety.meaning_concepts_acts import (
    GIFT as GIFT,
)
from domain.safety.meaning_concepts_acts import (
    GIFT_DEVICE as GIFT_DEVICE,
)
from domain.safety.meaning_concepts_acts import (
    GRAB_BENIGN as GRAB_BENIGN,
)
from domain.safety.meaning_concepts_acts import (
    GRAB_BODY as GRAB_BODY,
)
from domain.safety.meaning_concepts_acts import (
    INTIMATE_QUESTION as INTIMATE_QUESTION,
)
from domain.safety.meaning_concepts_acts import (
    LURE as LURE,
)
from domain.safety.meaning_concepts_acts import (
    MATURE as MATURE,
)
from domain.safety.meaning_concepts_acts import (
    NUDITY as NUDITY,
)
from domain.safety.meaning_concepts_acts import (
    ONLINE_FLATTERY as ONLINE_FLATTERY,
)
from domain.safety.meaning_concepts_acts import (
    OWE_PICS as OWE_PICS,
)
from domain.safety.meaning_concepts_acts import (
    PARENT_CHECK as PARENT_CHECK,
)
from domain.safety.meaning_concepts_acts import (
    PARENT_SCHEDULE as PARENT_SCHEDULE,
)
from domain.safety.meaning_concepts_acts import (
    PARENTS_UNDERMINED as PARENTS_UNDERMINED,
)
from domain.safety.meaning_concepts_acts import (
    PICS_ASK as PICS_ASK,
)
from domain.safety.meaning_concepts_acts import (
    PRIVATE_PLACE as PRIVATE_PLACE,
)
from domain.safety.meaning_concepts_acts import (
    RATE_BODY as RATE_BODY,
)
from domain.safety.meaning_concepts_acts import (
    ROMANCE as ROMANCE,
)
from domain.safety.meaning_concepts_acts import (
    ROMANCE_LABEL as ROMANCE_LABEL,
)
from domain.safety.meaning_concepts_acts import (
    RUN_AWAY_WITH as RUN_AWAY_WITH,
)
from domain.safety.meaning_concepts_acts import (
    SAYS_HOT as SAYS_HOT,
)
from domain.safety.meaning_concepts_acts import (
    SECRECY as SECRECY,
)
from domain.safety.meaning_concepts_acts import (
    SECRET_SPOILT as SECRET_SPOILT,
)
from domain.safety.meaning_concepts_acts import (
    SEE_NUDITY as SEE_NUDITY,
)
from domain.safety.meaning_concepts_acts import (
    SEX_QUESTION as SEX_QUESTION,
)
from domain.safety.meaning_concepts_acts import (
    SEXY_MEDIA as SEXY_MEDIA,
)
from domain.safety.meaning_concepts_acts import (
    SHOW_BODY as SHOW_BODY,
)
from domain.safety.meaning_concepts_acts import (
    SHOWS as SHOWS,
)
from domain.safety.meaning_concepts_acts import (
    SLEEP_WITH as SLEEP_WITH,
)
from domain.safety.meaning_concepts_acts import (
    SPECIAL_BOND as SPECIAL_BOND,
)
from domain.safety.meaning_concepts_acts import (
    UNDERWEAR_ASK as UNDERWEAR_ASK,
)
from domain.safety.meaning_concepts_acts import (
    UNDERWEAR_CARE as UNDERWEAR_CARE,
)
from domain.safety.meaning_concepts_acts import (
    WEARING_ASK as WEARING_ASK,
)
from domain.safety.meaning_concepts_acts import (
    benign_secret as benign_secret,
)
from domain.safety.meaning_concepts_people import (
    ADULT as ADULT,
)
from domain.safety.meaning_concepts_people import (
    ADULT_AGE as ADULT_AGE,
)
from domain.safety.meaning_concepts_people import (
    ASKS as ASKS,
)
from domain.safety.meaning_concepts_people import (
    CARER as CARER,
)
from domain.safety.meaning_concepts_people import (
    FAMILY_CARE as FAMILY_CARE,
)
from domain.safety.meaning_concepts_people import (
    ONLINE as ONLINE,
)
from domain.safety.meaning_concepts_people import (
    PEOPLE_TARGET as PEOPLE_TARGET,
)
from domain.safety.meaning_concepts_people import (
    SIBLING_ONLY as SIBLING_ONLY,
)
from domain.safety.meaning_concepts_people import (
    UNKNOWN_ACTOR as UNKNOWN_ACTOR,
)
from domain.safety.meaning_concepts_self_harm import (
    CESSATION as CESSATION,
)
from domain.safety.meaning_concepts_self_harm import (
    CESSATION_NOT as CESSATION_NOT,
)
from domain.safety.meaning_concepts_self_harm import (
    CESSATION_WANT as CESSATION_WANT,
)
from domain.safety.meaning_concepts_self_harm import (
    DESERVE_HURT as DESERVE_HURT,
)
from domain.safety.meaning_concepts_self_harm import (
    DOUBT_ALIVE as DOUBT_ALIVE,
)
from domain.safety.meaning_concepts_self_harm import (
    DOUBT_LIFE as DOUBT_LIFE,
)
from domain.safety.meaning_concepts_self_harm import (
    EDGE_THOUGHT as EDGE_THOUGHT,
)
from domain.safety.meaning_concepts_self_harm import (
    END_IT as END_IT,
)
from domain.safety.meaning_concepts_self_harm import (
    ESCAPE as ESCAPE,
)
from domain.safety.meaning_concepts_self_harm import (
    FICTION as FICTION,
)
from domain.safety.meaning_concepts_self_harm import (
    GOODBYE_BENIGN as GOODBYE_BENIGN,
)
from domain.safety.meaning_concepts_self_harm import (
    GOODBYE_NOTE as GOODBYE_NOTE,
)
from domain.safety.meaning_concepts_self_harm import (
    HOW as HOW,
)
from domain.safety.meaning_concepts_self_harm import (
    LETHAL_QUESTION as LETHAL_QUESTION,
)
from domain.safety.meaning_concepts_self_harm import (
    MEANS as MEANS,
)
from domain.safety.meaning_concepts_self_harm import (
    NEVER_BORN as NEVER_BORN,
)
from domain.safety.meaning_concepts_self_harm import (
    NO_WAKE as NO_WAKE,
)
from domain.safety.meaning_concepts_self_harm import (
    NO_WAKE_BENIGN as NO_WAKE_BENIGN,
)
from domain.safety.meaning_concepts_self_harm import (
    NO_WAKE_CONTEXT as NO_WAKE_CONTEXT,
)
from domain.safety.meaning_concepts_self_harm import (
    NOT_COME_BACK as NOT_COME_BACK,
)
from domain.safety.meaning_concepts_self_harm import (
    PILLS_DELIBERATE as PILLS_DELIBERATE,
)
from domain.safety.meaning_concepts_self_harm import (
    POINTLESS_LIFE as POINTLESS_LIFE,
)
from domain.safety.meaning_concepts_self_harm import (
    SELF_DONE as SELF_DONE,
)
from domain.safety.meaning_concepts_self_harm import (
    SELF_HIT_BY as SELF_HIT_BY,
)
from domain.safety.meaning_concepts_self_harm import (
    SH_JOKE as SH_JOKE,
)
from domain.safety.meaning_concepts_self_harm import (
    SH_READY as SH_READY,
)
from domain.safety.meaning_concepts_self_harm import (
    SHARP_TO_SELF as SHARP_TO_SELF,
)
from domain.safety.meaning_concepts_self_harm import (
    THIRD_PERSON_DEATH as THIRD_PERSON_DEATH,
)
from domain.safety.meaning_concepts_self_harm import (
    WAYS_TO_DIE as WAYS_TO_DIE,
)
from domain.safety.meaning_concepts_self_harm import (
    WEARY_LIFE as WEARY_LIFE,
)
from domain.safety.meaning_concepts_self_harm import (
    WISH_HIT as WISH_HIT,
)
from domain.safety.meaning_concepts_teddy import (
    TEDDY_BEDROOM as TEDDY_BEDROOM,
)
from domain.safety.meaning_concepts_teddy import (
    TEDDY_CRUEL as TEDDY_CRUEL,
)
from domain.safety.meaning_concepts_teddy import (
    TEDDY_EXCLUSIVE as TEDDY_EXCLUSIVE,
)
from domain.safety.meaning_concepts_teddy import (
    TEDDY_KEEP_SECRETS as TEDDY_KEEP_SECRETS,
)
from domain.safety.meaning_concepts_teddy import (
    TEDDY_MORE as TEDDY_MORE,
)
from domain.safety.meaning_concepts_teddy import (
    TEDDY_NORMALISES as TEDDY_NORMALISES,
)
from domain.safety.meaning_concepts_teddy import (
    TEDDY_PARENT_HOME as TEDDY_PARENT_HOME,
)
from domain.safety.meaning_concepts_teddy import (
    TEDDY_PARENTS_AWAY as TEDDY_PARENTS_AWAY,
)
from domain.safety.meaning_concepts_teddy import (
    TEDDY_SAFETY_TALK as TEDDY_SAFETY_TALK,
)
from domain.safety.meaning_concepts_teddy import (
    TEDDY_SEXUAL as TEDDY_SEXUAL,
)
from domain.safety.meaning_concepts_teddy import (
    TEDDY_SKIP_MEALS_NOT as TEDDY_SKIP_MEALS_NOT,
)
from domain.safety.meaning_concepts_teddy import (
    TEDDY_SKIP_MEALS_THIN as TEDDY_SKIP_MEALS_THIN,
)
from domain.safety.meaning_concepts_teddy import (
    TEDDY_SNEAK as TEDDY_SNEAK,
)
from domain.safety.meaning_concepts_teddy import (
    TEDDY_STARVE as TEDDY_STARVE,
)
from domain.safety.meaning_concepts_teddy import (
    TEDDY_WHERE_BEDROOM as TEDDY_WHERE_BEDROOM,
)
