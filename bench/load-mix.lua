-- A mixed read load for wrk: each connection cycles through the requests below, as analysts and
-- front-end apps send them. A response counts as an error when it is not 200 or carries GraphQL
-- errors; the summary prints both with the latency percentiles.
local bodies = {
  [[{"query":"{ enterprises(first: 20, filter: {regionCode: \"410300\", tags: [SPECIALIZED]}) { totalCount edges { node { name park { name } segments { name } } } } }"}]],
  [[{"query":"{ chain(id: \"nev\") { name rootSegments { name children { name keyLink } } } }"}]],
  [[{"query":"{ chainGapReport(chainId: \"nev\", scope: {regionCode: \"410300\"}) { completeness localSupplyRate blankCount gaps { segment { name } } } }"}]],
  [[{"query":"{ investmentTargets(chainId: \"nev\", scope: {regionCode: \"410300\"}, first: 10) { score enterprise { name } reasons { factor points } } }"}]],
  [[{"query":"{ projectLedger(scope: {regionCode: \"410300\"}, groupBy: PARK) { groups { label signedCount startRate } total { signedCount } } }"}]],
  [[{"query":"{ search(text: \"轴承\", first: 10) { kind name } }"}]],
}

local requests = {}
local next_index = 0
errors = 0
failures = 0

init = function(args)
  local headers = { ["Content-Type"] = "application/json", ["Accept"] = "application/json" }
  local token = os.getenv("LIANTU_TOKEN")
  if token and token ~= "" then
    headers["Authorization"] = "Bearer " .. token
  end
  for i, body in ipairs(bodies) do
    requests[i] = wrk.format("POST", "/graphql", headers, body)
  end
end

request = function()
  next_index = next_index % #requests + 1
  return requests[next_index]
end

response = function(status, headers, body)
  if status ~= 200 then
    failures = failures + 1
  elseif string.find(body, '"errors"', 1, true) then
    errors = errors + 1
  end
end

local threads = {}

setup = function(thread)
  table.insert(threads, thread)
end

done = function(summary, latency, requests)
  local graphql_errors, http_failures = 0, 0
  for _, thread in ipairs(threads) do
    graphql_errors = graphql_errors + thread:get("errors")
    http_failures = http_failures + thread:get("failures")
  end
  local seconds = summary.duration / 1e6
  io.write(string.format("requests %d in %.1f s: %.1f requests/s\n", summary.requests, seconds,
    summary.requests / seconds))
  io.write(string.format("latency ms: p50 %.1f  p95 %.1f  p99 %.1f  max %.1f\n",
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
  io.write(string.format("errors: %d GraphQL, %d non-200, %d socket (connect %d, read %d, write %d, timeout %d)\n",
    graphql_errors, http_failures, summary.errors.connect + summary.errors.read + summary.errors.write
      + summary.errors.timeout, summary.errors.connect, summary.errors.read, summary.errors.write,
    summary.errors.timeout))
end
