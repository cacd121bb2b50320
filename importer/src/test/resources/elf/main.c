/* No system headers, so that gcc -m32 can compile this without 32-bit libc headers. */
int printf(const char *format, ...);
void exit(int status) __attribute__((noreturn));

struct point {
    int x;
    int y;
    char label[32];
};

int util_sum(const int *values, int count);
int util_scale_all(int *values, int count);

/* Same name as a static function in util.c: the symbol table holds both. */
static __attribute__((noinline)) int helper(int value)
{
    return value * 7 - 3;
}

/* Uses one field of the struct it is handed, so GCC passes that field alone (an .isra clone). */
static __attribute__((noinline)) int distance_x(const struct point *p, const struct point *q)
{
    int d = p->x - q->x;
    return d < 0 ? -d : d;
}

/* Always called with the same factor, so GCC specialises it (a .constprop clone). */
static __attribute__((noinline)) long weigh(const int *values, int count, int factor)
{
    long total = 0;
    for (int i = 0; i < count; i++)
        total += (long) values[i] * factor;
    return total;
}

static __attribute__((cold, noinline)) void give_up(const char *why, int code)
{
    printf("giving up: %s (%d)\n", why, code);
    exit(code);
}

/* The rarely taken branch moves to a separate .cold part (and the rest to a .part clone). */
int checked_divide(int a, int b)
{
    if (b == 0) {
        for (int i = 0; i < a; i++)
            printf("division of %d by zero, attempt %d\n", a, i);
        give_up("divide", a);
    }
    return a / b;
}

int main(int argc, char **argv)
{
    int values[16];
    struct point p = { argc, 2, "p" }, q = { 5, argc, "q" };
    for (int i = 0; i < 16; i++)
        values[i] = helper(i + argc);
    long w = weigh(values, 16, 3) + weigh(values, argc, 3);
    int d = distance_x(&p, &q) + distance_x(&q, &p);
    printf("%ld %d %d %d %s\n", w, d, util_sum(values, 16), util_scale_all(values, argc),
           argc > 1 ? argv[1] : "");
    return checked_divide(d + 10, argc);
}
