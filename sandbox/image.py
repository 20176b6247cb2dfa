"""The runner image: its tag, its base image and its build.

The tag is ``vetkit-runner:<hash>``, the hash covering every file under
``sandbox/images/`` and the base image's id, so a change to either rebuilds it
and nothing else does.  The base is ``VETKIT_BASE_IMAGE`` when set, else the
official slim Python image on Debian bookworm when present or pullable, else a
base built here from Debian's packages with debootstrap and ``docker import``
(for machines that reach no registry).  Package downloads during the build trust
the host's CA bundle (``VETKIT_BUILD_CA_BUNDLE`` may name another).
"""

import functools
import hashlib
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import docker.errors

from . import engine
from .errors import ImageMissing, SandboxError

IMAGES_DIR = Path(__file__).parent / "images"
REPOSITORY = "vetkit-runner"
OFFICIAL_BASE = "python:3.11-slim-bookworm"
LOCAL_BASE = "vetkit-base:bookworm"
DEBIAN_MIRROR = "http://deb.debian.org/debian"
DEFAULT_CA_BUNDLE = "/etc/ssl/certs/ca-certificates.crt"
LABEL = "vetkit.runner-image"
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
    candidates = [wanted] if wanted else [OFFICIAL_BASE, LOCAL_BASE]
    for name in candidates:
        image_id = _image_id(name)
        if image_id:
            return name, image_id
    if pull:
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


def build_local_base(progress):
    """Build ``vetkit-base:bookworm`` from Debian's packages (debootstrap, then import)."""
    if not shutil.which("debootstrap"):
        if os.geteuid() != 0 or not shutil.which("apt-get"):
            raise SandboxError("No base image can be pulled and debootstrap is missing: "
                               "install debootstrap (as root) or set VETKIT_BASE_IMAGE to a local image.")
        progress("installing debootstrap")
        subprocess.run(["apt-get", "install", "-y", "-q", "debootstrap"], check=True, capture_output=True)
    mirror = os.environ.get("VETKIT_DEBIAN_MIRROR", DEBIAN_MIRROR)
    with tempfile.TemporaryDirectory(prefix="vetkit-base-") as work:
        rootfs = os.path.join(work, "rootfs")
        progress(f"debootstrap --variant=minbase bookworm from {mirror} (about a minute)")
        done = subprocess.run(["debootstrap", "--variant=minbase", "bookworm", rootfs, mirror],
                              capture_output=True, text=True, check=False)
        if done.returncode != 0:
            raise SandboxError(f"debootstrap failed: {done.stdout[-400:]}{done.stderr[-400:]}")
        tarball = os.path.join(work, "rootfs.tar")
        subprocess.run(["tar", "-C", rootfs, "-cf", tarball, "."], check=True)
        progress(f"importing the root filesystem as {LOCAL_BASE}")
        repository, tag = LOCAL_BASE.split(":")
        engine.client().api.import_image_from_file(tarball, repository=repository, tag=tag)
    return LOCAL_BASE, _image_id(LOCAL_BASE)


def _ca_bundle():
    path = os.environ.get("VETKIT_BUILD_CA_BUNDLE", DEFAULT_CA_BUNDLE)
    if not os.path.exists(path):
        if "VETKIT_BUILD_CA_BUNDLE" in os.environ:
            raise SandboxError(f"VETKIT_BUILD_CA_BUNDLE names {path}, which does not exist: point it at a PEM file.")
        return b""
    return Path(path).read_bytes()


def _docker_build(context, tag, base, progress):
    stream = engine.client().api.build(path=context, tag=tag, buildargs={"BASE_IMAGE": base},
                                       network_mode="host", rm=True, forcerm=True, decode=True,
                                       labels={LABEL: "1"})
    counts = {"Get:": 0, "Setting up": 0}
    for chunk in stream:
        if "error" in chunk:
            raise SandboxError(f"building {tag} failed: {chunk['error'].strip()}")
        line = chunk.get("stream", "").strip()
        if line.startswith("Step "):
            progress(line[:120])
        for prefix in counts:
            if line.startswith(prefix):
                counts[prefix] += 1
                if counts[prefix] % PROGRESS_EVERY == 0:
                    progress(f"  ... {counts['Get:']} packages downloaded, {counts['Setting up']} set up")


def _prune_old_runners(keep):
    """Remove runner images of earlier inputs (those no container uses)."""
    for item in engine.client().images.list(name=REPOSITORY):
        if keep not in item.tags:
            try:
                engine.client().images.remove(item.id)
            except docker.errors.APIError:
                pass


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
        Path(context, "build-ca.crt").write_bytes(_ca_bundle())
        _docker_build(context, tag, name, progress)
    runner_image.cache_clear()
    _prune_old_runners(tag)
    progress(f"built {tag}")
    return tag
