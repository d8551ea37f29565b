-- closures: function values and captured mutable state (counterpart of main.mg)
local function counter()
  local n = 0
  local function next()
    n = n + 1
    return n
  end
  local function add(d)
    n = n + d
  end
  return next, add
end

local function compose(f, g)
  return function(x) return g(f(x)) end
end

local total = 0
local next, add = counter()
local inc = function(x) return x + 1 end
local double = function(x) return x * 2 & 0xFFFFF end
local h = compose(inc, double)
for i = 0, 1499999 do
  add(i & 3)
  total = total + (next() & 0xFF)
  total = h(total)
end
for r = 0, 2999 do
  local fs = {}
  for i = 0, 99 do
    fs[#fs + 1] = function() return i * r end
  end
  for _, f in ipairs(fs) do
    total = (total + f()) & 0xFFFFFF
  end
end
print(total)
