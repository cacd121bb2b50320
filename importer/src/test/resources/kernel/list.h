/* A header's static function: every file that includes it gets its own copy (Static Duplication). */
struct node {
    struct node *next;
    int value;
};

static inline int list_length(const struct node *head)
{
    int n = 0;
    for (; head; head = head->next)
        n++;
    return n;
}
