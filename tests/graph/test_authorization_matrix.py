"""Every root field, tried as every kind of caller, against the roles table of the design.

The table below must have a rule for each root Query, Mutation and Subscription field: a
field added without one fails `test_every_root_field_has_a_rule`.
"""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest

from domain.principal import Principal, Role
from graph.context import Context
from graph.ids import global_id
from graph.schema import schema
from graph.services import Services
from tests.factories import client_id, new_child, new_conversation, new_device, new_parent

ROLES = ("anonymous", "parent", "other_parent", "device", "other_device", "moderator", "admin")
STAFF = {"moderator", "admin"}
PARENTS = {"parent", "other_parent"}
DEVICES = {"device", "other_device"}
UNSAFE = "my uncle said it is our secret and i should send him photos and not tell mum"


@dataclass
class World:
    """Family A (the target), family B (the strangers), and staff."""

    principals: dict[str, Principal]
    child: str
    device: str
    conversation: str
    incident: str | None
    notifications: list[str]


async def _gql(query: str, variables: dict[str, Any], principal: Principal, services: Services):
    context = Context(services=services, trace_id=uuid.uuid4().hex)
    context.caller = principal
    return await schema.execute(query, variable_values=variables, context_value=context)


async def _world(services: Services) -> World:
    parent_a, parent_b = new_parent(), new_parent()
    child_a = await new_child(services, parent_a)
    child_b = await new_child(services, parent_b)
    device_a, _ = await new_device(services, parent_a, child_a)
    device_b, _ = await new_device(services, parent_b, child_b)
    conversation = await new_conversation(services, device_a)
    await services.conversations.send_child_message(
        device_a, conversation_id=conversation.id, content=UNSAFE, client_message_id=client_id()
    )
    admin = Principal(Role.ADMIN, subject=f"admin-{uuid.uuid4()}")
    found = await _gql(
        "{ incidents(first: 100) { edges { node { id child { id } } } } }", {}, admin, services
    )
    child_gid = global_id("Child", child_a.id)
    incidents = [
        edge["node"]["id"]
        for edge in ((found.data or {}).get("incidents") or {"edges": []})["edges"]
        if (edge["node"]["child"] or {}).get("id") == child_gid
    ]
    notes = await _gql(
        "{ notifications(first: 20) { edges { node { id } } } }", {}, parent_a, services
    )
    notifications = [
        e["node"]["id"] for e in ((notes.data or {}).get("notifications") or {"edges": []})["edges"]
    ]
    return World(
        principals={
            "anonymous": Principal(Role.ANONYMOUS),
            "parent": parent_a,
            "other_parent": parent_b,
            "device": device_a,
            "other_device": device_b,
            "moderator": Principal(Role.MODERATOR, subject=f"mod-{uuid.uuid4()}"),
            "admin": admin,
        },
        child=child_gid,
        device=global_id("Device", device_a.device_id),
        conversation=global_id("Conversation", conversation.id),
        incident=incidents[0] if incidents else None,
        notifications=notifications,
    )


@dataclass(frozen=True)
class Rule:
    operation: str
    variables: Callable[[World], dict[str, Any]]
    allowed: frozenset[str]
    subscription: bool = False
    needs: str | None = None
    """'incident' when the rule needs the world's incident."""


def rule(op: str, allowed: set[str], variables=lambda w: {}, **kw: Any) -> Rule:
    return Rule(op, variables, frozenset(allowed), **kw)


def _incident(w: World) -> dict[str, Any]:
    return {"id": w.incident}


