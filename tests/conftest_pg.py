"""A real PostgreSQL 15 + PostGIS server for the tests, started once per test session (issue 7).

Test modules load this as a plugin (``pytest_plugins = ["conftest_pg"]``) and ask for:

- ``pg_server``: the running server (session scope). It lives in a fresh ``initdb`` cluster
  under a temporary folder, listens on a free port on 127.0.0.1 and on a unix socket in that
  folder, trusts local connections, and has a ``wf_template`` database with PostGIS created, from
  which tests make databases. As root, the server runs as the ``postgres`` user (or ``nobody``):
  PostgreSQL refuses to run as root.
- ``pg_url``: a new, empty database (PostGIS enabled) on that server, for one test.

``WATCHFLOOR_TEST_PG_URL=postgresql://user@host:port/db`` uses an existing server instead (a CI
service container, say): the user must be allowed to CREATE DATABASE. Without one, and without
the binaries (Debian ``postgresql-15`` and ``postgresql-15-postgis-3``), the tests that need the
server are skipped with the reason.
"""
from __future__ import annotations

import atexit
import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import pytest

__all__ = ["PgServer", "get_pg_server", "pg_server", "pg_url"]

TEMPLATE_DB = "wf_template"


def _bindir() -> Path | None:
    """Where initdb, pg_ctl and postgres live: PostgreSQL 15 preferred (the project's target)."""
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin"),
                        key=lambda p: (Path(p).parent.name != "15", p))
    for folder in candidates:
        if (Path(folder) / "initdb").exists() and (Path(folder) / "pg_ctl").exists():
            return Path(folder)
    initdb = shutil.which("initdb")
    return Path(initdb).resolve().parent if initdb else None


