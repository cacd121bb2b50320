typedef __SIZE_TYPE__ size_t;
int snprintf(char *buffer, size_t size, const char *format, ...);
int puts(const char *text);
size_t strlen(const char *text);

/* Same name as a static function in main.c. */
static __attribute__((noinline)) int helper(int value)
{
    return value * 3 + 1;
}

int util_sum(const int *values, int count)
{
    int total = 0;
    for (int i = 0; i < count; i++)
        total += helper(values[i]);
    return total;
}

/* A cheap test up front and a large body: GCC inlines the test into callers and keeps the body as a .part clone. */
static int describe(int *values, int count)
{
    if (count <= 0)
        return 0;
    char buffer[256] = "";
    int used = 0;
    for (int i = 0; i < count && used < 200; i++)
        used += snprintf(buffer + used, sizeof buffer - used, "%d,", values[i]);
    values[0] += (int) strlen(buffer);
    for (int i = 1; i < count; i++)
        values[i] ^= values[i - 1] * 31 + used;
    puts(buffer);
    return used;
}

int util_scale_all(int *values, int count)
{
    int n = describe(values, count);
    n += describe(values + 1, count - 1);
    return n + describe(values, count / 2);
}
