"""A proof, read from a rule function's source, that it finds nothing in a text none of some
pre-filtered patterns can match: the gate rule_gates.py puts before the function.

The prover reads the function (and the helpers it calls with the text) in a "null world",
where every call `P.search(text)`, `.match`, `.fullmatch` on the function's own text gives
None, `.findall` an empty list and `.finditer` nothing, for each assumed pattern P. It follows
only the code that can then run (an `if` whose test is then false is skipped, as is the rest
of an `and` after a false part), and the proof holds when every `return` that can run returns
an empty list, and no list it returns can have been added to. Anything it does not know
(another call, a value worked out some other way) is unknown: a test it cannot decide leads
both ways, and a return it cannot show empty fails the proof, so a function it cannot read
is simply never gated. Only speed depends on the proofs: a gated function is skipped only when
the pre-filter shows no assumed pattern can match, and then it would have found nothing.
"""

from __future__ import annotations

import ast
import types
from collections.abc import Callable
from functools import cache
from typing import Any

from domain.safety.prefilter import Prefiltered
from domain.safety.rule_gate_expressions import Expressions
from domain.safety.rule_gate_values import (
    ACCUMULATOR,
    ADDS,
    EMPTY,
    FALSE,
    FALSY,
    NONE,
    UNKNOWN,
    Unprovable,
    Value,
    function_node,
    made_empty,
    only_added_to,
    stores,
    times_added_to,
    top_level_only,
)


class Proof:
    """Proves functions find nothing while every pattern in `assumed` (or, with None, every
    pre-filtered pattern) cannot match; `used` collects the patterns a proof relied on."""

    def __init__(self, assumed: frozenset[Prefiltered] | None) -> None:
        self.assumed = assumed
        self.used: dict[int, Prefiltered] = {}
        self._memo: dict[Any, Value] = {}

    def finds_nothing(self, function: Callable[..., Any]) -> bool:
        try:
            return self._returns(function).kind == "empty"
        except Exception:  # noqa: BLE001  (anything unread: no proof, so no gate)
            return False

    def _returns(self, function: Any) -> Value:
        key = getattr(function, "__code__", None)
        if key in self._memo:
            return self._memo[key]
        self._memo[key] = UNKNOWN  # a recursive call proves nothing
        value = _read(function).returns(self)
        self._memo[key] = value
        return value

    def null_call(self, pattern: Any) -> bool:
        if not isinstance(pattern, Prefiltered):
            return False
        if self.assumed is None:
            if pattern.always():
                return False  # never ruled out: no use to a gate
        elif pattern not in self.assumed:
            return False
        self.used[id(pattern)] = pattern
        return True


@cache
def _read(function: Any) -> _Function:
    return _Function(function)


