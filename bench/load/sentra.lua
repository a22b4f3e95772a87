-- wrk script for bench/run: one scenario, driven by environment variables.
--   BENCH_PATHS  file with one request path per line; each thread walks it from its own offset
--   BENCH_AUTH   "Bearer <token>" for the API, or empty;  BENCH_COOKIE  "JSESSIONID=..." for pages, or empty
--   BENCH_HEAT   "1" to POST a new heat (JSON) to every path instead of GET; BENCH_NONCE makes heat numbers unique
--   BENCH_HEAT_BATCH  n > 0: POST an array of n new heats per request (the batch upload)
-- done() prints one line "BENCHJSON {...}" with throughput, latency percentiles (ms) and failed responses.

local threads = {}
local counter = 0

function setup(thread)
  counter = counter + 1
  thread:set("tid", counter)
  table.insert(threads, thread)
end

local paths = {}
local index = 1
bad = 0  -- global: done() reads it from each thread
local sent = 0
local heat = os.getenv("BENCH_HEAT") == "1"
local batch = tonumber(os.getenv("BENCH_HEAT_BATCH") or "0") or 0  -- > 0: POST an array of that many heats per request
local nonce = os.getenv("BENCH_NONCE") or "0"

function init(args)
  for line in io.lines(os.getenv("BENCH_PATHS")) do
    if #line > 0 then table.insert(paths, line) end
  end
  index = ((tid or 1) * 7919) % #paths + 1
  local auth = os.getenv("BENCH_AUTH") or ""
  local cookie = os.getenv("BENCH_COOKIE") or ""
  if #auth > 0 then wrk.headers["Authorization"] = auth end
  if #cookie > 0 then wrk.headers["Cookie"] = cookie end
  wrk.headers["Accept-Language"] = "id"
  if heat then
    wrk.method = "POST"
    wrk.headers["Content-Type"] = "application/json"
    wrk.headers["Accept"] = "application/json"
  end
end

local function heat_body()
  sent = sent + 1
  local c = 3.30 + (sent % 20) / 100
  return string.format('{"furnace":"Kupola 1","meltedOn":"2026-11-30","heatNumber":"B%s-%d-%d","gradeCode":"FC200",'
    .. '"readings":{"C":%.2f,"SI":2.10,"MN":0.62,"P":0.08,"S":0.07},"tensileMpa":215,"hardnessHb":190,'
    .. '"specimen":"SEPARATELY_CAST","charges":[{"material":"STEEL_SCRAP","weightKg":420,"origin":"DOMESTIC"},'
    .. '{"material":"PIG_IRON","weightKg":180,"origin":"IMPORTED","supplier":"bench"}]}', nonce, tid or 0, sent, c)
end

function request()
  local path = paths[index]
  index = index % #paths + 1
  if heat and batch > 0 then
    local bodies = {}
    for i = 1, batch do bodies[i] = heat_body() end
    return wrk.format("POST", path, nil, "[" .. table.concat(bodies, ",") .. "]")
  end
  if heat then
    return wrk.format("POST", path, nil, heat_body())
  end
  return wrk.format("GET", path)
end

function response(status, headers, body)
  if status ~= 200 and status ~= 201 then
    bad = bad + 1
    if bad <= 3 then io.stderr:write("status " .. status .. " " .. string.sub(body or "", 1, 300) .. "\n") end
  end
end

function done(summary, latency, requests)
  local failed = 0
  for _, t in ipairs(threads) do failed = failed + (t:get("bad") or 0) end
  local errors = summary.errors
  local socket = errors.connect + errors.read + errors.write + errors.timeout
  io.write(string.format('BENCHJSON {"requests":%d,"seconds":%.3f,"rps":%.1f,"p50":%.2f,"p95":%.2f,"p99":%.2f,'
    .. '"max":%.2f,"mean":%.2f,"failed":%d,"non2xx3xx":%d,"socket_errors":%d}\n',
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000, latency.mean / 1000, failed, errors.status, socket))
end
