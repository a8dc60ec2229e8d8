# ruff: noqa: E501  (regular-expression tables read best one pattern a line)
"""A password that is a children's club's, not an account's (redaction.py tells no
`[PASSWORD]` of it): "our secret club in the treehouse and the password is banana", and a
club made in a game ("a secret club on minecraft and the password to get in is pickles"),
while "my minecraft password is ..." stays an account's."""

from __future__ import annotations

from domain.safety.prefilter import prefiltered

# (round 32) The password of a children's club, den or treehouse ("our secret club in the
# treehouse and the password is banana") is a game's, not an account's.
_CLUB = prefiltered(
    r"\b(?:club|clubhouse|den|fort|treehouse|tree house|hideout|hide-out|secret society|gang|base|tent|camp)\b"
)
_ACCOUNT = prefiltered(
    r"\b(?:account|login|log ?in|sign ?in|roblox|minecraft|fortnite|ipad|tablet|phone|computer|laptop|wifi|wi-fi|e-?mail|app|online|pin|bank|card|alarm|netflix|youtube|tiktok|snapchat|insta\w*|discord|xbox|playstation|switch|user ?name)\b"
)
# (fa78) A club made in a game ("a secret club on minecraft and the password to get in is
# pickles") keeps the club's password: the password gets into the club, not onto the account.
_CLUB_ENTRY = prefiltered(
    r"\b(?:password|pass word|passcode|secret code)\b (?:to (?:get|go|come) in\b(?! ?to)|to enter\b|to join\b|(?:to get into|to go into|to come into|to join|for|of|to) (?:the |our |my |this |a )?(?:secret |special |pretend )?(?:\w+ )?(?:club|clubhouse|den|fort|base|hideout|gang|camp)\b)"
    r"|\b(?:club|clubhouse|den|fort|base|hideout|gang)'?s? (?:secret )?(?:password|pass word|passcode)\b"
)
_ACCOUNT_PASSWORD = prefiltered(
    r"\bmy (?:\w+ )?(?:password|pass word|passcode|pin|login|log ?in)\b"
    r"|\b(?:account|login|log ?in|sign ?in|roblox|minecraft|fortnite|ipad|tablet|phone|computer|laptop|wifi|wi-fi|e-?mail|app|bank|card|alarm|netflix|youtube|tiktok|snapchat|insta\w*|discord|xbox|playstation|switch)'?s? (?:password|pass word|passcode|pin|login)\b"
    r"|\b(?:password|pass word|passcode|pin|login)\b (?:for|to|of|on|into|to get into|to get on|to log ?in(?:to)?) (?:my |the |your |mum'?s |dad'?s )?(?:account|roblox|minecraft|fortnite|ipad|tablet|phone|computer|laptop|wifi|wi-fi|e-?mail|app|bank|card|alarm|netflix|youtube|tiktok|snapchat|insta\w*|discord|xbox|playstation|switch)\b"
)


def is_club_password(text: str) -> bool:
    """Does the password `text` tells belong to a club, den or pretend gang?"""
    return _CLUB.search(text) is not None and (
        _ACCOUNT.search(text) is None
        or (_CLUB_ENTRY.search(text) is not None and _ACCOUNT_PASSWORD.search(text) is None)
    )
