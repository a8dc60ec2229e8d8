"""Parse and validate each distinct operation once.

Devices send the same few documents all day; validating them again on every request was
about 40% of the service's CPU in the chat benchmark. Parsed documents come from Strawberry's
ParserCache; validation results are cached per (schema, document, rules). The depth and alias
limits are validation rules built once here, so the rule set is the same object every time
and the cache can hit (Strawberry's limiter extensions build new rule classes per request).
"""

from __future__ import annotations

import functools
from collections.abc import Iterator

from graphql import DocumentNode, GraphQLError, GraphQLSchema, parse
from graphql.validation import ASTValidationRule
from strawberry.extensions import SchemaExtension
from strawberry.extensions.max_aliases import create_validator as alias_limit
from strawberry.extensions.query_depth_limiter import create_validator as depth_limit
from strawberry.schema.schema import validate_document

CACHE_SIZE = 512


def limit_rules(max_depth: int, max_aliases: int) -> tuple[type[ASTValidationRule], ...]:
    return (depth_limit(max_depth, None), alias_limit(max_aliases))


@functools.lru_cache(maxsize=CACHE_SIZE)
def _parse(query: str, options: tuple[tuple[str, object], ...]) -> DocumentNode:
    return parse(query, **dict(options))  # type: ignore[arg-type]


class CachedParse(SchemaExtension):
    """Parses through a bounded cache. A document that fails to parse is left to Strawberry's
    own parser, so syntax errors are reported exactly as without the cache."""

    def on_parse(self) -> Iterator[None]:
        context = self.execution_context
        if context.graphql_document is None and context.query:
            try:
                options = tuple(sorted(context.parse_options.items()))
                context.graphql_document = _parse(context.query, options)
            except GraphQLError:
                pass
        yield


@functools.lru_cache(maxsize=CACHE_SIZE)
def _validate(
    schema: GraphQLSchema, document: DocumentNode, rules: tuple[type[ASTValidationRule], ...]
) -> tuple[GraphQLError, ...]:
    return tuple(validate_document(schema, document, rules))


class CachedValidation(SchemaExtension):
    """Runs validation (with the limit rules) through a bounded cache."""

    rules: tuple[type[ASTValidationRule], ...] = ()

    def on_validate(self) -> Iterator[None]:
        context = self.execution_context
        if context.graphql_document is not None and context.pre_execution_errors is None:
            rules = (*context.validation_rules, *self.rules)
            context.pre_execution_errors = list(
                _validate(context.schema._schema, context.graphql_document, rules)
            )
        yield


def cached_validation(max_depth: int, max_aliases: int) -> type[CachedValidation]:
    rules = limit_rules(max_depth, max_aliases)
    return type("CachedValidationWithLimits", (CachedValidation,), {"rules": rules})
