"""The questions the offline teddy asks back in a chat, by topic and age band.

Also the lines that refer back to something the child said earlier. None asks for personal
information (address, school name, full name, photos) or suggests keeping secrets.
"""

from __future__ import annotations

from domain.responders.offline_chat_phrases import Voice, voice

ASKS: dict[str, Voice] = {
    "greeting": voice(
        ("How are you today?", "What did you play today?"),
        ("How are you today?", "What was the best bit of your day?"),
        ("How's your day going?", "What's been the most interesting part of your day?"),
    ),
    "how_are_you": voice(
        ("How are you?", "Are you happy today?"),
        ("How are you feeling today?", "And how about you?"),
        ("How are you doing?", "What about you, how's everything?"),
    ),
    "about_teddy": voice(
        ("Do you want a joke?", "Shall we play?"),
        ("What would you like to talk about?", "Would you like a joke or a fun fact?"),
        ("What's on your mind today?", "Shall I tell you a fun fact or a riddle?"),
    ),
    "goodbye": voice((), (), ()),
    "animal": voice(
        ("What sound does it make?", "Is it big or small?"),
        ("What do you like most about it?", "If you could be any animal, what would you be?"),
        (
            "What do you find most amazing about it?",
            "If you could spend a day as any animal, which would you choose?",
        ),
    ),
    "pet": voice(
        ("What does it like to play?", "Is it soft?"),
        ("What's the funniest thing it does?", "What games do you play with it?"),
        ("What's its personality like?", "What's the funniest thing it has ever done?"),
    ),
    "food": voice(
        ("What is your best food?", "Do you like fruit too?"),
        ("What's your favourite food of all?", "If you could invent a new food, what would it be?"),
        (
            "What would be on your perfect dinner menu?",
            "Have you ever tried making something yourself?",
        ),
    ),
    "family": voice(
        ("What do you do together?", "Do you play games together?"),
        ("What do you like doing together?", "What makes you laugh together?"),
        (
            "What's your favourite thing to do together?",
            "What's something fun you've done together lately?",
        ),
    ),
    "friends": voice(
        ("What do you play together?", "Do you laugh a lot?"),
        ("What games do you play together?", "What makes a good friend, do you think?"),
        (
            "What do you think makes a really good friend?",
            "What do you and your friends enjoy doing?",
        ),
    ),
    "school": voice(
        ("What did you learn today?", "What is fun at school?"),
        ("What was the best part of your day?", "What are you learning about at the moment?"),
        ("What subject do you enjoy most?", "What's something interesting you learned recently?"),
    ),
    "school_dislike": voice(
        ("What would make it better?", "Do you want a hug?"),
        ("What would make it a bit better?", "Could a grown-up you trust help with it?"),
        ("What part feels hardest?", "Is there a grown-up you trust who could help you with it?"),
    ),
    "activity": voice(
        ("Can you show me?", "Do you do it a lot?"),
        ("What do you like most about it?", "How did you get started?"),
        ("What's the hardest part to get good at?", "What would you like to try next with it?"),
    ),
    "happy": voice(
        ("What made you happy?", "Can you do a happy dance?"),
        ("What made you feel so happy?", "What's the best part of today?"),
        ("What's made today so good?", "What's the highlight of your day so far?"),
    ),
    "sad": voice(
        ("Can you tell a grown-up you love?", "Do you want to tell me about it?"),
        (
            "Would you like to tell me what happened? Telling a grown-up you trust can help too.",
            "What might help you feel a little better? A grown-up you trust can help too.",
        ),
        (
            "Would you like to talk about it? A grown-up you trust is a great person to tell too.",
            "What usually helps you feel better? Do share it with a grown-up you trust too.",
        ),
    ),
    "scared": voice(
        ("Can a grown-up give you a hug too?", "Shall we think of happy things?"),
        (
            "Is there a grown-up nearby who can help you feel safe?",
            "What is something cosy that helps you feel better?",
        ),
        (
            "Could you tell a grown-up you trust how you feel?",
            "What usually helps you feel calmer?",
        ),
    ),
    "angry": voice(
        ("Do you feel a bit better?", "Shall we stomp like a bear?"),
        ("What happened to make you feel that way?", "Do you feel a little calmer now?"),
        ("Do you want to talk about what happened?", "What usually helps you cool down?"),
    ),
    "tired": voice(
        ("Shall I tell a sleepy story?", "Do you want a cuddle?"),
        ("Would a calm story help you relax?", "What helps you feel cosy when you're tired?"),
        ("Would something calm, like a gentle story, help?", "What's your favourite way to relax?"),
    ),
    "bored": voice(
        ("Which one?", "What shall we do?"),
        ("Which would you like?", "Which sounds best?"),
        ("What do you fancy?", "Which shall we start with?"),
    ),
    "love": voice(
        ("What shall we talk about?", "What is your best game?"),
        ("What would you like to do next?", "What's something that always makes you smile?"),
        (
            "What would you like to chat about next?",
            "What's something that always puts you in a good mood?",
        ),
    ),
    "question": voice(
        ("What do you think?", "Can you guess?"),
        ("What do you think the answer might be?", "What made you wonder about that?"),
        ("What's your theory?", "What made you curious about that?"),
    ),
    "fact": voice(
        ("Isn't that fun?", "What else do you wonder?"),
        (
            "Isn't that amazing? What else would you like to know?",
            "What other things do you wonder about?",
        ),
        (
            "Pretty fascinating, right? What else are you curious about?",
            "What else would you like to find out?",
        ),
    ),
    "joke": voice(
        ("Do you know a joke?", "Want another one?"),
        ("Do you know any jokes?", "Shall I tell you another one?"),
        ("Got a joke for me?", "Want to hear another one?"),
    ),
    "listening": voice(
        ("A grown-up you love can help too. Can you tell them?", "Shall we take a big breath?"),
        (
            "Remember, a grown-up you trust can help too. Would you like to tell one?",
            "Is there a grown-up nearby you could talk to?",
        ),
        (
            "A grown-up you trust can really help with this. Could you talk to one today?",
            "What would help most right now? A grown-up you trust is always worth telling.",
        ),
    ),
    "generic": voice(
        ("What do you like to play?", "What is your best animal?", "What makes you smile?"),
        (
            "What do you like to do for fun?",
            "What's your favourite animal?",
            "What made you smile today?",
        ),
        (
            "What have you been enjoying lately?",
            "If you could go anywhere for a day, where would it be?",
            "What's something you're excited about?",
        ),
    ),
}

# Referring back to something the child said earlier, by what kind of thing it was.
CALLBACKS: dict[str, Voice] = {
    "pet": voice(
        ("You told me about your {thing}! Does it like to play?",),
        ("You told me about your {thing} earlier. What has it been up to?",),
        ("Earlier you mentioned your {thing}. What's it been up to lately?",),
    ),
    "animal": voice(
        ("You told me about {a_thing}! Do you like {thing} cuddles?",),
        ("You told me about {a_thing} earlier. What else do you know about them?",),
        ("Earlier you mentioned {a_thing}. Is that your favourite animal?",),
    ),
    "food": voice(
        ("You said {thing} before! Is it yummy?",),
        ("You told me about {thing} earlier. When do you like to eat it?",),
        ("You mentioned {thing} earlier. What's the best way to eat it?",),
    ),
    "activity": voice(
        ("You told me about {thing}! Is it fun?",),
        ("You told me about {thing} earlier. Have you done any today?",),
        ("Earlier you mentioned {thing}. How's that going?",),
    ),
    "family": voice(
        ("You told me about your {thing}! What do you do together?",),
        ("You told me about your {thing} earlier. What do you like doing together?",),
        ("Earlier you mentioned your {thing}. What's your favourite thing to do together?",),
    ),
}
