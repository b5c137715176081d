using System.Diagnostics;
using System.Globalization;
using System.Net;

// A bounded HTTP load generator for `dateline serve` on loopback: a fixed number of requests per URL from a few
// concurrent clients, with a time cap; prints requests/s, latency percentiles and errors (non-2xx or exceptions).
// Usage: dotnet run -c Release --project bench/WebLoad -- [--requests N] [--concurrency C] [--seconds S] URL...
var requests = 2000;
var concurrency = 8;
var seconds = 60;
var urls = new List<Uri>();
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--requests": requests = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
        case "--concurrency": concurrency = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
        case "--seconds": seconds = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
        default: urls.Add(new Uri(args[i])); break;
    }
}

if (urls.Count == 0)
{
    Console.Error.WriteLine("usage: WebLoad [--requests N] [--concurrency C] [--seconds S] URL...");
    return 2;
}

// Load goes only to this machine.
foreach (var url in urls)
{
    if (!(url.IsLoopback || (IPAddress.TryParse(url.Host, out var ip) && IPAddress.IsLoopback(ip))))
    {
        Console.Error.WriteLine($"refusing {url}: load tests target loopback only");
        return 2;
    }
}

using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = concurrency, PooledConnectionLifetime = TimeSpan.FromMinutes(5) }) { Timeout = TimeSpan.FromSeconds(30) };
Console.WriteLine($"{"url",-60} {"requests",9} {"errors",7} {"req/s",8} {"p50 ms",8} {"p95 ms",8} {"p99 ms",8} {"max ms",8}");
foreach (var url in urls)
{
    // Warm-up: JIT, page cache, connection pool.
    try
    {
        for (var w = 0; w < Math.Min(50, requests); w++)
        {
            using var _ = await client.GetAsync(url);
        }
    }
    catch (HttpRequestException e)
    {
        Console.Error.WriteLine($"cannot reach {url}: {e.Message} (is `dateline serve` running?)");
        return 2;
    }

    var latencies = new double[requests];
    var next = -1;
    var errors = 0;
    var deadline = Stopwatch.StartNew();
    var total = Stopwatch.StartNew();
    var workers = Enumerable.Range(0, concurrency).Select(async _ =>
    {
        while (deadline.Elapsed.TotalSeconds < seconds)
        {
            var n = Interlocked.Increment(ref next);
            if (n >= requests)
            {
                return;
            }

            var started = Stopwatch.GetTimestamp();
            try
            {
                using var response = await client.GetAsync(url, HttpCompletionOption.ResponseContentRead);
                if (!response.IsSuccessStatusCode)
                {
                    Interlocked.Increment(ref errors);
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                Interlocked.Increment(ref errors);
            }

            latencies[n] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        }
    }).ToArray();
    await Task.WhenAll(workers);
    total.Stop();
    var done = Math.Min(requests, next + 1);
    var sorted = latencies.Take(done).Order().ToArray();
    double P(double q) => sorted.Length == 0 ? 0 : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(q * sorted.Length) - 1)];
    var shown = url.PathAndQuery.Length > 60 ? url.PathAndQuery[..57] + "..." : url.PathAndQuery;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{shown,-60} {done,9} {errors,7} {done / total.Elapsed.TotalSeconds,8:0} {P(0.50),8:0.0} {P(0.95),8:0.0} {P(0.99),8:0.0} {sorted.LastOrDefault(),8:0.0}"));
}

return 0;
