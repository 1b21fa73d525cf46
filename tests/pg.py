"""A throwaway PostgreSQL server for the DuckLake tests: Debian's `postgresql` package (which
`make test` installs when it is missing), a cluster made by initdb under a temporary folder, started
on a free port on loopback, and stopped at the end. When the tests run as root, the server runs as
the `postgres` user (PostgreSQL refuses to run as root). Connections need a password (scram), so
that the warehouse's way of passing one (PGPASSWORD, never in PBD_DB) is what the tests use too."""

from __future__ import annotations

import glob
import os
import secrets
import shutil
import subprocess
from pathlib import Path


def server_bin() -> Path | None:
    """The folder of initdb and pg_ctl: on PATH, else Debian's /usr/lib/postgresql/<version>/bin."""
    found = shutil.which("initdb")
    if found:
        return Path(found).resolve().parent
    versions = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(p.split("/")[4]))
    return Path(versions[-1]).parent if versions else None


class Cluster:
    """`folder` must be one the postgres user can reach (pytest's own are private to root): a new
    folder under /tmp, which stop() removes."""

    def __init__(self, folder: Path, port: int):
        self.bin = server_bin()
        if self.bin is None:
            raise RuntimeError("PostgreSQL's server is not installed: `make test` installs Debian's postgresql")
        self.folder, self.port = folder, port
        self.data = folder / "data"
        self.password = secrets.token_urlsafe(12)
        self.user = "postgres"
        self._as = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []

    def _run(self, *args: str) -> None:
        done = subprocess.run([*self._as, *args], capture_output=True, text=True, timeout=120)
        if done.returncode:
            raise RuntimeError(f"{Path(args[0]).name} failed: {done.stderr or done.stdout}")

    def start(self) -> Cluster:
        if self._as:
            shutil.chown(self.folder, "postgres")
        secret = self.folder / "pwfile"
        secret.write_text(self.password + "\n")
        if self._as:
            shutil.chown(secret, "postgres")
        self._run(str(self.bin / "initdb"), "-D", str(self.data), "-U", self.user, "--auth=scram-sha-256",
                  f"--pwfile={secret}", "-E", "UTF8", "--no-sync", "--locale=C")
        secret.unlink()
        options = (f"-p {self.port} -k {self.folder} -c listen_addresses=127.0.0.1 -c fsync=off "
                   "-c synchronous_commit=off -c full_page_writes=off -c max_connections=200")
        self._run(str(self.bin / "pg_ctl"), "-D", str(self.data), "-o", options, "-l", str(self.folder / "log"),
                  "-w", "-t", "60", "start")
        return self

    def stop(self) -> None:
        subprocess.run([*self._as, str(self.bin / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "-w", "stop"],
                       capture_output=True, timeout=60)
        shutil.rmtree(self.folder, ignore_errors=True)

    def create_database(self, name: str, template: str | None = None) -> None:
        clone = f' TEMPLATE "{template}"' if template else ""
        subprocess.run(["psql", "-h", "127.0.0.1", "-p", str(self.port), "-U", self.user, "-d", "postgres",
                        "-v", "ON_ERROR_STOP=1", "-qc", f'DROP DATABASE IF EXISTS "{name}"',
                        "-c", f'CREATE DATABASE "{name}"{clone}'],
                       check=True, capture_output=True, timeout=60, env={**os.environ, "PGPASSWORD": self.password})

    def clone(self, template: tuple[str, str], target: str) -> str:
        """Make the lake `target` (a location of this server, its database created empty) a copy of
        the lake `template` (location, data folder): its catalog cloned by PostgreSQL, its data files
        shared (DuckLake never changes a data file; a clone's writes add files of their own). Sets
        PBD_DATA_PATH to the shared folder; returns `target`."""
        database = target.split("dbname=", 1)[1].split()[0]
        self.create_database(database, template=template[0].split("dbname=", 1)[1].split()[0])
        os.environ["PBD_DATA_PATH"] = template[1]
        return target

    def catalog(self, database: str) -> str:
        """The warehouse location (PBD_DB) of a DuckLake catalog in `database`, without its password."""
        return f"ducklake:postgres:dbname={database} host=127.0.0.1 port={self.port} user={self.user}"
