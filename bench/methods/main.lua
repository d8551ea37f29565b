-- methods: dynamic dispatch through method tables (counterpart of main.mg)
local Adder = {}
Adder.__index = Adder
function Adder.new(n) return setmetatable({ n = n }, Adder) end
function Adder:apply(x) return x + self.n end

local Multiplier = {}
Multiplier.__index = Multiplier
function Multiplier.new(n) return setmetatable({ n = n }, Multiplier) end
function Multiplier:apply(x) return x * self.n & 0xFFFFF end

local Xorer = {}
Xorer.__index = Xorer
function Xorer.new(mask) return setmetatable({ mask = mask, calls = 0 }, Xorer) end
function Xorer:apply(v)
  self.calls = self.calls + 1
  return v ~ self.mask
end

local Point = {}
Point.__index = Point
function Point.new(x, y) return setmetatable({ x = x, y = y }, Point) end
function Point:dot(q) return self.x * q.x + self.y * q.y end

local xr = Xorer.new(0x5A5A)
local ops = { Adder.new(3), Multiplier.new(5), xr, Adder.new(7) }
local x = 1
for i = 0, 1499999 do
  x = ops[(i & 3) + 1]:apply(x)
end
local p = Point.new(3, 4)
local total = 0
for i = 0, 499999 do
  total = (total + p:dot(Point.new(i, -i))) & 0xFFFFFF
end
print(x .. " " .. xr.calls .. " " .. total)
