"""Failure drills: a chat load while Redis is killed or PostgreSQL restarts.

`python -m bench.drills.redis_kill` and `python -m bench.drills.postgres_restart` each start
their own embedded PostgreSQL and Redis under a temporary directory, serve `teddy` against
them, and report messages sent, acknowledged and stored.
"""
