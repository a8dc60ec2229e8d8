"""Parse and validate each distinct operation once.

Devices send the same few documents all day; validating them again on every request was
about 40% of the service's CPU in the chat benchmark. Both caches are keyed by the query text
(and the parse options), never by the parsed document: hashing a DocumentNode walks the whole
tree on every call. The depth and alias limits are validation rules built once here, so the
rule set is the same objects every time (Strawberry's limiter extensions build new rule
classes per request, which would defeat any cache).
"""

from __future__ import annotations

import contextlib
import functools
from collections.abc import Iterator, Mapping
from typing import Any

from graphql import DocumentNode, GraphQLError, GraphQLSchema, parse
from graphql.validation import ASTValidationRule
from strawberry.extensions import SchemaExtension
from strawberry.extensions.max_aliases import create_validator as alias_limit
from strawberry.extensions.query_depth_limiter import create_validator as depth_limit
from strawberry.schema.schema import validate_document

CACHE_SIZE = 512
ParseKey = tuple[tuple[str, object], ...]


def limit_rules(max_depth: int, max_aliases: int) -> tuple[type[ASTValidationRule], ...]:
    return (depth_limit(max_depth, None), alias_limit(max_aliases))


@functools.lru_cache(maxsize=CACHE_SIZE)
def _parse(query: str, options: ParseKey) -> DocumentNode:
    return parse(query, **dict(options))  # type: ignore[arg-type]


@functools.lru_cache(maxsize=CACHE_SIZE)
def _validate(
    schema: GraphQLSchema,
    query: str,
    options: ParseKey,
    rules: tuple[type[ASTValidationRule], ...],
) -> tuple[GraphQLError, ...]:
    return tuple(validate_document(schema, _parse(query, options), rules))


def _options(parse_options: Mapping[str, Any]) -> ParseKey:
    return tuple(sorted(parse_options.items()))


class CachedParse(SchemaExtension):
    """Parses through the cache. A document that fails to parse is left to Strawberry's own
    parser, so syntax errors are reported exactly as without the cache."""

    def on_parse(self) -> Iterator[None]:
        context = self.execution_context
        if context.graphql_document is None and context.query:
            with contextlib.suppress(GraphQLError):
                context.graphql_document = _parse(context.query, _options(context.parse_options))
        yield


class CachedValidation(SchemaExtension):
    """Runs validation (with the limit rules) through the cache."""

    rules: tuple[type[ASTValidationRule], ...] = ()

    def on_validate(self) -> Iterator[None]:
        context = self.execution_context
        if (
            context.query
            and context.graphql_document is not None
            and context.pre_execution_errors is None
        ):
            options = _options(context.parse_options)
            if context.graphql_document is _parse(context.query, options):
                rules = (*context.validation_rules, *self.rules)
                context.pre_execution_errors = list(
                    _validate(context.schema._schema, context.query, options, rules)
                )
        yield


def cached_validation(max_depth: int, max_aliases: int) -> type[CachedValidation]:
    rules = limit_rules(max_depth, max_aliases)
    return type("CachedValidationWithLimits", (CachedValidation,), {"rules": rules})
