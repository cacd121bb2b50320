#include "list.h"

const char linux_banner[] = "Linux version 6.1.0-99-test-amd64 (kgraph fixture) #1 SMP";

int vfs_count(const struct node *head, int limit);
int vfs_walk(const struct node *head, int depth);

/* Same name as the static function in net.c (Static-Static Collision). */
static __attribute__((noinline)) int lookup(int key)
{
    return key * 31 + 7;
}

/* Declared inline and small: inlined into some callers, kept out of line for the one that takes its address. */
static inline int fs_weight(int value)
{
    return value * 3 + 1;
}

int (*fs_weight_hook)(int) = fs_weight;

int vfs_count(const struct node *head, int limit)
{
    int n = list_length(head);
    return n > limit ? fs_weight(limit) : fs_weight(n) + lookup(n);
}

/* Recursion, and a tail call at the end. */
int vfs_walk(const struct node *head, int depth)
{
    if (!head)
        return depth;
    if (head->value < 0)
        return vfs_walk(head->next, depth + 1);
    return vfs_count(head, depth);
}
