"""What ``vetkit serve`` (and so ``make run``) does: prepare, then run the web server and a worker together.

The web server is gunicorn (threads, so a long Run does not block other requests),
or Flask's development server with ``--debug``; the worker is ``vetkit worker``.
Both run in the foreground; Ctrl-C (or SIGTERM) stops both, and if one of them
ends, the other is stopped too.
"""

import os
import signal
import subprocess
import sys
import time

STOP_GRACE_SECONDS = 10
"""How long the children get to stop before they are killed."""
THREADS_PER_WEB_WORKER = 8


def prepare():
    """Migrate the database, sync the bank and make sure the demo accounts exist (in an app context)."""
    from flask import current_app
    from flask_migrate import upgrade

    from .services.accounts import ensure_demo_accounts
    from .services.bank_sync import sync_bank

    upgrade()
    report = sync_bank()
    accounts = ensure_demo_accounts() if current_app.config["DEMO_ACCOUNTS"] else []
    return accounts, report


def _commands(host, port, web_workers, debug):
    python = sys.executable
    if debug:
        web = [python, "-m", "flask", "--app", "webapp.wsgi:app", "run", "--debug", "--host", host, "--port",
               str(port)]
    else:
        web = [python, "-m", "gunicorn", "--bind", f"{host}:{port}", "--workers", str(web_workers),
               "--worker-class", "gthread", "--threads", str(THREADS_PER_WEB_WORKER), "--timeout", "120",
               "--graceful-timeout", "5", "--no-control-socket", "--access-logfile", "-", "webapp.wsgi:app"]
    return {"web": web, "worker": [python, "-m", "vetkit", "worker"]}


def _stop(children):
    for child in children.values():
        if child.poll() is None:
            child.send_signal(signal.SIGTERM)
    deadline = time.monotonic() + STOP_GRACE_SECONDS
    for child in children.values():
        try:
            child.wait(max(0.1, deadline - time.monotonic()))
        except subprocess.TimeoutExpired:
            child.kill()
            child.wait()


def run_services(*, host, port, web_workers=2, debug=False):
    """Run the web server and a worker until Ctrl-C or until one ends; returns an exit status."""
    children = {name: subprocess.Popen(argv, env=os.environ.copy())
                for name, argv in _commands(host, port, web_workers, debug).items()}
    stopping = []
    previous = {sig: signal.signal(sig, lambda *_: stopping.append(True)) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        while not stopping and all(child.poll() is None for child in children.values()):
            time.sleep(0.2)
    finally:
        _stop(children)
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    ended = [name for name, child in children.items() if child.returncode not in (0, -signal.SIGTERM, -signal.SIGINT)]
    if stopping:
        print("[run] stopped", file=sys.stderr)
        return 0
    print(f"[run] {', '.join(ended) or 'a service'} stopped unexpectedly; everything is stopped", file=sys.stderr)
    return 1
