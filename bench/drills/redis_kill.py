"""Drill: SIGKILL Redis in the middle of a chat load, restart it a few seconds later.

Sends must keep succeeding while Redis is gone (the cache is bypassed, the rate limiter falls
back to its local count, the outbox waits); no acknowledged message may be lost or doubled.

    python -m bench.drills.redis_kill [--devices 8 --duration 30 --at 10 --down 5]
"""

from __future__ import annotations

import argparse
from typing import Any

from bench.drills.harness import DrillEnvironment, Fault, add_arguments, run_main


def redis_kill(env: DrillEnvironment, *, at: float, down: float) -> Fault:
    return Fault("redis_kill", env.kill_redis, env.start_redis, at=at, down=down)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    add_arguments(parser, at=10.0, down=5.0)
    args = parser.parse_args(argv)

    def make(env: DrillEnvironment, a: Any) -> Fault:
        return redis_kill(env, at=a.at, down=a.down)

    return run_main("redis_kill", make, args)


if __name__ == "__main__":
    raise SystemExit(main())
