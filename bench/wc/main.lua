-- wc: counts the lines, words and bytes of the file named by the first
-- argument, reading it line by line (constant memory).
local lines, words, bytes = 0, 0, 0
for line in io.lines(arg[1]) do
  lines = lines + 1
  for _ in string.gmatch(line, "%S+") do
    words = words + 1
  end
  bytes = bytes + #line + 1
end
print(string.format("%d %d %d", lines, words, bytes))
