"""Polite HTTP fetching: one shared httpx.AsyncClient for a whole sweep (or the daemon's life).

What a fetch does, in order:

1. robots.txt of the URL's origin is fetched once and cached (RFC 9309: a 4xx means no rules,
   a 5xx or an unreachable server means "disallow all" for a short while); a disallowed URL
   raises :class:`FetchError` without a request. Redirects are followed here, not by httpx, so
   every hop is checked the same way: an http(s) URL, allowed by its own origin's robots.txt;
2. the host's gate is taken: at most ``host_concurrency`` requests at a time to one host, starts
   at least ``host_delay`` apart (or the robots.txt Crawl-delay, whichever is longer), then a
   place in the global ``concurrency`` limit;
3. a conditional GET (``If-None-Match`` with the stored ETag, ``If-Modified-Since`` with the
   server's own stored ``Last-Modified``): a 304 is a result, not an error;
4. the body is streamed and capped at ``max_bytes`` (decoded size, so a gzip bomb stops early);
5. connection errors, timeouts, 429 and 5xx are retried with exponential backoff and jitter,
   honouring ``Retry-After`` up to ``retry_after_max``; other 4xx fail at once, and so do answers
   that are not HTTP at all or whose body cannot be decoded as its ``Content-Encoding`` says.

Whatever a server does, a fetch ends in a :class:`FetchResult` or a :class:`FetchError` that
says what failed: never in an httpx, aiohttp or socket exception.
"""
from __future__ import annotations

import asyncio
import dataclasses
import email.utils
import logging
import os
import random
import socket
import time
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

import httpx
from protego import Protego

from .config import Settings
from .errors import FetchError
from .models import FetchResult
from .textutil import retry_after

logger = logging.getLogger(__name__)

ACCEPT = ("text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,"
          "application/xml;q=0.9,text/xml;q=0.9,*/*;q=0.5")
ROBOTS_TTL = 24 * 3600.0
ROBOTS_FAILURE_TTL = 300.0
MAX_CRAWL_DELAY = 60.0
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})


class _Retry(Exception):
    """An attempt failed in a way worth another try; ``after`` is the server's Retry-After."""

    def __init__(self, reason: str, status: int | None = None, after: float | None = None, *,
                 unreachable: bool = False) -> None:
        super().__init__(reason)
        self.reason, self.status, self.after, self.unreachable = reason, status, after, unreachable


class _BadRedirect(Exception):
    """A redirect to somewhere no fetch may go (``data:``, ``javascript:``, an unparseable URL)."""

    def __init__(self, status: int, location: str, problem: str) -> None:
        super().__init__(problem)
        self.status, self.location, self.problem = status, location, problem


async def _refuse_bad_redirects(response: httpx.Response) -> None:
    """httpx parses a redirect's Location even when it does not follow it, and fails on one it
    cannot parse with its own error; this hook, run first, names the redirect instead."""
    if response.has_redirect_location:
        location = response.headers["location"].strip()
        try:
            problem = _url_problem(urljoin(str(response.url), location))
            response.url.join(location)
        except (ValueError, httpx.InvalidURL):
            problem = "not a valid URL"
        if problem:
            raise _BadRedirect(response.status_code, location, problem)


@dataclass(frozen=True)
class _Redirect:
    """A redirect answer, followed by :meth:`Fetcher.fetch` after checking where it leads."""

    status: int
    location: str


@dataclass
class _Robots:
    rules: Protego | None  # None: allow everything
    disallow_all: bool
    expires: float
    reason: str = ""
    unreachable: bool = False  # the site itself could not be reached: ``reason`` says why


class _HostGate:
    """At most ``concurrency`` requests at once to one host, their starts ``delay`` apart."""

    def __init__(self, concurrency: int, delay: float) -> None:
        self.semaphore = asyncio.Semaphore(concurrency)
        self.delay = delay
        self._lock = asyncio.Lock()
        self._next_start = 0.0

    @asynccontextmanager
    async def slot(self) -> AsyncIterator[None]:
        async with self.semaphore:
            async with self._lock:
                now = time.monotonic()
                if self._next_start > now:
                    await asyncio.sleep(self._next_start - now)
                self._next_start = max(now, self._next_start) + self.delay
            yield