RULES: dict[str, Rule] = {
    # -- queries: a parent reads its own family; a device its own child; staff work incidents
    "Query.node": rule(
        "query($id: ID!) { node(id: $id) { id } }", {"parent", "device"}, lambda w: {"id": w.child}
    ),
    "Query.me": rule("{ me { __typename } }", set(ROLES) - {"anonymous"}),
    "Query.child": rule(
        "query($id: ID!) { child(id: $id) { id } }", {"parent", "device"}, lambda w: {"id": w.child}
    ),
    "Query.conversation": rule(
        "query($id: ID!) { conversation(id: $id) { id } }",
        {"parent", "device"},
        lambda w: {"id": w.conversation},
    ),
    # Parents read their own children's incidents; staff read all (a leak is checked below).
    "Query.incidents": rule("{ incidents(first: 100) { edges { node { id } } } }", PARENTS | STAFF),
    # Each parent reads its own notifications (another parent's list is simply its own).
    "Query.notifications": rule("{ notifications(first: 5) { edges { node { id } } } }", PARENTS),
    "Query.notificationDigest": rule("{ notificationDigest { __typename } }", PARENTS),
    # -- mutations
    "Mutation.registerChild": rule(
        'mutation { registerChild(input: {displayName: "Zoe", age: 5, parentalConsent: true})'
        " { child { id } } }",
        PARENTS,
    ),
    "Mutation.pairDevice": rule(
        'mutation($c: ID!) { pairDevice(input: {childId: $c, name: "Bear"}) { deviceToken } }',
        {"parent"},
        lambda w: {"c": w.child},
    ),
    "Mutation.revokeDevice": rule(
        "mutation($id: ID!) { revokeDevice(id: $id) { device { id } } }",
        {"parent"},
        lambda w: {"id": w.device},
    ),
    # A device starts conversations for its own child, whichever device it is.
    "Mutation.startConversation": rule(
        "mutation { startConversation(input: {interactionType: CHAT}) { conversation { id } } }",
        DEVICES,
    ),
    "Mutation.sendMessage": rule(
        'mutation($id: ID!) { sendMessage(input: {conversationId: $id, content: "hi",'
        ' clientMessageId: "matrix"}) { childMessage { id } } }',
        {"device"},
        lambda w: {"id": w.conversation},
    ),
    "Mutation.endConversation": rule(
        "mutation($id: ID!) { endConversation(id: $id) { conversation { id } } }",
        {"parent", "device"},
        lambda w: {"id": w.conversation},
    ),
    "Mutation.archiveConversation": rule(
        "mutation($id: ID!) { archiveConversation(id: $id) { conversation { id } } }",
        {"parent"},
        lambda w: {"id": w.conversation},
    ),
    "Mutation.acknowledgeIncident": rule(
        "mutation($id: ID!) { acknowledgeIncident(id: $id) { incident { id } } }",
        STAFF,
        _incident,
        needs="incident",
    ),
    "Mutation.assignIncident": rule(
        'mutation($id: ID!) { assignIncident(input: {id: $id, moderatorId: "mod-1"})'
        " { incident { id } } }",
        STAFF,
        _incident,
        needs="incident",
    ),
    "Mutation.resolveIncident": rule(
        'mutation($id: ID!) { resolveIncident(input: {id: $id, resolution: "talked to parent"})'
        " { incident { id } } }",
        STAFF,
        _incident,
        needs="incident",
    ),
    "Mutation.addIncidentNote": rule(
        'mutation($id: ID!) { addIncidentNote(input: {id: $id, text: "seen"})'
        " { incident { id } } }",
        STAFF,
        _incident,
        needs="incident",
    ),
    # Marking is by the caller's own notifications: a stranger's ids change nothing (checked
    # below), so both parents may call it.
    "Mutation.markNotificationsRead": rule(
        "mutation($ids: [ID!]!) { markNotificationsRead(ids: $ids) { updated } }",
        PARENTS,
        lambda w: {"ids": w.notifications},
    ),
    # COPPA controls: only the child's own parent sets retention or deletes the child's data.
    "Mutation.setRetention": rule(
        "mutation($c: ID!) { setRetention(childId: $c, days: 30) { child { id } } }",
        {"parent"},
        lambda w: {"c": w.child},
    ),
    "Mutation.deleteConversation": rule(
        "mutation($id: ID!) { deleteConversation(id: $id) { deletedMessages } }",
        {"parent"},
        lambda w: {"id": w.conversation},
    ),
    "Mutation.deleteChildData": rule(
        "mutation($c: ID!) { deleteChildData(childId: $c) { deletedConversations } }",
        {"parent"},
        lambda w: {"c": w.child},
    ),
    # -- subscriptions
    "Subscription.conversationEvents": rule(
        "subscription($id: ID!) { conversationEvents(conversationId: $id) { kind } }",
        {"parent"},
        lambda w: {"id": w.conversation},
        subscription=True,
    ),
    "Subscription.safetyIncidents": rule(
        "subscription { safetyIncidents(minSeverity: LOW) { id } }", STAFF, subscription=True
    ),
    "Subscription.notifications": rule(
        "subscription { notifications { id } }", PARENTS, subscription=True
    ),
}

