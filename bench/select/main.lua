-- Two producer coroutines drained alternately until both are done (Lua's
-- counterpart of a select loop over two producers).
local n = 500000
local function producer(step)
  return coroutine.wrap(function()
    for i = 0, n - 1 do
      coroutine.yield(i * step)
    end
    return nil
  end)
end
local a, b = producer(1), producer(3)
local sum, count = 0, 0
while a or b do
  if a then
    local v = a()
    if v == nil then a = nil else sum = sum + v; count = count + 1 end
  end
  if b then
    local v = b()
    if v == nil then b = nil else sum = sum - v; count = count + 1 end
  end
end
print(string.format("received %d checksum %d", count, sum))
