"""Registering children, pairing and revoking devices, and who may see whom."""

from __future__ import annotations

import uuid

import pytest

from domain.errors import Forbidden, NotFound, Unauthenticated, ValidationFailed
from domain.principal import ANONYMOUS, Principal, Role
from graph.services import Services
from tests.factories import new_child, new_device, new_parent


async def test_register_child_records_consent_and_trims_name(services: Services) -> None:
    parent = new_parent()
    child = await services.children.register_child(
        parent, display_name="  Leo  ", age=5, parental_consent=True
    )
    assert child.display_name == "Leo"
    assert child.age_group.value == "3-6"
    assert child.consent_at is not None and child.consent_method
    again = await services.children.get_child(parent, child.id)
    assert again == child


@pytest.mark.parametrize("age", [2, 14, -1, 100])
async def test_ages_outside_3_to_13_are_refused(services: Services, age: int) -> None:
    with pytest.raises(ValidationFailed) as caught:
        await services.children.register_child(
            new_parent(), display_name="Leo", age=age, parental_consent=True
        )
    assert caught.value.field == "age"


async def test_registration_without_consent_is_refused(services: Services) -> None:
    with pytest.raises(ValidationFailed) as caught:
        await services.children.register_child(
            new_parent(), display_name="Leo", age=6, parental_consent=False
        )
    assert caught.value.field == "parentalConsent"


@pytest.mark.parametrize("name", ["", "   ", "x" * 51, "bad\x00name"])
async def test_bad_display_names_are_refused(services: Services, name: str) -> None:
    with pytest.raises(ValidationFailed) as caught:
        await services.children.register_child(
            new_parent(), display_name=name, age=6, parental_consent=True
        )
    assert caught.value.field == "displayName"


async def test_only_parents_register_children(services: Services) -> None:
    with pytest.raises(Unauthenticated):
        await services.children.register_child(
            ANONYMOUS, display_name="Leo", age=6, parental_consent=True
        )
    moderator = Principal(role=Role.MODERATOR, subject="mod-1")
    with pytest.raises(Forbidden):
        await services.children.register_child(
            moderator, display_name="Leo", age=6, parental_consent=True
        )


async def test_another_parent_cannot_see_or_pair_my_child(services: Services) -> None:
    parent = new_parent()
    child = await new_child(services, parent)
    stranger = new_parent()
    with pytest.raises(NotFound):
        await services.children.get_child(stranger, child.id)
    with pytest.raises(NotFound):
        await services.children.pair_device(stranger, child_id=child.id, name="Mine now")


async def test_paired_token_authenticates_until_revoked(services: Services) -> None:
    parent = new_parent()
    child = await new_child(services, parent)
    device, token = await new_device(services, parent, child)
    found = await services.children.authenticate_device(token)
    assert found is not None and found.child_id == child.id
    assert await services.children.authenticate_device(token + "x") is None
    assert await services.children.authenticate_device("not-a-device-token") is None

    stranger = new_parent()
    with pytest.raises(NotFound):
        await services.children.revoke_device(stranger, uuid.UUID(device.subject))
    revoked = await services.children.revoke_device(parent, uuid.UUID(device.subject))
    assert revoked.revoked_at is not None
    assert await services.children.authenticate_device(token) is None


async def test_device_token_is_stored_only_as_a_hash(services: Services) -> None:
    parent = new_parent()
    child = await new_child(services, parent)
    _, token = await new_device(services, parent, child)
    rows = await services.database.engine.run_ddl(
        f"SELECT count(*) AS n FROM device WHERE token_hash = '{token}' OR name = '{token}'"
    )
    assert rows[0]["n"] == 0
