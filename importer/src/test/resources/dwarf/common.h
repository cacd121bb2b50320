#ifndef COMMON_H
#define COMMON_H

/* Included by two units: each gets its own static copy. */
static inline int clamp_add(int a, int b)
{
	int sum = a + b;
	return sum > 1000 ? 1000 : sum;
}

int shared_api(int x);
int tail_target(int x);
int run_all(int seed);
int (*pick_callback(int which))(int);

#endif