class _NoCookies(httpx.Cookies):
    """A jar that keeps nothing: every fetch is a first visit, and no site can follow the monitor
    from page to page (reading the cookies of a response also cost a third of a quiet check)."""

    def extract_cookies(self, response: httpx.Response) -> None:
        pass

    def set_cookie_header(self, request: httpx.Request) -> None:
        pass


class _Client(httpx.AsyncClient):
    """httpx.AsyncClient without cookies."""

    _jar = _NoCookies()

    @property
    def cookies(self) -> httpx.Cookies:
        return self._jar

    @cookies.setter
    def cookies(self, cookies: object) -> None:
        pass


class _OnFirstUse(httpx.AsyncBaseTransport):
    """A transport made when the first request needs it: an https transport's TLS context (the CA
    bundle read and parsed, ~60 ms) is made only by a sweep that has an https URL."""

    def __init__(self, make: Callable[[], httpx.AsyncBaseTransport]) -> None:
        self._make = make
        self._transport: httpx.AsyncBaseTransport | None = None

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if self._transport is None:
            self._transport = self._make()
        return await self._transport.handle_async_request(request)

    async def aclose(self) -> None:
        if self._transport is not None:
            await self._transport.aclose()


class _AiohttpErrors(httpx.AsyncBaseTransport):
    """httpx-aiohttp translates aiohttp's connection errors but lets its parse errors through (a bad
    status line, header, Content-Length or chunk: ``ClientResponseError``); here they become
    ``httpx.RemoteProtocolError``, as under httpx's own transport."""

    def __init__(self, inner: httpx.AsyncBaseTransport) -> None:
        self._inner = inner

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        import aiohttp

        try:
            response = await self._inner.handle_async_request(request)
        except aiohttp.ClientResponseError as exc:
            raise httpx.RemoteProtocolError(_one_line(exc.message or str(exc)), request=request) from exc
        response.stream = _AiohttpErrorsStream(response.stream, request)
        return response

    async def aclose(self) -> None:
        await self._inner.aclose()


class _AiohttpErrorsStream(httpx.AsyncByteStream):
    def __init__(self, inner: object, request: httpx.Request) -> None:
        self._inner, self._request = inner, request

    async def __aiter__(self) -> AsyncIterator[bytes]:
        import aiohttp

        try:
            async for chunk in self._inner:  # type: ignore[attr-defined]
                yield chunk
        except aiohttp.ClientResponseError as exc:
            raise httpx.RemoteProtocolError(_one_line(exc.message or str(exc)), request=self._request) from exc

    async def aclose(self) -> None:
        await self._inner.aclose()  # type: ignore[attr-defined]


