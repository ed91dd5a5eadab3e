"""``monitor run``: the daemon, on apscheduler 3.x (AsyncIOScheduler).

    start ──► seed if empty ──► one job per source (its interval, with jitter; the first run at once)
          ──► an outbox job (deliver due alerts every few seconds)
          ──► a heartbeat job (a row in the database, a log line, the watchdog)
    SIGHUP ──► re-read the configuration; add, remove and reschedule source jobs; keep all state
    SIGINT/SIGTERM ──► no new checks; the checks in flight finish (within ``shutdown_grace``); the
          outbox is flushed (within the same bound); the database is closed; exit 0

Every job calls the same :func:`pipeline.check_source` the CLI and the tests use, through one
shared fetcher and one database connection for the life of the daemon. A job that raises is
logged and the daemon goes on.
"""
from __future__ import annotations

import asyncio
import json
import logging
import os
import signal
import sys
import time
from collections.abc import Callable
from datetime import datetime, timedelta

from apscheduler.schedulers.asyncio import AsyncIOScheduler
from apscheduler.triggers.interval import IntervalTrigger

from .config import Config
from .errors import ConfigError, MonitorError
from .fetch import Fetcher
from .models import SourceResult
from .notify import deliver_pending, enqueue_health_alert
from .pipeline import CheckContext, check_source, prepare_store
from .profile import Profile, load_mission, load_profile
from .store import Store, utcnow
from .workers import Reader

logger = logging.getLogger(__name__)

OUTBOX_EVERY = 5.0
HEARTBEAT_EVERY = 30.0
MAX_JITTER = 300.0


