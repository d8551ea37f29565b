-- strings: building, concatenating and converting strings (counterpart of main.mg)
local total = 0
for r = 0, 39 do
  local parts = {}
  for i = 0, 19999 do
    parts[#parts + 1] = tostring(i * r)
    parts[#parts + 1] = " "
  end
  local s = table.concat(parts)
  total = total + #s

  for i = 0, 1999 do
    local t = "n" .. tostring(i) .. ":" .. tostring(r)
    local n = math.tointeger(tonumber(t:sub(2, #t - 2)))
    if n then
      total = total + n + #t
    end
  end

  local acc = ""
  for i = 0, 999 do
    acc = acc .. tostring(i % 10)
  end
  total = total + #acc + acc:byte(#acc // 2 + 1)
end
print(total)
