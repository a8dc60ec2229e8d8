"""Expressions read in the null world, for the rule-gate prover (rule_gate_proof.py)."""

from __future__ import annotations

import ast
import builtins
import types
from typing import TYPE_CHECKING, Any

from domain.safety.rule_gate_values import (
    ACCUMULATOR,
    EMPTY,
    FALSE,
    FALSY,
    ITER,
    NULL_ITERATORS,
    NULL_RESULTS,
    ORDER,
    TRUE,
    UNKNOWN,
    Unprovable,
    Value,
    is_number,
    join,
)

if TYPE_CHECKING:
    from domain.safety.rule_gate_proof import Proof


class Expressions:
    """The expression half of a function read in the null world."""

    proof: Proof
    globals: dict[str, Any]
    locals: set[str]
    text: str

    def _bind(self, target: ast.expr, value: Value, env: dict[str, Value]) -> None:
        if isinstance(target, ast.Name):
            if target.id == self.text:
                raise Unprovable
            env[target.id] = value
        elif isinstance(target, ast.Tuple):
            parts: list[Value] = [UNKNOWN] * len(target.elts)
            if value.kind == "obj" and isinstance(value.obj, tuple):
                if len(value.obj) != len(target.elts):
                    raise Unprovable
                parts = [Value("obj", o) for o in value.obj]
            for elt, part in zip(target.elts, parts, strict=True):
                self._bind(elt, part, env)
        else:
            raise Unprovable

    # --- expressions ----------------------------------------------------------------------

    def _ev(self, node: ast.expr, env: dict[str, Value]) -> Value:  # noqa: C901, PLR0911, PLR0912
        if isinstance(node, ast.Constant):
            return (
                Value("obj", node.value)
                if node.value is None or isinstance(node.value, bool | int | str)
                else UNKNOWN
            )
        if isinstance(node, ast.Name):
            if node.id in env:
                return env[node.id]
            if node.id in self.locals:
                return UNKNOWN
            if node.id in self.globals:
                return Value("obj", self.globals[node.id])
            if hasattr(builtins, node.id):
                return Value("obj", getattr(builtins, node.id))
            return UNKNOWN
        if isinstance(node, ast.Attribute):
            owner = self._ev(node.value, env)
            if owner.kind == "none" or (owner.kind == "obj" and owner.obj is None):
                raise Unprovable  # would raise
            if (
                owner.kind == "obj"
                and isinstance(owner.obj, types.ModuleType)
                and hasattr(owner.obj, node.attr)
            ):
                return Value("obj", getattr(owner.obj, node.attr))
            return UNKNOWN
        if isinstance(node, ast.Subscript):
            owner = self._ev(node.value, env)
            if owner.kind == "none":
                raise Unprovable
            if owner.kind == "obj" and isinstance(owner.obj, tuple):
                index = node.slice
                if isinstance(index, ast.Constant) and isinstance(index.value, int):
                    return Value("obj", owner.obj[index.value])
                if isinstance(index, ast.Slice) and index.step is None:
                    bounds: list[int | None] = []
                    for bound in (index.lower, index.upper):
                        if bound is None:
                            bounds.append(None)
                        elif isinstance(bound, ast.Constant) and type(bound.value) is int:
                            bounds.append(bound.value)
                        else:
                            return UNKNOWN
                    return Value("obj", owner.obj[bounds[0] : bounds[1]])
            return UNKNOWN
        if isinstance(node, ast.BoolOp):
            # Evaluated as Python does: no further than a part that decides the whole.
            values: list[Value] = []
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
            return join(self._ev(node.body, env), self._ev(node.orelse, env))
        if isinstance(node, ast.List) and not node.elts:
            return EMPTY
        if isinstance(node, ast.Tuple):
            items = [self._ev(elt, env) for elt in node.elts]
            if all(item.kind == "obj" for item in items):
                return Value("obj", tuple(item.obj for item in items))
            return UNKNOWN
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
            left, right = self._ev(node.left, env), self._ev(node.right, env)
            if is_number(left) and is_number(right):
                return Value("obj", left.obj + right.obj)
            if left.kind in ("empty", ACCUMULATOR) and right.kind in ("empty", ACCUMULATOR):
                return (
                    left
                    if left.kind == ACCUMULATOR and right.kind == "empty"
                    else (right if left.kind == "empty" else UNKNOWN)
                )
            return UNKNOWN
        if isinstance(node, ast.ListComp | ast.GeneratorExp):
            return self._comprehension(node, env)
        if isinstance(node, ast.Call):
            return self._call(node, env)
        return UNKNOWN

    def _compare(self, node: ast.Compare, env: dict[str, Value]) -> Value:
        if len(node.ops) != 1:
            return UNKNOWN
        op = node.ops[0]
        left, right = self._ev(node.left, env), self._ev(node.comparators[0], env)
        if isinstance(op, ast.Is | ast.IsNot):
            same: bool | None = None
            if left.kind == "obj" and right.kind == "obj":
                same = left.obj is right.obj
            elif (
                right.kind == "obj"
                and right.obj is None
                and left.kind in ("none", "empty", "iter", "false", "true")
            ):
                same = left.kind == "none"
            if same is None:
                return UNKNOWN
            return TRUE if same == isinstance(op, ast.Is) else FALSE
        if is_number(left) and is_number(right) and type(op) in ORDER:
            return Value("obj", ORDER[type(op)](left.obj, right.obj))
        return UNKNOWN

    def _comprehension(self, node: ast.ListComp | ast.GeneratorExp, env: dict[str, Value]) -> Value:
        empty = EMPTY if isinstance(node, ast.ListComp) else ITER
        if len(node.generators) != 1:
            return UNKNOWN
        generator = node.generators[0]
        if generator.is_async:
            raise Unprovable
        items = self._ev(generator.iter, env)
        if items.kind in ("empty", "iter"):
            return empty
        bindings: list[Value] = [UNKNOWN]
        if items.kind == "obj" and isinstance(items.obj, tuple):
            bindings = [Value("obj", o) for o in items.obj]
        for binding in bindings:
            inner = dict(env)
            self._bind(generator.target, binding, inner)
            if not any(self._ev(test, inner).falsy for test in generator.ifs):
                if isinstance(node, ast.GeneratorExp) and self._ev(node.elt, inner).falsy:
                    continue  # a generator of falsy values (for any())
                return UNKNOWN
        return empty if isinstance(node, ast.ListComp) else Value("falsy_iter")

    def _sum(self, node: ast.expr, env: dict[str, Value]) -> Value:
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
            self._bind(generator.target, Value("obj", item), inner)
            value = self._ev(node.elt, inner)
            if value.kind == "false":
                continue
            if not is_number(value):
                return UNKNOWN
            total += value.obj
        return Value("obj", total)

    def _call(self, node: ast.Call, env: dict[str, Value]) -> Value:
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
                raise Unprovable
            if on_text and owner.kind == "obj" and self.proof.null_call(owner.obj):
                if func.attr in NULL_RESULTS:
                    return Value(NULL_RESULTS[func.attr])
                if func.attr in NULL_ITERATORS:
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
                return Value("obj", False)
            return UNKNOWN
        if callee.obj is sum and len(node.args) == 1 and not node.keywords:
            return self._sum(node.args[0], env)
        if callee.obj is len and len(node.args) == 1 and not node.keywords:
            value = self._ev(node.args[0], env)
            return Value("obj", 0) if value.kind == "empty" else UNKNOWN
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
            except Unprovable:
                return UNKNOWN
        return UNKNOWN
