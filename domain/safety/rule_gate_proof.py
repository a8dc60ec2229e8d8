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
import builtins
import inspect
import operator
from functools import cache
import textwrap
import types
from collections.abc import Callable
from typing import Any

from domain.safety.prefilter import Prefiltered

_NULL = {
    "search": "none",
    "match": "none",
    "fullmatch": "none",
    "findall": "empty",
}
_NULL_ITER = {"finditer"}
_ADDS = {"append", "extend", "insert"}


class _V:
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


UNKNOWN = _V("unknown")
NONE = _V("none")  # None
EMPTY = _V("empty")  # an empty list
ITER = _V("iter")  # an iterator that yields nothing
FALSE = _V("false")
TRUE = _V("true")
FALSY = _V("falsy")  # falsy, of no known kind
_ACC = "acc"  # a list made empty in the function, added to only where proven not to run


class _Fail(Exception):
    """The prover met something it does not read: no proof."""


class Proof:
    """Proves functions find nothing while every pattern in `assumed` (or, with None, every
    pre-filtered pattern) cannot match; `used` collects the patterns a proof relied on."""

    def __init__(self, assumed: frozenset[Prefiltered] | None) -> None:
        self.assumed = assumed
        self.used: dict[int, Prefiltered] = {}
        self._memo: dict[Any, _V] = {}

    def finds_nothing(self, function: Callable[..., Any]) -> bool:
        try:
            return self._returns(function).kind == "empty"
        except Exception:  # noqa: BLE001  (anything unread: no proof, so no gate)
            return False

    def _returns(self, function: Any) -> _V:
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
def _source(function: Any) -> ast.FunctionDef:
    try:
        source = textwrap.dedent(inspect.getsource(function))
    except (OSError, TypeError) as error:
        raise _Fail from error
    tree = ast.parse(source)
    if len(tree.body) != 1 or not isinstance(tree.body[0], ast.FunctionDef):
        raise _Fail
    return tree.body[0]


@cache
def _read(function: Any) -> _Function:
    return _Function(function)


