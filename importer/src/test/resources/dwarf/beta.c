#include "common.h"

volatile int beta_sink;

static int __attribute__((noinline)) twice(int x)
{
	beta_sink = x;
	return x + x + 1;
}

int __attribute__((noinline)) tail_target(int x)
{
	beta_sink = x;
	return twice(x) + clamp_add(x, 3);
}

int run_all(int seed)
{
	int (*callback)(int) = pick_callback(seed & 1);
	return shared_api(seed) + callback(seed) + twice(seed);
}
