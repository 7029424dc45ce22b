-- The attendance-save scenario of bench/run.sh: each request saves the marks of every learner of one sheet
-- as the attendance page's script does (/js/attendance.js): a JSON POST with a fresh client id (a replayed id
-- is a no-op on the server), the sheet version it was based on, and the session's CSRF token in a header.
--   BENCH_PATHS  file with one sheet a line, tab-separated: the save URL, the Cookie header value of a
--                session of an account that takes that sheet's attendance, its CSRF token, the sheet's
--                version when the run started, and the learner ids of the sheet, comma-separated
-- Every mark is an exception (late, excused, unexcused) with a remark naming the request, so that every
-- request changes every mark it sends (all of them are written, in one batch). Responses and the result line
-- are scenario.lua's.

dofile("bench/wrk/scenario.lua")

local sheets
local sequence = 0
local STATUSES = { "LATE_OR_EARLY", "EXCUSED_ABSENCE", "UNEXCUSED_ABSENCE" }

local function split(text, separator)
  local parts = {}
  for part in string.gmatch(text, "([^" .. separator .. "]+)") do
    parts[#parts + 1] = part
  end
  return parts
end

function init(args)
  sheets = {}
  local f = assert(io.open(os.getenv("BENCH_PATHS"), "r"))
  for line in f:lines() do
    if line ~= "" then
      local fields = split(line, "\t")
      sheets[#sheets + 1] = { path = fields[1], cookie = fields[2], csrf = fields[3], version = fields[4],
        learners = split(fields[5], ",") }
    end
  end
  f:close()
  assert(#sheets > 0, "BENCH_PATHS names no sheet")
  math.randomseed(os.time() * 100 + (thread_id or 0))
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/json"
  wrk.headers["Accept"] = "application/json"
  wrk.headers["Accept-Encoding"] = "gzip"
  wrk.headers["Accept-Language"] = "vi"
end

-- a random (version 4) UUID, as crypto.randomUUID() gives the page's script
local function uuid()
  return string.format("%08x-%04x-4%03x-%x%03x-%04x%08x", math.random(0, 0x7fffffff), math.random(0, 0xffff),
    math.random(0, 0xfff), math.random(8, 11), math.random(0, 0xfff), math.random(0, 0xffff),
    math.random(0, 0x7fffffff))
end

function request()
  sequence = sequence + 1
  local sheet = sheets[math.random(#sheets)]
  local remark = "Lượt " .. (thread_id or 0) .. "-" .. sequence
  local marks = {}
  for i, learner in ipairs(sheet.learners) do
    marks[i] = string.format('{"learnerId":%s,"status":"%s","remark":"%s"}', learner,
      STATUSES[math.random(#STATUSES)], remark)
  end
  local body = string.format('{"clientId":"%s","baseVersion":%s,"marks":[%s],"confirm":false}', uuid(),
    sheet.version, table.concat(marks, ","))
  return wrk.format(nil, sheet.path, with_headers({ ["Cookie"] = sheet.cookie, ["X-CSRF-TOKEN"] = sheet.csrf }), body)
end
