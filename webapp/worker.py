"""The grading worker: a Huey consumer of thread workers, each grading in an application context.

Its warm pool of sandbox containers (``WORKER_SANDBOX_POOL_SIZE``) starts filling before it consumes, and is
emptied when it stops.  Before consuming, it puts back in the queue what a crashed worker left behind
(``sweep``), so nothing stays ``running`` forever.  Ctrl-C or SIGTERM stop it; a
submission being graded at that moment is graded again by the next worker.
"""

import logging

from .extensions import huey
from .tasks import set_worker_app


def run_worker(app, *, workers=None):
    """Consume the app's queue until stopped."""
    set_worker_app(app)
    logging.basicConfig(level=logging.INFO, format="[worker] %(asctime)s %(levelname)s %(message)s")
    logging.getLogger("huey").setLevel(logging.WARNING)
    with app.app_context():
        from .services.grading import sweep
        requeued = sweep(force=True)
        if requeued:
            app.logger.info("queued %d submission(s) again", requeued)
    import sandbox.pool
    import sandbox.sessions
    sandbox.pool.configure(app.config["WORKER_SANDBOX_POOL_SIZE"])
    sandbox.pool.current()  # starts filling in the background: the first submission does not wait for it
    consumer = huey.create_consumer(workers=workers or app.config["WORKERS"], worker_type="thread",
                                    initial_delay=0.05, backoff=1.3, max_delay=app.config["WORKER_POLL_SECONDS"],
                                    periodic=True, check_worker_health=True)
    try:
        consumer.run()
    finally:
        sandbox.sessions.shutdown()
        sandbox.pool.shutdown()
        import sandbox.notebook_pool
        sandbox.notebook_pool.shutdown()
