"""Drill: stop PostgreSQL (`pg_ctl stop -m fast`) in the middle of a chat load and start it
again on the same data directory a few seconds later.

While it is down a send may fail with SERVICE_UNAVAILABLE (never an HTTP 500 or
INTERNAL_ERROR); devices retry with the same clientMessageId. Afterwards the pool must serve
normally again within seconds, and every acknowledged message must be stored exactly once.

    python -m bench.drills.postgres_restart [--devices 8 --duration 30 --at 10 --down 3]
"""

from __future__ import annotations

import argparse
from typing import Any

from bench.drills.harness import DrillEnvironment, Fault, add_arguments, run_main


def postgres_restart(env: DrillEnvironment, *, at: float, down: float, mode: str = "fast") -> Fault:
    name = "postgres_restart" if mode == "fast" else f"postgres_restart_{mode}"
    return Fault(name, lambda: env.stop_postgres(mode), env.start_postgres, at=at, down=down)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    add_arguments(parser, at=10.0, down=3.0)
    parser.add_argument(
        "--mode",
        choices=("fast", "immediate"),
        default="fast",
        help="pg_ctl stop mode; immediate is a crash (WAL recovery on start)",
    )
    args = parser.parse_args(argv)

    def make(env: DrillEnvironment, a: Any) -> Fault:
        return postgres_restart(env, at=a.at, down=a.down, mode=a.mode)

    return run_main("postgres_restart", make, args)


if __name__ == "__main__":
    raise SystemExit(main())
