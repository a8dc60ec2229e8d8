"""Start and stop everything the API needs: storage engines, pools, migrations, services."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from graph.auth import JwtKeys
from graph.digest_job import DigestJob
from graph.metrics_sampler import MetricsSampler, observe_statements
from graph.retention_job import RetentionJob
from graph.services import Services, build_responder, build_services
from graph.settings import Settings
from persistence.database import Database
from persistence.device_tokens import DeviceRevocations
from persistence.embedded import EmbeddedPostgres, EmbeddedRedis
from persistence.event_bus import RedisEventBus
from persistence.field_cipher import FieldCipher
from persistence.outbox import OutboxRelay
from persistence.prefilter_analysis_file import warm_up_engine
from persistence.redis_client import connect_redis

logger = logging.getLogger(__name__)


@dataclass
class EmbeddedEngines:
    """PostgreSQL and Redis under the data directory, for when no URLs are configured."""

    settings: Settings
    postgres: EmbeddedPostgres | None = None
    redis: EmbeddedRedis | None = None

    def start(self) -> tuple[str, str]:
        database_url = self.settings.database_url
        redis_url = self.settings.redis_url
        if database_url is None:
            self.postgres = EmbeddedPostgres(self.settings.data_dir / "postgres")
            database_url = self.postgres.start()
        if redis_url is None:
            self.redis = EmbeddedRedis(self.settings.data_dir / "redis")
            redis_url = self.redis.start()
        return database_url, redis_url

    def stop(self) -> None:
        if self.redis is not None:
            self.redis.stop()
        if self.postgres is not None:
            self.postgres.stop()


@dataclass
class Runtime:
    settings: Settings
    database_url: str
    redis_url: str
    services: Services | None = None
    ready: bool = field(default=False)
    relay: OutboxRelay | None = None
    bus: RedisEventBus | None = None
    digest: DigestJob | None = None
    sampler: MetricsSampler | None = None
    retention: RetentionJob | None = None
    revocations: DeviceRevocations | None = None

    async def start(self, *, migrate: bool = True) -> Services:
        settings = self.settings
        database = Database()
        await database.start(
            self.database_url,
            min_size=min(2, settings.db_pool_size),
            max_size=settings.db_pool_size + settings.db_pool_overflow,
            timeout=settings.db_pool_timeout_seconds,
            recycle_seconds=settings.db_pool_recycle_seconds,
        )
        if migrate:
            await database.migrate()
        redis_client = connect_redis(
            self.redis_url,
            pool_size=settings.redis_pool_size,
            socket_timeout=settings.redis_socket_timeout_seconds,
        )
        self.relay = OutboxRelay(self.database_url, redis_client)
        self.bus = RedisEventBus(self.redis_url)
        self.services = build_services(
            database=database,
            redis_client=redis_client,
            jwt_keys=JwtKeys(settings.jwt_secret, settings.jwt_issuer, settings.jwt_audience),
            policy=settings.policy,
            relay=self.relay,
            bus=self.bus,
            cipher=FieldCipher.from_spec(settings.encryption_keys),
            responder=build_responder(
                base_url=settings.ai_base_url,
                model=settings.ai_model,
                api_key=settings.ai_api_key,
                timeout_seconds=settings.ai_timeout_seconds,
            ),
        )
        warm_up_engine(self.services.safety, settings.cache_dir)
        await self.bus.start()
        self.revocations = DeviceRevocations(self.services.device_tokens, self.bus)
        await self.revocations.start()
        await self.relay.start()
        self.digest = DigestJob(
            self.services.notifications,
            interval_seconds=settings.digest_interval_minutes * 60,
        )
        await self.digest.start()
        observe_statements(self.services)
        self.sampler = MetricsSampler(self.services)
        await self.sampler.start()
        self.retention = RetentionJob(
            self.services.retention, interval_seconds=settings.retention_interval_seconds
        )
        await self.retention.start()
        self.ready = True
        return self.services

    async def stop(self) -> None:
        self.ready = False
        workers = (
            self.sampler,
            self.retention,
            self.digest,
            self.revocations,
            self.relay,
            self.bus,
        )
        for worker in workers:
            if worker is not None:
                await worker.stop()
        if self.services is not None:
            closer = getattr(self.services.responder, "aclose", None)
            if closer is not None:
                await closer()
            await self.services.redis.aclose()
            await self.services.database.close()
            self.services = None
