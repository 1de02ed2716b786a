using System.Diagnostics;
using System.Globalization;
using System.Text;
using Jixiao.Model;
using Jixiao.Reading;
using Xunit.Abstractions;

namespace Jixiao.Tests.Reading;

/// <summary>
/// Fuzzing the reader for a bounded time: the seed documents and layout fixtures mutated (bytes flipped, inserted
/// and deleted, lines duplicated and swapped, separators sprinkled in, cut short), and random bytes. Every input must
/// give a result without an internal error (JX099), in time proportional to its size. A failing input is minimised
/// and printed, to be added as a regular test.
/// </summary>
public class FuzzTests(ITestOutputHelper output)
{
    /// <summary>Seconds the fuzz test runs: JIXIAO_FUZZ_SECONDS, default 30, at most 60.</summary>
    public static double Budget =>
        double.TryParse(Environment.GetEnvironmentVariable("JIXIAO_FUZZ_SECONDS"), NumberStyles.Float, CultureInfo.InvariantCulture, out var s) && s > 0
            ? Math.Min(s, 60)
            : 30;

    // An input this size read slower than this is reported as super-linear: real documents read at several MB/s.
    private const double SlowSecondsPerMegabyte = 20;
    private const double SlowFloorSeconds = 1;

    private static readonly string[] Tokens =
    [
        "\t", "\t\t", "|", " | ", "  ", "    ", "\n", "\n\n", "\r\n", "\r", "\u3000", "—", "：", "（", "）", "≥", "≤", "≅", "=", "%", "定性",
        "项目名称", "年度资金总额", "其中：财政拨款", "一级指标", "二级指标", "三级指标", "指标值", "权重", "产出指标", "数量指标",
        "满意度指标", "资金支出计划", "3月底", "总分", "年初预算数", "绩效目标表", "第二部分", "|---|", "95%", "100", "0.00", "\uFEFF", "\0",
    ];

    private static List<byte[]> Corpus()
    {
        var files = TestFiles.SeedNames().Select(TestFiles.Seed)
            .Concat(Directory.EnumerateFiles(Path.Combine(TestFiles.Root, "Reading", "Fixtures"), "*.txt").Order());
        return files.Select(File.ReadAllBytes).ToList();
    }

    [Fact]
    public void Read_MutatedSeedsAndRandomBytes_NeverFailsAndStaysLinear()
    {
        var corpus = Corpus();
        var budget = TimeSpan.FromSeconds(Budget);
        var clock = Stopwatch.StartNew();
        var random = new Random(20260208);
        var runs = 0;
        long bytes = 0;
        while (clock.Elapsed < budget)
        {
            var input = Mutate(random, corpus);
            runs++;
            bytes += input.Length;
            var failure = Failure(input);
            if (failure is null) continue;
            var minimal = Minimise(input, i => Failure(i) is not null, TimeSpan.FromSeconds(10));
            Assert.Fail($"输入 {runs} 使读取器{failure}。最小化后的输入（{minimal.Length} 字节，请作为常规测试加入）：\n{Literal(minimal)}");
        }
        output.WriteLine($"fuzz: {runs:N0} inputs, {bytes / 1e6:0.0} MB in {clock.Elapsed.TotalSeconds:0.0} s");
        runs.Should().BeGreaterThan(0);
    }

    /// <summary>What is wrong with reading an input, or null: an exception, an internal error, or time beyond linear.</summary>
    private static string? Failure(byte[] input)
    {
        var watch = Stopwatch.StartNew();
        ReadResult result;
        try
        {
            result = DocumentReader.Read(input, "fuzz.txt");
        }
        catch (Exception ex)
        {
            return $"抛出异常 {ex.GetType().Name}：{ex.Message}";
        }
        watch.Stop();
        if (result is null) return "没有返回结果";
        if (result.Diagnostics.FirstOrDefault(d => d.Code == "JX099") is { } internalError) return $"内部出错（{internalError.Message}）";
        var allowed = Math.Max(SlowFloorSeconds, input.Length / 1e6 * SlowSecondsPerMegabyte);
        return watch.Elapsed.TotalSeconds > allowed ? $"用时 {watch.Elapsed.TotalSeconds:0.00} s 读取 {input.Length} 字节（超过线性上限 {allowed:0.00} s）" : null;
    }

    internal static byte[] Mutate(Random random, IReadOnlyList<byte[]> corpus)
    {
        if (random.Next(20) == 0)
        {
            var noise = new byte[random.Next(1, 20_000)];
            random.NextBytes(noise);
            return noise;
        }
        var bytes = corpus[random.Next(corpus.Count)].ToArray();
        for (var n = random.Next(1, 6); n > 0; n--)
            bytes = random.Next(8) switch
            {
                0 => FlipBytes(random, bytes),
                1 => InsertBytes(random, bytes),
                2 => DeleteRange(random, bytes),
                3 => OnLines(bytes, lines => DuplicateLines(random, lines)),
                4 => OnLines(bytes, lines => SwapLines(random, lines)),
                5 => OnText(bytes, text => Sprinkle(random, text)),
                6 => bytes.AsSpan(0, random.Next(bytes.Length + 1)).ToArray(),
                _ => OnText(bytes, text => Splice(random, text, corpus)),
            };
        return bytes;
    }

