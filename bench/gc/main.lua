-- gc: churn of cyclic garbage (counterpart of main.mg)
local function ring(n, seed)
  local head = { val = seed, data = { 0, 0, 0, 0 } }
  local cur = head
  for i = 1, n - 1 do
    local nd = { val = seed + i, prev = cur, data = { 0, 0, 0, 0 } }
    nd.data[(i & 3) + 1] = i
    cur.next = nd
    cur = nd
  end
  cur.next = head
  head.prev = cur
  return head
end

local function sum(head)
  local s = head.val
  local nd = head.next
  while nd ~= head do
    s = s + nd.val + nd.data[(nd.val & 3) + 1]
    nd = nd.next
  end
  return s
end

local live = {}
local total = 0
for r = 0, 9999 do
  local head = ring(100, r)
  live[r % 16 + 1] = head
  total = (total + sum(head)) & 0xFFFFFFF
end
for i = 1, 16 do
  total = total + live[i].prev.val
end
print(total)
