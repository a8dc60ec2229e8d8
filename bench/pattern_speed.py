"""The slowest regular expressions of the safety rules on adversarial text.

House rule: every pattern runs in < 20 ms on 10,000 characters of adversarial input. This
finds every compiled pattern the rule modules reach (domain/safety/*.py: module-level
patterns and pre-filtered wrappers, those inside tuples, lists, dicts, rule objects, classes
and closures, and the `re.search(r"...", text)` calls written inside functions) and times
each, bare (no pre-filter), with `search` and with `finditer`, on texts of 10,000 characters:

  words     its own literal words in the order written, with spaces, repeated
  shuffled  its own literal words in a random order, with spaces, repeated
  nospace   its own literal words run together, repeated
  corpus    random lower-case words of the labelled messages, repeated
  a         "a " * 5000
  phrases   random texts of the pattern's own making (roughly what it matches), repeated
  phraseN   each of six of them alone, repeated
  one:WORD  each of its literal words alone, repeated ("word " * 2000)

Run: .venv/bin/python bench/pattern_speed.py [--top 30] [--only NAME_PART] [--limit-ms 20]
"""

from __future__ import annotations

import argparse
import ast
import contextlib
import gc
import importlib
import inspect
import json
import pkgutil
import random
import re
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from re import _constants as sre_constants  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import domain.safety  # noqa: E402
from domain.safety import prefilter  # noqa: E402
from domain.safety.prefilter import Prefiltered  # noqa: E402

LENGTH = 10_000
_PACKAGE = "domain.safety"
_RE_CALLS = {
    "search",
    "match",
    "fullmatch",
    "findall",
    "finditer",
    "sub",
    "subn",
    "split",
    "compile",
}
_DEPTH = 6


@dataclass
class Found:
    """One distinct pattern (source and flags) and every name it is reached by."""

    pattern: re.Pattern[str]
    names: list[str]


def rule_modules() -> list[Any]:
    """Every module of the safety package, imported."""
    names = [info.name for info in pkgutil.iter_modules(domain.safety.__path__)]
    return [importlib.import_module(f"{_PACKAGE}.{name}") for name in sorted(names)]


def _ours(obj: Any) -> bool:
    return str(getattr(obj, "__module__", "") or "").startswith(_PACKAGE)


_Reached = re.Pattern[str] | Prefiltered


def _walk(value: Any, name: str, depth: int, seen: set[int]) -> Iterator[tuple[str, _Reached]]:
    if isinstance(value, (re.Pattern, Prefiltered)):
        yield name, value
        return
    if depth <= 0 or id(value) in seen or isinstance(value, (str, bytes, int, float, type(None))):
        return
    seen.add(id(value))
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _walk(key, f"{name}{{key}}", depth - 1, seen)
            yield from _walk(item, f"{name}[{key!r}]"[:120], depth - 1, seen)
    elif isinstance(value, (list, tuple, set, frozenset)):
        for i, item in enumerate(value):
            yield from _walk(item, f"{name}[{i}]", depth - 1, seen)
    elif inspect.isfunction(value) and _ours(value):
        for cell in value.__closure__ or ():
            with contextlib.suppress(ValueError):  # an empty cell
                yield from _walk(cell.cell_contents, f"{name}.<closure>", depth - 1, seen)
        for item in (value.__defaults__ or ()) + tuple((value.__kwdefaults__ or {}).values()):
            yield from _walk(item, f"{name}.<default>", depth - 1, seen)
    elif hasattr(value, "cache_info") and _ours(value) and not inspect.signature(value).parameters:
        yield from _walk(value(), f"{name}()", depth - 1, seen)  # a cached table (the lexicon)
    elif inspect.isclass(value) and _ours(value):
        for key, item in vars(value).items():
            yield from _walk(item, f"{name}.{key}", depth - 1, seen)
    elif _ours(type(value)):
        attrs = dict(getattr(value, "__dict__", {}))
        for slot in getattr(type(value), "__slots__", ()):
            if hasattr(value, slot):
                attrs[slot] = getattr(value, slot)
        for key, item in attrs.items():
            yield from _walk(item, f"{name}.{key}", depth - 1, seen)


