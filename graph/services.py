"""The composition root: repositories and domain services wired together."""

from __future__ import annotations

from dataclasses import dataclass

import redis.asyncio as redis

from domain.children import ChildService
from domain.conversations import ConversationService
from domain.events import OutboxNudge
from domain.incidents import IncidentService
from domain.notifications import IncidentAlerts, NotificationService
from domain.policy import ConversationPolicy
from domain.rate_limits import RateLimiter
from domain.responders.offline import OfflineResponder
from domain.responders.port import Responder
from domain.retention import RetentionService
from domain.safety import SafetyEngine
from domain.safety_actions import SafetyActions
from graph.auth import JwtKeys
from graph.metrics import count_incident
from persistence.ai_provider import OpenAICompatibleResponder
from persistence.cache_metrics import CacheStats
from persistence.clock import SystemClock
from persistence.conversation_cache import RedisConversationCache
from persistence.database import Database
from persistence.device_tokens import CachedDeviceTokens
from persistence.event_bus import RedisEventBus
from persistence.field_cipher import FieldCipher
from persistence.outbox import PgOutbox
from persistence.rate_limiter import RedisRateLimiter
from persistence.redis_guard import RedisGuard
from persistence.repositories.audit_log import PgAuditLog
from persistence.repositories.children import PgChildRepository
from persistence.repositories.conversations import PgConversationRepository
from persistence.repositories.dashboard import PgDashboardRepository
from persistence.repositories.devices import PgDeviceRepository
from persistence.repositories.exchanges import PgExchangeWriter
from persistence.repositories.incidents import PgIncidentRepository
from persistence.repositories.messages import PgMessageRepository
from persistence.repositories.notifications import PgNotificationRepository
from persistence.repositories.retention import EvidenceBackedMessages, PgRetentionStore
from persistence.sentence_embeddings import build_semantic_stage


@dataclass(frozen=True)
class Repositories:
    children: PgChildRepository
    devices: CachedDeviceTokens
    conversations: PgConversationRepository
    messages: PgMessageRepository
    incidents: PgIncidentRepository
    audit: PgAuditLog
    notifications: PgNotificationRepository
    retention: PgRetentionStore
    dashboard: PgDashboardRepository


@dataclass(frozen=True)
class Services:
    database: Database
    redis: redis.Redis
    jwt_keys: JwtKeys
    policy: ConversationPolicy
    repositories: Repositories
    safety: SafetyEngine
    children: ChildService
    conversations: ConversationService
    relay: OutboxNudge
    bus: RedisEventBus
    rate_limiter: RateLimiter
    incidents: IncidentService
    notifications: NotificationService
    cipher: FieldCipher
    cache: RedisConversationCache
    cache_stats: CacheStats
    redis_guard: RedisGuard
    responder: Responder
    retention: RetentionService
    device_tokens: CachedDeviceTokens


def build_services(
    *,
    database: Database,
    redis_client: redis.Redis,
    jwt_keys: JwtKeys,
    policy: ConversationPolicy,
    relay: OutboxNudge,
    bus: RedisEventBus,
    rate_limiter: RateLimiter | None = None,
    cipher: FieldCipher,
    safety: SafetyEngine | None = None,
    responder: Responder | None = None,
) -> Services:
    device_tokens = CachedDeviceTokens(PgDeviceRepository())
    repositories = Repositories(
        children=PgChildRepository(cipher),
        devices=device_tokens,
        conversations=PgConversationRepository(cipher),
        messages=PgMessageRepository(cipher),
        incidents=PgIncidentRepository(),
        audit=PgAuditLog(),
        notifications=PgNotificationRepository(cipher),
        retention=PgRetentionStore(cipher),
        dashboard=PgDashboardRepository(cipher),
    )
    guard = RedisGuard(name="redis cache")
    stats = CacheStats()
    cache = RedisConversationCache(
        redis_client, cipher, ttl_seconds=policy.cache_ttl_seconds, guard=guard, stats=stats
    )
    teddy = responder or OfflineResponder()
    limiter = rate_limiter or RedisRateLimiter(redis_client)
    clock = SystemClock()
    engine = safety or SafetyEngine(
        threshold=policy.safety_threshold, semantic=build_semantic_stage(load=False)
    )
    children = ChildService(
        children=repositories.children,
        devices=repositories.devices,
        transactions=database,
        clock=clock,
        outbox=PgOutbox(),
        relay=relay,
    )
    outbox = PgOutbox()
    alerts = IncidentAlerts(
        notifications=repositories.notifications,
        incidents=repositories.incidents,
        outbox=outbox,
    )
    conversations = ConversationService(
        children=repositories.children,
        conversations=repositories.conversations,
        messages=repositories.messages,
        transactions=database,
        clock=clock,
        safety=engine,
        actions=SafetyActions(
            safety=engine,
            incidents=repositories.incidents,
            outbox=outbox,
            alerts=alerts,
            on_raised=count_incident,
        ),
        responder=teddy,
        policy=policy,
        outbox=PgOutbox(),
        relay=relay,
        rate_limiter=limiter,
        exchanges=PgExchangeWriter(cipher),
        cache=cache,
    )
    incidents = IncidentService(
        incidents=repositories.incidents,
        children=repositories.children,
        # Held incidents keep a sealed copy of their message after it is purged or deleted.
        messages=EvidenceBackedMessages(cipher, repositories.retention),
        audit=repositories.audit,
        transactions=database,
        clock=clock,
        outbox=outbox,
        relay=relay,
    )
    notifications = NotificationService(
        notifications=repositories.notifications,
        incidents=repositories.incidents,
        children=repositories.children,
        transactions=database,
        clock=clock,
        outbox=outbox,
        relay=relay,
    )
    retention = RetentionService(
        store=repositories.retention,
        audit=repositories.audit,
        transactions=database,
        clock=clock,
        cache=cache,
        outbox=PgOutbox(),
        relay=relay,
    )
    return Services(
        database=database,
        redis=redis_client,
        jwt_keys=jwt_keys,
        policy=policy,
        repositories=repositories,
        safety=engine,
        children=children,
        conversations=conversations,
        relay=relay,
        bus=bus,
        rate_limiter=limiter,
        incidents=incidents,
        notifications=notifications,
        cipher=cipher,
        cache=cache,
        cache_stats=stats,
        redis_guard=guard,
        responder=teddy,
        retention=retention,
        device_tokens=device_tokens,
    )


def build_responder(
    *, base_url: str | None, model: str, api_key: str | None, timeout_seconds: float
) -> Responder:
    """The built-in offline responder, or a remote OpenAI-compatible one that falls back to it."""
    offline = OfflineResponder()
    if not base_url:
        return offline
    return OpenAICompatibleResponder(
        base_url=base_url,
        model=model,
        api_key=api_key,
        timeout_seconds=timeout_seconds,
        fallback=offline,
    )