class Daemon:
    """One running monitor. ``load`` re-reads the configuration (for SIGHUP)."""

    def __init__(self, config: Config, store: Store, load: Callable[[], Config], *,
                 heartbeat_every: float = HEARTBEAT_EVERY, outbox_every: float = OUTBOX_EVERY) -> None:
        self.config = config
        self.store = store
        self.load = load
        load_mission(config)  # a broken profile stops the start, not the first changed page
        self.heartbeat_every = heartbeat_every
        self.outbox_every = outbox_every
        self.scheduler = AsyncIOScheduler(timezone="UTC")
        self.in_flight: set[asyncio.Task[object]] = set()
        self.delivering: set[asyncio.Task[object]] = set()  # deliver() runs, cancelled on stop past the grace
        self.stopping = asyncio.Event()
        self.checks = 0
        self.last_success: datetime | None = None
        self.started = utcnow()
        self.stall_alerted = False
        self.fetcher: Fetcher | None = None
        self.reader = Reader(config.profile, config.settings.workers)  # its pool starts when needed

    @property
    def profile(self) -> Profile:
        return load_profile(self.config.profile)  # read once per process

    # -- life cycle ----------------------------------------------------------------------------

    async def run(self) -> int:
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGINT, signal.SIGTERM):
            loop.add_signal_handler(sig, self.stopping.set)
        loop.add_signal_handler(signal.SIGHUP, lambda: asyncio.ensure_future(self.reload()))
        prepare_store(self.config, self.store)
        self.last_success = self.store.last_success()
        async with Fetcher(self.config.settings) as fetcher:
            self.fetcher = fetcher
            self.schedule_sources()
            self.scheduler.add_job(self.deliver, IntervalTrigger(seconds=self.outbox_every), id="outbox",
                                   max_instances=1, coalesce=True, misfire_grace_time=None)
            self.scheduler.add_job(self.heartbeat, IntervalTrigger(seconds=self.heartbeat_every), id="heartbeat",
                                   max_instances=1, coalesce=True, misfire_grace_time=None)
            self.scheduler.start()
            logger.info("started: %d sources, database %s, pid %d", len(self.config.sources), self.store.path,
                        os.getpid())
            await self.heartbeat()  # marked running before any job runs: `monitor sources` shows the next checks
            await self.stopping.wait()
            await self.stop()
            self.reader.close()
        return 0

    async def stop(self) -> None:
        grace = self.config.settings.shutdown_grace
        logger.info("stopping: %d checks in flight, waiting up to %.0fs", len(self.in_flight), grace)
        self.scheduler.pause()
        deadline = time.monotonic() + grace
        if self.in_flight:
            _, pending = await asyncio.wait(set(self.in_flight), timeout=grace)
            for task in pending:  # their transactions roll back: nothing half written
                task.cancel()
            if pending:
                logger.warning("stopping: %d checks did not finish in %.0fs and were abandoned", len(pending), grace)
                await asyncio.gather(*pending, return_exceptions=True)
        flush = asyncio.ensure_future(self.deliver())
        _, late = await asyncio.wait({flush, *self.delivering}, timeout=max(0.1, deadline - time.monotonic()))
        for task in late:  # a delivery cut short stays pending, with its lease released, for the next start
            task.cancel()
        if late:
            logger.warning("stopping: the outbox was not flushed in time; it is kept for the next start")
            await asyncio.gather(*late, return_exceptions=True)
        self.scheduler.shutdown(wait=False)
        try:
            self.store.record_heartbeat(pid=os.getpid(), started_at=self.started, now=utcnow(),
                                        last_success=self.last_success, running=False)
        except MonitorError as exc:  # a full disk: the process being gone tells readers it stopped
            logger.error("stopping: could not record the stop: %s", exc.message)
        logger.info("stopped after %d checks", self.checks)

    # -- jobs -----------------------------------------------------------------------------------

    def plan_sources(self, config: Config) -> list[tuple[str, float, IntervalTrigger]]:
        """Each source's name, interval and trigger, all made before any is applied: a value the
        scheduler cannot take fails here, while the running schedule is untouched."""
        now = datetime.now(self.scheduler.timezone)
        plan = []
        for index, source in enumerate(config.sources, 1):
            interval = config.interval_of(source)
            try:
                trigger = IntervalTrigger(seconds=interval, jitter=min(interval * 0.1, MAX_JITTER))
                trigger.get_next_fire_time(None, now)
            except (OverflowError, ValueError) as exc:
                raise ConfigError(f'{config.path}: [[sources]] #{index} ("{source.name}") key "interval": '
                                  f"cannot schedule every {interval:g}s: {exc}", file=str(config.path)) from exc
            plan.append((source.name, interval, trigger))
        return plan

    def schedule_sources(self, plan: list[tuple[str, float, IntervalTrigger]] | None = None) -> None:
        """A job per configured source: new ones are checked at once (spread over a few seconds),
        removed ones stop (their history stays), changed intervals are rescheduled."""
        plan = self.plan_sources(self.config) if plan is None else plan
        wanted = {name for name, _, _ in plan}
        for job in self.scheduler.get_jobs():
            if job.id.startswith("source:") and job.id[7:] not in wanted:
                job.remove()
                logger.info("%s: removed from the configuration; its history is kept", job.id[7:])
        now = datetime.now(self.scheduler.timezone)
        for index, (name, interval, trigger) in enumerate(plan):
            job_id = f"source:{name}"
            existing = self.scheduler.get_job(job_id)
            if existing is None:
                # at start every source is checked at once, spread over a few seconds
                start = now + timedelta(seconds=min(5.0, interval) * index / max(1, len(plan)))
                self.scheduler.add_job(self.check, trigger, args=[name], id=job_id, max_instances=1,
                                       coalesce=True, misfire_grace_time=int(max(1, interval)), next_run_time=start)
            elif existing.trigger.interval.total_seconds() != interval:
                existing.reschedule(trigger)
            self._record_next(name)

    async def check(self, name: str) -> None:
        if self.stopping.is_set():
            return
        task = asyncio.current_task()
        assert task is not None and self.fetcher is not None
        self.in_flight.add(task)
        try:
            source = self.config.source(name)
            ctx = CheckContext(self.config, self.store, self.fetcher, self.reader)
            result = await check_source(ctx, source)
            self.checks += 1
            if result.outcome != "failed":
                self.last_success = result.checked_at
                self.stall_alerted = False
            log_check(result)
            if result.changes:
                await self.deliver()
        except MonitorError as exc:
            logger.error("%s: %s", name, exc.message)
        except asyncio.CancelledError:  # abandoned by stop(), which says so; its transaction rolled back
            logger.debug("%s: check abandoned", name)
        except Exception:  # a failing job never kills the daemon
            logger.exception("%s: unexpected error in the check", name)
        finally:
            self.in_flight.discard(task)
            self._record_next(name)

    async def deliver(self) -> None:
        task = asyncio.current_task()
        assert task is not None
        self.delivering.add(task)
        try:
            for delivery in await deliver_pending(self.store, self.config):
                logger.info("alert %s via %s: %s (%s)", delivery.alert_id, delivery.channel, delivery.status,
                            delivery.detail)
        except MonitorError as exc:  # a full disk, a lock held too long: one line; the outbox keeps the alerts
            logger.error("the outbox delivery failed; it is retried: %s", exc.message)
        except Exception:
            logger.exception("the outbox delivery failed; it is retried")
        finally:
            self.delivering.discard(task)

    async def heartbeat(self) -> None:
        now = utcnow()
        try:
            self.store.record_heartbeat(pid=os.getpid(), started_at=self.started, now=now,
                                        last_success=self.last_success, running=True)
            counts = self.store.outbox_counts()
            since = (now - self.last_success).total_seconds() if self.last_success else None
            logger.info("heartbeat: %d checks, last success %s, outbox %d pending, %d failed", self.checks,
                        f"{since:.0f}s ago" if since is not None else "never", counts.get("pending", 0),
                        counts.get("failed", 0))
            self.watch(now)
        except MonitorError as exc:  # a full disk, a lock held too long: said in one line, every beat
            logger.error("heartbeat failed: %s", exc.message)
        except Exception:
            logger.exception("heartbeat failed")

    def watch(self, now: datetime) -> None:
        """The watchdog: one health alert when no check has succeeded for ``watchdog``."""
        limit = self.config.settings.watchdog
        reference = self.last_success or self.started
        if self.stall_alerted or (now - reference).total_seconds() < limit or not self.config.sources:
            return
        self.stall_alerted = True
        with self.store.transaction():
            enqueue_health_alert(self.store, self.profile, self.config.alerts, source="monitor", url="",
                                 state="stalled", detail=f"no check has succeeded for {(now - reference)}; "
                                 "is the network or the machine down?", now=now)
        logger.error("watchdog: no check has succeeded since %s", reference.isoformat())

    async def reload(self) -> None:
        """SIGHUP: everything of the new configuration is read and checked (its profile, its
        alert slots, every source's schedule) before any of it applies; on an error the running
        configuration stays, whole."""
        try:
            config = self.load()
            load_mission(config)  # a broken profile keeps the running configuration too
            if config.settings != self.config.settings:
                logger.warning("reload: [settings] changed; they apply at the next restart")
                config = Config(config.path, self.config.settings, config.profile, config.sources, config.alerts)
            plan = self.plan_sources(config)
        except MonitorError as exc:
            logger.error("reload: the configuration has an error, keeping the running one: %s", exc.message)
            return
        try:
            self.store.sync_sources(config.sources)
        except MonitorError as exc:
            logger.error("reload: keeping the running configuration: %s", exc.message)
            return
        if config.profile != self.config.profile:
            self.reader.close()
            self.reader = Reader(config.profile, self.config.settings.workers)
        self.config = config
        self.schedule_sources(plan)
        logger.info("reload: %d sources", len(config.sources))

    def _record_next(self, name: str) -> None:
        job = self.scheduler.get_job(f"source:{name}")
        when = job.next_run_time if job is not None else None
        try:
            self.store.set_next_check(name, when)
        except MonitorError:
            pass


