"""``vetkit serve`` (what ``make run`` starts): gunicorn and a worker, both stopped cleanly by Ctrl-C."""

import urllib.request

import pytest

from tests.webapp.serving import children, gone, serving


@pytest.mark.docker
def test_serve_prepares_serves_and_stops_on_ctrl_c(tmp_path):
    with open(tmp_path / "serve.log", "w") as log:
        with serving(tmp_path / "instance", log=log, VETKIT_DEMO_ACCOUNTS="true") as (url, proc):
            started = children(proc.pid)
            assert len(started) == 2, "a web server and a worker"
            with urllib.request.urlopen(f"{url}/", timeout=5) as response:
                assert "Show what you can build" in response.read().decode()
    output = (tmp_path / "serve.log").read_text()
    assert "candidate@demo.vetkit" in output and "serving http://127.0.0.1" in output and "gunicorn" in output
    assert all(gone(child) for child in started)
