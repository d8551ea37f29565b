-- loop: integer arithmetic in nested counted loops (counterpart of main.mg)
local sum = 0
for i = 0, 3999 do
  for j = 0, 3999 do
    sum = ((sum + i * j) ~ (j >> 2)) & 0xFFFFFFF
  end
end
print(sum)
