/*
 * Gorae's hello-world: the whole image is this one static program.
 *
 * Built by scripts/images, preferably without any C library (GORAE_NOLIBC,
 * raw write/exit system calls, a few KiB), otherwise as a normal
 * `gcc -static -Os -s` program against glibc.
 */

static const char message[] =
    "Hello! Greetings from inside a Gorae demo container.\n"
    "\n"
    "If you can read this, your Docker setup works end to end. Here is what\n"
    "just happened behind the scenes:\n"
    "  1. Your docker command (the client) asked the Docker daemon to run\n"
    "     the image \"hello-world\".\n"
    "  2. The daemon looked for that image locally and, if it was not there,\n"
    "     pulled it from a registry.\n"
    "  3. From the image it created a new, isolated container.\n"
    "  4. Inside the container it started this small program, and nothing\n"
    "     else.\n"
    "  5. It streamed everything the program printed back to your terminal.\n"
    "     When the program exited, the container stopped.\n"
    "\n"
    "Next step - open an interactive shell in a tiny Linux container:\n"
    "  docker run -it --rm busybox sh\n"
    "\n"
    "Then try a web server in the background and visit it:\n"
    "  docker run -d -p 8080:80 --name web nginx\n"
    "  curl http://127.0.0.1:8080/\n"
    "\n";

#ifdef GORAE_NOLIBC

typedef unsigned long size_t;
typedef long ssize_t;

#if defined(__x86_64__)
static long sys3(long n, long a, long b, long c)
{
    long ret;
    __asm__ volatile("syscall"
                     : "=a"(ret)
                     : "a"(n), "D"(a), "S"(b), "d"(c)
                     : "rcx", "r11", "memory");
    return ret;
}
#define SYS_WRITE 1
#define SYS_EXIT 60
#elif defined(__aarch64__)
static long sys3(long n, long a, long b, long c)
{
    register long x8 __asm__("x8") = n;
    register long x0 __asm__("x0") = a;
    register long x1 __asm__("x1") = b;
    register long x2 __asm__("x2") = c;
    __asm__ volatile("svc #0"
                     : "+r"(x0)
                     : "r"(x8), "r"(x1), "r"(x2)
                     : "memory");
    return x0;
}
#define SYS_WRITE 64
#define SYS_EXIT 93
#else
#error "GORAE_NOLIBC: unsupported architecture, build without it"
#endif

static int write_all(const char *p, size_t n)
{
    while (n > 0) {
        long w = sys3(SYS_WRITE, 1, (long)p, (long)n);
        if (w == -4 /* EINTR */)
            continue;
        if (w <= 0)
            return 1;
        p += w;
        n -= (size_t)w;
    }
    return 0;
}

__attribute__((noreturn)) void _start(void)
{
    int rc = write_all(message, sizeof(message) - 1);
    for (;;)
        sys3(SYS_EXIT, rc, 0, 0);
}

#else /* glibc */

#include <errno.h>
#include <unistd.h>

int main(void)
{
    const char *p = message;
    size_t n = sizeof(message) - 1;
    while (n > 0) {
        ssize_t w = write(1, p, n);
        if (w < 0 && errno == EINTR)
            continue;
        if (w <= 0)
            return 1;
        p += w;
        n -= (size_t)w;
    }
    return 0;
}

#endif