class Fetcher:
    """Fetches URLs politely. Use as ``async with Fetcher(settings) as fetcher``."""

    def __init__(self, settings: Settings, *, transport: httpx.AsyncBaseTransport | None = None) -> None:
        self.settings = settings
        limits = httpx.Limits(max_connections=settings.concurrency, max_keepalive_connections=settings.concurrency)
        mounts: dict[str, httpx.AsyncBaseTransport | None] = {}
        if transport is None and settings.transport == "aiohttp":
            # httpx stays the API; aiohttp keeps the connections: httpx's own pool slows down as
            # concurrency rises (encode/httpx issue 3215), see bench/README.md for the numbers
            from httpx_aiohttp import AiohttpTransport

            transport = _AiohttpErrors(AiohttpTransport(limits=limits, verify=False))  # plain http: no TLS
            mounts["https://"] = _OnFirstUse(lambda: _AiohttpErrors(AiohttpTransport(limits=limits)))
        self._client = _Client(
            headers={"User-Agent": settings.user_agent, "Accept": ACCEPT},
            timeout=httpx.Timeout(settings.timeout),
            follow_redirects=False,  # fetch() follows them, checking every hop
            event_hooks={"response": [_refuse_bad_redirects]},
            limits=limits,
            transport=transport,
            mounts=mounts or None,
        )
        self._urls: dict[str, httpx.URL] = {}  # parsed once: httpx parses a string URL on every request
        self._slots = asyncio.Semaphore(settings.concurrency)
        self._gates: dict[str, _HostGate] = {}
        self._robots: dict[str, _Robots] = {}
        self._robots_loading: dict[str, asyncio.Task[_Robots]] = {}

    async def __aenter__(self) -> Fetcher:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        await self._client.aclose()

    # -- public --------------------------------------------------------------------------

    async def fetch(self, url: str, *, etag: str | None = None, last_modified: str | None = None) -> FetchResult:
        """GET ``url`` conditionally, following redirects; raise :class:`FetchError` when it cannot be had."""
        problem = _url_problem(url)
        if problem:
            raise FetchError(f"{problem}: {_shorten(url)}", url=url)
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        return await self._follow(url, headers, robots=self.settings.robots)

    async def _follow(self, url: str, headers: dict[str, str], *, robots: bool) -> FetchResult:
        """Each hop: robots.txt of its origin, then the request with its retries; a redirect must
        lead to a valid http(s) URL, at most ``max_redirects`` times."""
        started = time.monotonic()
        current, attempts = url, 0
        for _ in range(self.settings.max_redirects + 1):
            if robots:
                await self._check_robots(url, current)
            answer, tries = await self._get_with_retries(url, current, headers)
            attempts += tries
            if isinstance(answer, FetchResult):
                return dataclasses.replace(answer, url=url, elapsed=time.monotonic() - started, attempts=attempts)
            current = _redirect_target(url, current, answer)
            logger.debug("%s: HTTP %d, redirected to %s", url, answer.status, current)
        raise FetchError(f"more than {self.settings.max_redirects} redirects", url=url)

    async def _check_robots(self, url: str, current: str) -> None:
        parts = urlsplit(current)
        robots = await self._robots_for(parts.scheme, parts.netloc)
        hop = "" if current == url else f"redirected to {_shorten(current)}, but "
        if robots.disallow_all:
            if robots.unreachable:  # the site is down or unknown: say that, once, not "robots.txt"
                raise FetchError(f"{hop}{robots.reason}", url=url)
            raise FetchError(f"{hop}robots.txt of {parts.netloc} could not be read ({robots.reason}); "
                             "not fetching until it can", url=url)
        if robots.rules is not None and not robots.rules.can_fetch(current, self.settings.user_agent):
            raise FetchError(f"{hop}disallowed by robots.txt of {parts.netloc}", url=url)

    # -- retries -------------------------------------------------------------------------

    async def _get_with_retries(self, url: str, current: str,
                                headers: dict[str, str]) -> tuple[FetchResult | _Redirect, int]:
        """One hop, retried; the answer and the attempts it took. Errors name ``url``, the URL asked for."""
        host = urlsplit(current).netloc.lower()
        attempts = self.settings.retries + 1
        for attempt in range(1, attempts + 1):
            try:
                return await self._attempt(url, current, headers, host), attempt
            except _Retry as retry:
                if attempt == attempts:
                    raise FetchError(f"{retry.reason} (after {attempts} attempts)", url=url,
                                     status=retry.status, unreachable=retry.unreachable) from None
                delay = self._backoff(attempt)
                if retry.after is not None:
                    if retry.after > self.settings.retry_after_max:
                        raise FetchError(f"{retry.reason}; the server asks to wait {retry.after:.0f}s, more than "
                                         f"retry_after_max ({self.settings.retry_after_max:.0f}s)",
                                         url=url, status=retry.status) from None
                    delay = max(delay, retry.after)
                logger.info("retrying %s in %.2fs: %s", current, delay, retry.reason)
                await asyncio.sleep(delay)
        raise AssertionError("unreachable")  # pragma: no cover

    def _backoff(self, attempt: int) -> float:
        base = self.settings.backoff * 2 ** (attempt - 1)
        return base + random.uniform(0, base / 2)

    async def _attempt(self, url: str, current: str, headers: dict[str, str], host: str) -> FetchResult | _Redirect:
        async with self._gate(host).slot(), self._slots:
            try:
                # a whole-attempt deadline: httpx's timeouts are per operation, and a server that
                # drips one byte at a time would never trip them
                async with asyncio.timeout(self.settings.timeout * 3):
                    return await self._stream(url, current, headers)
            except TimeoutError:
                raise _Retry(f"timed out after {self.settings.timeout * 3:.0f}s", unreachable=True) from None
            except httpx.TimeoutException as exc:
                if _is_timeout(exc):
                    raise _Retry(f"timed out ({type(exc).__name__})", unreachable=True) from None
                # httpx-aiohttp files every connection error under ConnectTimeout
                raise _connection_failed(url, current, exc) from None
            except httpx.RemoteProtocolError as exc:
                if "disconnect" in str(exc).lower():  # may be a stale kept-alive connection
                    raise _Retry(f"connection failed: {exc}") from None
                raise FetchError(f"not a valid HTTP response: {exc}", url=url) from None
            except (httpx.TransportError, OSError) as exc:
                raise _connection_failed(url, current, exc) from None
            except _BadRedirect as bad:
                raise FetchError(f"HTTP {bad.status} redirected to {_shorten(bad.location)}, {bad.problem}",
                                 url=url, status=bad.status) from None
            except httpx.InvalidURL as exc:
                raise FetchError(f"invalid URL {_shorten(current)}: {exc}", url=url) from None

    def _parsed(self, url: str) -> httpx.URL:
        parsed = self._urls.get(url)
        if parsed is None:
            if len(self._urls) >= 100_000:  # a daemon's URLs come and go
                self._urls.clear()
            parsed = self._urls[url] = httpx.URL(url)
        return parsed

    async def _stream(self, url: str, current: str, headers: dict[str, str]) -> FetchResult | _Redirect:
        async with self._client.stream("GET", self._parsed(current), headers=headers) as response:
            status = response.status_code
            if status in RETRY_STATUSES:
                raise _Retry(f"HTTP {status}", status, retry_after(response.headers.get("retry-after")))
            if status == 304:  # no body (RFC 9110 15.4.5): closing the response frees the connection
                return FetchResult(url, current, 304,
                                   etag=response.headers.get("etag"),
                                   last_modified=response.headers.get("last-modified"))
            if status >= 400:
                raise FetchError(f"HTTP {status} {response.reason_phrase}".strip(), url=url, status=status)
            if status >= 300:
                location = response.headers.get("location", "").strip()
                if status not in REDIRECT_STATUSES or not location:
                    raise FetchError(f"HTTP {status} without a usable redirect", url=url, status=status)
                return _Redirect(status, location)
            cap = self.settings.max_bytes
            declared = response.headers.get("content-length", "")
            if declared.isdigit() and int(declared) > cap:
                raise FetchError(f"body of {int(declared):,} bytes is larger than max_bytes ({cap:,})",
                                 url=url, status=status)
            chunks, size = [], 0
            try:
                async for chunk in response.aiter_bytes():
                    size += len(chunk)
                    if size > cap:
                        raise FetchError(f"body larger than max_bytes ({cap:,} bytes); stopped reading",
                                         url=url, status=status)
                    chunks.append(chunk)
            except httpx.DecodingError as exc:
                encoding = response.headers.get("content-encoding", "")
                raise FetchError(f"the body is not encoded as its Content-Encoding ({encoding}) says: {exc}",
                                 url=url, status=status) from None
            return FetchResult(url, current, status, b"".join(chunks),
                               content_type=response.headers.get("content-type", ""),
                               etag=response.headers.get("etag"),
                               last_modified=_strong_last_modified(response.headers))

    def _gate(self, host: str) -> _HostGate:
        gate = self._gates.get(host)
        if gate is None:
            gate = self._gates[host] = _HostGate(self.settings.host_concurrency, self.settings.host_delay)
        return gate

    # -- robots.txt ----------------------------------------------------------------------

    async def _robots_for(self, scheme: str, netloc: str) -> _Robots:
        origin = f"{scheme}://{netloc}".lower()
        cached = self._robots.get(origin)
        if cached is not None and cached.expires > time.monotonic():
            return cached
        task = self._robots_loading.get(origin)
        if task is None:  # one load per origin, however many fetches wait for it
            task = self._robots_loading[origin] = asyncio.ensure_future(self._load_robots(origin))
        try:
            robots = await asyncio.shield(task)
        finally:
            if task.done():
                self._robots_loading.pop(origin, None)
        self._robots[origin] = robots
        return robots

    async def _load_robots(self, origin: str) -> _Robots:
        url = origin + "/robots.txt"
        now = time.monotonic()
        try:
            result = await self._follow(url, {}, robots=False)
        except FetchError as exc:
            if exc.status is not None and 400 <= exc.status < 500:
                return _Robots(None, False, now + ROBOTS_TTL)  # RFC 9309 2.3.1.3: unavailable, no rules
            return _Robots(None, True, now + ROBOTS_FAILURE_TTL, exc.message,
                           unreachable=bool(exc.context.get("unreachable")))
        rules = Protego.parse(result.body.decode("utf-8", errors="replace"))
        delay = rules.crawl_delay(self.settings.user_agent)
        if delay:
            gate = self._gate(urlsplit(origin).netloc)
            gate.delay = max(gate.delay, min(float(delay), MAX_CRAWL_DELAY))
        return _Robots(rules, False, now + ROBOTS_TTL)


