-- wrk script of RequestsBenchmark: each thread walks its own slice of a list of request targets
-- (one path per line), so that pages meant to miss the answer cache are each asked once per run.
-- Arguments: <targets file> <bearer token, or "-" for none> <first index> <thread count>
local thread_count = 0

function setup(thread)
  thread_count = thread_count + 1
  thread:set("thread_number", thread_count)
end

local targets = {}
local index = 0
local step = 1
local headers = {}

function init(args)
  for line in io.lines(args[1]) do
    targets[#targets + 1] = line
  end
  if args[2] ~= "-" then
    headers["Authorization"] = "Bearer " .. args[2]
  end
  step = tonumber(args[4])
  index = tonumber(args[3]) + thread_number - 1
end

function request()
  local path = targets[(index % #targets) + 1]
  index = index + step
  return wrk.format("GET", path, headers)
end
