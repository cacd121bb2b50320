/* The kernel the modules link against: it defines what they import. */
struct task {
	int pid;
	long state;
};

volatile long sink;

__attribute__((noinline)) int kprint(const char *fmt, ...)
{
	sink += fmt[0];
	return 0;
}

__attribute__((noinline)) void wake_up_task(struct task *t)
{
	t->state = 0;
	sink++;
}

int main(void)
{
	struct task t = { 1, 1 };

	wake_up_task(&t);
	return kprint("booted\n");
}