class _Function:
    """One function read in the null world."""

    def __init__(self, function: Any) -> None:
        if not isinstance(function, types.FunctionType) or function.__closure__:
            raise _Fail
        self.globals = function.__globals__
        node = _source(function)
        args = node.args
        if args.vararg or args.kwarg or not args.args or node.decorator_list:
            raise _Fail
        self.node = node
        self.text = args.args[0].arg
        self.stores = _stores(node)
        self.sequential = _top_level_only(node)
        """Names only ever set by assignments in the function's own body, not inside a
        block: read in order, each read sees the last value set."""
        if self.stores.get(self.text, 0):
            raise _Fail  # the text is reassigned
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
                raise _Fail
        self.locals = set(self.stores) | {a.arg for a in (*args.posonlyargs, *args.args)}
        self.locals |= {a.arg for a in args.kwonlyargs}
        nested = any(
            isinstance(inner, ast.FunctionDef | ast.Lambda)
            for inner in ast.walk(node)
            if inner is not node
        )
        self.accumulators = set() if nested else {
            name
            for name, count in self.stores.items()
            if count - _added(node, name) == 1
            and _made_empty(node, name)
            and _only_added_to(node, name)
        }

    def returns(self, proof: Proof) -> _V:
        self.proof = proof
        returned: list[_V] = []
        dirty: set[str] = set()
        if not self._walk(self.node.body, {}, returned, dirty, top=True):
            returned.append(NONE)  # control can fall off the end
        kinds = set()
        for value in returned:
            if value.kind == _ACC:
                if value.obj in dirty:
                    return UNKNOWN
                value = EMPTY
            if value.kind == "obj":
                value = NONE if value.obj is None else FALSE if value.obj is False else UNKNOWN
            kinds.add(value.kind)
        if len(kinds) == 1:
            return _V(kinds.pop())
        if all(_V(k).falsy for k in kinds):
            return FALSY
        return UNKNOWN

    # --- statements -----------------------------------------------------------------------

    def _walk(
        self,
        body: list[ast.stmt],
        env: dict[str, _V],
        returned: list[_V],
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
                    if self._ev(stmt.value, env).kind not in ("empty", _ACC):
                        dirty.add(target.id)
                else:
                    self._check(stmt, env, dirty)
            elif isinstance(stmt, ast.Expr):
                self._expression(stmt.value, env, dirty)
            elif isinstance(stmt, ast.Pass):
                continue
            elif isinstance(stmt, ast.FunctionDef):
                if stmt.decorator_list or stmt.name == self.text:
                    raise _Fail
                env[stmt.name] = UNKNOWN  # a helper of its own: its calls are unknown
            else:
                raise _Fail  # while, try, with, raise, ...: not read
        return False

    def _for(self, stmt: ast.For, env: dict[str, _V], returned: list[_V], dirty: set[str]) -> None:
        if stmt.orelse:
            raise _Fail
        items = self._ev(stmt.iter, env)
        if items.kind in ("empty", "iter"):
            return
        if items.kind == "obj" and isinstance(items.obj, tuple):
            for item in items.obj:
                inner = dict(env)
                self._bind(stmt.target, _V("obj", item), inner)
                self._walk(stmt.body, inner, returned, dirty)
            return
        inner = dict(env)
        self._bind(stmt.target, UNKNOWN, inner)
        self._walk(stmt.body, inner, returned, dirty)

    def _assign(self, stmt: ast.Assign | ast.AnnAssign, env: dict[str, _V], dirty: set[str], *, top: bool) -> None:
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
                raise _Fail  # a store into something else
            name = target.id
            if value.kind in ("empty", _ACC):
                # A list: tracked only as an accumulator (else it may be added to unseen).
                accumulator = name in self.accumulators and value.kind == "empty"
                env[name] = _V(_ACC, name) if accumulator else UNKNOWN
            elif top and (self.stores.get(name) == 1 or name in self.sequential):
                env[name] = value
            else:
                env[name] = UNKNOWN

    def _expression(self, value: ast.expr, env: dict[str, _V], dirty: set[str]) -> None:
        if (
            isinstance(value, ast.Call)
            and isinstance(value.func, ast.Attribute)
            and isinstance(value.func.value, ast.Name)
            and value.func.value.id in self.accumulators
        ):
            if value.func.attr not in _ADDS:
                raise _Fail
            added = [self._ev(a, env) for a in value.args]
            if value.func.attr != "extend" or added[0].kind not in ("empty", "iter"):
                dirty.add(value.func.value.id)
            return
        self._ev(value, env)  # (fails on a call that would raise)
        self._check(value, env, dirty)

    def _check(self, node: ast.AST, env: dict[str, _V], dirty: set[str]) -> None:
        """An accumulator passed to a call could be added to there."""
        for inner in ast.walk(node):
            if isinstance(inner, ast.Call):
                for arg in (*inner.args, *(k.value for k in inner.keywords)):
                    for name in ast.walk(arg):
                        if isinstance(name, ast.Name) and name.id in self.accumulators:
                            dirty.add(name.id)

    def _bind(self, target: ast.expr, value: _V, env: dict[str, _V]) -> None:
        if isinstance(target, ast.Name):
            if target.id == self.text:
                raise _Fail
            env[target.id] = value
        elif isinstance(target, ast.Tuple):
            parts: list[_V] = [UNKNOWN] * len(target.elts)
            if value.kind == "obj" and isinstance(value.obj, tuple):
                if len(value.obj) != len(target.elts):
                    raise _Fail
                parts = [_V("obj", o) for o in value.obj]
            for elt, part in zip(target.elts, parts, strict=True):
                self._bind(elt, part, env)
        else:
            raise _Fail

    # --- expressions ----------------------------------------------------------------------

    def _ev(self, node: ast.expr, env: dict[str, _V]) -> _V:  # noqa: C901, PLR0911, PLR0912
        if isinstance(node, ast.Constant):
            return _V("obj", node.value) if node.value is None or isinstance(node.value, bool | int | str) else UNKNOWN
        if isinstance(node, ast.Name):
            if node.id in env:
                return env[node.id]
            if node.id in self.locals:
                return UNKNOWN
            if node.id in self.globals:
                return _V("obj", self.globals[node.id])
            if hasattr(builtins, node.id):
                return _V("obj", getattr(builtins, node.id))
            return UNKNOWN
        if isinstance(node, ast.Attribute):
            owner = self._ev(node.value, env)
            if owner.kind == "none" or (owner.kind == "obj" and owner.obj is None):
                raise _Fail  # would raise
            if owner.kind == "obj" and isinstance(owner.obj, types.ModuleType):
                if hasattr(owner.obj, node.attr):
                    return _V("obj", getattr(owner.obj, node.attr))
            return UNKNOWN
        if isinstance(node, ast.Subscript):
            owner = self._ev(node.value, env)
            if owner.kind == "none":
                raise _Fail
            if owner.kind == "obj" and isinstance(owner.obj, tuple):
                index = node.slice
                if isinstance(index, ast.Constant) and isinstance(index.value, int):
                    return _V("obj", owner.obj[index.value])
                if isinstance(index, ast.Slice) and index.step is None:
                    bounds = [
                        None if b is None else (b.value if isinstance(b, ast.Constant) else "?")
                        for b in (index.lower, index.upper)
                    ]
                    if all(b is None or isinstance(b, int) for b in bounds):
                        return _V("obj", owner.obj[bounds[0] : bounds[1]])
            return UNKNOWN
        if isinstance(node, ast.BoolOp):
            # Evaluated as Python does: no further than a part that decides the whole.
            values: list[_V] = []
            for part in node.values:
                value = self._ev(part, env)
                values.append(value)
                if isinstance(node.op, ast.And) and value.falsy:
                    return value if len(values) == 1 else FALSY
                if isinstance(node.op, ast.Or) and value.truthy:
                    return TRUE
            if isinstance(node.op, ast.And):
                return TRUE if all(v.truthy for v in values) else UNKNOWN
            return values[-1] if all(v.falsy for v in values) else UNKNOWN
        if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.Not):
            value = self._ev(node.operand, env)
            return TRUE if value.falsy else FALSE if value.truthy else UNKNOWN
        if isinstance(node, ast.Compare):
            return self._compare(node, env)
        if isinstance(node, ast.IfExp):
            test = self._ev(node.test, env)
            if test.falsy:
                return self._ev(node.orelse, env)
            if test.truthy:
                return self._ev(node.body, env)
            return _join(self._ev(node.body, env), self._ev(node.orelse, env))
        if isinstance(node, ast.List) and not node.elts:
            return EMPTY
        if isinstance(node, ast.Tuple):
            items = [self._ev(elt, env) for elt in node.elts]
            if all(item.kind == "obj" for item in items):
                return _V("obj", tuple(item.obj for item in items))
            return UNKNOWN
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
            left, right = self._ev(node.left, env), self._ev(node.right, env)
            if _number(left) and _number(right):
                return _V("obj", left.obj + right.obj)
            if left.kind in ("empty", _ACC) and right.kind in ("empty", _ACC):
                return left if left.kind == _ACC and right.kind == "empty" else (
                    right if left.kind == "empty" else UNKNOWN
                )
            return UNKNOWN
        if isinstance(node, ast.ListComp | ast.GeneratorExp):
            return self._comprehension(node, env)
        if isinstance(node, ast.Call):
            return self._call(node, env)
        return UNKNOWN

    def _compare(self, node: ast.Compare, env: dict[str, _V]) -> _V:
        if len(node.ops) != 1:
            return UNKNOWN
        op = node.ops[0]
        left, right = self._ev(node.left, env), self._ev(node.comparators[0], env)
        if isinstance(op, ast.Is | ast.IsNot):
            same: bool | None = None
            if left.kind == "obj" and right.kind == "obj":
                same = left.obj is right.obj
            elif right.kind == "obj" and right.obj is None and left.kind in ("none", "empty", "iter", "false", "true"):
                same = left.kind == "none"
            if same is None:
                return UNKNOWN
            return TRUE if same == isinstance(op, ast.Is) else FALSE
        if _number(left) and _number(right) and type(op) in _ORDER:
            return _V("obj", _ORDER[type(op)](left.obj, right.obj))
        return UNKNOWN

    def _comprehension(self, node: ast.ListComp | ast.GeneratorExp, env: dict[str, _V]) -> _V:
        empty = EMPTY if isinstance(node, ast.ListComp) else ITER
        if len(node.generators) != 1:
            return UNKNOWN
        generator = node.generators[0]
        if generator.is_async:
            raise _Fail
        items = self._ev(generator.iter, env)
        if items.kind in ("empty", "iter"):
            return empty
        bindings: list[_V] = [UNKNOWN]
        if items.kind == "obj" and isinstance(items.obj, tuple):
            bindings = [_V("obj", o) for o in items.obj]
        for binding in bindings:
            inner = dict(env)
            self._bind(generator.target, binding, inner)
            if not any(self._ev(test, inner).falsy for test in generator.ifs):
                if isinstance(node, ast.GeneratorExp) and self._ev(node.elt, inner).falsy:
                    continue  # a generator of falsy values (for any())
                return UNKNOWN
        return empty if isinstance(node, ast.ListComp) else _V("falsy_iter")

    def _sum(self, node: ast.expr, env: dict[str, _V]) -> _V:
        """`sum` of a generator over a known tuple whose items are all known numbers."""
        if not isinstance(node, ast.GeneratorExp) or len(node.generators) != 1:
            return UNKNOWN
        generator = node.generators[0]
        items = self._ev(generator.iter, env)
        if generator.ifs or items.kind != "obj" or not isinstance(items.obj, tuple):
            return UNKNOWN
        total = 0
        for item in items.obj:
            inner = dict(env)
            self._bind(generator.target, _V("obj", item), inner)
            value = self._ev(node.elt, inner)
            if value.kind == "false":
                continue
            if not _number(value):
                return UNKNOWN
            total += value.obj
        return _V("obj", total)

    def _call(self, node: ast.Call, env: dict[str, _V]) -> _V:
        func = node.func
        on_text = (
            len(node.args) == 1
            and not node.keywords
            and isinstance(node.args[0], ast.Name)
            and node.args[0].id == self.text
        )
        if isinstance(func, ast.Attribute):
            owner = self._ev(func.value, env)
            if owner.kind == "none":
                raise _Fail
            if on_text and owner.kind == "obj" and self.proof.null_call(owner.obj):
                if func.attr in _NULL:
                    return _V(_NULL[func.attr])
                if func.attr in _NULL_ITER:
                    return ITER
            return UNKNOWN
        callee = self._ev(func, env)
        if callee.kind != "obj":
            return UNKNOWN
        if (callee.obj is any or callee.obj is bool) and len(node.args) == 1 and not node.keywords:
            value = self._ev(node.args[0], env)
            if value.kind in ("iter", "falsy_iter", "empty"):
                return FALSE
            if callee.obj is bool and value.falsy:
                return _V("obj", False)
            return UNKNOWN
        if callee.obj is sum and len(node.args) == 1 and not node.keywords:
            return self._sum(node.args[0], env)
        if callee.obj is len and len(node.args) == 1 and not node.keywords:
            value = self._ev(node.args[0], env)
            return _V("obj", 0) if value.kind == "empty" else UNKNOWN
        if (
            node.args
            and isinstance(node.args[0], ast.Name)
            and node.args[0].id == self.text
            and not any(isinstance(a, ast.Starred) for a in node.args)
            and isinstance(callee.obj, types.FunctionType)
        ):
            try:
                if len(node.args) == 1 and not node.keywords:
                    return self.proof._returns(callee.obj)
            except _Fail:
                return UNKNOWN
        return UNKNOWN


