int net_rx(const void *queue, int budget);
int vfs_walk(const void *head, int depth);

int main(int argc, char **argv)
{
    (void) argv;
    return net_rx(0, argc) + vfs_walk(0, argc);
}
