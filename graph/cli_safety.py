"""`teddy safety ...`: check one text, classify JSON lines, evaluate labelled files, train
and cross-validate the semantic stage."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from domain.enums import Speaker
from domain.safety import AssessmentRequest, SafetyEngine
from domain.safety.evaluation import evaluate, format_report, load_examples
from persistence.prefilter_analysis_file import warm_up_engine

if TYPE_CHECKING:
    from graph.settings import Settings

_CHUNK = 256


def register(subparsers: argparse._SubParsersAction) -> None:
    safety = subparsers.add_parser("safety", help="run the child-safety engine")
    safety.add_argument(
        "--threshold",
        type=float,
        default=None,
        help="safety threshold (default: the profile's safety_threshold)",
    )
    safety.add_argument(
        "--rules-only", action="store_true", help="leave the semantic stage out (rules alone)"
    )
    commands = safety.add_subparsers(dest="safety_command", required=True)

    check = commands.add_parser("check", help="assess one text and print the verdict as JSON")
    check.add_argument("text")
    check.add_argument("--age", type=int, default=8)
    check.add_argument("--speaker", choices=[s.value for s in Speaker], default="child")
    check.set_defaults(func=_check)

    classify = commands.add_parser(
        "classify", help='read {"text","age","speaker"} JSON lines on stdin, write verdicts'
    )
    classify.set_defaults(func=_classify)

    evaluate_ = commands.add_parser("eval", help="precision, recall and latency on labelled files")
    evaluate_.add_argument("files", nargs="+")
    evaluate_.add_argument("--json", action="store_true", help="print the metrics as JSON")
    evaluate_.add_argument("--no-failures", action="store_true", help="do not list the misses")
    evaluate_.set_defaults(func=_eval)

    train = commands.add_parser(
        "train", help="fit the semantic stage on labelled files and write its model file"
    )
    train.add_argument("files", nargs="*", help=f"labelled files (default: {_default_names()})")
    train.add_argument("--out", default=None, help="model file (default: the engine's own)")
    _hyperparameter_options(train)
    train.set_defaults(func=_train)

    crossval = commands.add_parser(
        "crossval", help="leave-one-blind-round-out: rules (as scored blind) vs rules + semantic"
    )
    crossval.add_argument("files", nargs="*", help="labelled files (default: as for train)")
    crossval.add_argument("--json", action="store_true", help="print the rows as JSON")
    crossval.add_argument(
        "--rounds",
        type=_round_numbers,
        default=None,
        help="hold out only these blind rounds, e.g. 24-31 or 12,20,31 (default: all); "
        "each is still calibrated on all the others",
    )
    crossval.add_argument(
        "--unnested",
        action="store_true",
        help="quicker proxy: calibrate each held round's threshold with models that saw it "
        "(one fit per round, not per pair of rounds)",
    )
    _hyperparameter_options(crossval)
    crossval.set_defaults(func=_crossval)


def _hyperparameter_options(parser: argparse.ArgumentParser) -> None:
    """Training settings; left out, each is the committed model's (see semantic_training)."""
    parser.add_argument("--C", dest="c", type=float, default=None, help="inverse regularisation")
    parser.add_argument(
        "--min-df", type=int, default=None, help="keep terms in at least this many lines"
    )
    parser.add_argument(
        "--max-df", type=float, default=None, help="keep terms in at most this share of lines"
    )
    parser.add_argument(
        "--flag-weight",
        type=float,
        default=None,
        help="weight of the critical head's negatives labelled flag or non-critical block",
    )


def _round_numbers(value: str) -> list[int]:
    numbers: list[int] = []
    for part in value.split(","):
        first, _, last = part.strip().partition("-")
        numbers += range(int(first), int(last or first) + 1)
    return numbers


def _hyperparameters(args: argparse.Namespace) -> Any:
    from persistence.semantic_training import Hyperparameters

    given = {
        "c": args.c,
        "min_df": args.min_df,
        "max_df": args.max_df,
        "flag_weight": args.flag_weight,
    }
    return Hyperparameters(**{k: v for k, v in given.items() if v is not None})


def _settings() -> Settings | None:
    """The profile's settings, or None when they are invalid for this shell (the callers then
    use the development defaults)."""
    try:
        from graph.settings import Settings

        return Settings()
    except Exception:  # settings invalid for this shell
        return None


def _threshold(args: argparse.Namespace) -> float:
    value = getattr(args, "threshold", None)
    if value is not None:
        return float(value)
    settings = _settings()
    return 0.7 if settings is None else float(settings.policy.safety_threshold)


def _cache_dir() -> Path:
    settings = _settings()
    return Path(".teddy-cache") if settings is None else settings.cache_dir


def _engine(args: argparse.Namespace) -> SafetyEngine:
    semantic = None
    if not getattr(args, "rules_only", False):
        from persistence.sentence_embeddings import build_semantic_stage

        semantic = build_semantic_stage()
    engine = SafetyEngine(threshold=_threshold(args), semantic=semantic)
    warm_up_engine(engine, _cache_dir())
    return engine


def _check(args: argparse.Namespace) -> int:
    engine = _engine(args)
    verdict = engine.assess(args.text, age=args.age, speaker=Speaker(args.speaker))
    sys.stdout.write(json.dumps(verdict.to_dict(), ensure_ascii=False) + "\n")
    return 0