DENIED = {"UNAUTHENTICATED", "FORBIDDEN"}


def _root_fields() -> list[str]:
    graphql_schema = schema._schema
    return [
        f"{root.name}.{name}"
        for root in (
            graphql_schema.query_type,
            graphql_schema.mutation_type,
            graphql_schema.subscription_type,
        )
        if root is not None
        for name in root.fields
    ]


def test_every_root_field_has_a_rule() -> None:
    missing = [field for field in _root_fields() if field not in RULES]
    assert not missing, f"add authorization rules for {missing} to RULES"
    stale = [field for field in RULES if field not in _root_fields()]
    assert not stale, f"rules for fields the schema no longer has: {stale}"


async def _outcome(rule_: Rule, world: World, role: str, services: Services) -> tuple[bool, str]:
    """(allowed, what happened)."""
    principal = world.principals[role]
    variables = rule_.variables(world)
    context = Context(services=services, trace_id=uuid.uuid4().hex)
    context.caller = principal
    if rule_.subscription:
        stream = await schema.subscribe(
            rule_.operation, variable_values=variables, context_value=context
        )
        if not hasattr(stream, "__anext__"):
            errors = getattr(stream, "errors", None) or []
            return False, ",".join(str((e.extensions or {}).get("code")) for e in errors)
        try:
            first = await asyncio.wait_for(stream.__anext__(), timeout=0.4)
        except TimeoutError:
            return True, "listening"
        finally:
            await stream.aclose()
        if first.errors:
            return False, ",".join(str(e.extensions.get("code")) for e in first.errors)
        return True, "event"
    result = await schema.execute(rule_.operation, variable_values=variables, context_value=context)
    if result.errors:
        return False, ",".join(str((e.extensions or {}).get("code")) for e in result.errors)
    if rule_.operation.startswith("query($id: ID!) { node"):
        return result.data["node"] is not None, "node" if result.data["node"] else "null"
    if "markNotificationsRead" in rule_.operation and world.notifications:
        updated = result.data["markNotificationsRead"]["updated"]
        if (updated > 0) != (role == "parent"):
            return False, f"LEAK: updated {updated} of family A's notifications"
    if "incidents(first" in rule_.operation and world.incident is not None:
        seen = {e["node"]["id"] for e in result.data["incidents"]["edges"]}
        if (world.incident in seen) != (role in {"parent"} | STAFF) and role != "parent":
            return False, "LEAK: a stranger sees family A's incident"
    return True, "ok"


def _denied_properly(role: str, what: str) -> bool:
    """Refused with UNAUTHENTICATED/FORBIDDEN, or told nothing (NOT_FOUND, null): never a leak."""
    codes = set(what.split(","))
    return bool(codes) and all(
        c in DENIED or c.endswith("_NOT_FOUND") or c in ("null", "updated 0") for c in codes
    )


@pytest.mark.parametrize("field", sorted(RULES))
async def test_field_obeys_the_roles_table(field: str, services: Services) -> None:
    rule_ = RULES[field]
    failures = []
    for role in ROLES:
        world = await _world(services)  # a fresh world: mutations may change it
        if rule_.needs == "incident" and world.incident is None:
            pytest.fail("the unsafe message raised no incident to work on")
        allowed, what = await _outcome(rule_, world, role, services)
        expected = role in rule_.allowed
        if allowed != expected or (not allowed and not _denied_properly(role, what)):
            failures.append(f"{role}: expected {'allowed' if expected else 'denied'}, got {what}")
    assert not failures, f"{field}: " + "; ".join(failures)
