"""AES-GCM encryption of child content at rest (PostgreSQL columns and Redis values).

Keys come from `TEDDY_ENCRYPTION_KEYS` as `id:base64key,id:base64key`; the first encrypts new
data, all of them decrypt. A sealed value is text, so it fits the existing text columns:
`enc1:<key id>:<base64(nonce + ciphertext)>`. Values without the prefix are legacy plaintext
and are returned as they are (and re-encrypted by `teddy keys rotate`).
"""

from __future__ import annotations

import base64
import binascii
import os
from collections.abc import Callable
from dataclasses import dataclass, field

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

PREFIX = "enc1:"
_PREFIX_LENGTH = len(PREFIX)
_NONCE_BYTES = 12


class CipherError(Exception):
    pass


def parse_keyring(spec: str) -> list[tuple[str, bytes]]:
    """`id:base64key,...` -> [(id, key)], each key 16, 24 or 32 bytes."""
    keys: list[tuple[str, bytes]] = []
    for part in (p.strip() for p in spec.split(",")):
        if not part:
            continue
        key_id, sep, encoded = part.partition(":")
        if not sep or not key_id or ":" in key_id:
            raise CipherError("each encryption key must be written as id:base64key")
        try:
            key = base64.b64decode(encoded, validate=True)
        except (binascii.Error, ValueError):
            raise CipherError(f"encryption key {key_id!r} is not valid base64") from None
        if len(key) not in (16, 24, 32):
            raise CipherError(f"encryption key {key_id!r} must be 16, 24 or 32 bytes")
        keys.append((key_id, key))
    if not keys:
        raise CipherError("no encryption keys given")
    if len({key_id for key_id, _ in keys}) != len(keys):
        raise CipherError("encryption key ids must be unique")
    return keys


def new_key_spec(key_id: str) -> str:
    return f"{key_id}:{base64.b64encode(AESGCM.generate_key(bit_length=256)).decode()}"


@dataclass(frozen=True)
class FieldCipher:
    keys: tuple[tuple[str, bytes], ...]
    _aeads: dict[str, AESGCM] = field(init=False, repr=False, compare=False)
    """One AESGCM per key, made once: building it per value was a tenth of a Dashboard's
    decryption time (200 messages)."""

    def __post_init__(self) -> None:
        aeads: dict[str, AESGCM] = {}
        for key_id, key in self.keys:
            aeads.setdefault(key_id, AESGCM(key))
        object.__setattr__(self, "_aeads", aeads)

    @classmethod
    def from_spec(cls, spec: str) -> FieldCipher:
        return cls(tuple(parse_keyring(spec)))

    @property
    def current_key_id(self) -> str:
        return self.keys[0][0]

    def _aead(self, key_id: str) -> AESGCM:
        try:
            return self._aeads[key_id]
        except KeyError:
            raise CipherError(f"unknown encryption key id {key_id!r}") from None

    def seal(self, plaintext: str, *, context: str = "") -> str:
        """Encrypt under the current key; `context` (e.g. a column name) is authenticated."""
        key_id = self.current_key_id
        nonce = os.urandom(_NONCE_BYTES)
        sealed = self._aead(key_id).encrypt(nonce, plaintext.encode(), context.encode())
        return f"{PREFIX}{key_id}:{base64.b64encode(nonce + sealed).decode()}"

    def open(self, value: str, *, context: str = "") -> str:
        return self._open(value, context.encode())

    def opener(self, context: str = "") -> Callable[[str], str]:
        """`open` for many values of one column context (a page of messages)."""
        associated = context.encode()
        open_sealed = self._open

        def open_one(value: str) -> str:
            return open_sealed(value, associated)

        return open_one

    def _open(self, value: str, associated: bytes) -> str:
        if not value.startswith(PREFIX):
            return value
        key_id, _, payload = value[_PREFIX_LENGTH:].partition(":")
        try:
            # Strict mode refuses what b64decode(validate=True) refuses (characters outside
            # the alphabet, misplaced padding), without its regular-expression pass.
            raw = binascii.a2b_base64(payload, strict_mode=True)
            opened = self._aead(key_id).decrypt(raw[:_NONCE_BYTES], raw[_NONCE_BYTES:], associated)
        except (binascii.Error, ValueError, InvalidTag) as error:
            raise CipherError("a sealed value could not be decrypted") from error
        return opened.decode()

    def key_id_of(self, value: str) -> str | None:
        if not value.startswith(PREFIX):
            return None
        return value[len(PREFIX) :].partition(":")[0]

    def needs_rotation(self, value: str) -> bool:
        return self.key_id_of(value) != self.current_key_id
