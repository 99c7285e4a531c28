wrk.method = "GET"
wrk.body = ""
wrk.headers["Authorization"] = "Bearer bench-admin-token-0123456789"
done = function(summary, latency, requests) end