    private static byte[] FlipBytes(Random random, byte[] bytes)
    {
        if (bytes.Length == 0) return bytes;
        for (var k = random.Next(1, 16); k > 0; k--) bytes[random.Next(bytes.Length)] ^= (byte)(1 << random.Next(8));
        return bytes;
    }

    private static byte[] InsertBytes(Random random, byte[] bytes)
    {
        var insert = new byte[random.Next(1, 64)];
        random.NextBytes(insert);
        var at = random.Next(bytes.Length + 1);
        return [.. bytes.AsSpan(0, at), .. insert, .. bytes.AsSpan(at)];
    }

    private static byte[] DeleteRange(Random random, byte[] bytes)
    {
        if (bytes.Length == 0) return bytes;
        var at = random.Next(bytes.Length);
        var length = Math.Min(bytes.Length - at, random.Next(1, 2_000));
        return [.. bytes.AsSpan(0, at), .. bytes.AsSpan(at + length)];
    }

    private static byte[] OnLines(byte[] bytes, Func<List<string>, List<string>> change) =>
        OnText(bytes, text => string.Join('\n', change(text.Split('\n').ToList())));

    private static byte[] OnText(byte[] bytes, Func<string, string> change) => Encoding.UTF8.GetBytes(change(Encoding.UTF8.GetString(bytes)));

    private static List<string> DuplicateLines(Random random, List<string> lines)
    {
        if (lines.Count == 0) return lines;
        var at = random.Next(lines.Count);
        var count = Math.Min(lines.Count - at, random.Next(1, 30));
        var copies = random.Next(1, 4);
        for (var c = 0; c < copies; c++) lines.InsertRange(at, lines.GetRange(at, count));
        return lines;
    }

    private static List<string> SwapLines(Random random, List<string> lines)
    {
        for (var k = random.Next(1, 10); k > 0 && lines.Count > 1; k--)
        {
            int a = random.Next(lines.Count), b = random.Next(lines.Count);
            (lines[a], lines[b]) = (lines[b], lines[a]);
        }
        return lines;
    }

    private static string Sprinkle(Random random, string text)
    {
        var sb = new StringBuilder(text);
        for (var k = random.Next(1, 40); k > 0; k--) sb.Insert(random.Next(sb.Length + 1), Tokens[random.Next(Tokens.Length)]);
        return sb.ToString();
    }

    private static string Splice(Random random, string text, IReadOnlyList<byte[]> corpus)
    {
        var other = Encoding.UTF8.GetString(corpus[random.Next(corpus.Count)]);
        var from = random.Next(other.Length + 1);
        var piece = other.Substring(from, Math.Min(other.Length - from, random.Next(1, 3_000)));
        var at = random.Next(text.Length + 1);
        return text[..at] + piece + text[at..];
    }

    /// <summary>Cuts away lines, then bytes, while the input still fails, within a time limit.</summary>
    internal static byte[] Minimise(byte[] input, Func<byte[], bool> fails, TimeSpan limit)
    {
        var clock = Stopwatch.StartNew();
        var current = input;
        for (var chunk = current.Length / 2; chunk >= 1 && clock.Elapsed < limit; chunk /= 2)
        {
            var at = 0;
            while (at < current.Length && clock.Elapsed < limit)
            {
                var length = Math.Min(chunk, current.Length - at);
                byte[] candidate = [.. current.AsSpan(0, at), .. current.AsSpan(at + length)];
                if (fails(candidate)) current = candidate;
                else at += length;
            }
        }
        return current;
    }

    /// <summary>The input as a C# string literal when it is valid UTF-8, else as a byte array.</summary>
    internal static string Literal(byte[] input)
    {
        try
        {
            var text = new UTF8Encoding(false, true).GetString(input);
            var sb = new StringBuilder("\"");
            foreach (var c in text)
                sb.Append(c switch
                {
                    '\n' => "\\n", '\r' => "\\r", '\t' => "\\t", '"' => "\\\"", '\\' => "\\\\",
                    _ when char.IsControl(c) || char.IsSurrogate(c) || c == '\uFEFF' => $"\\u{(int)c:X4}",
                    _ => c.ToString(),
                });
            return sb.Append('"').ToString();
        }
        catch (DecoderFallbackException)
        {
            return "new byte[] { " + string.Join(", ", input.Select(b => $"0x{b:X2}")) + " }";
        }
    }
}
