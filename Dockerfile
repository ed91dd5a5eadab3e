# mandate-monitor in a container: the daemon, non-root, the database on a volume.
#   docker build -t mandate-monitor .
#   docker run -d --name mm -v mm-db:/app/db -e MONITOR_SMTP_PASSWORD -e MONITOR_SLACK_WEBHOOK mandate-monitor
#   docker exec mm monitor log          # read while it runs
#   docker kill -s HUP mm               # re-read /app/sources.toml (mount your own over it)
#   docker run -d --name mm-desk -v mm-db:/app/db -p 127.0.0.1:8001:8001 mandate-monitor \
#     monitor browse --host 0.0.0.0        # Datasette, the feed and the timeline beside the daemon
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PIP_NO_CACHE_DIR=1
WORKDIR /app
RUN useradd --create-home --uid 10001 monitor

COPY pyproject.toml README.md ./
COPY monitor ./monitor
RUN pip install --no-cache-dir ".[browse]"

COPY sources.toml ./
COPY db/seed ./db/seed
RUN mkdir -p /app/db && chown -R monitor:monitor /app/db

USER monitor
VOLUME ["/app/db"]
ENV MONITOR_CONFIG=/app/sources.toml
STOPSIGNAL SIGTERM
# healthy while the daemon's heartbeat (every 30 s) is at most two minutes old
HEALTHCHECK --interval=60s --timeout=10s --start-period=60s --retries=3 CMD ["monitor", "health", "--max-age", "120"]
CMD ["monitor", "run"]
