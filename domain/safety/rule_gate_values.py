"""The values and source facts the rule-gate prover (rule_gate_proof.py) works with: what an
expression is known to be in the null world, and what a function's source says about its
names."""

from __future__ import annotations

import ast
import inspect
import operator
import textwrap
import types
from functools import cache
from typing import Any

from domain.safety.prefilter import Prefiltered

NULL_RESULTS = {
    "search": "none",
    "match": "none",
    "fullmatch": "none",
    "findall": "empty",
}
NULL_ITERATORS = {"finditer"}
ADDS = {"append", "extend", "insert"}


class Value:
    """An abstract value: one of the kinds below, or a known object."""

    __slots__ = ("kind", "obj")

    def __init__(self, kind: str, obj: Any = None) -> None:
        self.kind = kind
        self.obj = obj

    @property
    def falsy(self) -> bool:
        if self.kind == "obj":
            return _truth(self.obj) is False
        return self.kind in ("none", "empty", "false", "falsy")

    @property
    def truthy(self) -> bool:
        if self.kind == "obj":
            return _truth(self.obj) is True
        return self.kind in ("true", "iter")


def _truth(obj: Any) -> bool | None:
    """The truth of a known object, if its type says it plainly."""
    if obj is None or isinstance(obj, bool | int | str | tuple | frozenset):
        return bool(obj)
    if isinstance(obj, Prefiltered | types.FunctionType | types.ModuleType):
        return True
    return None


UNKNOWN = Value("unknown")
NONE = Value("none")  # None
EMPTY = Value("empty")  # an empty list
ITER = Value("iter")  # an iterator that yields nothing
FALSE = Value("false")
TRUE = Value("true")
FALSY = Value("falsy")  # falsy, of no known kind
ACCUMULATOR = "acc"  # a list made empty in the function, added to only where proven not to run


class Unprovable(Exception):
    """The prover met something it does not read: no proof."""


ORDER = {
    ast.Lt: operator.lt,
    ast.LtE: operator.le,
    ast.Gt: operator.gt,
    ast.GtE: operator.ge,
    ast.Eq: operator.eq,
    ast.NotEq: operator.ne,
}


def is_number(value: Value) -> bool:
    return value.kind == "obj" and type(value.obj) in (int, bool)


def join(a: Value, b: Value) -> Value:
    if a.kind == b.kind and a.kind != "obj":
        return a
    if a.falsy and b.falsy:
        return FALSY
    return UNKNOWN


@cache
def function_node(function: Any) -> ast.FunctionDef:
    try:
        source = textwrap.dedent(inspect.getsource(function))
    except (OSError, TypeError) as error:
        raise Unprovable from error
    tree = ast.parse(source)
    if len(tree.body) != 1 or not isinstance(tree.body[0], ast.FunctionDef):
        raise Unprovable
    return tree.body[0]


def stores(node: ast.FunctionDef) -> dict[str, int]:
    """How often each name is bound (a `+=` included)."""
    counts: dict[str, int] = {}
    for inner in ast.walk(node):
        if isinstance(inner, ast.Name) and isinstance(inner.ctx, ast.Store):
            counts[inner.id] = counts.get(inner.id, 0) + 1
        elif isinstance(inner, ast.comprehension):
            for name in ast.walk(inner.target):
                if isinstance(name, ast.Name):
                    counts[name.id] = counts.get(name.id, 0) + 100  # never a plain local
    return counts


def made_empty(node: ast.FunctionDef, name: str) -> bool:
    """Is `name` set in the function's own body (not inside a block), to a list (an empty
    one, in the null world, or the name is not an accumulator there)?"""
    for stmt in node.body:
        targets = (
            stmt.targets
            if isinstance(stmt, ast.Assign)
            else [stmt.target]
            if isinstance(stmt, ast.AnnAssign)
            else []
        )
        for target in targets:
            if isinstance(target, ast.Name) and target.id == name:
                return True
    return False


def top_level_only(node: ast.FunctionDef) -> set[str]:
    top: dict[str, int] = {}
    for stmt in node.body:
        if isinstance(stmt, ast.Assign | ast.AnnAssign):
            targets = stmt.targets if isinstance(stmt, ast.Assign) else [stmt.target]
            for target in targets:
                if isinstance(target, ast.Name):
                    top[target.id] = top.get(target.id, 0) + 1
    counts = stores(node)
    return {name for name, n in top.items() if counts.get(name) == n}


def times_added_to(node: ast.FunctionDef, name: str) -> int:
    return sum(
        1
        for inner in ast.walk(node)
        if isinstance(inner, ast.AugAssign)
        and isinstance(inner.target, ast.Name)
        and inner.target.id == name
    )


def only_added_to(node: ast.FunctionDef, name: str) -> bool:
    """Is the list `name` only added to (`+=`, `.append`, `.extend`, `.insert`), returned
    (alone or added to another list) and tested, never handed on or aliased?"""
    parents: dict[int, ast.AST] = {}
    for inner in ast.walk(node):
        for child in ast.iter_child_nodes(inner):
            parents[id(child)] = inner
    for inner in ast.walk(node):
        if not (isinstance(inner, ast.Name) and inner.id == name):
            continue
        parent = parents[id(inner)]
        if isinstance(inner.ctx, ast.Store):
            if not isinstance(parent, ast.Assign | ast.AnnAssign | ast.AugAssign):
                return False
            if isinstance(parent, ast.AugAssign) and not isinstance(parent.op, ast.Add):
                return False
            continue
        if isinstance(parent, ast.Attribute):
            if parent.attr not in ADDS or not isinstance(parents[id(parent)], ast.Call):
                return False
            continue
        while isinstance(parent, ast.BinOp) and isinstance(parent.op, ast.Add):
            parent = parents[id(parent)]
        if isinstance(parent, ast.Return):
            continue
        while isinstance(parent, ast.BoolOp | ast.UnaryOp):
            parent = parents[id(parent)]
        if isinstance(parent, ast.If):
            continue
        return False
    return True
