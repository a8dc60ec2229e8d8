"""The levels regression of the safety rules, for whoever changes them.

python scripts/safety_levels.py snapshot OUT.json [REPO]
    the rules-only level and categories of every labelled line (tests/safety/*.jsonl
    other than the blind rounds, and ../shared/safety/dev.jsonl), keyed
    "text<TAB>age<TAB>speaker";
python scripts/safety_levels.py compare BASE.json NEW.json [-v]
    what changed between two snapshots: lines fixed, broken, allow lines raised or
    lowered, other level changes and category-only changes.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

_ORDER = {"safe": 0, "minor": 1, "flagged": 2, "blocked": 3}


def _labelled(repo: Path) -> dict[str, str]:
    files = [p for p in sorted((repo / "tests/safety").glob("*.jsonl")) if "blind_" not in p.name]
    shared = repo.parent / "shared/safety/dev.jsonl"
    files += [shared] if shared.exists() else []
    actions: dict[str, str] = {}
    for path in files:
        for line in path.read_text("utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                key = f"{row['text']}\t{row['age']}\t{row.get('speaker', 'child')}"
                actions[key] = row["action"]
    return actions


def snapshot(out: Path, repo: Path) -> None:
    sys.path.insert(0, str(repo))
    from domain.enums import Speaker
    from domain.safety.engine import SafetyEngine
    from domain.safety.verdict import AssessmentRequest
    from persistence.prefilter_analysis_file import warm_up_engine

    engine = SafetyEngine(threshold=0.7)
    warm_up_engine(engine, repo / ".teddy-cache")
    actions = _labelled(repo)
    keys = sorted(actions)
    result: dict[str, dict[str, object]] = {}
    for start in range(0, len(keys), 500):
        chunk = keys[start : start + 500]
        requests = []
        for key in chunk:
            text, age, speaker = key.split("\t")
            requests.append(AssessmentRequest(text, int(age), Speaker(speaker), None))
        for key, verdict in zip(chunk, engine.assess_many(requests), strict=True):
            result[key] = {
                "action": actions[key],
                "level": verdict.level.value,
                "cats": sorted(c.value for c in verdict.categories),
            }
    out.write_text(json.dumps(result, ensure_ascii=False, indent=0), "utf-8")
    sys.stderr.write(f"{len(result)} keys -> {out}\n")


def _met(action: str, level: str) -> bool:
    if action == "allow":
        return _ORDER[level] <= 1
    if action == "flag":
        return _ORDER[level] >= 2
    return level == "blocked"


def compare(base_file: Path, new_file: Path, verbose: bool) -> None:
    base = json.loads(base_file.read_text("utf-8"))
    new = json.loads(new_file.read_text("utf-8"))
    groups: dict[str, list[str]] = {}
    for key, row in new.items():
        old = base.get(key)
        if old is None:
            group = "NEW KEY"
        elif old["level"] == row["level"]:
            group = "CATS" if old["cats"] != row["cats"] else ""
        elif _met(row["action"], old["level"]) != _met(row["action"], row["level"]):
            group = "FIXED" if _met(row["action"], row["level"]) else "BROKEN"
        elif row["action"] == "allow":
            raised = _ORDER[row["level"]] > _ORDER[old["level"]]
            group = "ALLOW RAISED" if raised else "ALLOW LOWERED"
        else:
            group = "OTHER"
        if group:
            was = f"{old['level']} {old['cats']}" if old else "-"
            line = f"  [{row['action']}] {was} -> {row['level']} {row['cats']}: {key}"
            groups.setdefault(group, []).append(line)
    for group in ("FIXED", "BROKEN", "ALLOW RAISED", "ALLOW LOWERED", "OTHER", "CATS", "NEW KEY"):
        lines = groups.get(group, [])
        sys.stdout.write(f"{group}: {len(lines)}\n")
        if verbose or group in ("BROKEN", "ALLOW RAISED"):
            sys.stdout.write("".join(f"{line}\n" for line in sorted(lines)))


def main(argv: list[str]) -> int:
    if len(argv) >= 2 and argv[0] == "snapshot":
        snapshot(Path(argv[1]), Path(argv[2] if len(argv) > 2 else ".").resolve())
        return 0
    if len(argv) >= 3 and argv[0] == "compare":
        compare(Path(argv[1]), Path(argv[2]), "-v" in argv[3:])
        return 0
    sys.stderr.write(__doc__ or "")
    return 2


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
