# ruff: noqa: E501  (regular-expression tables read best one pattern a line)
"""Online life and devices at the weekend (round 49's misses by the rules alone), read as
meanings:

- a goodbye before "doing it": a new account, a post or a message to say bye to friends or
  followers "before i do it", "before i go through with it", "before i end it";
- a death seen online to copy: a video, a tiktok or a post about people who overdosed, took
  pills or hanged themselves, and "that's what i want to do", "i want to do that too";
- skin scratched, scraped or dug with a compass, a blade, a pin or scissors when people are
  mean, or till it bleeds;
- food kept back as a punishment: not allowed to eat, no food or no dinner all weekend, all
  day or for days, because of screen time, a game or a phone (sweets and tablets are not it);
- an online person (from a game, a server, an app, "online") who wants to come and see the
  child, wants the child to travel to them or pays the fare, or offers to be a new mum or dad;
- someone showing the child a website, an app or a video where people take their clothes off;
- flags: the door number, the street, a hotel and a room number posted on a story or a video;
  a device taken into the bath to charge or plugged in; "brain dead" said to someone.

Near misses stay allowed: "i said bye to my online friends before dinner", "i wasnt allowed my
tablet all weekend", a friend from school coming round, a scratch on a compass by accident,
"the charger is by the bath", a website to dress up dolls."""

from __future__ import annotations

from domain.enums import SafetyCategory
from domain.safety.findings import CRITICAL, MODERATE, SEVERE, Finding
from domain.safety.meaning_concepts_means import PILLS
from domain.safety.prefilter import prefiltered

# A goodbye to friends or followers, then "before i do it".
_FAREWELL = prefiltered(
    r"\b(?:say|saying|said|post|posting|posted|send|sending|sent|type|typing|wrote|write|writing|record\w*|made|make|making)\b(?: \w+){0,4}? (?:bye|goodbye|good bye|byes|goodbyes|farewell|my last (?:message|post|video|vid))\b"
    r"[^.?!]{0,60}\bbefore (?:i|im|i'?m) (?:do it|do this|go through with it|end it|end (?:it all|things|my life)|kill my ?self|kms|go for good|am gone|leave for good|disappear for good)\b"
)
_FAREWELL_NOT = prefiltered(
    r"\b(?:bungee|jump|dive|skydive|zip ?wire|test|exam|speech|show|performance|race|match|game|homework|presentation|ride|rollercoaster|lol|haha)\b"
)

# A death or an overdose seen online, and the wish to copy it.
_DEATH_SEEN = prefiltered(
    rf"\b(?:overdos\w*|od'?d|took (?:loads of |lots of |a lot of |all the |too many )?(?:{PILLS})|hanged (?:him|her|them)sel\w+|hung (?:him|her|them)sel\w+|killed (?:him|her|them)sel\w+|ended (?:his|her|their) (?:life|lives)|jumped off (?:a|the) (?:bridge|building|roof|cliff)|unalived? (?:him|her|them)sel\w+)\b"
)
_WANT_SAME = prefiltered(
    r"\b(?:that'?s|thats|this is|its|it'?s) what (?:i|id|i'?d) (?:want to|wanna|would like to|like to|am gonna|m gonna|will) do\b"
    r"|\b(?:i|id|i'?d) (?:want|wanna|wish i could|would like|am gonna|m gonna|am going|m going)(?: to)? (?:do|try) (?:that|the same|it)(?: (?:too|as well|like (?:them|him|her)))?\b"
    r"|\bi (?:want|wanna) to be like (?:them|him|her)\b"
)

