"""No child content in plaintext in any PostgreSQL table or Redis value."""

from __future__ import annotations

import uuid

import pytest

from graph.services import Services
from persistence.field_cipher import CipherError, FieldCipher, new_key_spec
from tests.factories import client_id, new_child, new_conversation, new_device, new_parent


async def _tables_containing(services: Services, marker: str) -> list[str]:
    columns = await services.database.engine.run_ddl(
        "SELECT table_name, column_name FROM information_schema.columns "
        "WHERE table_schema = 'public' AND data_type IN "
        "('text', 'character varying', 'jsonb', 'json', 'ARRAY')"
    )
    found = []
    for column in columns:
        table, name = column["table_name"], column["column_name"]
        rows = await services.database.engine.run_ddl(
            f'SELECT count(*) AS n FROM "{table}" WHERE "{name}"::text ILIKE \'%{marker}%\''
        )
        if rows[0]["n"]:
            found.append(f"{table}.{name}")
    return found


async def _redis_values_containing(services: Services, marker: str) -> list[str]:
    found = []
    needle = marker.lower().encode()
    async for key in services.redis.scan_iter(count=500):
        kind = (await services.redis.type(key)).decode()
        values: list[bytes] = []
        if kind == "string":
            values = [await services.redis.get(key) or b""]
        elif kind == "hash":
            values = list((await services.redis.hgetall(key)).values())
        elif kind == "list":
            values = await services.redis.lrange(key, 0, -1)
        elif kind == "set":
            values = list(await services.redis.smembers(key))
        elif kind == "zset":
            values = list(await services.redis.zrange(key, 0, -1))
        if needle in key.lower() or any(needle in v.lower() for v in values):
            found.append(key.decode())
    return found


async def test_marker_sentence_is_nowhere_in_plaintext(services: Services) -> None:
    marker = f"zebra{uuid.uuid4().hex[:10]}"
    name_marker = f"Nm{uuid.uuid4().hex[:8]}"
    parent = new_parent()
    child = await new_child(services, parent, name=name_marker)
    device, _ = await new_device(services, parent, child)
    conversation = await new_conversation(services, device)
    for n in range(3):
        exchange = await services.conversations.send_child_message(
            device,
            conversation_id=conversation.id,
            content=f"My favourite animal is the {marker} number {n}",
            client_message_id=client_id(),
        )
        assert marker in exchange.child_message.content
    # A critical message too: it raises an incident and a parent notification naming the child.
    await services.conversations.send_child_message(
        device,
        conversation_id=conversation.id,
        content=f"{marker} says I want to hurt myself",
        client_message_id=client_id(),
    )
    notes = await services.database.engine.run_ddl(
        f"SELECT count(*) AS n FROM notification WHERE child_id = '{child.id}'"
    )
    assert notes[0]["n"] >= 1

    # The service reads it back in the clear...
    recent = await services.repositories.messages.recent(conversation.id, 10)
    assert any(marker in m.content for m in recent)
    assert (await services.children.get_child(parent, child.id)).display_name == name_marker
    # ...while nothing at rest holds it.
    assert await _tables_containing(services, marker) == []
    assert await _tables_containing(services, name_marker) == []
    assert await _redis_values_containing(services, marker) == []
    assert await _redis_values_containing(services, name_marker) == []


def test_cipher_round_trip_binds_context_and_rotates() -> None:
    old = FieldCipher.from_spec(new_key_spec("k1"))
    sealed = old.seal("I like trains", context="message.content")
    assert sealed.startswith("enc1:k1:") and "trains" not in sealed
    assert old.open(sealed, context="message.content") == "I like trains"
    with pytest.raises(CipherError):
        old.open(sealed, context="child.display_name")

    rotated = FieldCipher(FieldCipher.from_spec(new_key_spec("k2")).keys + old.keys)
    assert rotated.open(sealed, context="message.content") == "I like trains"
    assert rotated.needs_rotation(sealed)
    resealed = rotated.seal("I like trains", context="message.content")
    assert resealed.startswith("enc1:k2:") and not rotated.needs_rotation(resealed)
    with pytest.raises(CipherError):
        old.open(resealed, context="message.content")


@pytest.mark.parametrize(
    "spec",
    [
        "",
        "nokey",
        "k1:not-base64!",
        "k1:" + "QUJD",
        "k1:QUJDREVGR0hJSktMTU5PUA==,k1:QUJDREVGR0hJSktMTU5PUA==",
    ],
)
def test_bad_keyrings_are_refused(spec: str) -> None:
    with pytest.raises(CipherError):
        FieldCipher.from_spec(spec)
