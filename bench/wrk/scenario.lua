-- One wrk scenario of bench/run.sh.
--   BENCH_PATHS   file with the request paths, one a line: each request takes one at random
--                 (to spread the load over many courses, filters and pages)
--   BENCH_COOKIES optional file with Cookie header values, one a line (one signed-in session each):
--                 requests take them in turn, as if several people were working at once
--   BENCH_ACCEPT  optional Accept header (default: what a browser sends for a page)
-- done() prints one machine-readable line that run.sh turns into a row of results.md.

local function lines(name)
  local result = {}
  if name == nil or name == "" then
    return result
  end
  local f = assert(io.open(name, "r"))
  for line in f:lines() do
    if line ~= "" then
      result[#result + 1] = line
    end
  end
  f:close()
  return result
end

local threads = {}
local counter = 0

function setup(thread)
  counter = counter + 1
  thread:set("thread_id", counter)
  table.insert(threads, thread)
end

local paths, cookies, next_cookie

function init(args)
  paths = lines(os.getenv("BENCH_PATHS"))
  cookies = lines(os.getenv("BENCH_COOKIES"))
  assert(#paths > 0, "BENCH_PATHS names no path")
  math.randomseed(1000 + (thread_id or 0))
  next_cookie = thread_id or 1
  wrk.headers["Accept"] = os.getenv("BENCH_ACCEPT") or "text/html,application/xhtml+xml"
  wrk.headers["Accept-Encoding"] = "gzip"
  wrk.headers["Accept-Language"] = "vi"
end

-- wrk.format replaces wrk.headers by the headers it is given (only Host is carried over): a request with
-- its own headers gets a copy of wrk.headers with them added, or it would go without Accept-Encoding
function with_headers(extra)
  local headers = {}
  for name, value in pairs(wrk.headers) do
    headers[name] = value
  end
  for name, value in pairs(extra) do
    headers[name] = value
  end
  return headers
end

function request()
  local headers = nil
  if #cookies > 0 then
    next_cookie = next_cookie % #cookies + 1
    headers = with_headers({ ["Cookie"] = cookies[next_cookie] })
  end
  return wrk.format("GET", paths[math.random(#paths)], headers)
end

-- Any answer but 200 (a redirect to /login is not an error for wrk) makes the scenario invalid.
non200 = 0
first_status = 0

function response(status, headers, body)
  if status ~= 200 then
    non200 = non200 + 1
    if first_status == 0 then
      first_status = status
    end
  end
end

function done(summary, latency, requests)
  local e = summary.errors
  local not_ok, first = 0, 0
  for _, thread in ipairs(threads) do
    not_ok = not_ok + (thread:get("non200") or 0)
    if first == 0 then
      first = thread:get("first_status") or 0
    end
  end
  io.write(string.format(
    "BENCH_RESULT requests=%d duration_us=%d p50_us=%d p95_us=%d p99_us=%d max_us=%d non200=%d first_status=%d other_errors=%d\n",
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(95), latency:percentile(99),
    latency.max, not_ok, first, e.connect + e.read + e.write + e.timeout))
end