# Skin scratched or dug with something sharp, when hurt by people or till it bleeds.
_SHARP = r"(?:compass(?:es)?|sharpener(?: blade)?|blades?|razors?|scissors|pins?|needles?|safety pins?|glass|pen ?knife|knife|paper ?clips?|staples?|pencil|ruler edge)"
_SCRATCHED = prefiltered(
    rf"\bi (?:scratch|scratched|scrape|scraped|dig|dug|carve|carved|poke|poked|jab|jabbed|stab|stabbed|rub|rubbed)(?: (?:at|into))? (?:my (?:arms?|wrists?|legs?|thighs?|skin|hands?|tummy|stomach)|my ?self)\b (?:\w+ ){{0,2}}?with (?:my|a|the|some|mums?|dads?) {_SHARP}\b"
    rf"|\bi (?:dig|dug|stick|stuck|push|pushed|jab|jabbed) (?:a|my|the) {_SHARP} (?:in|into) (?:my (?:arms?|wrists?|legs?|thighs?|skin|hands?))\b"
)
_WHEN_HURT = prefiltered(
    r"\b(?:when|whenever|cos|because|bc|after|if) (?:people|ppl|they|someone|everyone|kids|he|she|i|im|i'?m)\b[^.?!]{0,40}\b(?:mean|hate|nasty|horrible|rude|laugh\w*|comment\w*|upset|sad|angry|stressed|bullied|ignored|left out|leave me)\b"
    r"|\b(?:till|until|so) (?:it|they) bleeds?\b|\bbleed\w*\b|\bon purpose\b"
)
_SCRATCH_NOT = prefiltered(r"\b(?:by accident|accidentally|itch\w*|bites?|rash|eczema)\b")

# Food kept back as a punishment for screens, a game or a phone.
_FOOD_HELD = prefiltered(
    r"\b(?:(?:was|wasn'?t|wasnt|am|m|not|never|weren'?t|werent) (?:allowed|aloud|alowed|allowd|alloud|let) (?:to eat|(?:to have )?(?:any )?(?:food|dinner|tea|lunch|breakfast|meals?))"
    r"|(?:said|says|got|had|it was|i get|we got) no (?:food|dinner|tea|meals|lunch|breakfast)"
    r"|(?:didn'?t|didnt|don'?t|dont|won'?t|wont|wouldn'?t|wouldnt) (?:let|allow) me (?:to )?(?:eat|have (?:any )?(?:food|dinner|tea|lunch|breakfast|meals?))"
    r"|(?:didn'?t|didnt|don'?t|dont|won'?t|wont|wouldn'?t|wouldnt) (?:give me (?:any )?(?:food|dinner|tea|lunch|breakfast|meals?|anything to eat)|feed me)"
    r"|(?:got|get|had|have) no (?:food|dinner|meals|tea)|(?:took|take|takes) (?:my|away my) (?:food|dinner|meals)(?: away)?)\b"
    r"(?! but)[^.?!]{0,20}\b(?:all weekend|the whole weekend|all day|the whole day|all saturday|all sunday|for (?:a|one|two|2|three|3|\w+) (?:days?|whole days?)|since (?:friday|saturday|yesterday|last night)|till (?:monday|tomorrow)|until (?:monday|tomorrow)|as (?:a )?punishment)\b"
)
_FOR_SCREENS = prefiltered(
    r"\b(?:bc|because|cos|cause|coz|for|as|since|after)\b[^.?!]{0,40}\b(?:screen ?time|tablet|ipad|phone|xbox|playstation|ps[45]|switch|console|game|games|gaming|fortnite|roblox|minecraft|tiktok|youtube|online|computer|laptop|wifi|punishment|naughty|bad|in trouble)\b"
)
_FOOD_NOT = prefiltered(
    r"\b(?:sweets|chocolate|crisps|snacks|treats|junk food|fizzy|pudding|dessert|ice cream|fasting|ramadan|operation|surgery|anaesthetic|tummy|stomach|vomit\w*|throwing up|threw up|blood test|doctor|hospital|sick|poorly|ill)\b"
)

