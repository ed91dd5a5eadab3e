"""The fetcher against a real HTTP server on 127.0.0.1: conditional GET, retries, caps, robots.txt."""
from __future__ import annotations

import asyncio
import time
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from monitor.config import parse_config
from monitor.errors import FetchError
from monitor.fetch import Fetcher
from monitor.models import FetchResult


def settings(**overrides: object):
    base = {"host_delay": "0s", "timeout": "1s", "retries": 2, "backoff": "0.01s", "max_bytes": "64KB"}
    return parse_config({"settings": {**base, **overrides}}, Path("test.toml")).settings


def fetch(url: str, **kwargs: object) -> FetchResult:
    opts = {k: kwargs.pop(k) for k in list(kwargs) if k not in ("etag", "last_modified")}

    async def go() -> FetchResult:
        async with Fetcher(settings(**opts)) as fetcher:
            return await fetcher.fetch(url, **kwargs)  # type: ignore[arg-type]

    return asyncio.run(go())


def test_conditional_get_sends_the_stored_validators_and_a_304_is_a_result(site: HTTPServer) -> None:
    seen: list[Request] = []

    def handler(request: Request) -> Response:
        seen.append(request)
        if request.headers.get("If-None-Match") == '"v1"':
            return Response(status=304)
        return Response("<html><body>hi</body></html>", content_type="text/html",
                        headers={"ETag": '"v1"', "Last-Modified": "Wed, 01 May 2024 09:00:00 GMT"})

    site.expect_request("/p").respond_with_handler(handler)
    first = fetch(site.url_for("/p"))
    assert first.status == 200 and first.etag == '"v1"' and first.last_modified == "Wed, 01 May 2024 09:00:00 GMT"
    second = fetch(site.url_for("/p"), etag=first.etag, last_modified=first.last_modified)
    assert second.not_modified and second.body == b""
    assert seen[-1].headers["If-Modified-Since"] == "Wed, 01 May 2024 09:00:00 GMT"
    assert seen[-1].headers["User-Agent"].startswith("mandate-monitor/")


def test_5xx_is_retried_with_backoff_then_succeeds(site: HTTPServer) -> None:
    answers = iter([Response("busy", status=503), Response("busy", status=502), Response("ok", status=200)])
    site.expect_request("/flaky").respond_with_handler(lambda request: next(answers))
    result = fetch(site.url_for("/flaky"))
    assert result.status == 200 and result.body == b"ok" and result.attempts == 3


def test_retries_give_up_with_the_last_reason(site: HTTPServer) -> None:
    site.expect_request("/down").respond_with_data("no", status=500)
    with pytest.raises(FetchError, match=r"HTTP 500 \(after 3 attempts\)"):
        fetch(site.url_for("/down"))


def test_retry_after_is_honoured_and_capped(site: HTTPServer) -> None:
    answers = iter([Response("slow down", status=429, headers={"Retry-After": "1"}), Response("ok")])
    site.expect_request("/limited").respond_with_handler(lambda request: next(answers))
    started = time.monotonic()
    assert fetch(site.url_for("/limited")).body == b"ok"
    assert time.monotonic() - started >= 1.0
    site.expect_request("/later").respond_with_data("later", status=503, headers={"Retry-After": "3600"})
    with pytest.raises(FetchError, match="asks to wait 3600s, more than retry_after_max"):
        fetch(site.url_for("/later"))


def test_a_404_fails_at_once_without_retries(site: HTTPServer) -> None:
    with pytest.raises(FetchError, match="HTTP 404") as info:
        fetch(site.url_for("/missing"))
    assert info.value.status == 404
    assert len([r for r, _ in site.log if r.path == "/missing"]) == 1


def test_bodies_are_capped(site: HTTPServer) -> None:
    site.expect_request("/big").respond_with_data("x" * 100_000)
    with pytest.raises(FetchError, match="larger than max_bytes"):
        fetch(site.url_for("/big"))

    def chunked(request: Request) -> Response:  # no Content-Length: the stream itself is capped
        return Response((b"y" * 8192 for _ in range(20)), content_type="text/html")

    site.expect_request("/stream").respond_with_handler(chunked)
    with pytest.raises(FetchError, match="stopped reading"):
        fetch(site.url_for("/stream"))


def test_redirects_are_followed_up_to_a_limit(site: HTTPServer) -> None:
    site.expect_request("/old").respond_with_data("", status=301, headers={"Location": "/new"})
    site.expect_request("/new").respond_with_data("here")
    result = fetch(site.url_for("/old"))
    assert result.body == b"here" and result.final_url == site.url_for("/new")
    site.expect_request("/loop").respond_with_data("", status=302, headers={"Location": "/loop"})
    with pytest.raises(FetchError, match="more than 5 redirects"):
        fetch(site.url_for("/loop"))