def log_check(result: SourceResult) -> None:
    """One line per check: source, status, duration, bytes, facts, changes."""
    logger.info("check %s", result.source, extra={"check": {
        "source": result.source, "outcome": result.outcome, "status": result.status,
        "seconds": round(result.elapsed, 3), "bytes": result.bytes, "facts": result.facts,
        "changes": result.changes, "error": result.error}})


class LineFormatter(logging.Formatter):
    """Plain text on a terminal, JSON Lines otherwise; a check line carries its fields."""

    def __init__(self, as_json: bool) -> None:
        super().__init__()
        self.as_json = as_json

    def format(self, record: logging.LogRecord) -> str:
        check = getattr(record, "check", None)
        when = datetime.fromtimestamp(record.created).astimezone().strftime("%Y-%m-%dT%H:%M:%S%z")
        if self.as_json:
            fields: dict[str, object] = {"time": when, "level": record.levelname.lower(), "logger": record.name,
                                         "message": record.getMessage()}
            if check:
                fields.update(check)
            if record.exc_info:
                fields["traceback"] = self.formatException(record.exc_info)
            return json.dumps(fields, ensure_ascii=False)
        if check:
            status = check["status"] if check["status"] is not None else "-"
            text = (f"check {check['source']}: {check['outcome']}, HTTP {status}, {check['seconds']:.2f}s, "
                    f"{check['bytes']} bytes, {check['facts']} facts, {check['changes']} changes")
            if check["error"]:
                text += f" ({check['error']})"
        else:
            text = record.getMessage()
        line = f"{when} {record.levelname:<7} {text}"
        if record.exc_info:
            line += "\n" + self.formatException(record.exc_info)
        return line


def configure_logging(log_format: str, verbose: int) -> None:
    as_json = log_format == "json" or (log_format == "auto" and not sys.stderr.isatty())
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(LineFormatter(as_json))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(logging.WARNING)
    logging.getLogger("monitor").setLevel(logging.DEBUG if verbose > 1 else logging.INFO)
    logging.getLogger("apscheduler").setLevel(logging.ERROR)  # "skipped: already running" is coalescing at work
    # the HTTP libraries' loggers stay at WARNING (set by cli(): httpx logs the secret webhook URL)