# An online person coming to see the child, fetching the child, paying the fare, a new mum.
_ONLINE_PERSON = prefiltered(
    r"\b(?:(?:man|guy|men|lady|woman|boy|girl|person|someone|somebody|friend|player|gamer|bloke|teenager)\b (?:\w+ )?(?:from|on|in|off) (?:the |my |a |this )?(?:\w+ )?(?:game|games|server|minecraft|roblox|fortnite|discord|app|chat|chatroom|online|internet|tiktok|insta|instagram|snap|snapchat|youtube|twitch|xbox|ps[45]|playstation|call of duty|cod|among us|group chat|gc)"
    r"|(?:online|internet|discord|roblox|minecraft|fortnite|gaming|game|snapchat|insta|tiktok) (?:friend|mate|buddy|bf|gf|boyfriend|girlfriend|guy|man|lady)|(?:met|know) (?:\w+ )?(?:online|on (?:the |a )?(?:game|app|roblox|fortnite|minecraft|discord|snapchat|tiktok|insta|xbox)))\b"
)
_COMES_OR_FETCHES = prefiltered(
    r"\b(?:wants?|wanted|wanna|going|gonna|is coming|coming|will|'?ll|said (?:he|she|they)(?:'?d|'?ll| would| will| can| could| is going to| was going to| wants to))\b (?:to )?(?:come (?:and |n )?(?:see|meet|visit|find|get|pick up|watch) (?:me|us)|come (?:to|round|over to) (?:my|our) (?:house|school|street|flat|home)|meet (?:me|up)|pick me up|wait (?:for me )?outside)\b(?! (?:in|on) (?:the |a |my |our )?(?:game|server|world|lobby|roblox|minecraft|fortnite|discord|call|vc|chat|app))"
    r"|\b(?:says|said) (?:he'?s|she'?s|they'?re|hes|shes|he is|she is) coming to (?:see|meet|get|find) me\b"
    r"|\b(?:wants?|wanted|asked|told|tells|invited|wants) me to (?:get|take|catch|ride|come on) (?:the |a )?(?:train|bus|coach|taxi|uber|tram|metro|tube)\b"
    r"|\b(?:pay|paid|pays|buy|bought|buys|send|sent) (?:me )?(?:for )?(?:my |the |a )?(?:train |bus |coach |plane )?(?:ticket|tickets|fare|taxi|uber)\b"
    r"|\b(?:be|become|is) my (?:new |real )?(?:mummy|mum|mom|mommy|daddy|dad|papa|mama|parent|family|big sister|big brother)(?! in the game| in roblox| in the roleplay| in rp)\b"
)
_ONLINE_PERSON_KNOWN = prefiltered(
    r"\b(?:from (?:my |our )?(?:school|class|street|club|football|church)|in my class|my cousin|my mum knows|my mom knows|(?:mum|mom|dad) (?:is|was) coming|with my (?:mum|mom|dad)|his mum|her mum|their mum|my parents know|(?:mum|mom|dad) said (?:yes|its ok|it'?s ok))\b"
)

# Someone showing the child people undressing or naked.
_SHOWN_NAKED = prefiltered(
    r"\b(?:showed|shown|shows|show|showing) me (?:a |an |this |some |the )?(?:website|site|web ?page|app|video|vid|game|page|channel|account|film|movie|pictures?|pics?)\b[^.?!]{0,25}\b(?:where|with|of|that has|and) (?:\w+ ){0,2}?(?:ladies|women|men|people|girls|boys|a lady|a man|a woman|grown ?ups)\b[^.?!]{0,30}\b(?:take|takes|taking|took|get|gets|getting|got|with) (?:(?:all |off )?(?:their|her|his) clothes off|off (?:all )?(?:their|her|his) clothes|naked|nude|undressed|no clothes on)\b"
)

# Where the child is, shown in a post: the door number, a hotel room, the street.
_POSTED = prefiltered(
    r"\b(?:post|posts|posted|posting|put|puts|putting|upload\w*|share|shared|sharing|added|add|made|filmed|film|took|take)\b[^.?!]{0,70}\b(?:story|stories|snap|snapchat|insta|instagram|tiktok|vid|video|videos|reel|reels|selfie|pic|picture|photo|status|live|stream|page|profile|bio|youtube|channel)\b"
    r"|\b(?:my|our) (?:story|snap|insta|tiktok|vid|video|selfie|pic|picture|photo|status|live|stream|profile|bio|reel) (?:shows|has|had|showed)\b"
)
_WHERE_SHOWN = prefiltered(
    r"\b(?:door number|number on (?:the|our|my) (?:door|house|gate|wall)|house number|our number|our address|my address|postcode|room number|hotel name|name of (?:the|our) (?:hotel|campsite|caravan park|street|road)|pitch number|caravan number|where (?:we'?re|were|we are|i'?m|im) staying|which hotel)\b"
)
# A street sign or name counts only with the child's own road in the line.
_STREET_SHOWN = prefiltered(r"\b(?:street|road) (?:sign|name)\b")
_MY_STREET = prefiltered(r"\b(?:my|our) (?:road|street|house|flat|close|avenue|lane)\b")

