#include <stdio.h>

struct task {
	int pid;
	const char *comm;
	struct task *parent;
};

static int depth(const struct task *t)
{
	int d = 0;
	while (t->parent) {
		t = t->parent;
		d++;
	}
	return d;
}

int vfs_read(const struct task *t, char *buf, int count)
{
	return snprintf(buf, count, "%s[%d] at depth %d", t->comm, t->pid, depth(t));
}

int main(void)
{
	struct task init = { 1, "init", NULL };
	struct task shell = { 42, "sh", &init };
	char buf[64];
	vfs_read(&shell, buf, sizeof buf);
	puts(buf);
	return 0;
}
