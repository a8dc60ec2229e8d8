"""`teddy keys rotate` during a chat session: nothing lost, every row readable under the new
keyring, and afterwards no value left under the old key (legacy plaintext re-sealed too)."""

from __future__ import annotations

import asyncio
import json
import os
import sys
from pathlib import Path
from typing import Any

from domain.principal import Principal
from graph.services import Services, build_services
from graph.settings import Settings
from persistence.field_cipher import FieldCipher, new_key_spec
from persistence.key_rotation import SEALED_COLUMNS, KeyRotator
from tests.domain.test_retention import say, sql
from tests.factories import client_id, new_child, new_conversation, new_device, new_parent


def _with_keyring(services: Services, cipher: FieldCipher) -> Services:
    """The same service on the same databases, as an instance restarted with another keyring."""
    return build_services(
        database=services.database,
        redis_client=services.redis,
        jwt_keys=services.jwt_keys,
        policy=services.policy,
        relay=services.relay,
        bus=services.bus,
        rate_limiter=services.rate_limiter,
        cipher=cipher,
        safety=services.safety,
        responder=services.responder,
    )


async def _values_under(services: Services, key_id: str) -> list[str]:
    found = []
    for column in SEALED_COLUMNS:
        rows = await sql(
            services,
            f"SELECT count(*) AS n FROM {column.table} WHERE {column.column}::text LIKE $1",
            f"%enc1:{key_id}:%",
        )
        if rows[0]["n"]:
            found.append(f"{column.name}: {rows[0]['n']}")
    return found


async def _chat(services: Services, device: Principal, conversation_id: Any, n: int) -> None:
    for i in range(n):
        await services.conversations.send_child_message(
            device,
            conversation_id=conversation_id,
            content=f"during rotation {i}: do you like apples",
            client_message_id=client_id(),
        )


async def test_rotation_during_a_chat_session_loses_nothing(services: Services) -> None:
    old = services.cipher
    old_key = old.current_key_id
    new = FieldCipher(FieldCipher.from_spec(new_key_spec("rot2")).keys + old.keys)
    parent = new_parent()
    child = await new_child(services, parent, name="Rosa")
    device, _ = await new_device(services, parent, child)
    chats = [await new_conversation(services, device) for _ in range(3)]
    for conversation in chats:
        for text in ("I like trains", "what do owls eat", "tell me a story"):
            await say(services, device, conversation, text)
    # Legacy rows from before encryption: a plaintext name and a plain JSON responder state.
    legacy_parent = new_parent()
    legacy = await new_child(services, legacy_parent, name="Old")
    legacy_device, _ = await new_device(services, legacy_parent, legacy)
    legacy_chat = await new_conversation(services, legacy_device)
    await sql(services, "UPDATE child SET display_name = 'Legacy Lu' WHERE id = $1", legacy.id)
    await sql(
        services,
        "UPDATE conversation SET responder_state = '{\"legacy\": true}'::jsonb WHERE id = $1",
        legacy_chat.id,
    )

    # The service restarts with the new key first, then the rotation runs while children chat.
    restarted = _with_keyring(services, new)
    progress: list[str] = []
    rotator = KeyRotator(new, batch_size=3, progress=progress.append)
    summary, *_ = await asyncio.gather(
        rotator.rotate(), *(_chat(restarted, device, c.id, 4) for c in chats)
    )
    try:
        assert summary.remaining == 0, summary.as_dict()
        assert summary.as_dict()["resealed"] > 0 and progress
        assert await _values_under(services, old_key) == []
        assert await rotator.remaining() == {c.name: 0 for c in SEALED_COLUMNS}

        # Every message is there, in order, and readable under the new keyring alone.
        only_new = FieldCipher(new.keys[:1])
        alone = _with_keyring(services, only_new)
        for conversation in chats:
            messages = await alone.repositories.messages.recent(conversation.id, 100)
            assert [m.seq for m in messages] == list(range(1, 15))
            assert sum("during rotation" in m.content for m in messages) == 4
            assert sum(m.content == "I like trains" for m in messages) == 1
            state = await alone.repositories.conversations.get(conversation.id)
            assert state is not None and state.message_count == 14
        assert (await alone.children.get_child(parent, child.id)).display_name == "Rosa"
        assert (await alone.children.get_child(legacy_parent, legacy.id)).display_name == (
            "Legacy Lu"
        )
        legacy_state = await alone.repositories.conversations.get(legacy_chat.id)
        assert legacy_state is not None and legacy_state.responder_state == {"legacy": True}
        raw = await sql(services, "SELECT display_name FROM child WHERE id = $1", legacy.id)
        assert raw[0]["display_name"].startswith("enc1:rot2:")
    finally:
        # Back to the session's keyring, so the other tests read what this one re-sealed.
        back = FieldCipher(old.keys + new.keys[:1])
        assert (await KeyRotator(back, batch_size=200).rotate()).remaining == 0
    assert await _values_under(services, "rot2") == []


async def test_commands_print_json_receipts(services: Services, settings: Settings) -> None:
    env = {
        **os.environ,
        "TEDDY_DATABASE_URL": settings.database_url or "",
        "TEDDY_REDIS_URL": settings.redis_url or "",
        "TEDDY_ENCRYPTION_KEYS": settings.encryption_keys,
    }
    teddy = str(Path(sys.executable).with_name("teddy"))
    for argv, check in (
        (["retention", "purge", "--dry-run"], lambda out: out["dryRun"] is True),
        (["keys", "rotate", "--batch-size", "50"], lambda out: out["remaining"] == 0),
    ):
        done = await asyncio.create_subprocess_exec(
            teddy, *argv, env=env, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE
        )
        stdout, stderr = await done.communicate()
        assert done.returncode == 0, stderr.decode()
        assert check(json.loads(stdout)), stdout.decode()
