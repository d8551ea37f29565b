-- Ten million calls of a function whose body runs under pcall and whose
-- cleanup runs afterwards (Lua has no defer or finally: the nearest
-- counterpart of a function with one deferred call that also runs on error).
local released = 0

local function release(k)
  released = released + k
end

local function body(i)
  return i & 7
end

local function work(i)
  local ok, r = pcall(body, i)
  release(i & 3)
  if not ok then error(r, 0) end
  return r
end

local n = 10000000
local sum = 0
for i = 0, n - 1 do
  sum = sum + work(i)
end
print(string.format("calls %d checksum %d", n, sum + released))
