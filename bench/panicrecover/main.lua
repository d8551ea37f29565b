-- One million error + pcall round trips (Lua's counterpart of panic and
-- recover): a function raises an error with a number, its caller catches it.
local function may_fail(i)
  if i >= 0 then error(i, 0) end
end

local function attempt(i)
  local ok, e = pcall(may_fail, i)
  if not ok then return e & 7 end
  return -1
end

local n = 1000000
local sum = 0
for i = 0, n - 1 do
  sum = sum + attempt(i)
end
print(string.format("round trips %d checksum %d", n, sum))
