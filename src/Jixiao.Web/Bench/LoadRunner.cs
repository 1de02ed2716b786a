using System.Diagnostics;

namespace Jixiao.Web.Bench;

/// <summary>
/// A bounded closed-loop load: <c>clients</c> workers, each sending one request at a time for a fixed duration, every
/// response read in full and required to be 200. Latencies are kept whole, so the percentiles are exact.
/// </summary>
public static class LoadRunner
{
    /// <summary>What one phase measured: latencies in milliseconds, sorted; requests per second; failures.</summary>
    public sealed record Result(string Name, double[] Milliseconds, double Seconds, long Failures, string? FirstFailure)
    {
        public double Rate => Milliseconds.Length / Seconds;

        public double Percentile(double p)
        {
            if (Milliseconds.Length == 0) return double.NaN;
            var rank = (int)Math.Ceiling(p / 100 * Milliseconds.Length) - 1;
            return Milliseconds[Math.Clamp(rank, 0, Milliseconds.Length - 1)];
        }

        public double Mean => Milliseconds.Length == 0 ? double.NaN : Milliseconds.Average();
    }

    /// <summary>Runs the phase; <paramref name="path"/> gives the path of request <c>i</c> of worker <c>w</c>.</summary>
    public static async Task<Result> Run(string name, HttpClient client, int clients, TimeSpan duration, Func<int, long, string> path)
    {
        var stop = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var latencies = new List<double>[clients];
        long failures = 0;
        string? firstFailure = null;
        var started = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, clients).Select(w => Task.Run(async () =>
        {
            var mine = latencies[w] = new List<double>(4096);
            for (long i = 0; Stopwatch.GetTimestamp() < stop; i++)
            {
                var url = path(w, i);
                var t0 = Stopwatch.GetTimestamp();
                try
                {
                    using var response = await client.GetAsync(url, HttpCompletionOption.ResponseContentRead);
                    var elapsed = Stopwatch.GetElapsedTime(t0).TotalMilliseconds;
                    if (response.IsSuccessStatusCode) mine.Add(elapsed);
                    else
                    {
                        Interlocked.Increment(ref failures);
                        Interlocked.CompareExchange(ref firstFailure, $"{url} → {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}", null);
                    }
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                {
                    Interlocked.Increment(ref failures);
                    Interlocked.CompareExchange(ref firstFailure, $"{url} → {e.Message}", null);
                }
            }
        })).ToArray();
        await Task.WhenAll(workers);
        started.Stop();
        var all = latencies.SelectMany(l => l).ToArray();
        Array.Sort(all);
        return new Result(name, all, started.Elapsed.TotalSeconds, failures, firstFailure);
    }
}
