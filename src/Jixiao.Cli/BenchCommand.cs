using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Threading.Channels;
using Jixiao.Entries;
using Jixiao.Generator;
using Jixiao.Profiles;
using Jixiao.Reading;
using Jixiao.Review;
using Jixiao.Scoring;

namespace Jixiao.Cli;

/// <summary>
/// `jixiao bench [--tables N] [--seed S]`: generates documents in memory as a stream, reads, reviews and scores every
/// table, and prints the figures of issue 8 (speed, memory, reading against splitting into lines, recall and
/// precision against what was planted) with the machine they were measured on.
/// </summary>
public static class BenchCommand
{
    public const int Ok = 0;
    public const int Inaccurate = 1;
    public const int BadArguments = 2;

    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var tables = new Option<int>("--tables") { Description = "生成并处理的表的数量（默认 200000，约 300 万个指标）。", DefaultValueFactory = _ => 200_000 };
        tables.Validators.Add(r => { if (r.GetValueOrDefault<int>() < 1) r.AddError("--tables 应为正整数。"); });
        var seed = new Option<int>("--seed") { Description = "随机种子（默认 1）。", DefaultValueFactory = _ => 1 };
        var layouts = GenCommand.LayoutsOption();
        var errors = GenCommand.ErrorsOption();
        var threads = new Option<int>("--threads") { Description = "处理线程数（默认为 CPU 核数）；生成另占一个线程。", DefaultValueFactory = _ => Environment.ProcessorCount };
        threads.Validators.Add(r => { if (r.GetValueOrDefault<int>() is < 1 or > 256) r.AddError("--threads 应在 1 到 256 之间。"); });
        var command = new Command("bench", "性能与准确率测量：流式生成文档，读取、审核、自评打分每张表，输出速度、内存、召回率和精确率，以及所用机器。")
        {
            tables, seed, layouts, errors, threads,
        };
        command.SetAction(r => Run(r.GetValue(tables), r.GetValue(seed), r.GetValue(layouts), r.GetValue(errors), r.GetValue(threads), stdout, stderr));
        return command;
    }

    /// <summary>Seconds spent in each phase, summed over the threads that ran it.</summary>
    private sealed class Worker
    {
        public long Documents, Tables, Indicators, Bytes, Lines, Evaluations;
        public readonly ThreadClock Split = new(), Read = new(), Review = new(), Score = new();
        public readonly AccuracyTally Accuracy = new();
    }

    public static int Run(int tables, int seed, string? layoutText, double errors, int threads, TextWriter stdout, TextWriter stderr)
    {
        if (GenCommand.ParseLayouts(layoutText, stderr) is not { } layouts) return BadArguments;
        var options = new GeneratorOptions { Seed = seed, Layouts = layouts, ErrorRate = errors };
        var profile = Profile.National;
        // Warm up the code paths (JIT, the national profile) on a few documents outside the measurement.
        foreach (var doc in new DocumentGenerator(options with { Seed = seed + 1 }).Generate(200))
            Process(doc, profile, new Worker());
        GC.Collect();

        var channel = Channel.CreateBounded<GeneratedDocument>(new BoundedChannelOptions(threads * 4) { SingleWriter = true });
        var generation = new ThreadClock();
        var wall = Stopwatch.StartNew();
        var cpuBefore = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;
        var producer = Task.Factory.StartNew(() =>
        {
            generation.Start();
            foreach (var doc in new DocumentGenerator(options).Generate(tables))
            {
                generation.Stop();
                if (!channel.Writer.TryWrite(doc)) channel.Writer.WriteAsync(doc).AsTask().GetAwaiter().GetResult();
                generation.Start();
            }
            generation.Stop();
            channel.Writer.Complete();
        }, TaskCreationOptions.LongRunning);
        var workers = Enumerable.Range(0, threads).Select(_ => new Worker()).ToArray();
        var consumers = workers.Select(w => Task.Factory.StartNew(() =>
        {
            var reader = channel.Reader;
            while (reader.WaitToReadAsync().AsTask().GetAwaiter().GetResult())
                while (reader.TryRead(out var doc)) Process(doc, profile, w);
        }, TaskCreationOptions.LongRunning)).ToArray();
        Task.WaitAll([producer, .. consumers]);
        wall.Stop();
        var process = System.Diagnostics.Process.GetCurrentProcess();
        process.Refresh();
        var cpu = process.TotalProcessorTime - cpuBefore;

        var total = new Worker();
        double split = 0, read = 0, review = 0, score = 0;
        foreach (var w in workers)
        {
            total.Documents += w.Documents;
            total.Tables += w.Tables;
            total.Indicators += w.Indicators;
            total.Bytes += w.Bytes;
            total.Lines += w.Lines;
            total.Evaluations += w.Evaluations;
            total.Accuracy.Merge(w.Accuracy);
            split += w.Split.Seconds;
            read += w.Read.Seconds;
            review += w.Review.Seconds;
            score += w.Score.Seconds;
        }
        var report = new Report(stdout);
        report.Write(tables, seed, layouts, errors, threads, total.Documents, total.Tables, total.Indicators, total.Bytes, total.Lines, total.Evaluations,
            wall.Elapsed.TotalSeconds, cpu.TotalSeconds, generation.Seconds, split, read, review, score, process.PeakWorkingSet64, total.Accuracy);
        return total.Accuracy.Recall < 1 || total.Accuracy.Precision < 1 ? Inaccurate : Ok;
    }

    private static void Process(GeneratedDocument doc, Profile profile, Worker w)
    {
        w.Split.Start();
        var lines = SplitLines(doc.Bytes);
        w.Split.Stop();

        w.Read.Start();
        var read = DocumentReader.Read(doc.Bytes, doc.FileName);
        w.Read.Stop();

        w.Review.Start();
        var review = Reviewer.Review(read, profile);
        w.Review.Stop();

        w.Score.Start();
        var sheet = EntrySheet.Bind(doc.Actuals, doc.ActualsFileName, read.Tables);
        for (var k = 0; k < read.Tables.Count; k++)
        {
            if (!sheet.Tables.TryGetValue(k, out var entries)) continue;
            SelfEvaluator.Evaluate(read.Tables[k], entries, profile);
            w.Evaluations++;
        }
        w.Score.Stop();

        w.Documents++;
        w.Tables += doc.Tables.Count;
        w.Indicators += doc.IndicatorCount;
        w.Bytes += doc.Bytes.Length;
        w.Lines += lines;
        w.Accuracy.Add(doc, review);
    }

    /// <summary>The baseline: decode the same bytes as UTF-8 and cut them into line strings, nothing more.</summary>
    internal static int SplitLines(byte[] bytes)
    {
        var text = Encoding.UTF8.GetString(bytes);
        using var reader = new StringReader(text);
        var n = 0;
        while (reader.ReadLine() is not null) n++;
        return n;
    }

    private sealed class Report(TextWriter o)
    {
        private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

        public void Write(int requested, int seed, IReadOnlyList<DocumentLayout> layouts, double errors, int threads, long documents, long tables, long indicators,
            long bytes, long lines, long evaluations, double wall, double cpu, double generation, double split, double read, double review, double score, long peak, AccuracyTally a)
        {
            var m = MachineInfo.Current();
            var mb = bytes / 1e6;
            o.WriteLine(F($"jixiao bench：{tables:N0} 张表，种子 {seed}，版式 {string.Join(",", layouts.Select(l => l.Name()))}，埋错比例 {errors:0.###}，处理线程 {threads}"));
            o.WriteLine();
            o.WriteLine("| 项目 | 测得 | 目标 |");
            o.WriteLine("|---|---|---|");
            Row("文档 / 表 / 指标", F($"{documents:N0} / {tables:N0} / {indicators:N0}"), "≈ 200,000 表、300 万指标");
            Row("总用时（生成 + 读取 + 审核 + 打分，流式）", F($"{wall:0.0} s"), "< 60 s");
            Row("按 CPU 时间折算的用时（进程 CPU ÷ 核数，机器有其他负载时参考）", F($"{cpu / m.Cores:0.0} s"), "< 60 s");
            Row("表/秒", F($"{tables / wall:N0}"), "≥ 3,334");
            Row("指标/秒", F($"{indicators / wall:N0}"), "");
            Row("峰值内存（peak working set）", F($"{peak / 1048576.0:N0} MB"), "< 1 GB");
            Row("拆分成行（UTF-8 解码 + 逐行）", F($"{mb / split:N1} MB/s（{lines / split:N0} 行/s）"), "");
            Row("读取（DocumentReader.Read）", F($"{mb / read:N1} MB/s"), "");
            Row("读取速度 ÷ 拆分速度", F($"{split / read * 100:0.0} %"), "≥ 30 %");
            Row("召回率（埋入的错误都被发现）", F($"{a.Recall * 100:0.00} %（{a.Found:N0} / {a.Planted:N0}）"), "100 %");
            Row("精确率（问题都对应埋入的错误）", F($"{a.Precision * 100:0.00} %（{a.TruePositives:N0} / {a.TruePositives + a.FalsePositives:N0}）"), "100 %");
            Row("干净的表中有问题的", F($"{a.CleanTablesWithFindings:N0} / {a.CleanTables:N0}"), "0");
            o.WriteLine();
            o.WriteLine(F($"各阶段{(ThreadClock.IsCpuTime ? " CPU " : "")}时间（各线程合计）：生成 {generation:0.0} s，拆分成行 {split:0.0} s，读取 {read:0.0} s，审核 {review:0.0} s，打分 {score:0.0} s（{evaluations:N0} 张表）；进程 CPU 合计 {cpu:0.0} s"));
            o.WriteLine(F($"数据量：{mb:N1} MB，{lines:N0} 行；垃圾回收 {GC.CollectionCount(0):N0}/{GC.CollectionCount(1):N0}/{GC.CollectionCount(2):N0} 次（0/1/2 代），暂停合计 {GC.GetTotalPauseDuration().TotalSeconds:0.00} s，分配 {GC.GetTotalAllocatedBytes() / 1e9:0.0} GB"));
            o.WriteLine(F($"机器：{m.Cpu}，{m.Cores} 核，内存 {m.MemoryBytes / 1073741824.0:0.0} GB，{m.Os}，{m.Dotnet}，{m.Build}{(m.LoadAverage is { } load ? $"；结束时系统负载（1 分钟平均）{load}" : "")}"));
            if (a.Examples.Count > 0)
            {
                o.WriteLine();
                o.WriteLine("与清单不符的例子：");
                foreach (var e in a.Examples) o.WriteLine("  " + e);
            }
        }

        private void Row(string name, string value, string target) => o.WriteLine($"| {name} | {value} | {target} |");

        private static string F(FormattableString s) => s.ToString(Inv);
    }
}
