# mandate-monitor in a container: non-root, the database on a volume.
#   docker build -t mandate-monitor .
#   docker run -v mm-db:/app/db mandate-monitor
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PIP_NO_CACHE_DIR=1
WORKDIR /app
RUN useradd --create-home --uid 10001 monitor

COPY pyproject.toml README.md ./
COPY monitor ./monitor
RUN pip install --no-cache-dir .

COPY sources.toml ./
COPY db/seed ./db/seed
RUN mkdir -p /app/db && chown -R monitor:monitor /app/db

USER monitor
VOLUME ["/app/db"]
ENV MONITOR_CONFIG=/app/sources.toml
# Until the daemon (`monitor run`) lands, the image runs one sweep; schedule it with your host's cron.
CMD ["monitor", "check"]