def _inline_calls(module: Any) -> Iterator[tuple[str, re.Pattern[str]]]:
    """Patterns written inside functions: re.search(r"...", text) and the like, with the
    pattern and flags worked out from the module's names where they are not literal."""
    try:
        source = inspect.getsource(module)
    except (OSError, TypeError):
        return
    space = vars(module)
    for node in ast.walk(ast.parse(source)):
        if not (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and isinstance(node.func.value, ast.Name)
            and node.func.value.id == "re"
            and node.func.attr in _RE_CALLS
            and node.args
        ):
            continue
        flag_nodes = [k.value for k in node.keywords if k.arg == "flags"]
        position = {"sub": 3, "subn": 3, "split": 2, "compile": 1}.get(node.func.attr, 2)
        if len(node.args) > position:
            flag_nodes.append(node.args[position])
        try:
            source_text = eval(compile(ast.Expression(node.args[0]), "<pattern>", "eval"), space)  # noqa: S307
            flags = 0
            for flag_node in flag_nodes:
                flags |= eval(compile(ast.Expression(flag_node), "<flags>", "eval"), space)  # noqa: S307
        except Exception:  # a name local to the function: not reachable from here
            continue
        if isinstance(source_text, re.Pattern):
            yield f"{module.__name__}:{node.lineno}", source_text
        elif isinstance(source_text, str):
            yield f"{module.__name__}:{node.lineno}", re.compile(source_text, int(flags))


def all_patterns(parts: bool = True) -> list[Found]:
    """Every distinct pattern the rule modules reach, named by where it is found first; with
    `parts`, also each alternative a pre-filtered pattern runs alone (prefilter_alternatives),
    as "NAME.<altN>" (every pattern is then analysed, as the engine's warm-up does)."""
    found: dict[tuple[str, int], Found] = {}
    wrappers: dict[int, tuple[str, Prefiltered]] = {}

    def add(name: str, reached: _Reached) -> None:
        if isinstance(reached, Prefiltered):
            wrappers.setdefault(id(reached), (name, reached))
            reached = reached.pattern
        key = (reached.pattern, reached.flags)
        if key in found:
            found[key].names.append(name)
        else:
            found[key] = Found(reached, [name])

    for module in rule_modules():
        seen: set[int] = set()
        for key, value in vars(module).items():
            if key.startswith("__") or inspect.ismodule(value) or value is prefilter._PENDING:
                continue  # (the pre-filter's queue of patterns not analysed yet: no rule's name)
            if (
                inspect.isfunction(value) or inspect.isclass(value)
            ) and value.__module__ != module.__name__:
                continue
            for name, reached in _walk(value, f"{module.__name__}.{key}", _DEPTH, seen):
                add(name, reached)
        for name, pattern in _inline_calls(module):
            add(name, pattern)
    unreached = [
        w for w in gc.get_objects() if isinstance(w, Prefiltered) and id(w) not in wrappers
    ]
    for i, wrapper in enumerate(unreached):  # made where no name reaches (none, so far)
        add(f"<unnamed pre-filtered {i}>", wrapper)
    if parts:
        prefilter.prepare_all()
        for name, wrapper in sorted(wrappers.values(), key=lambda item: item[0]):
            alternatives = wrapper._parts._alternatives if wrapper._parts else ()
            for i, alternative in enumerate(alternatives):
                add(f"{name}.<alt{i}>", alternative)
    for entry in found.values():  # a name in a rule module first
        entry.names.sort(key=lambda name: "<unnamed" in name)
    return list(found.values())