def test_a_hanging_server_times_out(site: HTTPServer) -> None:
    def hang(request: Request) -> Response:
        time.sleep(2)
        return Response("late")

    site.expect_request("/hang").respond_with_handler(hang)
    with pytest.raises(FetchError, match="timed out"):
        fetch(site.url_for("/hang"), timeout="0.3s", retries=0)


def test_robots_txt_is_honoured_and_fetched_once(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/robots.txt").respond_with_data(
        "User-agent: *\nDisallow: /private/\n", content_type="text/plain")
    httpserver.expect_request("/public").respond_with_data("ok")

    async def go() -> None:
        async with Fetcher(settings()) as fetcher:
            assert (await fetcher.fetch(httpserver.url_for("/public"))).body == b"ok"
            with pytest.raises(FetchError, match=r"disallowed by robots\.txt"):
                await fetcher.fetch(httpserver.url_for("/private/page"))
            await fetcher.fetch(httpserver.url_for("/public"))

    asyncio.run(go())
    assert len([r for r, _ in httpserver.log if r.path == "/robots.txt"]) == 1
    assert not [r for r, _ in httpserver.log if r.path.startswith("/private")]


def test_a_missing_robots_txt_allows_and_a_failing_one_disallows(httpserver: HTTPServer) -> None:
    httpserver.no_handler_status_code = 404
    httpserver.expect_request("/page").respond_with_data("ok")
    assert fetch(httpserver.url_for("/page")).body == b"ok"
    httpserver.clear()
    httpserver.expect_request("/robots.txt").respond_with_data("down", status=503)
    httpserver.expect_request("/page").respond_with_data("ok")
    with pytest.raises(FetchError, match=r"robots\.txt of .* could not be read"):
        fetch(httpserver.url_for("/page"))


def test_host_delay_spaces_requests_to_one_host(site: HTTPServer) -> None:
    site.expect_request("/a").respond_with_data("a")

    async def go() -> float:
        async with Fetcher(settings(host_delay="0.2s", host_concurrency=4)) as fetcher:
            await fetcher.fetch(site.url_for("/a"))  # robots.txt and a first request
            started = time.monotonic()
            await asyncio.gather(*(fetcher.fetch(site.url_for("/a")) for _ in range(3)))
            return time.monotonic() - started

    assert asyncio.run(go()) >= 0.4  # three starts, at least 0.2s apart


def test_only_http_urls_are_fetched() -> None:
    with pytest.raises(FetchError, match="not an http"):
        fetch("file:///etc/passwd")


def test_https_certificates_are_verified_even_after_a_redirect_from_http(site: HTTPServer) -> None:
    import ssl

    import trustme

    authority = trustme.CA()  # a certificate authority nobody trusts
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    authority.issue_cert("127.0.0.1").configure_cert(context)
    secure = HTTPServer(host="127.0.0.1", port=0, ssl_context=context)
    secure.start()
    try:
        secure.expect_request("/page").respond_with_data("<html>secret</html>", content_type="text/html")
        with pytest.raises(FetchError, match=r"TLS certificate not trusted: .*certificate verify failed"):
            fetch(secure.url_for("/page"), robots=False)
        site.expect_request("/moved").respond_with_data("", status=301, headers={"Location": secure.url_for("/page")})
        with pytest.raises(FetchError, match="TLS certificate not trusted"):
            fetch(site.url_for("/moved"), robots=False)
        assert secure.log == []  # no request was ever answered over the untrusted connection
    finally:
        secure.clear()
        if secure.is_running():
            secure.stop()


def test_cookies_are_never_sent_back(site: HTTPServer) -> None:
    seen: list[Request] = []

    def handler(request: Request) -> Response:
        seen.append(request)
        response = Response("<html>hi</html>", content_type="text/html")
        response.set_cookie("tracker", "abc")
        return response

    site.expect_request("/c").respond_with_handler(handler)

    async def go() -> None:
        async with Fetcher(settings()) as fetcher:
            await fetcher.fetch(site.url_for("/c"))
            await fetcher.fetch(site.url_for("/c"))

    asyncio.run(go())
    assert len(seen) == 2 and "Cookie" not in seen[1].headers


def test_a_closed_port_is_reported_as_a_refused_connection_not_a_timeout() -> None:
    import socket

    with socket.socket() as sock:  # a port nobody listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    with pytest.raises(FetchError, match=r"connection failed: .*(refused|Connect call failed).*\(after 2 attempts\)"):
        fetch(f"http://127.0.0.1:{port}/page", robots=False, retries=1)