def _request(line: str) -> AssessmentRequest:
    data: Any = json.loads(line)
    if not isinstance(data, dict):
        raise ValueError("each line must be a JSON object")
    return AssessmentRequest(
        text=str(data.get("text", "")),
        age=int(data.get("age", 8)),
        speaker=Speaker(str(data.get("speaker", "child"))),
    )


def _chunks(lines: Iterator[str]) -> Iterator[list[tuple[int, str]]]:
    chunk: list[tuple[int, str]] = []
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        chunk.append((number, line))
        if len(chunk) >= _CHUNK:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _classify(args: argparse.Namespace) -> int:
    engine = _engine(args)
    status = 0
    for chunk in _chunks(iter(sys.stdin)):
        requests: list[AssessmentRequest | None] = []
        for number, line in chunk:
            try:
                requests.append(_request(line))
            except (ValueError, TypeError) as error:
                sys.stderr.write(f"teddy safety classify: line {number}: {error}\n")
                requests.append(None)
                status = 1
        valid = [r for r in requests if r is not None]
        verdicts = iter(engine.assess_many(valid))
        out: list[str] = []
        for request in requests:
            if request is None:
                out.append(json.dumps({"error": "invalid line"}))
                continue
            verdict = next(verdicts)
            out.append(
                json.dumps(
                    {
                        "level": verdict.level.value,
                        "score": verdict.score,
                        "categories": [c.value for c in verdict.categories],
                    }
                )
            )
        sys.stdout.write("\n".join(out) + "\n")
        sys.stdout.flush()
    return status


def _eval(args: argparse.Namespace) -> int:
    engine = _engine(args)
    examples = load_examples(args.files)
    report = evaluate(engine, examples, measure_latency=True)
    if args.json:
        sys.stdout.write(json.dumps(report.to_dict(), indent=2) + "\n")
    else:
        sys.stdout.write(format_report(report, show_failures=not args.no_failures) + "\n")
    return 0


_REPO = Path(__file__).resolve().parents[1]
_SAFETY_DATA = _REPO / "tests" / "safety"
_DEFAULT_FILES = (
    _SAFETY_DATA / "labelled.jsonl",
    _SAFETY_DATA / "holdout.jsonl",
    _SAFETY_DATA / "paraphrases.jsonl",
    _SAFETY_DATA / "paraphrases_a.jsonl",
    _SAFETY_DATA / "paraphrases_b.jsonl",
    _SAFETY_DATA / "paraphrases_c.jsonl",
    _SAFETY_DATA / "word_questions.jsonl",
    _SAFETY_DATA / "harmless_frames.jsonl",
    _REPO.parent / "shared" / "safety" / "dev.jsonl",
)


def _default_names() -> str:
    return ", ".join(p.name for p in _DEFAULT_FILES)


def _training_files(args: argparse.Namespace) -> list[Path]:
    if args.files:
        return [Path(f) for f in args.files]
    return [p for p in _DEFAULT_FILES if p.exists()]


def _train(args: argparse.Namespace) -> int:
    from domain.safety.semantic import MODEL_FILE
    from persistence.semantic_model_file import train_model

    data = train_model(
        _training_files(args),
        _SAFETY_DATA,
        _SAFETY_DATA / "blind_rule_verdicts.jsonl",
        _hyperparameters(args),
    )
    out = Path(args.out) if args.out else MODEL_FILE
    out.write_text(json.dumps(data, separators=(",", ":"), sort_keys=False) + "\n", "utf-8")
    summary = {k: data[k] for k in ("trained_on", "thresholds", "calibration")}
    sys.stdout.write(json.dumps({"model": str(out), **summary}, indent=2) + "\n")
    return 0


def _crossval(args: argparse.Namespace) -> int:
    from persistence.blind_rounds import load_blind_rounds
    from persistence.semantic_calibration import cross_validate
    from persistence.semantic_training import Features
    from persistence.sentence_embeddings import WordLlamaEmbedder

    rounds = load_blind_rounds(_SAFETY_DATA, _SAFETY_DATA / "blind_rule_verdicts.jsonl")
    rows = cross_validate(
        Features(WordLlamaEmbedder()),
        load_examples(_training_files(args)),
        rounds,
        settings=_hyperparameters(args),
        held=args.rounds,
        nested=not args.unnested,
    )
    if args.json:
        sys.stdout.write(json.dumps(rows, indent=2) + "\n")
        return 0
    lines = [
        "| round | lines | threshold (child / teddy) | rules action / benign / critical "
        "| rules + semantic action / benign / critical |",
        "| --- | --- | --- | --- | --- |",
    ]
    for row in rows:
        a, b = row["rules"], row["rules_semantic"]
        lines.append(
            f"| {row['round']} | {a['lines']} "
            f"| {row['block_threshold']} / {row['teddy_block_threshold']} "
            f"| {a['action']:.3f} / {a['benign']:.3f} / {a['critical']:.3f} "
            f"| {b['action']:.3f} / {b['benign']:.3f} / {b['critical']:.3f} |"
        )
    sys.stdout.write("\n".join(lines) + "\n")
    return 0
