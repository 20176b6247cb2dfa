"""Put the container back in the state a run started from: remove every file and IPC object of a uid.

Called by the supervisor, acting as the uid (``jail.acting_as``), once every process of the uid is
dead, so nothing changes underneath.  What a run can leave, and how it goes:

* files and folders in the writable folders (the work folders, ``/tmp``, ``/dev/shm``, and
  ``/dev/mqueue``, where POSIX message queues are files): removed without recursion and without
  building long paths.  A folder is emptied by moving its sub-folders up beside it first, so the walk
  never goes more than one level down and holds two descriptors, however deep the tree is;
* System V shared memory, message queues and semaphore sets (listed in ``/proc/sysvipc``): removed
  with ``IPC_RMID``, which their creator may always do.

``leftovers`` then lists anything of the uid that is still there, so that a failed cleaning is an
error (SE) and never a silent difference between two runs.
"""

import itertools
import os
import stat

FOLDER_FLAGS = os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW | os.O_CLOEXEC
SYSV_KINDS = ("shm", "msg", "sem")
IPC_RMID = 0


def _entries(fd):
    """``(name, is_folder)`` for every entry of the open folder ``fd``."""
    with os.scandir(fd) as entries:
        return [(entry.name, entry.is_dir(follow_symlinks=False)) for entry in entries]


def _free_name(fd, counter):
    """A name not used in the open folder ``fd``."""
    while True:
        name = f".vetkit-wipe-{next(counter)}"
        try:
            os.stat(name, dir_fd=fd, follow_symlinks=False)
        except FileNotFoundError:
            return name


def _open_folder(name, parent_fd):
    """Open the sub-folder ``name`` after making it readable, writable and searchable by its owner."""
    os.chmod(name, 0o700, dir_fd=parent_fd)
    return os.open(name, FOLDER_FLAGS, dir_fd=parent_fd)


def _clear(fd, top, counter):
    """Unlink the files of the open folder ``fd``; return its sub-folders, moved up into ``top`` first."""
    folders = []
    for child, is_folder in _entries(fd):
        if not is_folder:
            os.unlink(child, dir_fd=fd)
        elif fd == top:
            folders.append(child)
        else:
            moved = _free_name(top, counter)
            os.chmod(child, 0o700, dir_fd=fd)  # a folder that changes parent must be writable
            os.rename(child, moved, src_dir_fd=fd, dst_dir_fd=top)
            folders.append(moved)
    return folders


def remove_tree(name, parent_fd):
    """Remove the folder ``name`` of the open folder ``parent_fd`` with everything in it, at any depth."""
    top = _open_folder(name, parent_fd)
    try:
        counter = itertools.count()
        pending = _clear(top, top, counter)
        while pending:
            current = pending.pop()
            fd = _open_folder(current, top)
            try:
                pending += _clear(fd, top, counter)
            finally:
                os.close(fd)
            os.rmdir(current, dir_fd=top)
    finally:
        os.close(top)
    os.rmdir(name, dir_fd=parent_fd)


def _owned_entries(folder, uid):
    """``(folder fd, [(name, is_folder)])`` of the entries of ``folder`` that ``uid`` owns, or None."""
    try:
        fd = os.open(folder, FOLDER_FLAGS)
    except OSError:
        return None
    owned = []
    for name, _is_folder in _entries(fd):
        try:
            info = os.stat(name, dir_fd=fd, follow_symlinks=False)
        except FileNotFoundError:
            continue
        if info.st_uid == uid:
            owned.append((name, stat.S_ISDIR(info.st_mode)))
    return fd, owned


def wipe_folder(folder, uid):
    """Remove everything ``uid`` owns directly in ``folder`` (the folder itself stays)."""
    found = _owned_entries(folder, uid)
    if found is None:
        return
    fd, owned = found
    try:
        for name, is_folder in owned:
            try:
                remove_tree(name, fd) if is_folder else os.unlink(name, dir_fd=fd)
            except OSError:
                pass  # reported by leftovers()
    finally:
        os.close(fd)


def _sysv_objects(kind, uid):
    """Ids of the System V IPC objects of ``kind`` that ``uid`` created or owns."""
    try:
        with open(f"/proc/sysvipc/{kind}") as handle:
            header, *rows = [line.split() for line in handle]
    except (OSError, ValueError):
        return []
    uid_at, cuid_at = header.index("uid"), header.index("cuid")
    return [int(row[1]) for row in rows if str(uid) in (row[uid_at], row[cuid_at])]


def remove_ipc(uid):
    """Remove the System V shared memory, message queues and semaphore sets ``uid`` created or owns."""
    found = {kind: _sysv_objects(kind, uid) for kind in SYSV_KINDS}
    if not any(found.values()):
        return
    import ctypes  # only when there is something to remove: the supervisor starts faster without it

    libc = ctypes.CDLL(None, use_errno=True)
    for ident in found["shm"]:
        libc.shmctl(ident, IPC_RMID, None)
    for ident in found["msg"]:
        libc.msgctl(ident, IPC_RMID, None)
    for ident in found["sem"]:
        libc.semctl(ident, 0, IPC_RMID)


def leftovers(folders, uid):
    """What ``uid`` still has in ``folders`` and in System V IPC: an empty list when the cleaning worked."""
    left = [f"{kind} {ident}" for kind in SYSV_KINDS for ident in _sysv_objects(kind, uid)]
    for folder in folders:
        found = _owned_entries(folder, uid)
        if found is not None:
            os.close(found[0])
            left += [os.path.join(folder, name) for name, _is_folder in found[1]]
    return left