_ORDER = {
    ast.Lt: operator.lt,
    ast.LtE: operator.le,
    ast.Gt: operator.gt,
    ast.GtE: operator.ge,
    ast.Eq: operator.eq,
    ast.NotEq: operator.ne,
}


def _number(value: _V) -> bool:
    return value.kind == "obj" and type(value.obj) in (int, bool)


def _join(a: _V, b: _V) -> _V:
    if a.kind == b.kind and a.kind != "obj":
        return a
    if a.falsy and b.falsy:
        return FALSY
    return UNKNOWN


def _stores(node: ast.FunctionDef) -> dict[str, int]:
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


def _made_empty(node: ast.FunctionDef, name: str) -> bool:
    """Is `name` set in the function's own body (not inside a block), to a list (an empty
    one, in the null world, or the name is not an accumulator there)?"""
    for stmt in node.body:
        targets = stmt.targets if isinstance(stmt, ast.Assign) else [stmt.target] if isinstance(stmt, ast.AnnAssign) else []
        for target in targets:
            if isinstance(target, ast.Name) and target.id == name:
                return True
    return False


def _top_level_only(node: ast.FunctionDef) -> set[str]:
    top: dict[str, int] = {}
    for stmt in node.body:
        if isinstance(stmt, ast.Assign | ast.AnnAssign):
            targets = stmt.targets if isinstance(stmt, ast.Assign) else [stmt.target]
            for target in targets:
                if isinstance(target, ast.Name):
                    top[target.id] = top.get(target.id, 0) + 1
    counts = _stores(node)
    return {name for name, n in top.items() if counts.get(name) == n}


def _added(node: ast.FunctionDef, name: str) -> int:
    return sum(
        1
        for inner in ast.walk(node)
        if isinstance(inner, ast.AugAssign)
        and isinstance(inner.target, ast.Name)
        and inner.target.id == name
    )


def _only_added_to(node: ast.FunctionDef, name: str) -> bool:
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
            if parent.attr not in _ADDS or not isinstance(parents[id(parent)], ast.Call):
                return False
            continue
        while isinstance(parent, ast.BinOp) and isinstance(parent.op, ast.Add):
            parent = parents[id(parent)]
        if isinstance(parent, ast.Return):
            continue
        while isinstance(parent, ast.BoolOp | ast.UnaryOp):
            parent = parents[id(parent)]
        if isinstance(parent, ast.If) :
            continue
        return False
    return True
