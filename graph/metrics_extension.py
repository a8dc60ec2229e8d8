"""Per-operation latency and counts, labelled by root field (a bounded set: the schema's)."""

from __future__ import annotations

import time
from collections.abc import Iterator

from graphql import FieldNode, OperationDefinitionNode
from strawberry.extensions import SchemaExtension

from graph.metrics import CONVERSATION_OPERATIONS, SERVICE_LATENCY

COUNTED_OPERATIONS = frozenset(
    {"startConversation", "sendMessage", "endConversation", "archiveConversation"}
)


def record_operation(root: str, seconds: float) -> None:
    SERVICE_LATENCY.labels(root).observe(seconds)
    if root in COUNTED_OPERATIONS:
        CONVERSATION_OPERATIONS.labels(root).inc()


class OperationMetrics(SchemaExtension):
    def on_operation(self) -> Iterator[None]:
        started = time.perf_counter()
        yield
        record_operation(self._root_field(), time.perf_counter() - started)

    def _root_field(self) -> str:
        context = self.execution_context
        document = context.graphql_document
        if document is None:
            return "invalid"
        for definition in document.definitions:
            if not isinstance(definition, OperationDefinitionNode):
                continue
            name = definition.name.value if definition.name else None
            if context.operation_name not in (None, name):
                continue
            for selection in definition.selection_set.selections:
                if isinstance(selection, FieldNode):
                    field = selection.name.value
                    return field if self._known(field, definition.operation.value) else "unknown"
        return "unknown"

    def _known(self, field: str, operation: str) -> bool:
        schema = self.execution_context.schema._schema
        root = {
            "query": schema.query_type,
            "mutation": schema.mutation_type,
            "subscription": schema.subscription_type,
        }.get(operation)
        return root is not None and (field in root.fields or field.startswith("__"))