def literal_words(pattern: re.Pattern[str]) -> list[str]:
    """The words written literally in a pattern, once each, in the order written."""
    runs: list[str] = []

    def visit(sub: Any) -> None:
        run: list[str] = []
        for op, arg in sub:
            if op is sre_constants.LITERAL:
                run.append(chr(arg))
                continue
            runs.append("".join(run))
            run = []
            if op is sre_constants.BRANCH:
                for branch in arg[1]:
                    visit(branch)
            elif op is sre_constants.SUBPATTERN:
                visit(arg[-1])
            elif op in (
                sre_constants.MAX_REPEAT,
                sre_constants.MIN_REPEAT,
                sre_constants.POSSESSIVE_REPEAT,
            ):
                visit(arg[2])
            elif op in (sre_constants.ASSERT, sre_constants.ASSERT_NOT, sre_constants.ATOMIC_GROUP):
                visit(arg[-1])
            elif op is sre_constants.GROUPREF_EXISTS:
                visit(arg[1])
                if arg[2] is not None:
                    visit(arg[2])
        runs.append("".join(run))

    visit(sre_parse.parse(pattern.pattern, pattern.flags))
    words: dict[str, None] = {}
    for run in runs:
        for word in re.findall(r"[^\W_]+", run):
            words.setdefault(word.lower(), None)
    return list(words) or ["a"]


def _example(sub: Any, rng: random.Random) -> str:
    """A random text the parsed pattern `sub` could match, roughly (a lookaround, a class
    or a back-reference is given a plain stand-in)."""
    out: list[str] = []
    for op, arg in sub:
        if op is sre_constants.LITERAL:
            out.append(chr(arg))
        elif op in (sre_constants.NOT_LITERAL, sre_constants.ANY):
            out.append(" ")
        elif op is sre_constants.IN:
            out.append(_class_example(arg, rng))
        elif op is sre_constants.BRANCH:
            out.append(_example(rng.choice(arg[1]), rng))
        elif op is sre_constants.SUBPATTERN or op is sre_constants.ATOMIC_GROUP:
            out.append(_example(arg[-1], rng))
        elif op in (
            sre_constants.MAX_REPEAT,
            sre_constants.MIN_REPEAT,
            sre_constants.POSSESSIVE_REPEAT,
        ):
            low, high, item = arg
            count = rng.randint(low, min(high, low + 3))
            out.extend(_example(item, rng) for _ in range(count))
        elif op is sre_constants.GROUPREF_EXISTS:
            out.append(_example(arg[1], rng))
    return "".join(out)


def _class_example(items: list[tuple[Any, Any]], rng: random.Random) -> str:
    if items and items[0][0] is sre_constants.NEGATE:
        return " "
    choices: list[str] = []
    for op, arg in items:
        if op is sre_constants.LITERAL:
            choices.append(chr(arg))
        elif op is sre_constants.RANGE:
            choices.append(chr(rng.randint(arg[0], arg[1])))
        elif op is sre_constants.CATEGORY:
            choices.append(
                {"category_digit": "7", "category_space": " "}.get(str(arg).lower(), "e")
            )
    return rng.choice(choices) if choices else " "


def examples(pattern: re.Pattern[str], rng: random.Random, count: int = 40) -> list[str]:
    """Random texts of the pattern's own making (its trigger phrases, roughly)."""
    parsed = sre_parse.parse(pattern.pattern, pattern.flags)
    return [" ".join(_example(parsed, rng).split()) or "a" for _ in range(count)]


