#include "common.h"

int recurse(int n);
int tail_caller(int x);

int main(int argc, char **argv)
{
	(void) argv;
	return run_all(argc) + recurse(argc + 3) + tail_caller(argc);
}
