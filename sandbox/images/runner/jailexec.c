/* vetkit-jail: enter a run's jail, then exec the untrusted program (the supervisor's spawn helper).
 *
 * The supervisor (jail.py) starts it with posix_spawn, which costs the supervisor almost nothing (no copy
 * of its address space), with the program's stdin, stdout and stderr already on 0, 1 and 2, and the
 * report pipe on 3.  As root with CAP_SETUID and CAP_SETGID only, it does what jail.enter_jail does for a
 * forked child, in the same order: a new session; the OOM killer's first choice; niceness 19; no
 * supplementary groups, then the run's gid and uid (which drops every capability); the rlimits the
 * supervisor computed; umask 022; the work folder made and entered; every other descriptor closed; then
 * execvp with the environment it was given.  Any failure is written to descriptor 3 as one line and the
 * helper exits with 127; on success the report pipe closes at exec (close-on-exec).
 *
 * Usage: vetkit-jail UID WORKDIR CPU_SOFT CPU_HARD FSIZE NOFILE STACK -- PROGRAM [ARG...]
 * Limits are numbers of the rlimit's unit, or "inf".
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <grp.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

#define REPORT_FD 3
#define NICENESS 19

static void fail(const char *what, const char *detail) {
    char message[1024];
    int length = snprintf(message, sizeof message, "%s: %s%s%s", what, strerror(errno),
                          detail ? ": " : "", detail ? detail : "");
    if (length > 0) {
        ssize_t ignored = write(REPORT_FD, message, (size_t)length < sizeof message ? (size_t)length
                                                                                    : sizeof message - 1);
        (void)ignored;
    }
    _exit(127);
}

/* posix_spawn sets glibc's internal signal 33 (SIGSETXID), for which the supervisor has a handler, to
 * ignored in the child, and an ignored signal stays ignored across exec; a forked child had it at its
 * default.  Put it back, with the raw call (glibc's sigaction refuses it), so that the program starts with
 * the signal dispositions it always had. */
static void default_internal_signal(void) {
    struct { void *handler; unsigned long flags; void *restorer; unsigned long mask; } action = {SIG_DFL, 0, 0, 0};
    if (syscall(SYS_rt_sigaction, 33, &action, NULL, sizeof action.mask) != 0) fail("rt_sigaction", NULL);
}

static rlim_t limit_of(const char *text) {
    if (strcmp(text, "inf") == 0) return RLIM_INFINITY;
    char *end;
    errno = 0;
    unsigned long long value = strtoull(text, &end, 10);
    if (errno || *end || !*text) {
        errno = EINVAL;
        fail("bad limit", text);
    }
    return (rlim_t)value;
}

static void set_limit(int resource, rlim_t soft, rlim_t hard, const char *name) {
    struct rlimit limit = {soft, hard};
    if (setrlimit(resource, &limit) != 0) fail("setrlimit", name);
}

static void make_folder(const char *path) {
    char partial[4096];
    size_t length = strlen(path);
    if (length == 0 || length >= sizeof partial) {
        errno = ENAMETOOLONG;
        fail("work folder", path);
    }
    for (size_t i = 1; i <= length; i++) {
        if (path[i] == '/' || path[i] == '\0') {
            memcpy(partial, path, i);
            partial[i] = '\0';
            if (mkdir(partial, 0777) != 0 && errno != EEXIST) fail("mkdir", partial);
        }
    }
}

int main(int argc, char **argv) {
    if (argc < 10 || strcmp(argv[8], "--") != 0) {
        errno = EINVAL;
        fail("usage", "vetkit-jail UID WORKDIR CPU_SOFT CPU_HARD FSIZE NOFILE STACK -- PROGRAM [ARG...]");
    }
    uid_t uid = (uid_t)limit_of(argv[1]);
    const char *workdir = argv[2];
    if (uid == 0) {
        errno = EPERM;
        fail("refused", "the program may not run as root");
    }
    default_internal_signal();
    if (setsid() < 0) fail("setsid", NULL);
    int adjust = open("/proc/self/oom_score_adj", O_WRONLY | O_CLOEXEC);
    if (adjust < 0 || write(adjust, "1000", 4) != 4) fail("oom_score_adj", NULL);
    close(adjust);
    if (setpriority(PRIO_PROCESS, 0, NICENESS) != 0) fail("setpriority", NULL);
    if (setgroups(0, NULL) != 0) fail("setgroups", NULL);
    if (setgid(uid) != 0) fail("setgid", NULL);
    if (setuid(uid) != 0) fail("setuid", NULL);
    if (getuid() != uid || geteuid() != uid || getgid() != uid || getegid() != uid) {
        errno = EPERM;
        fail("uid", "the run's uid and gid did not hold");
    }
    set_limit(RLIMIT_CPU, limit_of(argv[3]), limit_of(argv[4]), "cpu");
    rlim_t fsize = limit_of(argv[5]), nofile = limit_of(argv[6]), stack = limit_of(argv[7]);
    set_limit(RLIMIT_FSIZE, fsize, fsize, "fsize");
    set_limit(RLIMIT_NOFILE, nofile, nofile, "nofile");
    set_limit(RLIMIT_CORE, 0, 0, "core");
    set_limit(RLIMIT_STACK, stack, stack, "stack");
    umask(022);
    make_folder(workdir);
    if (chdir(workdir) != 0) fail("chdir", workdir);
    if (fcntl(REPORT_FD, F_SETFD, FD_CLOEXEC) != 0) fail("report descriptor", NULL);
    if (syscall(SYS_close_range, REPORT_FD + 1, ~0U, 0) != 0) fail("close_range", NULL);
    execvp(argv[9], argv + 9);
    fail("exec", argv[9]);
    return 127;
}
