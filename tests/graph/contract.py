"""The operations the real clients send, read from ../shared/contract/ as they are."""

from __future__ import annotations

from pathlib import Path

import pytest
from graphql import OperationDefinitionNode, parse

CONTRACT_DIR = Path(__file__).resolve().parents[2].parent / "shared" / "contract"


def contract_document(client: str) -> str:
    path = CONTRACT_DIR / f"{client}.graphql"
    if not path.exists():
        pytest.skip(f"client contract not found at {path} (shared/ lies beside the repository)")
    return path.read_text()


def operation_names(client: str) -> list[str]:
    document = parse(contract_document(client))
    return [
        d.name.value
        for d in document.definitions
        if isinstance(d, OperationDefinitionNode) and d.name is not None
    ]
