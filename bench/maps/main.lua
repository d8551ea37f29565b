-- maps: int and string keys (counterpart of main.mg)
local total = 0

local m = {}
for i = 0, 599999 do
  local k = i * 7 % 300007
  m[k] = (m[k] or 0) + i
end
for i = 0, 1199999 do
  local v = m[i]
  if v ~= nil then
    total = total + (v & 0xFF)
  end
end
for i = 0, 299999, 2 do
  m[i] = nil
end
local n = 0
for _ in pairs(m) do n = n + 1 end
total = total + n

local keys = {}
for i = 0, 4999 do
  keys[i + 1] = "key" .. tostring(i * 31)
end
local counts = {}
for r = 0, 149 do
  for i = 1, #keys do
    if ((i - 1) + r) % 3 ~= 0 then
      local k = keys[i]
      counts[k] = (counts[k] or 0) + 1
    end
  end
end
for i = 1, #keys do
  total = total + (counts[keys[i]] or 0)
end
local c = 0
for k, v in pairs(counts) do
  total = total + #k * v
  c = c + 1
end
total = total + c
print(total)
