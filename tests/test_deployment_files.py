"""The deployment files: Dockerfile, docker-compose.yml and the Kubernetes manifests in deploy/.

Nothing is built or applied here; the files are parsed and held to the rules they must keep:
blue and green differ only in colour, the Service selects one colour, every container runs as
non-root with the agreed resources and probes on the service's real health paths, the
migration Job runs `teddy migrate`, and no image floats on `latest`.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

yaml = pytest.importorskip(
    "yaml", reason="PyYAML is not installed: the deployment files cannot be parsed"
)

ROOT = Path(__file__).resolve().parents[1]
DEPLOY = ROOT / "deploy"
COLOURS = ("blue", "green")
LIVE_PATH = "/health/live"
READY_PATH = "/health/ready"
RESOURCES = {
    "requests": {"cpu": "500m", "memory": "512Mi"},
    "limits": {"cpu": "2", "memory": "2Gi"},
}


def load_all(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as stream:
        return [document for document in yaml.safe_load_all(stream) if document is not None]


@pytest.fixture(scope="module")
def manifests() -> dict[str, list[dict[str, Any]]]:
    files = sorted(DEPLOY.glob("*.yaml"))
    assert files, "deploy/ has no manifests"
    return {path.name: load_all(path) for path in files}


def by_kind(manifests: dict[str, list[dict[str, Any]]], kind: str) -> list[dict[str, Any]]:
    return [doc for docs in manifests.values() for doc in docs if doc.get("kind") == kind]


def deployment(manifests: dict[str, list[dict[str, Any]]], colour: str) -> dict[str, Any]:
    (found,) = manifests[f"deployment-{colour}.yaml"]
    return found


def pod_specs(manifests: dict[str, list[dict[str, Any]]]) -> dict[str, dict[str, Any]]:
    return {
        f"{doc['kind']}/{doc['metadata']['name']}": doc["spec"]["template"]["spec"]
        for doc in by_kind(manifests, "Deployment") + by_kind(manifests, "Job")
    }


def swap_colour(value: Any, old: str, new: str) -> Any:
    if isinstance(value, dict):
        return {swap_colour(k, old, new): swap_colour(v, old, new) for k, v in value.items()}
    if isinstance(value, list):
        return [swap_colour(item, old, new) for item in value]
    if isinstance(value, str):
        return value.replace(old, new)
    return value


def app_routes() -> set[str]:
    from graph.app import create_app
    from graph.runtime import Runtime
    from graph.settings import Settings

    runtime = Runtime(Settings(env="development"), "postgresql://unused", "redis://unused")
    paths: set[str] = set()
    pending = list(create_app(runtime).routes)
    while pending:  # FastAPI keeps included routers as entries holding their own routes
        route = pending.pop()
        if hasattr(route, "original_router"):
            prefix = getattr(route, "prefix", "") or ""
            for inner in route.original_router.routes:
                paths.add(prefix + getattr(inner, "path", ""))
        paths.add(getattr(route, "path", None) or "")
    return paths


# --- Kubernetes manifests ---------------------------------------------------------------------


def test_every_manifest_has_the_required_fields(
    manifests: dict[str, list[dict[str, Any]]],
) -> None:
    expected = {
        "namespace.yaml",
        "configmap.yaml",
        "secret.example.yaml",
        "deployment-blue.yaml",
        "deployment-green.yaml",
        "service.yaml",
        "migration-job.yaml",
        "hpa.yaml",
        "pdb.yaml",
    }
    assert expected <= set(manifests)
    for name, docs in manifests.items():
        assert docs, f"{name} is empty"
        for doc in docs:
            assert doc.get("apiVersion") and doc.get("kind"), name
            assert doc.get("metadata", {}).get("name"), name
            if doc["kind"] != "Namespace":
                assert doc["metadata"].get("namespace") == "teddy", name


def test_blue_and_green_differ_only_in_colour(
    manifests: dict[str, list[dict[str, Any]]],
) -> None:
    blue, green = deployment(manifests, "blue"), deployment(manifests, "green")
    assert swap_colour(blue, "blue", "green") == green
    for colour, doc in (("blue", blue), ("green", green)):
        assert doc["metadata"]["name"] == f"teddy-api-{colour}"
        selector = doc["spec"]["selector"]["matchLabels"]
        assert selector == {"app": "teddy-api", "color": colour}
        labels = doc["spec"]["template"]["metadata"]["labels"]
        assert labels["app"] == "teddy-api" and labels["color"] == colour
        assert doc["spec"]["replicas"] == 3


def test_service_selects_exactly_one_colour(manifests: dict[str, list[dict[str, Any]]]) -> None:
    (service,) = by_kind(manifests, "Service")
    selector = service["spec"]["selector"]
    assert selector == {"app": "teddy-api", "color": "blue"}
    assert set(selector) == {"app", "color"} and selector["color"] in COLOURS
    target = service["spec"]["ports"][0]["targetPort"]
    container = deployment(manifests, selector["color"])["spec"]["template"]["spec"]["containers"][
        0
    ]
    assert target in {port.get("name") for port in container["ports"]} | {8000}


def test_every_container_runs_as_non_root(manifests: dict[str, list[dict[str, Any]]]) -> None:
    specs = pod_specs(manifests)
    assert len(specs) == 3  # two colours and the migration Job
    for name, spec in specs.items():
        pod_context = spec.get("securityContext", {})
        for container in spec["containers"]:
            context = {**pod_context, **container.get("securityContext", {})}
            assert context.get("runAsNonRoot") is True, name
            assert context.get("runAsUser", 10001) != 0, name
            assert context.get("allowPrivilegeEscalation") is False, name
            assert context.get("readOnlyRootFilesystem") is True, name
            assert container["securityContext"]["capabilities"]["drop"] == ["ALL"], name
            mounts = {mount["mountPath"]: mount["name"] for mount in container["volumeMounts"]}
            volumes = {volume["name"]: volume for volume in spec["volumes"]}
            assert "emptyDir" in volumes[mounts["/tmp"]], name
            assert container["resources"] == RESOURCES, name
            image = container["image"]
            assert ":" in image and not image.endswith(":latest"), name
            refs = container["envFrom"]
            assert {"configMapRef": {"name": "teddy-config"}} in refs, name
            assert {"secretRef": {"name": "teddy-secrets"}} in refs, name


def test_api_containers_probe_the_service_health_paths(
    manifests: dict[str, list[dict[str, Any]]],
) -> None:
    routes = app_routes()
    assert {LIVE_PATH, READY_PATH} <= routes
    for colour in COLOURS:
        spec = deployment(manifests, colour)["spec"]["template"]["spec"]
        assert spec["terminationGracePeriodSeconds"] == 30
        (container,) = spec["containers"]
        ports = {port.get("name"): port["containerPort"] for port in container["ports"]}
        assert 8000 in ports.values()
        probes = {
            kind: container[kind]["httpGet"]
            for kind in ("livenessProbe", "readinessProbe", "startupProbe")
        }
        assert probes["livenessProbe"]["path"] == LIVE_PATH
        assert probes["readinessProbe"]["path"] == READY_PATH
        assert probes["startupProbe"]["path"] in routes
        for probe in probes.values():
            assert ports.get(probe["port"], probe["port"]) == 8000
        assert container["lifecycle"]["preStop"]["exec"]["command"][0] == "sleep"


def test_migration_job_runs_teddy_migrate(manifests: dict[str, list[dict[str, Any]]]) -> None:
    (job,) = by_kind(manifests, "Job")
    assert job["spec"]["backoffLimit"] == 2
    assert job["spec"]["ttlSecondsAfterFinished"] > 0
    spec = job["spec"]["template"]["spec"]
    assert spec["restartPolicy"] == "Never"
    (container,) = spec["containers"]
    assert [*container.get("command", []), *container.get("args", [])] == ["teddy", "migrate"]
    api = deployment(manifests, "blue")["spec"]["template"]["spec"]["containers"][0]
    assert container["image"] == api["image"]


def test_autoscalers_and_budgets_cover_each_colour(
    manifests: dict[str, list[dict[str, Any]]],
) -> None:
    targets = {
        hpa["spec"]["scaleTargetRef"]["name"]
        for hpa in by_kind(manifests, "HorizontalPodAutoscaler")
    }
    assert targets == {f"teddy-api-{colour}" for colour in COLOURS}
    for hpa in by_kind(manifests, "HorizontalPodAutoscaler"):
        (metric,) = hpa["spec"]["metrics"]
        assert metric["resource"]["name"] == "cpu"
        assert metric["resource"]["target"]["averageUtilization"] == 70
    selectors = [
        pdb["spec"]["selector"]["matchLabels"] for pdb in by_kind(manifests, "PodDisruptionBudget")
    ]
    assert sorted(s["color"] for s in selectors) == sorted(COLOURS)


def test_secrets_stay_out_of_the_configmap_and_the_example_holds_placeholders(
    manifests: dict[str, list[dict[str, Any]]],
) -> None:
    (configmap,) = manifests["configmap.yaml"]
    assert all(key.startswith("TEDDY_") for key in configmap["data"])
    secret_words = ("SECRET", "KEY", "PASSWORD", "TOKEN", "DATABASE_URL", "REDIS_URL")
    assert not [key for key in configmap["data"] if any(word in key for word in secret_words)]
    assert configmap["data"]["TEDDY_ENV"] == "production"
    (secret,) = manifests["secret.example.yaml"]
    values = secret["stringData"]
    assert {
        "TEDDY_JWT_SECRET",
        "TEDDY_ENCRYPTION_KEYS",
        "TEDDY_DATABASE_URL",
        "TEDDY_REDIS_URL",
    } <= set(values)
    assert all("CHANGE-ME" in value for value in values.values())
    # A placeholder must never pass the production check (32+ characters).
    assert len(values["TEDDY_JWT_SECRET"]) < 32


# --- docker-compose.yml -----------------------------------------------------------------------


def test_compose_wires_the_services_in_order() -> None:
    (compose,) = load_all(ROOT / "docker-compose.yml")
    services = compose["services"]
    assert {"postgres", "redis", "migrate", "api"} <= set(services)
    assert services["postgres"]["image"] == "postgres:16-alpine"
    assert "pg_isready" in " ".join(services["postgres"]["healthcheck"]["test"])
    assert services["redis"]["image"] == "redis:7-alpine"
    assert "--appendonly" in services["redis"]["command"]
    assert "ping" in services["redis"]["healthcheck"]["test"]
    assert services["migrate"]["command"] == ["teddy", "migrate"]
    assert services["migrate"]["depends_on"]["postgres"]["condition"] == "service_healthy"
    api = services["api"]
    assert api["build"]["context"] == "."
    assert services["migrate"]["image"] == api["image"]
    assert "8000:8000" in api["ports"]
    assert api["depends_on"]["migrate"]["condition"] == "service_completed_successfully"
    assert api["depends_on"]["redis"]["condition"] == "service_healthy"
    assert READY_PATH in " ".join(api["healthcheck"]["test"])
    env = api["environment"]
    assert env["TEDDY_DATABASE_URL"] == "postgresql://teddy:teddy@postgres:5432/teddy"
    assert env["TEDDY_REDIS_URL"] == "redis://redis:6379/0"
    assert env["TEDDY_JWT_SECRET"].startswith("${TEDDY_JWT_SECRET:?")
    for service in services.values():
        image = service.get("image", "")
        assert ":" in image and not image.endswith(":latest"), image


# --- Dockerfile -------------------------------------------------------------------------------


def dockerfile_instructions() -> list[tuple[str, str]]:
    text = (ROOT / "Dockerfile").read_text(encoding="utf-8")
    joined = re.sub(r"\\\n", " ", text)
    instructions = []
    for line in joined.splitlines():
        stripped = line.strip()
        if stripped and not stripped.startswith("#"):
            keyword, _, rest = stripped.partition(" ")
            instructions.append((keyword.upper(), rest.strip()))
    return instructions


def test_dockerfile_runs_as_non_root_on_pinned_images() -> None:
    instructions = dockerfile_instructions()
    args = {}
    for keyword, rest in instructions:
        if keyword == "ARG" and "=" in rest:
            name, _, value = rest.partition("=")
            args[name] = value
    images = [
        re.sub(r"\$\{(\w+)\}", lambda m: args[m.group(1)], rest.split()[0])
        for keyword, rest in instructions
        if keyword == "FROM"
    ]
    assert len(images) >= 2, "expected a builder and a runtime stage"
    for image in images:
        name, _, tag = image.partition(":")
        assert name.startswith("python") and tag.startswith("3.11-slim"), image
        assert tag != "latest", image
    users = [rest for keyword, rest in instructions if keyword == "USER"]
    assert users, "the image must switch to an unprivileged USER"
    user = users[-1].split(":")[0]
    assert user not in {"root", "0"}
    assert dict(instructions).get("EXPOSE") == "8000"
    healthcheck = next(rest for keyword, rest in instructions if keyword == "HEALTHCHECK")
    assert LIVE_PATH in healthcheck
    cmd = [rest for keyword, rest in instructions if keyword == "CMD"][-1]
    assert cmd == '["teddy", "serve"]'