class _Function(Expressions):
    """One function read in the null world."""

    def __init__(self, function: Any) -> None:
        if not isinstance(function, types.FunctionType) or function.__closure__:
            raise Unprovable
        self.globals = function.__globals__
        node = function_node(function)
        args = node.args
        if args.vararg or args.kwarg or not args.args or node.decorator_list:
            raise Unprovable
        self.node = node
        self.text = args.args[0].arg
        self.stores = stores(node)
        self.sequential = top_level_only(node)
        """Names only ever set by assignments in the function's own body, not inside a
        block: read in order, each read sees the last value set."""
        if self.stores.get(self.text, 0):
            raise Unprovable  # the text is reassigned
        for inner in ast.walk(node):
            if inner is not node and isinstance(
                inner,
                ast.AsyncFunctionDef
                | ast.ClassDef
                | ast.Global
                | ast.Nonlocal
                | ast.Yield
                | ast.YieldFrom
                | ast.Await
                | ast.NamedExpr
                | ast.Delete,
            ):
                raise Unprovable
        self.locals = set(self.stores) | {a.arg for a in (*args.posonlyargs, *args.args)}
        self.locals |= {a.arg for a in args.kwonlyargs}
        nested = any(
            isinstance(inner, ast.FunctionDef | ast.Lambda)
            for inner in ast.walk(node)
            if inner is not node
        )
        self.accumulators = (
            set()
            if nested
            else {
                name
                for name, count in self.stores.items()
                if count - times_added_to(node, name) == 1
                and made_empty(node, name)
                and only_added_to(node, name)
            }
        )

    def returns(self, proof: Proof) -> Value:
        self.proof = proof
        returned: list[Value] = []
        dirty: set[str] = set()
        if not self._walk(self.node.body, {}, returned, dirty, top=True):
            returned.append(NONE)  # control can fall off the end
        kinds = set()
        for value in returned:
            if value.kind == ACCUMULATOR:
                if value.obj in dirty:
                    return UNKNOWN
                value = EMPTY
            if value.kind == "obj":
                value = NONE if value.obj is None else FALSE if value.obj is False else UNKNOWN
            kinds.add(value.kind)
        if len(kinds) == 1:
            return Value(kinds.pop())
        if all(Value(k).falsy for k in kinds):
            return FALSY
        return UNKNOWN

    # --- statements -----------------------------------------------------------------------

    def _walk(
        self,
        body: list[ast.stmt],
        env: dict[str, Value],
        returned: list[Value],
        dirty: set[str],
        *,
        top: bool = False,
    ) -> bool:
        """Walk the statements that can run; True if the block surely returns."""
        for stmt in body:
            if isinstance(stmt, ast.Return):
                returned.append(NONE if stmt.value is None else self._ev(stmt.value, env))
                return True  # nothing after a return in this block runs
            if isinstance(stmt, ast.If):
                test = self._ev(stmt.test, env)
                ends_body = ends_else = True  # a branch that cannot run does not continue
                if not test.falsy:
                    ends_body = self._walk(stmt.body, env, returned, dirty)
                if not test.truthy:
                    ends_else = self._walk(stmt.orelse, env, returned, dirty)
                if ends_body and ends_else:
                    return True
            elif isinstance(stmt, ast.For):
                self._for(stmt, env, returned, dirty)
            elif isinstance(stmt, ast.Assign | ast.AnnAssign):
                self._assign(stmt, env, dirty, top=top)
            elif isinstance(stmt, ast.AugAssign):
                target = stmt.target
                if isinstance(target, ast.Name) and target.id in self.accumulators:
                    if self._ev(stmt.value, env).kind not in ("empty", ACCUMULATOR):
                        dirty.add(target.id)
                else:
                    self._check(stmt, env, dirty)
            elif isinstance(stmt, ast.Expr):
                self._expression(stmt.value, env, dirty)
            elif isinstance(stmt, ast.Pass):
                continue
            elif isinstance(stmt, ast.FunctionDef):
                if stmt.decorator_list or stmt.name == self.text:
                    raise Unprovable
                env[stmt.name] = UNKNOWN  # a helper of its own: its calls are unknown
            else:
                raise Unprovable  # while, try, with, raise, ...: not read
        return False

    def _for(
        self, stmt: ast.For, env: dict[str, Value], returned: list[Value], dirty: set[str]
    ) -> None:
        if stmt.orelse:
            raise Unprovable
        items = self._ev(stmt.iter, env)
        if items.kind in ("empty", "iter"):
            return
        if items.kind == "obj" and isinstance(items.obj, tuple):
            for item in items.obj:
                inner = dict(env)
                self._bind(stmt.target, Value("obj", item), inner)
                self._walk(stmt.body, inner, returned, dirty)
            return
        inner = dict(env)
        self._bind(stmt.target, UNKNOWN, inner)
        self._walk(stmt.body, inner, returned, dirty)

    def _assign(
        self, stmt: ast.Assign | ast.AnnAssign, env: dict[str, Value], dirty: set[str], *, top: bool
    ) -> None:
        targets = stmt.targets if isinstance(stmt, ast.Assign) else [stmt.target]
        if stmt.value is None:
            return
        value = self._ev(stmt.value, env)
        self._check(stmt.value, env, dirty)
        for target in targets:
            if isinstance(target, ast.Tuple):
                self._bind(target, UNKNOWN, env)
                continue
            if not isinstance(target, ast.Name):
                raise Unprovable  # a store into something else
            name = target.id
            if value.kind in ("empty", ACCUMULATOR):
                # A list: tracked only as an accumulator (else it may be added to unseen).
                accumulator = name in self.accumulators and value.kind == "empty"
                env[name] = Value(ACCUMULATOR, name) if accumulator else UNKNOWN
            elif top and (self.stores.get(name) == 1 or name in self.sequential):
                env[name] = value
            else:
                env[name] = UNKNOWN

    def _expression(self, value: ast.expr, env: dict[str, Value], dirty: set[str]) -> None:
        if (
            isinstance(value, ast.Call)
            and isinstance(value.func, ast.Attribute)
            and isinstance(value.func.value, ast.Name)
            and value.func.value.id in self.accumulators
        ):
            if value.func.attr not in ADDS:
                raise Unprovable
            added = [self._ev(a, env) for a in value.args]
            if value.func.attr != "extend" or added[0].kind not in ("empty", "iter"):
                dirty.add(value.func.value.id)
            return
        self._ev(value, env)  # (fails on a call that would raise)
        self._check(value, env, dirty)

    def _check(self, node: ast.AST, env: dict[str, Value], dirty: set[str]) -> None:
        """An accumulator passed to a call could be added to there."""
        for inner in ast.walk(node):
            if isinstance(inner, ast.Call):
                for arg in (*inner.args, *(k.value for k in inner.keywords)):
                    for name in ast.walk(arg):
                        if isinstance(name, ast.Name) and name.id in self.accumulators:
                            dirty.add(name.id)
