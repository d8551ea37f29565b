-- 100,000 coroutines created, each run once to completion (Lua's counterpart of
-- spawning goroutines joined by a WaitGroup).
local n = 100000
local out = {}
local function work(i)
  out[i + 1] = i * i % 7
end
local pending = {}
for i = 0, n - 1 do
  pending[#pending + 1] = coroutine.create(work)
end
for i = 1, n do
  coroutine.resume(pending[i], i - 1)
end
local sum = 0
for i = 1, n do
  sum = sum + out[i]
end
print(string.format("goroutines %d checksum %d", n, sum))
