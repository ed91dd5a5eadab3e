#!/usr/bin/env python3
"""The fetch benchmark: `monitor check` against a bare aiohttp client and urlwatch, in one run.

    python bench/run.py [--pages 1000] [--runs 3] [--kb 40] [--skip-urlwatch] [--out bench/out]

It generates N news pages (bench/pages.py), serves them with nginx on 127.0.0.1 (installed from
Debian's packages when missing, run in the foreground from a config in a temporary folder), and
times whole processes with /usr/bin/time -v, several runs each:

    bare aiohttp   every page fetched and dropped (first and second pass)
    urlwatch       its own virtual environment, one job per page with an html2text filter, 10 workers
    monitor        first sweep (fresh database), unchanged sweep, a sweep after one sentence changed
                   in 10% of the articles, a sweep after only adverts and timestamps changed

and prints (and writes as Markdown) a table with the median time, pages per second, peak memory,
and the ratios monitor/bare and monitor/urlwatch. Each changed sweep starts from a copy of the
database as the first sweep left it, with the pages of that mode in place.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import socket
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
from pages import generate  # noqa: E402

PYTHON = sys.executable
MONITOR = [PYTHON, "-m", "monitor"]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def ensure_nginx() -> str:
    found = shutil.which("nginx") or (Path("/usr/sbin/nginx").exists() and "/usr/sbin/nginx")
    if found:
        return str(found)
    print("installing nginx from Debian's packages ...", file=sys.stderr)
    subprocess.run(["apt-get", "update", "-qq"], check=True)
    subprocess.run(["apt-get", "install", "-y", "-qq", "nginx-light"], check=True,
                   env={**os.environ, "DEBIAN_FRONTEND": "noninteractive"})
    return shutil.which("nginx") or "/usr/sbin/nginx"


class Nginx:
    def __init__(self, root: Path, work: Path) -> None:
        self.port = free_port()
        self.work = work
        (work / "logs").mkdir(parents=True, exist_ok=True)
        self.conf = work / "nginx.conf"
        self.conf.write_text(f"""