def _url_problem(url: str) -> str | None:
    """Why ``url`` cannot be fetched, or None."""
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018  (raises ValueError for a port out of range)
    except ValueError:
        return "not a valid URL"
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return "not an http(s) URL"
    return None


def _redirect_target(url: str, current: str, redirect: _Redirect) -> str:
    """Where a redirect leads, if that is an http(s) URL."""
    try:
        target = urljoin(current, redirect.location)
    except ValueError:
        target = redirect.location
    problem = _url_problem(target)
    if problem:
        raise FetchError(f"HTTP {redirect.status} redirected to {_shorten(redirect.location)}, {problem}",
                         url=url, status=redirect.status)
    return target


def _one_line(message: str) -> str:
    """aiohttp's parse errors span lines, with a caret under the offending byte."""
    lines = (line.strip() for line in message.splitlines())
    return _shorten(" ".join(line for line in lines if line and set(line) != {"^"}), 200)


def _shorten(url: str, limit: int = 120) -> str:
    """A URL fit for a message: a data: URL can be megabytes long."""
    return url if len(url) <= limit else url[:limit] + "..."


def _connection_failed(url: str, current: str, exc: BaseException) -> Exception:
    """A failed connection is worth another try; an untrusted certificate is not. The message says
    what failed (DNS, refused, reset) without aiohttp's decorations (``ssl:default [...]``)."""
    problem = str(exc) or type(exc).__name__
    if "CERTIFICATE_VERIFY_FAILED" in problem or "certificate verify failed" in problem:
        return FetchError(f"TLS certificate not trusted: {problem}", url=url)
    causes = _causes(exc)
    for cause in causes:
        if isinstance(cause, socket.gaierror):
            host = urlsplit(current).hostname  # the hop's: a redirect may lead to another host
            reason = cause.strerror or str(cause)
            return _Retry(f"connection failed: DNS lookup of {host} failed ({reason})", unreachable=True)
    for cause in causes:
        if isinstance(cause, OSError) and cause.errno:
            return _Retry(f"connection failed: {urlsplit(current).netloc}: {os.strerror(cause.errno)}",
                          unreachable=True)
    return _Retry(f"connection failed: {problem}", unreachable=True)


def _causes(exc: BaseException) -> list[BaseException]:
    """The exception and what caused it, outermost first."""
    chain: list[BaseException] = []
    current: BaseException | None = exc
    while current is not None and current not in chain:
        chain.append(current)
        current = current.__cause__ or current.__context__
    return chain


def _is_timeout(exc: httpx.TimeoutException) -> bool:
    """A real timeout, not another connection error that httpx-aiohttp maps to ConnectTimeout."""
    cause = exc.__cause__
    return cause is None or isinstance(cause, TimeoutError) or "Timeout" in type(cause).__name__


def _strong_last_modified(headers: httpx.Headers) -> str | None:
    """The Last-Modified worth sending back, or None. RFC 7232 section 2.2.2: a Last-Modified less
    than a second before the response's Date is weak, because the resource may change again within
    that same second and still carry the same date; such a page would answer 304 and hide a change."""
    value = headers.get("last-modified")
    if not value:
        return None
    try:
        modified = email.utils.parsedate_to_datetime(value)
        sent = email.utils.parsedate_to_datetime(headers.get("date", ""))
    except (TypeError, ValueError):
        return value  # no usable Date header: trust the server
    return value if (sent - modified).total_seconds() >= 1 else None