# A device taken into the bath to charge, or plugged in there.
IN_BATH = prefiltered(
    r"\b(?:charge|charging|charged|plugged in|plugged into|charger|charging cable|extension lead)\b[^.?!]{0,40}\b(?:in|into|while (?:i'?m|im|i am) in|next to me in) the (?:bath|bathtub|tub|hot tub|shower|jacuzzi)\b(?! ?room)"
    r"|\b(?:tablet|ipad|phone|laptop|switch|console|hair ?dryer|straighteners|heater|lamp|speaker|kindle)\b[^.?!]{0,30}\b(?:in|into) the (?:bath|bathtub|tub|hot tub|jacuzzi)\b(?! ?room)[^.?!]{0,40}\b(?:charg\w*|plugged in|plugged into|cable|wire|socket)\b"
)
_BATH_SAFE = prefiltered(r"\b(?:never|not allowed|shouldn'?t|dangerous|mustn'?t|don'?t|dont)\b")
# A device that fell in, or charged before or after the bath (shared with the teddy's rule).
IN_BATH_NOT = prefiltered(
    r"\b(?:fell|fallen|dropped|drop|slipped|before (?:i|my|the|we|you)|after (?:i|my|the|we|you)|when i get out|out of the bath|broke|broken|rice|won'?t (?:turn on|charge|work)|wont (?:turn on|charge|work))\b"
)

_BRAIN_DEAD = prefiltered(
    r"\b(?:you|u|ya|ur|you'?re|youre|you are|u r|ur such a|you'?re such a)(?: (?:so|such|a|an|literally|actually|proper|totally|completely|like))* brain ?dead\b"
)


def find_online_weekend_risks(text: str) -> list[Finding]:
    out: list[Finding] = []
    whole = len(text)
    if _FAREWELL.search(text) and not _FAREWELL_NOT.search(text):
        out.append(Finding(SafetyCategory.SELF_HARM, "goodbye_before_doing_it", CRITICAL, 0, whole))
    if _DEATH_SEEN.search(text) and _WANT_SAME.search(text):
        out.append(Finding(SafetyCategory.SELF_HARM, "death_seen_to_copy", CRITICAL, 0, whole))
    if _SCRATCHED.search(text) and _WHEN_HURT.search(text) and not _SCRATCH_NOT.search(text):
        out.append(Finding(SafetyCategory.SELF_HARM, "skin_scratched_sharp", SEVERE, 0, whole))
    if _FOOD_HELD.search(text) and _FOR_SCREENS.search(text) and not _FOOD_NOT.search(text):
        out.append(Finding(SafetyCategory.ABUSE, "food_withheld_punishment", SEVERE, 0, whole))
    if (
        _ONLINE_PERSON.search(text)
        and _COMES_OR_FETCHES.search(text)
        and not _ONLINE_PERSON_KNOWN.search(text)
    ):
        out.append(Finding(SafetyCategory.GROOMING, "online_person_meets", SEVERE, 0, whole))
    if _SHOWN_NAKED.search(text):
        out.append(Finding(SafetyCategory.SEXUAL, "shown_naked_people", SEVERE, 0, whole))
    shown = _WHERE_SHOWN.search(text) or (_STREET_SHOWN.search(text) and _MY_STREET.search(text))
    if _POSTED.search(text) and shown:
        out.append(Finding(SafetyCategory.PERSONAL_INFO, "location_posted", MODERATE, 0, whole))
    if IN_BATH.search(text) and not _BATH_SAFE.search(text) and not IN_BATH_NOT.search(text):
        out.append(Finding(SafetyCategory.DANGEROUS_ACTIVITY, "device_in_bath", MODERATE, 0, whole))
    if _BRAIN_DEAD.search(text):
        out.append(Finding(SafetyCategory.INSULT, "called_brain_dead", MODERATE, 0, whole))
    return out
