"""GraphiQL for development, served from the service's own files: no script from a CDN.

`scripts/vendor_graphiql.sh` puts GraphiQL's UMD build and React (pinned npm versions, see
`graph/static/graphiql/VERSIONS`) in `graph/static/graphiql/`; `teddy-graphiql.js` next to
them starts the page. The app mounts that directory at ASSETS_PATH and the router renders
`graphiql_page` at GET /graphql, in development only.

The page carries no inline script, so its Content-Security-Policy allows scripts from the
service alone; GraphiQL sets inline styles and its CSS embeds its fonts as data: URIs. The
headers pane starts open with an Authorization placeholder; the fetcher sends those headers
over HTTP and, for subscriptions, in graphql-transport-ws `connection_init`.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

from starlette.requests import Request
from starlette.responses import HTMLResponse

STATIC_DIR = Path(__file__).resolve().parent / "static" / "graphiql"
ASSETS_PATH = "/_graphiql"

DEFAULT_HEADERS = (
    "{\n"
    '  "Authorization": "Bearer <paste a token from: '
    'teddy token --role parent --subject parent-1>"\n'
    "}"
)
DEFAULT_QUERY = """\
# Teddy Conversations, development GraphiQL.
# Put a token in the Headers pane below, then run (Ctrl-Enter).

{
  me {
    __typename
    ... on Parent { id }
  }
}
"""

_HOST = re.compile(r"^(?:[A-Za-z0-9.-]+|\[[0-9A-Fa-f:.]+\])(?::[0-9]{1,5})?$")


def content_security_policy(request: Request) -> str:
    """Only this service's files; inline styles (GraphiQL needs them); fetch and WebSocket to
    this host only; never framed."""
    connect = ["'self'"]
    host = request.headers.get("host", "")
    if _HOST.match(host):
        # CSP 3 lets 'self' cover ws(s) to the same host; older engines need it spelled out.
        scheme = "wss" if request.url.scheme in ("https", "wss") else "ws"
        connect.append(f"{scheme}://{host}")
    return "; ".join(
        (
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self' 'unsafe-inline'",
            "font-src 'self' data:",
            "img-src 'self' data:",
            f"connect-src {' '.join(connect)}",
            "object-src 'none'",
            "base-uri 'none'",
            "form-action 'self'",
            "frame-ancestors 'none'",
        )
    )


def _page(endpoint: str) -> str:
    attr = html.escape
    asset = f"{ASSETS_PATH}/"
    return f"""<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta name="referrer" content="no-referrer">
  <title>Teddy Conversations - GraphiQL</title>
  <link rel="icon" href="data:,">
  <link rel="stylesheet" href="{asset}graphiql.min.css">
  <style>html, body, #graphiql {{ height: 100%; margin: 0; overflow: hidden; }}</style>
  <script src="{asset}react.production.min.js" defer></script>
  <script src="{asset}react-dom.production.min.js" defer></script>
  <script src="{asset}graphiql.min.js" defer></script>
  <script src="{asset}teddy-graphiql.js" defer></script>
</head>
<body>
  <div id="graphiql"
       data-endpoint="{attr(endpoint)}"
       data-default-headers="{attr(DEFAULT_HEADERS)}"
       data-default-query="{attr(DEFAULT_QUERY)}">Loading GraphiQL...</div>
</body>
</html>
"""


def graphiql_page(request: Request) -> HTMLResponse:
    """The GraphiQL page for GET /graphql (development only) with a strict CSP."""
    return HTMLResponse(
        _page(request.url.path),
        headers={
            "Content-Security-Policy": content_security_policy(request),
            "X-Content-Type-Options": "nosniff",
            "X-Frame-Options": "DENY",
            "Referrer-Policy": "no-referrer",
            "Cache-Control": "no-store",
        },
    )
