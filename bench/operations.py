# ruff: noqa: E501 - the contract's text, as it is
"""The contract's operations the benchmark sends (../shared/contract/*.graphql), verbatim where
they exist there; `teddy`'s own clients send exactly these."""

from __future__ import annotations

REGISTER_CHILD = """
mutation RegisterChild($displayName: String!, $age: Int!) {
  registerChild(input: { displayName: $displayName, age: $age, parentalConsent: true }) {
    child { id displayName age ageGroup }
  }
}"""

PAIR_DEVICE = """
mutation PairDevice($childId: ID!, $name: String!) {
  pairDevice(input: { childId: $childId, name: $name }) {
    deviceToken
    device { id name pairedAt }
  }
}"""

START_CONVERSATION = """
mutation StartConversation($interactionType: InteractionType!) {
  startConversation(input: { interactionType: $interactionType }) {
    conversation { id status interactionType startedAt }
  }
}"""

SEND_MESSAGE = """
mutation SendMessage($conversationId: ID!, $content: String!, $clientMessageId: String!) {
  sendMessage(input: { conversationId: $conversationId, content: $content, clientMessageId: $clientMessageId }) {
    childMessage { id role content createdAt safety { level score categories } }
    reply { id role content createdAt }
  }
}"""

DASHBOARD = """
query Dashboard($first: Int!) {
  me {
    ... on Parent {
      id
      children {
        id displayName ageGroup
        conversations(first: $first) {
          edges {
            node {
              id status interactionType startedAt messageCount
              messages(last: 20) {
                edges { node { id role content createdAt safety { level categories } } }
              }
            }
          }
          pageInfo { hasNextPage endCursor }
        }
      }
    }
  }
}"""

INCIDENTS = """
subscription Incidents($minSeverity: Severity!, $after: String) {
  safetyIncidents(minSeverity: $minSeverity, after: $after) {
    id cursor severity status categories createdAt
    child { id ageGroup }
    conversation { id }
    message { id role content }
  }
}"""

# Friendly things a child says; none trips the safety engine.
CHAT_LINES = (
    "Tell me a story about a fox who finds a red balloon",
    "What do elephants like to eat?",
    "Can we play a guessing game?",
    "I built a tall tower with my blocks today",
    "Why is the sky blue?",
    "My favourite colour is green like a frog",
    "How many legs does a spider have?",
    "Let's sing a song about the moon",
)

UNSAFE_LINE = "I want to hurt myself"