def _postgis_installed(bindir: Path) -> bool:
    try:
        share = subprocess.run([str(bindir / "pg_config"), "--sharedir"], capture_output=True,
                               text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        share = f"/usr/share/postgresql/{bindir.parent.name}"
    return bool(glob.glob(os.path.join(share, "extension", "postgis.control")))


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _run_as() -> str | None:
    """The user to run the server as: None when not root, else postgres (or nobody)."""
    if os.geteuid() != 0:
        return None
    for name in ("postgres", "nobody"):
        try:
            pwd.getpwnam(name)
            return name
        except KeyError:
            continue
    raise RuntimeError("running as root and neither a 'postgres' nor a 'nobody' user exists")


class PgServer:
    """One PostgreSQL cluster: started by ``start``, removed by ``stop``; or an external server."""

    def __init__(self, *, base_url: str | None = None) -> None:
        self.base_url = base_url  # set for an external server
        self.root: Path | None = None
        self.port = 0
        self.user = "wf"
        self.run_as: str | None = None
        self.bindir: Path | None = None

    # --- lifetime ----------------------------------------------------------------------------

    def start(self, bindir: Path) -> None:
        self.bindir = bindir
        self.run_as = _run_as()
        # Under /tmp, not pytest's tmp_path: that is 0700 root, which the postgres user cannot enter.
        self.root = Path(tempfile.mkdtemp(prefix="watchfloor-pg-"))
        (self.root / "sock").mkdir()
        if self.run_as:
            info = pwd.getpwnam(self.run_as)
            for path in (self.root, self.root / "sock"):
                os.chown(path, info.pw_uid, info.pw_gid)
        self._cmd([str(bindir / "initdb"), "-D", str(self.root / "data"), "-U", self.user,
                   "--auth=trust", "-E", "UTF8", "--locale=C", "--no-sync"])
        last_error = ""
        for _ in range(3):  # the free port may be taken between probing and binding
            self.port = _free_port()
            opts = (f"-p {self.port} -k {self.root / 'sock'} -c listen_addresses=127.0.0.1 "
                    "-c fsync=off -c synchronous_commit=off -c full_page_writes=off "
                    "-c max_connections=50")
            proc = self._cmd([str(bindir / "pg_ctl"), "-D", str(self.root / "data"), "-l",
                              str(self.root / "server.log"), "-w", "-t", "60", "-o", opts,
                              "start"], check=False)
            if proc.returncode == 0:
                break
            last_error = proc.stdout + proc.stderr + self.log()
        else:
            raise RuntimeError(f"pg_ctl start failed:\n{last_error[-3000:]}")
        atexit.register(self.stop)

    def stop(self) -> None:
        if self.root is None or self.bindir is None:
            return
        if (self.root / "data" / "postmaster.pid").exists():
            self._cmd([str(self.bindir / "pg_ctl"), "-D", str(self.root / "data"), "-m",
                       "immediate", "-w", "stop"], check=False)
        shutil.rmtree(self.root, ignore_errors=True)
        self.root = None

    def log(self) -> str:
        path = self.root / "server.log" if self.root else None
        return path.read_text(errors="replace") if path and path.exists() else ""

    def _cmd(self, args: list[str], *, check: bool = True) -> subprocess.CompletedProcess[str]:
        proc = subprocess.run(args, capture_output=True, text=True, user=self.run_as,
                              cwd=self.root, timeout=120, check=False)
        if check and proc.returncode != 0:
            raise RuntimeError(f"{' '.join(args)} failed:\n{proc.stdout}\n{proc.stderr}")
        return proc

    # --- databases ---------------------------------------------------------------------------

    def url(self, dbname: str) -> str:
        """A TCP URL for a database on this server."""
        if self.base_url:
            parts = urlsplit(self.base_url)
            return urlunsplit(parts._replace(path=f"/{dbname}"))
        return f"postgresql://{self.user}@127.0.0.1:{self.port}/{dbname}"

    def socket_url(self, dbname: str) -> str:
        """A unix-socket URL for a database on this server (a self-started one only)."""
        return f"postgresql://{self.user}@/{dbname}?host={self.root / 'sock'}&port={self.port}"

    @property
    def admin_url(self) -> str:
        return self.base_url or self.url("postgres")

    def admin(self, sql: str) -> None:
        import psycopg

        with psycopg.connect(self.admin_url, autocommit=True) as con:
            con.execute(sql.encode())

    def prepare_template(self) -> None:
        import psycopg

        self.admin(f"DROP DATABASE IF EXISTS {TEMPLATE_DB}")
        self.admin(f"CREATE DATABASE {TEMPLATE_DB}")
        with psycopg.connect(self.url(TEMPLATE_DB), autocommit=True) as con:
            con.execute("CREATE EXTENSION IF NOT EXISTS postgis")

    def create_database(self, name: str | None = None) -> str:
        """A new database with PostGIS (copied from the template); RETURNS its URL."""
        name = name or f"wf_{uuid.uuid4().hex[:12]}"
        self.admin(f"CREATE DATABASE {name} TEMPLATE {TEMPLATE_DB}")
        return self.url(name)


_SERVER: PgServer | None = None
_SKIP_REASON: str | None = None


def get_pg_server() -> PgServer:
    """The session's server, started on first use; skips the calling test when there is none."""
    global _SERVER, _SKIP_REASON
    if _SERVER is not None:
        return _SERVER
    if _SKIP_REASON is not None:
        pytest.skip(_SKIP_REASON)
    try:
        import psycopg  # noqa: F401
    except ImportError:
        _SKIP_REASON = "psycopg is not installed (pip install 'psycopg[binary]')"
        pytest.skip(_SKIP_REASON)
    external = os.environ.get("WATCHFLOOR_TEST_PG_URL")
    if external:
        server = PgServer(base_url=external)
    else:
        bindir = _bindir()
        if bindir is None:
            _SKIP_REASON = ("PostgreSQL server binaries (initdb, pg_ctl) not found: install "
                            "Debian postgresql-15 and postgresql-15-postgis-3")
            pytest.skip(_SKIP_REASON)
        if not _postgis_installed(bindir):
            _SKIP_REASON = (f"PostGIS is not installed for the PostgreSQL in {bindir}: install "
                            "Debian postgresql-15-postgis-3")
            pytest.skip(_SKIP_REASON)
        server = PgServer()
        t0 = time.perf_counter()
        server.start(bindir)
        server.startup_s = time.perf_counter() - t0  # type: ignore[attr-defined]
    server.prepare_template()
    _SERVER = server
    return server


@pytest.fixture(scope="session")
def pg_server() -> PgServer:
    return get_pg_server()


@pytest.fixture
def pg_url(pg_server: PgServer) -> Iterator[str]:
    url = pg_server.create_database()
    yield url
    import psycopg

    name = urlsplit(url).path.lstrip("/")
    try:
        pg_server.admin(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
    except psycopg.Error:  # a test left it busy; the server goes away at the end anyway
        pass
