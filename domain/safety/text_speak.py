# ruff: noqa: E501  (regular-expression tables read best one pattern a line)
"""Text-speak read out for the rules (round 41): older children typing fast write "n" for
"and", "w" or "w/" for "with", "w/o" for "without", "u" for "you", "bc" for "because", "ppl"
for "people", "gc" for "group chat", "vid" for "video", "msg" for "message" and "tmrw" for
"tomorrow"; the rules' phrases expect the words.

Each short form is read as its word only where it stands alone between words: "the n word",
"press w to jump", "a u-turn", "plan b/c" stay as they are. Offsets still point into the
original: a word read out points at its short form, its first character at the short form's
first and its last character at the short form's last, so a span ending on it covers the whole
short form.

Only the rules read this text; the learned stages read `normalise`'s text, as they were
trained on it.
"""

from __future__ import annotations

import re

from domain.safety.normalise import NormalisedText

_WORDS = {
    "n": "and",
    "w": "with",
    "w/": "with",
    "w/o": "without",
    "u": "you",
    "bc": "because",
    "b/c": "because",
    "ppl": "people",
    "gc": "group chat",
    "gcs": "group chats",
    "vid": "video",
    "vids": "videos",
    "msg": "message",
    "msgs": "messages",
    "tmrw": "tomorrow",
    "tmr": "tomorrow",
    "2moro": "tomorrow",
}

# "n" and "w" between two words, not a letter named ("the n word", "press w", "w key");
# "u" as a word, not "u-turn" or "u boat"; the rest as whole words.
_SHORT = re.compile(
    r"(?<![\w'/-])(?:"
    r"(?<!\bthe )(?<!\bletter )(?<!\bpress )(?<!\bhold )(?<!\bhit )(?:n|w)(?= [a-z0-9'])(?! (?:word|key|button|bomb|and|or|s|e)\b)"
    r"|w/o(?![\w'/-])|w/(?= ?[a-z])|b/c(?![\w'/-])"
    r"|u(?![\w'/-])(?! (?:turn|boat|bend)\b)(?<!\bletter u)"
    r"|(?:bc|ppl|gcs?|vids?|msgs?|tmrw|tmr|2moro)(?![\w'/-])"
    r")"
)
_MAY_NEED = re.compile(r"\b(?:n|w|u|bc|ppl|gcs?|vids?|msgs?|tmrw|tmr|2moro)\b|\b[wb]/")


def read_text_speak(norm: NormalisedText) -> NormalisedText:
    """`norm` with text-speak short forms read as their words; offsets still point into the
    original."""
    text = norm.text
    if not _MAY_NEED.search(text):
        return norm
    out_chars: list[str] = []
    out_origin: list[int] = []
    cursor = 0
    for match in _SHORT.finditer(text):
        word = _WORDS[match.group()]
        out_chars.extend(text[cursor : match.start()])
        out_origin.extend(norm.origin[cursor : match.start()])
        first = norm.origin[match.start()]
        last = norm.origin[match.end() - 1]
        out_chars.extend(word)
        out_origin.extend([first] * (len(word) - 1) + [last])
        cursor = match.end()
        if cursor < len(text) and text[cursor] != " " and match.group().endswith("/"):
            out_chars.append(" ")
            out_origin.append(last)
    if not cursor:
        return norm
    out_chars.extend(text[cursor:])
    out_origin.extend(norm.origin[cursor:])
    return NormalisedText("".join(out_chars), tuple(out_origin), norm.original)