worker_processes 1;
daemon off;
error_log {work}/logs/error.log warn;
pid {work}/nginx.pid;
events {{ worker_connections 4096; }}
http {{
    access_log off;
    default_type text/html;
    types {{ text/html html; application/rss+xml xml; text/plain txt; }}
    keepalive_requests 100000;
    keepalive_timeout 60s;
    client_body_temp_path {work}/tmp; proxy_temp_path {work}/tmp; fastcgi_temp_path {work}/tmp;
    uwsgi_temp_path {work}/tmp; scgi_temp_path {work}/tmp;
    server {{
        listen 127.0.0.1:{self.port};
        root {root};
        etag on;
    }}
}}
""")
        (work / "tmp").mkdir(exist_ok=True)
        self.process: subprocess.Popen[bytes] | None = None

    def __enter__(self) -> Nginx:
        self.process = subprocess.Popen([ensure_nginx(), "-c", str(self.conf), "-p", str(self.work)],
                                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.2):
                    return self
            except OSError:
                time.sleep(0.05)
        raise SystemExit("nginx did not start; see " + str(self.work / "logs" / "error.log"))

    def __exit__(self, *exc: object) -> None:
        if self.process is not None:
            self.process.terminate()
            self.process.wait(10)


def timed(cmd: list[str], cwd: Path, env: dict[str, str] | None = None) -> dict[str, float]:
    """Run a whole process under /usr/bin/time -v: wall seconds and peak resident memory."""
    result = subprocess.run(["/usr/bin/time", "-v", *cmd], cwd=cwd, capture_output=True, text=True,
                            env={**os.environ, **(env or {})})
    if result.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed ({result.returncode}):\n"
                         f"{result.stdout[-2000:]}\n{result.stderr[-2000:]}")
    wall = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:(\d+):)?(\d+):([\d.]+)", result.stderr)
    rss = re.search(r"Maximum resident set size \(kbytes\): (\d+)", result.stderr)
    assert wall and rss, result.stderr[-1000:]
    seconds = int(wall.group(1) or 0) * 3600 + int(wall.group(2)) * 60 + float(wall.group(3))
    return {"seconds": seconds, "peak_mb": int(rss.group(1)) / 1024, "stdout": result.stdout}  # type: ignore[dict-item]


def ensure_urlwatch(work: Path) -> Path:
    venv = work / "urlwatch-venv"
    if not (venv / "bin" / "urlwatch").exists():
        print("installing urlwatch into its own virtual environment ...", file=sys.stderr)
        subprocess.run([PYTHON, "-m", "venv", str(venv)], check=True)
        subprocess.run([str(venv / "bin" / "pip"), "install", "-q", "urlwatch==2.29", "html2text"], check=True)
    return venv / "bin" / "urlwatch"


def write_monitor_config(folder: Path, urls: list[str], database: Path) -> Path:
    lines = ["[settings]", f'database = "{database}"', "concurrency = 32", "host_concurrency = 32",
             'host_delay = "0s"', "retries = 0", ""]
    for i, url in enumerate(urls):
        lines += ["[[sources]]", f'name = "p{i:05d}"', f'url = "{url}"', ""]
    path = folder / "sources.toml"
    path.write_text("\n".join(lines))
    return path


def write_urlwatch_files(folder: Path, urls: list[str]) -> tuple[Path, Path, Path]:
    jobs = folder / "urls.yaml"
    jobs.write_text("\n---\n".join(f"name: p{i:05d}\nurl: {url}\nfilter:\n  - html2text" for i, url in enumerate(urls)))
    return jobs, folder / "urlwatch.yaml", folder / "cache.db"  # urlwatch writes its default config


def counts(database: Path) -> dict[str, int]:
    conn = sqlite3.connect(database)
    try:
        return {"versions": conn.execute("SELECT count(*) FROM versions v JOIN documents d ON d.id = v.document_id "
                                         "WHERE d.role = 'page'").fetchone()[0],
                "changes": conn.execute("SELECT count(*) FROM changes").fetchone()[0]}
    finally:
        conn.close()


def median(rows: list[dict[str, float]], key: str) -> float:
    return statistics.median(r[key] for r in rows)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pages", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--kb", type=float, default=40)
    parser.add_argument("--skip-urlwatch", action="store_true")
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "out")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    n = args.pages
    # timed as installed: pip compiles a package's bytecode, an editable install does not, and
    # PYTHONDONTWRITEBYTECODE would make every monitor run compile its modules again
    subprocess.run([PYTHON, "-m", "compileall", "-q", str(ROOT / "monitor")], check=True)
    with tempfile.TemporaryDirectory(prefix="mm-bench-") as tmp:
        work = Path(tmp)
        work.chmod(0o755)  # nginx's workers run as an unprivileged user and must read the pages
        site = work / "site"
        modes = {mode: work / f"pages-{mode}" for mode in ("first", "change", "adverts")}
        for mode, folder in modes.items():
            generate(folder, count=n, kb=args.kb, mode=mode)
        (modes["first"] / "robots.txt").write_text("User-agent: *\nAllow: /\n")
        shutil.copytree(modes["first"], site)
        page_kb = statistics.mean(p.stat().st_size for p in (site / "a").iterdir()) / 1000
        rows: dict[str, list[dict[str, float]]] = {}
        with Nginx(site, work / "nginx") as nginx:
            base = f"http://127.0.0.1:{nginx.port}"
            urls = [f"{base}/a/{i:05d}.html" for i in range(n)]
            (work / "urls.txt").write_text("\n".join(urls))

            def use(mode: str) -> None:
                shutil.rmtree(site / "a")
                shutil.copytree(modes[mode] / "a", site / "a")

            def record(name: str, result: dict[str, float]) -> None:
                rows.setdefault(name, []).append(result)
                print(f"  {name:<34} {result['seconds']:7.2f}s {result['peak_mb']:7.1f} MB", file=sys.stderr)

            print(f"{n} pages of {page_kb:.1f} KB on {base}", file=sys.stderr)
            for _ in range(args.runs):
                record("bare aiohttp: first pass", timed([PYTHON, str(ROOT / "bench" / "bare_aiohttp.py"),
                                                          str(work / "urls.txt")], work))
                record("bare aiohttp: second pass", timed([PYTHON, str(ROOT / "bench" / "bare_aiohttp.py"),
                                                           str(work / "urls.txt")], work))
            if not args.skip_urlwatch:
                urlwatch = ensure_urlwatch(args.out)
                for run in range(args.runs):
                    folder = work / f"urlwatch-{run}"
                    folder.mkdir()
                    jobs, config, cache = write_urlwatch_files(folder, urls)
                    cmd = [str(urlwatch), "--urls", str(jobs), "--config", str(config), "--cache", str(cache),
                           "--hooks", str(folder / "hooks.py")]
                    (folder / "hooks.py").write_text("")
                    record("urlwatch: first sweep", timed(cmd, folder))
                    record("urlwatch: unchanged sweep", timed(cmd, folder))
            results: dict[str, dict[str, int]] = {}
            for run in range(args.runs):
                folder = work / f"monitor-{run}"
                folder.mkdir()
                database = folder / "monitor.db"
                config = write_monitor_config(folder, urls, database)
                cmd = [*MONITOR, "--config", str(config), "check"]
                env = {"PYTHONPATH": str(ROOT)}
                first = timed(cmd, folder, env)
                record("monitor: first sweep", first)
                results["first"] = counts(database)
                if results["first"]["versions"] < n:
                    raise SystemExit("monitor's first sweep did not store every page:\n"
                                     + str(first["stdout"])[-1500:])
                record("monitor: unchanged sweep", timed(cmd, folder, env))
                snapshot = folder / "after-first.db"
                shutil.copy(database, snapshot)
                for mode, label in (("change", "10% of articles changed"), ("adverts", "only adverts changed")):
                    for suffix in ("", "-wal", "-shm"):
                        Path(str(database) + suffix).unlink(missing_ok=True)
                    shutil.copy(snapshot, database)
                    use(mode)
                    before = counts(database)
                    record(f"monitor: {label}", timed(cmd, folder, env))
                    after = counts(database)
                    results[mode] = {k: after[k] - before[k] for k in after}
                    use("first")
    report = render(rows, n, page_kb, results)
    print(report)
    (args.out / "report.md").write_text(report + "\n")
    (args.out / "report.json").write_text(json.dumps({"pages": n, "rows": {k: [{kk: vv for kk, vv in r.items()
                                                                                if kk != "stdout"} for r in v]
                                                                          for k, v in rows.items()},
                                                      "results": results}, indent=1))
    return 0


def render(rows: dict[str, list[dict[str, float]]], n: int, page_kb: float, results: dict[str, dict[str, int]]) -> str:
    bare = {"first": rows["bare aiohttp: first pass"], "unchanged": rows["bare aiohttp: second pass"]}
    urlwatch = {"first": rows.get("urlwatch: first sweep"), "unchanged": rows.get("urlwatch: unchanged sweep")}
    lines = [f"{n} pages of {page_kb:.0f} KB served by nginx on 127.0.0.1; whole processes, median of "
             f"{len(bare['first'])} runs.", "",
             "| client | sweep | median time | pages/s | peak memory | monitor/bare | monitor/urlwatch |",
             "|---|---|---|---|---|---|---|"]
    for name, runs in rows.items():
        client, sweep = name.split(": ", 1)
        seconds, peak = median(runs, "seconds"), median(runs, "peak_mb")
        ratio_bare = ratio_urlwatch = ""
        if client == "monitor":
            kind = "first" if sweep == "first sweep" else "unchanged"
            ratio_bare = f"{seconds / median(bare[kind], 'seconds'):.2f}x"
            if urlwatch[kind]:
                ratio_urlwatch = f"{seconds / median(urlwatch[kind], 'seconds'):.2f}x"  # type: ignore[arg-type]
        lines.append(f"| {client} | {sweep} | {seconds:.2f} s | {n / seconds:,.0f} | {peak:.0f} MB | "
                     f"{ratio_bare} | {ratio_urlwatch} |")
    lines += ["", "What each monitor sweep recorded: "
              + "; ".join(f"{mode}: {c['versions']} new page texts, {c['changes']} mandate changes"
                          for mode, c in results.items())]
    return "\n".join(lines)


if __name__ == "__main__":
    raise SystemExit(main())
