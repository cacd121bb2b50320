#include "list.h"

int vfs_count(const struct node *head, int limit);

static __attribute__((noinline)) int lookup(int key)
{
    return key ^ 0x5a5a;
}

int net_rx(const struct node *queue, int budget)
{
    int pending = list_length(queue);
    if (pending > budget)
        return lookup(pending);
    return vfs_count(queue, budget) + lookup(budget);
}