def _fill(parts: list[str], sep: str) -> str:
    text = sep.join(parts) + sep
    return (text * (LENGTH // max(1, len(text)) + 1))[:LENGTH]


def corpus_words(rng: random.Random, count: int = 400) -> list[str]:
    """Random lower-case words of the labelled messages."""
    path = ROOT / "tests" / "safety" / "labelled.jsonl"
    words: list[str] = []
    if path.exists():
        for line in path.read_text("utf-8").splitlines():
            if line.strip():
                words.extend(re.findall(r"[a-z']+", json.loads(line)["text"].lower()))
    return [rng.choice(words) for _ in range(count)] if words else ["a"]


def inputs(pattern: re.Pattern[str], corpus: str, rng: random.Random) -> Iterator[tuple[str, str]]:
    words = literal_words(pattern)
    yield "words", _fill(words, " ")
    yield "shuffled", _fill([rng.choice(words) for _ in range(LENGTH // 4)], " ")
    yield "nospace", _fill(words, "")
    yield "corpus", corpus
    yield "a", ("a " * (LENGTH // 2))[:LENGTH]
    phrases = examples(pattern, rng)
    yield "phrases", _fill(phrases, " ")
    yield "phrases-nospace", _fill(phrases, "")
    for i, phrase in enumerate(phrases[:6]):  # a few phrases alone, repeated
        yield f"phrase{i}:{phrase[:40]}", _fill([phrase], " ")
    for word in words:  # each word alone: ("word " * 2000)
        yield f"one:{word}", _fill([word], " ")


def _time(run: Callable[[], object], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        best = min(best, time.perf_counter() - start)
    return best * 1000.0


@dataclass
class Timing:
    name: str
    aliases: int
    worst_ms: float
    worst_input: str
    worst_call: str
    times: dict[str, float]


def _calls(pattern: re.Pattern[str], text: str) -> dict[str, Callable[[], object]]:
    return {
        "search": lambda: pattern.search(text),
        "finditer": lambda: sum(1 for _ in pattern.finditer(text)),
    }


def time_pattern(found: Found, corpus: str, seed: int = 0, repeat: int = 3) -> Timing:
    """The pattern's slowest call over the adversarial inputs: each timed once, the three
    slowest again (the best of `repeat` runs)."""
    rng = random.Random(seed)
    pattern = found.pattern
    texts = dict(inputs(pattern, corpus, rng))
    times: dict[str, float] = {}
    for label, text in texts.items():
        for call, run in _calls(pattern, text).items():
            times[f"{call}/{label}"] = _time(run, 1)
    for key in sorted(times, key=times.__getitem__)[-3:]:
        call, label = key.split("/", 1)
        times[key] = _time(_calls(pattern, texts[label])[call], repeat)
    worst = max(times, key=times.__getitem__)
    call, label = worst.split("/", 1)
    return Timing(found.names[0], len(found.names) - 1, times[worst], label, call, times)


def measure(only: str = "", seed: int = 0, repeat: int = 3, parts: bool = True) -> list[Timing]:
    """Every pattern (whose name contains `only`) timed, slowest first."""
    corpus = _fill(corpus_words(random.Random(seed)), " ")
    timings = [
        time_pattern(found, corpus, seed, repeat)
        for found in all_patterns(parts)
        if any(only in name for name in found.names)
    ]
    return sorted(timings, key=lambda t: -t.worst_ms)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--top", type=int, default=30)
    parser.add_argument("--only", default="", help="only patterns whose name contains this")
    parser.add_argument("--limit-ms", type=float, default=20.0)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--no-parts", action="store_true", help="not the split alternatives")
    parser.add_argument("--json", help="write every timing to this file")
    args = parser.parse_args(argv)
    timings = measure(args.only, repeat=args.repeat, parts=not args.no_parts)
    over = [t for t in timings if t.worst_ms >= args.limit_ms]
    lines = [
        f"{len(timings)} patterns; {len(over)} at or over {args.limit_ms:g} ms",
        f"{'ms':>8}  {'call/input':<28} name (+aliases)",
    ]
    for t in timings[: args.top]:
        alias = f" (+{t.aliases})" if t.aliases else ""
        lines.append(f"{t.worst_ms:8.2f}  {t.worst_call + '/' + t.worst_input:<28} {t.name}{alias}")
    sys.stdout.write("\n".join(lines) + "\n")
    if args.json:
        Path(args.json).write_text(json.dumps([vars(t) for t in timings], indent=1))
    return 1 if over else 0


if __name__ == "__main__":
    raise SystemExit(main())
