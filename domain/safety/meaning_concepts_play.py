"""Source fragments for play and stories: a harm told as a game's, a story's or a film's.

PLAY_OR_STORY is the one piece (bare alternatives, no group) that says "this is pretend or in a
story" - "in the game", "in our story", "make believe" - for the rules whose harm a pretend or
told one spoils: the child's harms at a fair or on a trip (rules_meaning_fairs_trips_harms), the
club and school worries (rules_meaning_flags_clubs_and_worries) and the teddy's questions about
where the child lives or will be (rules_meaning_teddy_whereabouts, rules_meaning_teddy_pool_beach,
rules_meaning_teddy_turns_against). Bare "pretend", not "pretended": "he pretended to be a
policeman" is a lie told, not a game. Each reader adds its own extras beside the piece (the games
it names, a play fight, a dream, a joke), with the reason they are not shared.
"""

from __future__ import annotations

PLAY_OR_STORY = r"pretend|make believe|in (?:the|a|my|our) (?:story|book|game|film)"
