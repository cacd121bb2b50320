#include "common.h"

volatile int alpha_sink;

/* Same name as in beta.c, each file-local. */
static int __attribute__((noinline)) twice(int x)
{
	alpha_sink = x;
	return x * 2;
}

/* Big enough that gcc keeps a copy out of line and also inlines it where it is hot. */
static int mixed(int x)
{
	int r = x;
	for (int i = 0; i < (x & 7); i++) {
		r = r * 31 + i;
		alpha_sink = twice(r);
	}
	return r;
}

static int __attribute__((cold, noinline)) rare_path(int x)
{
	return mixed(x) - 1;
}

int shared_api(int x)
{
	if (x < 0)
		return rare_path(x);
	return clamp_add(twice(x), mixed(x));
}

int (*pick_callback(int which))(int)
{
	return which ? mixed : twice;
}

int __attribute__((noinline)) recurse(int n)
{
	if (n <= 1)
		return 1;
	alpha_sink = n;
	return n * recurse(n - 1) + recurse(n - 2);
}

int tail_caller(int x)
{
	alpha_sink = x;
	return tail_target(x + 1);
}
