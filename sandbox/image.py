"""The runner image: its tag, its base image and its build.

The tag is ``vetkit-runner:<hash>``, the hash covering every file under
``sandbox/images/`` and the base image's id, so a change to either rebuilds it
and nothing else does.  The base is ``VETKIT_BASE_IMAGE`` when set, else the
official slim Python image on Debian bookworm when present or pullable, else a
base built here from Debian's packages (``base_image``: debootstrap, the
runner's packages, ``docker import``).  On an engine that remaps users the
build has no network (it cannot share the host's), so there the base is always
the one built here, which holds the packages already.  Package downloads during
the build trust the host's CA bundle (``VETKIT_BUILD_CA_BUNDLE`` may name
another).  Each checkout keeps one runner image: a build removes only the older
runner images of the same checkout, never another checkout's.
"""

import functools
import hashlib
import os
import shutil
import socket
import tempfile
from pathlib import Path

import docker.errors

from . import engine
from .base_image import build_ca_bundle, build_local_base, local_base_tag
from .errors import ImageMissing, SandboxError

IMAGES_DIR = Path(__file__).parent / "images"
REPOSITORY = "vetkit-runner"
OFFICIAL_BASE = "python:3.11-slim-bookworm"
LABEL = "vetkit.runner-image"
CHECKOUT_LABEL = "vetkit.runner-image.checkout"
PROGRESS_EVERY = 50


def _input_files():
    return sorted(p for p in IMAGES_DIR.rglob("*")
                  if p.is_file() and "__pycache__" not in p.parts and p.suffix != ".pyc")


def _inputs_hash(base_id):
    digest = hashlib.sha256(base_id.encode())
    for path in _input_files():
        digest.update(str(path.relative_to(IMAGES_DIR)).encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()[:12]


def _image_id(name):
    try:
        return engine.client().images.get(name).id
    except docker.errors.ImageNotFound:
        return None


def _pull(name, progress):
    try:
        progress(f"pulling {name}")
        engine.client().images.pull(name)
        return _image_id(name)
    except docker.errors.APIError as exc:
        progress(f"cannot pull {name}: {str(exc).splitlines()[0][:160]}")
        return None


def _find_base(progress=lambda _m: None, pull=False):
    """Return ``(name, id)`` of the base image to use, or ``(None, None)``."""
    wanted = os.environ.get("VETKIT_BASE_IMAGE")
    remapped = engine.remaps_users()
    candidates = [wanted] if wanted else [local_base_tag()] if remapped else [OFFICIAL_BASE, local_base_tag()]
    for name in candidates:
        image_id = _image_id(name)
        if image_id:
            return name, image_id
    if pull and (wanted or not remapped):
        name = wanted or OFFICIAL_BASE
        image_id = _pull(name, progress)
        if image_id:
            return name, image_id
    return None, None


@functools.lru_cache(maxsize=1)
def runner_image() -> str:
    """The tag of the runner image for the current inputs; raises ImageMissing if not built."""
    _name, base_id = _find_base()
    if base_id is None:
        raise ImageMissing("The runner image's base image is missing: run `make setup` to build it.")
    tag = f"{REPOSITORY}:{_inputs_hash(base_id)}"
    if _image_id(tag) is None:
        raise ImageMissing(f"The runner image {tag} is not built: run `make setup` "
                           "(or `vetkit sandbox build`) to build it.")
    return tag


def _checkout():
    """Which checkout builds: its host and images folder (each keeps one runner image)."""
    return f"{socket.gethostname()}:{IMAGES_DIR.resolve()}"


def _docker_build(context, tag, base, progress):
    remapped = engine.remaps_users()
    stream = engine.client().api.build(path=context, tag=tag, buildargs={"BASE_IMAGE": base},
                                       network_mode="none" if remapped else "host", rm=True, forcerm=True,
                                       decode=True, labels={LABEL: "1", CHECKOUT_LABEL: _checkout()})
    counts = {"Get:": 0, "Setting up": 0}
    for chunk in stream:
        if "error" in chunk:
            hint = (" (this engine remaps users, so builds have no network: use a base that holds the packages "
                    "of sandbox/images/packages.txt, or unset VETKIT_BASE_IMAGE)") if remapped else ""
            raise SandboxError(f"building {tag} failed: {chunk['error'].strip()}{hint}")
        line = chunk.get("stream", "").strip()
        if line.startswith("Step "):
            progress(line[:120])
        for prefix in counts:
            if line.startswith(prefix):
                counts[prefix] += 1
                if counts[prefix] % PROGRESS_EVERY == 0:
                    progress(f"  ... {counts['Get:']} packages downloaded, {counts['Setting up']} set up")


def _prune_old_runners(keep):
    """Remove this checkout's runner images of earlier inputs (another checkout's are never touched)."""
    mine = engine.client().images.list(name=REPOSITORY, filters={"label": f"{CHECKOUT_LABEL}={_checkout()}"})
    for item in mine:
        if keep not in item.tags:
            try:
                engine.client().images.remove(item.id)
            except docker.errors.APIError:
                pass  # in use by a container, or removed meanwhile


def ensure_runner_image(progress=print) -> str:
    """Build the runner image if it is missing (and its base if needed); return its tag."""
    name, base_id = _find_base(progress, pull=True)
    if base_id is None:
        name, base_id = build_local_base(progress)
    tag = f"{REPOSITORY}:{_inputs_hash(base_id)}"
    if _image_id(tag):
        progress(f"runner image {tag} is up to date")
        _prune_old_runners(tag)
        return tag
    progress(f"building {tag} on {name} (a few minutes the first time)")
    with tempfile.TemporaryDirectory(prefix="vetkit-build-") as context:
        shutil.copytree(IMAGES_DIR, context, dirs_exist_ok=True,
                        ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
        Path(context, "build-ca.crt").write_bytes(build_ca_bundle())
        _docker_build(context, tag, name, progress)
    runner_image.cache_clear()
    _prune_old_runners(tag)
    progress(f"built {tag}")
    return tag
