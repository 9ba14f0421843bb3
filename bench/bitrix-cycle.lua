-- wrk script for the write path: Bitrix cycles (open, pause, open to resume, close), one
-- employee per wrk thread. Run with as many threads as connections (-t N -c N) and TOKENS naming a
-- file of API keys, one a line, one per thread. The first request of each thread closes a day an
-- earlier run may have left open when its time ran out; its answer (200 or 400 WRONG_STATUS) is not
-- checked. Every other answer must be 200: `done` prints "errors N", which the script checks.

local tokens = {}
for line in io.lines(os.getenv("TOKENS")) do
  tokens[#tokens + 1] = line
end

local threads = {}
local next_thread = 1

function setup(thread)
  thread:set("token", tokens[next_thread])
  next_thread = next_thread + 1
  table.insert(threads, thread)
end

local steps = { "/rest/timeman.open", "/rest/timeman.pause", "/rest/timeman.open", "/rest/timeman.close" }
local sent = -1
local answered = 0
errors = 0

function request()
  local path = sent < 0 and "/rest/timeman.close" or steps[sent % 4 + 1]
  sent = sent + 1
  return wrk.format("POST", path, { ["Authorization"] = "Bearer " .. token, ["Content-Length"] = "0" })
end

function response(status, headers, body)
  answered = answered + 1
  if answered > 1 and status ~= 200 then
    errors = errors + 1
  end
end

function done(summary, latency, requests)
  local total = 0
  for _, thread in ipairs(threads) do
    total = total + thread:get("errors")
  end
  io.write(string.format("errors %d\n", total))
end
