"""The throwaway servers of the tests listen on this machine only and leave nothing behind."""

import os
from pathlib import Path

import psycopg
import redis

from tests.servers import PG_USER, postgres_server, redis_server


def _alive(pid):
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return Path(f"/proc/{pid}/stat").read_text().split()[2] != "Z"


def test_postgres_listens_on_its_own_socket_only_and_leaves_nothing():
    with postgres_server() as server:
        folder = server.folder
        server.execute("CREATE DATABASE scratch")
        with psycopg.connect(host=str(folder), user=PG_USER, dbname="scratch") as conn:
            assert conn.execute("SHOW listen_addresses").fetchone() == ("",)
            assert conn.execute("SHOW unix_socket_directories").fetchone() == (str(folder),)
            pid = conn.execute("SELECT pg_backend_pid()").fetchone()[0]
        postmaster = int((folder / "data" / "postmaster.pid").read_text().split()[0])
    assert not folder.exists() and not _alive(postmaster) and not _alive(pid)


def test_redis_listens_on_its_own_socket_only_and_leaves_nothing():
    with redis_server() as url:
        socket = Path(url.removeprefix("unix://"))
        client = redis.Redis.from_url(url)
        try:
            assert client.config_get("port") == {"port": "0"}, "no TCP port"
            pid = client.info()["process_id"]
        finally:
            client.close()
    assert not socket.parent.exists() and not _alive(pid)
