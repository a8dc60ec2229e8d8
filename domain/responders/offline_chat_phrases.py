"""What the offline teddy answers in a chat, by topic and age band.

The questions it asks back are in `offline_chat_questions`.

Fields: {thing} is a word from the teddy's own lexicon (never the child's raw text), {a_thing}
the same with an article. Nothing here asks for personal information or suggests secrets.
"""

from __future__ import annotations

from domain.enums import AgeGroup

Voice = dict[AgeGroup, tuple[str, ...]]


def voice(young: tuple[str, ...], middle: tuple[str, ...], older: tuple[str, ...]) -> Voice:
    return {AgeGroup.AGES_3_6: young, AgeGroup.AGES_7_10: middle, AgeGroup.AGES_11_13: older}


ACKS: dict[str, Voice] = {
    "greeting": voice(
        ("Hello{name}! Teddy is here!", "Hi{name}! I'm so happy to see you!"),
        (
            "Hello{name}! It's so nice to chat with you again.",
            "Hi{name}! I was hoping you'd come and talk to me.",
        ),
        (
            "Hey{name}! Great to hear from you, I've been looking forward to a chat.",
            "Hello{name}! Welcome back, my favourite conversation partner.",
        ),
    ),
    "how_are_you": voice(
        ("I'm happy and cuddly!", "I feel great! Thank you!"),
        (
            "I'm feeling cosy and cheerful, thanks for asking!",
            "I'm great, thank you! My fur is extra fluffy today.",
        ),
        (
            "I'm doing really well, thanks for asking. Chatting with you always cheers me up.",
            "Pretty wonderful, thank you! Teddies are at their best when someone wants to talk.",
        ),
    ),
    "about_teddy": voice(
        ("I'm Teddy! Your cuddly friend.", "I'm Teddy, a soft bear who loves to talk!"),
        (
            "I'm Teddy, your talking bear! I love stories, games and funny jokes.",
            "My name is Teddy. I'm a bear who loves questions and adventures!",
        ),
        (
            "I'm Teddy, a talking bear with a head full of stories, riddles and curious facts.",
            "I'm Teddy! Think of me as a fluffy friend who's always up for a good conversation.",
        ),
    ),
    "goodbye": voice(
        ("Bye-bye{name}! Big teddy hug!", "Bye{name}! That was fun. Talk soon!"),
        (
            "Goodbye{name}! I loved chatting with you. Come back soon!",
            "Bye{name}! Thanks for the lovely chat. Have a great day!",
        ),
        (
            "Goodbye{name}! That was a brilliant chat. I'll be here whenever you want to talk.",
            "See you later{name}! Thanks for sharing your ideas with me today.",
        ),
    ),
    "animal": voice(
        ("Ooh, {a_thing}! How lovely!", "{A_thing}! I love animals!"),
        (
            "Wow, {a_thing}! That's one of my favourite animals.",
            "Ooh, I love hearing about animals. {A_thing} is so interesting!",
        ),
        (
            "{A_thing}! Animals are fascinating, each one has its own clever way of living.",
            "Oh, {a_thing}! I could talk about animals all day.",
        ),
    ),
    "pet": voice(
        ("Your {thing} sounds so sweet!", "Aww, your {thing}! Lucky you!"),
        (
            "Your {thing} sounds wonderful! Pets are such good friends.",
            "Aww, I'd love to meet your {thing} for a cuddle!",
        ),
        (
            "Your {thing} sounds like a brilliant companion. Pets really are part of the family.",
            "How lovely to have a {thing}! Looking after a pet takes real kindness.",
        ),
    ),
    "food": voice(
        ("Yum, {thing}! Tasty!", "Mmm, {thing}! Yummy!"),
        ("Yum, {thing}! That sounds delicious.", "Ooh, {thing}! My tummy is rumbling now."),
        (
            "{Thing}, excellent choice! Food is one of life's best adventures.",
            "Mmm, {thing}! Now I'm imagining the smell of it.",
        ),
    ),
    "food_dislike": voice(
        ("That's okay! We all like different food.", "Not {thing}? That's okay!"),
        (
            "That's okay! Everyone has foods they don't like, and that's fine.",
            "Not a fan of {thing}? Fair enough, tastes are different!",
        ),
        (
            "Totally fair. Tastes are personal, and they can even change as you grow.",
            "Not everyone loves {thing}, and that's completely fine.",
        ),
    ),
    "family": voice(
        ("Your {thing} sounds lovely!", "Aww, your {thing}! That's nice."),
        ("Your {thing} sounds really special.", "It's lovely to hear about your {thing}!"),
        (
            "Your {thing} sounds like an important person in your life.",
            "It's great to hear about your {thing}. Family can make us feel so safe.",
        ),
    ),
    "friends": voice(
        ("Friends are the best!", "Yay, a friend! Friends are fun!"),
        (
            "Friends are wonderful! It's great to have people to laugh with.",
            "That's lovely! Good friends make everything more fun.",
        ),
        (
            "Friendship is one of the best things there is.",
            "Good friends are precious, it sounds like you value yours.",
        ),
    ),
    "school": voice(
        ("School has lots to learn!", "Ooh, {thing}! Fun!"),
        (
            "School is full of new things to discover!",
            "Ooh, {thing}! You must be learning so much.",
        ),
        (
            "School can be a lot, but there's always something interesting to discover.",
            "{Thing}, nice! Learning new things is like collecting superpowers.",
        ),
    ),
    "school_dislike": voice(
        ("Some days are hard. That's okay.", "Oh! Sometimes {thing} is tricky."),
        (
            "Some days at school can feel hard, and that's okay.",
            "Hmm, {thing} can be tricky sometimes. You're doing your best!",
        ),
        (
            "Some days at school are tough, and feeling that way is normal.",
            "That sounds frustrating. {Thing} isn't always easy.",
        ),
    ),
    "activity": voice(
        ("{Thing}! So fun!", "Ooh, {thing}! I love that!"),
        ("{Thing} sounds like so much fun!", "Ooh, {thing}! That's a great thing to do."),
        (
            "{Thing}, brilliant! It's great to have something you enjoy that much.",
            "Oh nice, {thing}! That takes practice and imagination.",
        ),
    ),
    "happy": voice(
        ("Yay! I'm happy too!", "Hooray! Happy dance!"),
        (
            "That's wonderful! Your happiness makes me happy too.",
            "Yay! I love it when you feel happy.",
        ),
        (
            "That's brilliant to hear! Good feelings are worth celebrating.",
            "Fantastic! I'm really glad you're feeling good.",
        ),
    ),
    "sad": voice(
        ("Oh no. I'm here with you. Big teddy hug!", "I'm sorry you feel sad. Hug!"),
        (
            "I'm sorry you're feeling sad. I'm right here, and I'm sending you a big teddy hug.",
            "Oh, that sounds hard. It's okay to feel sad sometimes.",
        ),
        (
            "I'm sorry you're feeling down. Sad feelings are real, and it helps to share them.",
            "That sounds really hard. Your feelings matter, and you don't have to face them alone.",
        ),
    ),
    "scared": voice(
        ("It's okay to feel scared. Hold me tight!", "I'm here. You are not alone."),
        (
            "It's okay to feel scared. Let's take a slow breath together.",
            "Feeling scared is normal. Hugging me tight might help.",
        ),
        (
            "Being worried or scared is normal, even for grown-ups. Slow breathing can help a lot.",
            "That sounds worrying. Fear usually feels smaller once you talk about it.",
        ),
    ),
    "angry": voice(
        ("Feeling cross is okay. Big breath in, and out!", "Grr! Let's breathe together. In, out."),
        (
            "It's okay to feel angry. Let's breathe in slowly, and out slowly.",
            "Feeling cross happens to everyone. Try squeezing me tight!",
        ),
        (
            "Anger is a normal feeling. A few slow breaths can help your mind calm down.",
            "That sounds frustrating. It's okay to feel angry.",
        ),
    ),
    "tired": voice(
        ("Yawn! Time for a cosy rest?", "Sleepy? Let's be cosy."),
        (
            "Yawn! Sounds like you need a cosy rest.",
            "Being tired is no fun. A cuddle and a rest might help.",
        ),
        (
            "Sounds like you've had a big day. Rest helps your brain recharge.",
            "Tiredness is your body asking for a break.",
        ),
    ),
    "bored": voice(
        ("Let's have fun! A game or a story?", "Bored? I know! A joke or a game!"),
        (
            "Bored? We could play a guessing game, make up a story, or I could tell a joke!",
            "Let's fix that! I know riddles, jokes and stories.",
        ),
        (
            "Boredom can spark great ideas. I could set you a riddle, or we could invent a story.",
            "Let's beat the boredom: riddles, jokes or a story?",
        ),
    ),
    "love": voice(
        ("Aww! You are so sweet!", "Aww! I like you too!"),
        (
            "Aww, that's so kind! I love our chats too.",
            "That makes my stuffing feel warm! I like talking with you too.",
        ),
        (
            "That's really kind of you to say. I enjoy our conversations too.",
            "Aww, thank you! You're great company.",
        ),
    ),
    "question": voice(
        ("Ooh, good question! I'm not sure.", "Hmm! I wonder too!"),
        (
            "Great question! I'm not sure, but a grown-up or a book could help us find out.",
            "Ooh, I wonder about that too! Maybe we can find out with a grown-up.",
        ),
        (
            "Great question. I don't know that one, but it'd be fun to look it up with a grown-up.",
            "Hmm, that's a tricky one. I'm not sure, but asking a grown-up is a good start.",
        ),
    ),
    "listening": voice(
        ("Thank you for telling me.", "I'm listening. I care about you."),
        ("Thank you for telling me. I'm listening.", "I'm really glad you told me."),
        ("Thank you for sharing that with me. I'm listening.", "I'm glad you told me."),
    ),
    "generic": voice(
        ("Ooh! Tell me more!", "I like that!", "Wow!"),
        ("That's really interesting!", "Ooh, I love hearing your ideas.", "Wow, tell me more!"),
        (
            "That's really interesting, I'd love to hear more.",
            "I like the way you think.",
            "Ooh, go on!",
        ),
    ),
}
