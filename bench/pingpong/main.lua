-- One million round trips between the main program and a coroutine (Lua's
-- counterpart of two goroutines over unbuffered channels).
local n = 1000000
local echo = coroutine.wrap(function(v)
  while true do
    v = coroutine.yield(v + 1)
  end
end)
local sum = 0
for i = 0, n - 1 do
  sum = sum + echo(i)
end
print(string.format("round trips %d checksum %d", n, sum))
