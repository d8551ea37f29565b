# gc: churn of cyclic garbage (counterpart of main.mg)
class Node:
    __slots__ = ("next", "prev", "val", "data")

    def __init__(self, val, prev=None):
        self.next = None
        self.prev = prev
        self.val = val
        self.data = [0, 0, 0, 0]


def ring(n, seed):
    head = Node(seed)
    cur = head
    for i in range(1, n):
        nd = Node(seed + i, cur)
        nd.data[i & 3] = i
        cur.next = nd
        cur = nd
    cur.next = head
    head.prev = cur
    return head


def ring_sum(head):
    s = head.val
    nd = head.next
    while nd is not head:
        s += nd.val + nd.data[nd.val & 3]
        nd = nd.next
    return s


def main():
    live = [None] * 16
    total = 0
    for r in range(10000):
        head = ring(100, r)
        live[r % len(live)] = head
        total = (total + ring_sum(head)) & 0xFFFFFFF
    for h in live:
        total += h.prev.val
    print(total)


main()
