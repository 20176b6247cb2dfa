"""The base image built here from Debian's packages: for machines that reach no registry, and for
engines that remap users.

``debootstrap --variant=minbase bookworm`` into a temporary folder, then the runner's packages
(``images/packages.txt``) installed in it by ``images/install-packages.sh`` through ``chroot``, on
the host's network and trusting the build CA bundle, then ``docker import``.  The runner build on
top of it needs no network, which matters because builds on an engine that remaps users
(``--userns-remap``) cannot share the host's network.  The tag carries a hash of the package list
and the script, so a change to either builds a new base.
"""

import hashlib
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from . import engine
from .errors import SandboxError

IMAGES_DIR = Path(__file__).parent / "images"
REPOSITORY = "vetkit-base"
DEBIAN_MIRROR = "http://deb.debian.org/debian"
DEFAULT_CA_BUNDLE = "/etc/ssl/certs/ca-certificates.crt"
INSTALL_INPUTS = ("packages.txt", "install-packages.sh")
PROXY_VARIABLES = ("http_proxy", "https_proxy", "no_proxy", "HTTP_PROXY", "HTTPS_PROXY", "NO_PROXY")
CHROOT_PATH = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"


def local_base_tag():
    """The tag of the base built from Debian's packages for the current package list."""
    digest = hashlib.sha256()
    for name in INSTALL_INPUTS:
        digest.update((IMAGES_DIR / name).read_bytes() + b"\0")
    return f"{REPOSITORY}:bookworm-{digest.hexdigest()[:12]}"


def build_ca_bundle():
    """The CA bundle that package downloads trust (``VETKIT_BUILD_CA_BUNDLE``, else the host's), as bytes."""
    path = os.environ.get("VETKIT_BUILD_CA_BUNDLE", DEFAULT_CA_BUNDLE)
    if not os.path.exists(path):
        if "VETKIT_BUILD_CA_BUNDLE" in os.environ:
            raise SandboxError(f"VETKIT_BUILD_CA_BUNDLE names {path}, which does not exist: point it at a PEM file.")
        return b""
    return Path(path).read_bytes()


def _run(argv, what):
    done = subprocess.run(argv, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SandboxError(f"{what} failed: {done.stdout[-400:]}{done.stderr[-400:]}")


def _ensure_debootstrap(progress):
    if shutil.which("debootstrap"):
        return
    if os.geteuid() != 0 or not shutil.which("apt-get"):
        raise SandboxError("No base image can be used and debootstrap is missing: "
                           "install debootstrap (as root) or set VETKIT_BASE_IMAGE to a local image.")
    progress("installing debootstrap")
    _run(["apt-get", "install", "-y", "-q", "debootstrap"], "installing debootstrap")


def _install_packages(rootfs, progress):
    """Install the runner's packages in ``rootfs`` with install-packages.sh, through chroot."""
    work = os.path.join(rootfs, "tmp", "vetkit-build")
    os.makedirs(work)
    for name in INSTALL_INPUTS:
        shutil.copyfile(IMAGES_DIR / name, os.path.join(work, name))
    Path(work, "build-ca.crt").write_bytes(build_ca_bundle())
    env = [f"{name}={os.environ[name]}" for name in PROXY_VARIABLES if name in os.environ]
    proc = os.path.join(rootfs, "proc")
    progress("installing the runner's packages into it (a few minutes)")
    _run(["mount", "-t", "proc", "proc", proc], "mounting /proc in the new root")
    try:
        _run(["chroot", rootfs, "/usr/bin/env", "-i", f"PATH={CHROOT_PATH}", *env,
              "sh", "/tmp/vetkit-build/install-packages.sh", "/tmp/vetkit-build"], "installing the runner's packages")
    finally:
        subprocess.run(["umount", "-l", proc], capture_output=True, check=False)
    shutil.rmtree(work)


def build_local_base(progress):
    """Build the base from Debian's packages (debootstrap, packages, import); return ``(tag, id)``."""
    _ensure_debootstrap(progress)
    mirror = os.environ.get("VETKIT_DEBIAN_MIRROR", DEBIAN_MIRROR)
    tag = local_base_tag()
    work = tempfile.mkdtemp(prefix="vetkit-base-")
    rootfs = os.path.join(work, "rootfs")
    try:
        progress(f"debootstrap --variant=minbase bookworm from {mirror} (about a minute)")
        _run(["debootstrap", "--variant=minbase", "bookworm", rootfs, mirror], "debootstrap")
        _install_packages(rootfs, progress)
        tarball = os.path.join(work, "rootfs.tar")
        _run(["tar", "-C", rootfs, "-cf", tarball, "."], "packing the root filesystem")
        progress(f"importing the root filesystem as {tag}")
        repository, version = tag.split(":")
        engine.client().api.import_image_from_file(tarball, repository=repository, tag=version)
    finally:
        if not os.path.ismount(os.path.join(rootfs, "proc")):  # never walk into the host's /proc
            shutil.rmtree(work, ignore_errors=True)
    return tag, engine.client().images.get(tag).id
