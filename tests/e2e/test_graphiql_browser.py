"""GraphiQL in a real browser: headless Chromium (Debian's package) opens /graphql on a
`teddy serve` process, every request stays on 127.0.0.1, a query typed into the editor with a
parent token in the Headers pane shows the parent's id, and a subscription opens a
graphql-transport-ws socket that the service acknowledges with that token. Also: the page's
CSP, and no GraphiQL assets in production.

Needs /usr/bin/chromium and the `playwright` Python package (dev extra); Playwright never
downloads a browser here, it drives the system one.
"""

from __future__ import annotations

import base64
import uuid
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

import httpx
import pytest
from starlette.testclient import TestClient

from graph.app import create_app
from graph.graphiql import ASSETS_PATH
from graph.runtime import Runtime
from graph.settings import Profile, Settings
from tests.e2e.server import ServerProcess, teddy

if TYPE_CHECKING:
    from playwright.sync_api import Route, WebSocket

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
QUERY = "{ me { __typename ... on Parent { id } } }"
SUBSCRIPTION = "subscription { notifications { id } }"
PARSED = """operation => {
  const editor = document.querySelector('.graphiql-query-editor .CodeMirror').CodeMirror;
  const definition = editor.documentAST && editor.documentAST.definitions[0];
  return definition && definition.operation === operation;
}"""
"""GraphiQL parses the query 100 ms after the last keystroke and picks HTTP or WebSocket from
that parse: wait for it before pressing run."""


def _playwright() -> Any:
    """playwright.sync_api, or a skip naming what is missing."""
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} is missing (apt-get install chromium)")
    return pytest.importorskip(
        "playwright.sync_api", reason="the playwright package is missing (pip install -e .[dev])"
    )


@pytest.mark.parametrize("env", [Profile.DEVELOPMENT, Profile.PRODUCTION])
def test_graphiql_assets_are_mounted_in_development_only(env: Profile) -> None:
    settings = Settings(
        env=env,
        jwt_secret="a-test-secret-that-is-long-enough-for-production",
        encryption_keys="k1:" + base64.b64encode(b"k" * 32).decode(),
    )
    app = create_app(Runtime(settings=settings, database_url="", redis_url=""))
    client = TestClient(app)  # no lifespan: static files need no service
    asset = client.get(f"{ASSETS_PATH}/graphiql.min.js")
    if env is Profile.DEVELOPMENT:
        assert asset.status_code == 200 and "javascript" in asset.headers["content-type"]
    else:
        assert asset.status_code == 404


def test_graphiql_page_loads_only_local_assets_under_a_strict_csp(server: ServerProcess) -> None:
    page = httpx.get(f"{server.url}/graphql", headers={"Accept": "text/html"}, timeout=10)
    assert page.status_code == 200
    csp = page.headers["content-security-policy"]
    directives = {part.split()[0]: part.split()[1:] for part in csp.split("; ")}
    assert directives["default-src"] == ["'self'"]
    assert directives["script-src"] == ["'self'"]
    assert directives["style-src"] == ["'self'", "'unsafe-inline'"]
    assert directives["frame-ancestors"] == ["'none'"]
    assert set(directives["connect-src"]) <= {"'self'", f"ws://127.0.0.1:{server.port}"}
    assert "cdn" not in page.text.lower() and "https://" not in page.text
    assert "<script>" not in page.text  # no inline script: every <script> has a src
    for asset in ("graphiql.min.js", "graphiql.min.css", "teddy-graphiql.js"):
        response = httpx.get(f"{server.url}/_graphiql/{asset}", timeout=10)
        assert response.status_code == 200, asset


def test_graphiql_runs_a_query_with_a_parent_token(server: ServerProcess) -> None:
    sync_api = _playwright()
    token = teddy("token", "--role", "parent", "--subject", f"graphiql-{uuid.uuid4()}").strip()
    direct = httpx.post(
        f"{server.url}/graphql",
        json={"query": QUERY},
        headers={"Authorization": f"Bearer {token}"},
        timeout=10,
    ).json()
    parent_id = direct["data"]["me"]["id"]

    requests: list[str] = []
    sockets: list[str] = []
    frames: list[str] = []
    blocked: list[str] = []
    problems: list[str] = []

    def only_loopback(route: Route) -> None:
        if urlsplit(route.request.url).hostname == "127.0.0.1":
            route.continue_()
        else:
            blocked.append(route.request.url)
            route.abort()

    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True
        )
        try:
            context = browser.new_context()
            context.route("**/*", only_loopback)
            page = context.new_page()
            page.on("request", lambda request: requests.append(request.url))

            def on_socket(socket: WebSocket) -> None:
                sockets.append(socket.url)
                socket.on("framereceived", lambda payload: frames.append(str(payload)))

            page.on("websocket", on_socket)
            page.on("pageerror", lambda error: problems.append(f"page error: {error}"))
            page.on(
                "console",
                lambda message: (
                    problems.append(f"console {message.type}: {message.text}")
                    if message.type == "error"
                    else None
                ),
            )

            page.goto(f"{server.url}/graphql", wait_until="load")
            query_editor = page.locator(".graphiql-query-editor .CodeMirror")
            query_editor.wait_for(timeout=30_000)

            # The query, typed into the query editor.
            query_editor.click()
            page.keyboard.press("Control+A")
            page.keyboard.insert_text(QUERY)
            page.wait_for_function(PARSED, arg="query")

            # The token, in the Headers pane (open by default, with a placeholder).
            page.locator('.graphiql-editor-tools button[data-name="headers"]').click()
            headers_editor = page.locator(
                ".graphiql-editor-tool .graphiql-editor:not(.hidden) .CodeMirror"
            )
            headers_editor.wait_for()
            assert "paste a token from" in headers_editor.inner_text()
            headers_editor.click()
            page.keyboard.press("Control+A")
            page.keyboard.insert_text(f'{{"Authorization": "Bearer {token}"}}')

            page.locator(".graphiql-execute-button").click()
            response = page.locator(".graphiql-response .CodeMirror")
            response.get_by_text(parent_id).wait_for(timeout=30_000)
            shown = response.inner_text()

            # A subscription: the Headers pane's token goes in connection_init; no event is
            # due, so the service's connection_ack is the proof it accepted the token.
            query_editor.click()
            page.keyboard.press("Control+A")
            page.keyboard.insert_text(SUBSCRIPTION)
            page.wait_for_function(PARSED, arg="subscription")
            page.locator(".graphiql-execute-button").click()
            for _ in range(150):
                if any("connection_ack" in frame for frame in frames):
                    break
                page.wait_for_timeout(200)
            running = page.locator(".graphiql-execute-button").get_attribute("aria-label")
            subscribed_pane = response.inner_text()
        finally:
            browser.close()

    assert '"__typename": "Parent"' in shown
    assert parent_id in shown
    assert requests, "the browser recorded no request"
    outside = [url for url in requests if urlsplit(url).hostname != "127.0.0.1"]
    assert not outside and not blocked, f"requests left the machine: {outside or blocked}"
    assert sockets == [f"ws://127.0.0.1:{server.port}/graphql"], sockets
    assert any("connection_ack" in frame for frame in frames), (frames, subscribed_pane)
    assert running is not None and running.startswith("Stop"), (running, subscribed_pane)
    assert any(url.endswith("/_graphiql/graphiql.min.js") for url in requests)
    assert not problems, problems
