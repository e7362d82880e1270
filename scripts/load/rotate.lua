-- wrk script: each request takes the next path of a list (one per line), round and round,
-- so a run asks what the mix asks instead of repeating one URL.
--   wrk -s scripts/load/rotate.lua URL -- scripts/load/search.txt
local threads = 0
function setup(thread)
  thread:set("id", threads)
  threads = threads + 1
end

local paths = {}
local at = 0

function init(args)
  for line in io.lines(args[1]) do
    if #line > 0 then paths[#paths + 1] = line end
  end
  -- With several threads, each starts at its own place in the list.
  at = (tonumber(wrk.thread:get("id")) or 0) * 997 % #paths
end

function request()
  at = at % #paths + 1
  return wrk.format("GET", paths[at])
end
