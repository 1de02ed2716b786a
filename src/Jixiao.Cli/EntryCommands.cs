using System.CommandLine;
using System.Globalization;
using System.Text.Json.Nodes;
using Jixiao.Diagnostics;
using Jixiao.Entries;
using Jixiao.Exchange;
using Jixiao.Framework;
using Jixiao.Model;
using Jixiao.Monitoring;
using Jixiao.Profiles;
using Jixiao.Documents.Reading;
using Jixiao.Reading;
using Jixiao.Scoring;

namespace Jixiao.Cli;

/// <summary>
/// `jixiao score FILE [--actuals CSV]`, `jixiao monitor FILE --progress CSV --month M` and
/// `jixiao template actuals FILE`: self-evaluation, monitoring, and the blank entry sheet.
/// </summary>
public static class EntryCommands
{
    public const int Ok = 0;
    public const int HasErrors = 1;
    public const int CannotRead = 2;

    public static Command Score(TextWriter stdout, TextWriter stderr, Func<Stream> stdin)
    {
        var file = new Argument<string>("FILE") { Description = "绩效目标表或已公开的自评表。" };
        var actuals = new Option<string?>("--actuals") { Description = "实际完成值 CSV（table,indicator,actual,score,likelihood,cause,measure）；省略时复核已公开自评表中的得分。" };
        var format = FormatOption();
        var profile = new Option<string?>("--profile") { Description = "口径配置文件（JSON）。" };
        var command = new Command("score", "绩效自评打分：按实际完成值计算每个指标得分、预算执行率得分、总分和等级；或复核已公开自评表的得分。") { file, actuals, format, profile };
        command.SetAction(r => RunScore(r.GetValue(file)!, r.GetValue(actuals), r.GetValue(format)!, r.GetValue(profile), stdout, stderr, stdin));
        return command;
    }

    public static Command Monitor(TextWriter stdout, TextWriter stderr, Func<Stream> stdin)
    {
        var file = new Argument<string>("FILE") { Description = "绩效目标表。" };
        var progress = new Option<string>("--progress") { Description = "截至监控月份的完成情况 CSV（同 --actuals 的列）。", Required = true };
        var month = new Option<int>("--month") { Description = "监控月份（1–12），如 7 表示截至 7 月底。", Required = true };
        month.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() is < 1 or > 12) r.AddError("--month 应为 1 到 12 之间的月份。");
        });
        var format = FormatOption();
        var profile = new Option<string?>("--profile") { Description = "口径配置文件（JSON）。" };
        var command = new Command("monitor", "绩效运行监控（双监控）：预算执行进度和每个指标的完成进度，亮红、黄、绿、蓝灯。") { file, progress, month, format, profile };
        command.SetAction(r => RunMonitor(r.GetValue(file)!, r.GetValue(progress)!, r.GetValue(month), r.GetValue(format)!, r.GetValue(profile), stdout, stderr, stdin));
        return command;
    }

    public static Command Template(TextWriter stdout, TextWriter stderr, Func<Stream> stdin)
    {
        var kind = new Argument<string>("KIND") { Description = "模板种类：actuals（实际完成值/监控进度）。" };
        kind.AcceptOnlyFromAmong("actuals");
        var file = new Argument<string>("FILE") { Description = "绩效目标表。" };
        var command = new Command("template", "生成填报模板：列出每张表和每个指标的名称，其余列留空，用 Excel 填写后交给 score 或 monitor。") { kind, file };
        command.SetAction(r =>
        {
            if (!InputFiles.TryRead(r.GetValue(file)!, stdin, out var bytes, out var error)) { stderr.WriteLine(error); return CannotRead; }
            var read = OfficeReader.Read(bytes, Path.GetFileName(r.GetValue(file)!));
            stdout.Write(EntrySheet.Template(read.Tables));
            return read.Tables.Count == 0 ? HasErrors : Ok;
        });
        return command;
    }

    private static Option<string> FormatOption()
    {
        var format = new Option<string>("--format") { Description = "输出格式：text（默认）或 json。", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        return format;
    }

    public static int RunScore(string file, string? actualsPath, string format, string? profilePath, TextWriter stdout, TextWriter stderr, Func<Stream> stdin)
    {
        if (!ProfileFiles.TryLoad(profilePath, stderr, out var profile)) return CannotRead;
        if (!Load(file, actualsPath, stdin, stderr, out var read, out var sheet)) return CannotRead;
        var evaluations = new Dictionary<int, Evaluation>();
        for (var t = 0; t < read.Tables.Count; t++)
        {
            var table = read.Tables[t];
            if (sheet is not null)
            {
                if (sheet.Tables.TryGetValue(t, out var entries)) evaluations[t] = SelfEvaluator.Evaluate(table, entries, profile);
            }
            else if (table.Stage == TableStage.SelfEvaluation) evaluations[t] = PublishedAudit.Audit(table, profile);
        }
        if (sheet is null && evaluations.Count == 0)
        {
            stderr.WriteLine($"“{file}”中没有已公开的自评表；请用 --actuals 提供实际完成值 CSV（可先运行 jixiao template actuals {file} 生成模板）。");
            return HasErrors;
        }
        var documentFindings = read.Diagnostics.Concat(sheet?.Findings ?? []).ToList();
        if (format == "json")
        {
            var json = ExchangeWriter.ToJson(read);
            json["diagnostics"] = ExchangeWriter.DiagnosticsJson(documentFindings);
            var tables = json["tables"]!.AsArray();
            foreach (var (t, e) in evaluations) ExchangeWriter.AddEvaluation(tables[t]!.AsObject(), e);
            stdout.WriteLine(ExchangeWriter.Serialize(json));
        }
        else
        {
            foreach (var d in documentFindings) stdout.WriteLine(TextReport.Finding(d.File ?? file, d));
            foreach (var (t, e) in evaluations.OrderBy(x => x.Key)) WriteEvaluation(read.Tables[t], e, file, stdout);
        }
        var errors = documentFindings.Any(d => d.Severity == Severity.Error) || evaluations.Values.Any(e => e.Findings.Any(d => d.Severity == Severity.Error));
        return errors ? HasErrors : Ok;
    }

    public static int RunMonitor(string file, string progressPath, int month, string format, string? profilePath, TextWriter stdout, TextWriter stderr, Func<Stream> stdin)
    {
        if (!ProfileFiles.TryLoad(profilePath, stderr, out var profile)) return CannotRead;
        if (!Load(file, progressPath, stdin, stderr, out var read, out var sheet)) return CannotRead;
        var results = new Dictionary<int, MonitoringResult>();
        foreach (var (t, entries) in sheet!.Tables) results[t] = CheckpointMonitor.Run(read.Tables[t], entries, month, profile);
        var documentFindings = read.Diagnostics.Concat(sheet.Findings).ToList();
        if (format == "json")
        {
            var json = ExchangeWriter.ToJson(read);
            json["diagnostics"] = ExchangeWriter.DiagnosticsJson(documentFindings);
            var tables = json["tables"]!.AsArray();
            foreach (var (t, m) in results) ExchangeWriter.AddMonitoring(tables[t]!.AsObject(), m);
            stdout.WriteLine(ExchangeWriter.Serialize(json));
        }
        else
        {
            foreach (var d in documentFindings) stdout.WriteLine(TextReport.Finding(d.File ?? file, d));
            foreach (var (t, m) in results.OrderBy(x => x.Key)) WriteMonitoring(read.Tables[t], m, file, stdout);
        }
        return documentFindings.Any(d => d.Severity == Severity.Error) ? HasErrors : Ok;
    }

    private static bool Load(string file, string? csvPath, Func<Stream> stdin, TextWriter stderr, out ReadResult read, out EntrySheet.Result? sheet)
    {
        read = new ReadResult(file, [], []);
        sheet = null;
        if (!InputFiles.TryRead(file, stdin, out var bytes, out var error)) { stderr.WriteLine(error); return false; }
        read = OfficeReader.Read(bytes, Path.GetFileName(file));
        if (csvPath is null) return true;
        if (!InputFiles.TryRead(csvPath, stdin, out var csv, out error)) { stderr.WriteLine(error); return false; }
        sheet = EntrySheet.Bind(csv, Path.GetFileName(csvPath), read.Tables);
        return true;
    }

    private static void WriteEvaluation(TargetTable table, Evaluation e, string file, TextWriter o)
    {
        o.WriteLine();
        o.WriteLine($"-- {EntrySheet.NameOf(table)}：总分 {N(e.Total)}{(e.UncappedTotal is { } u ? $"（按执行率封顶，原 {N(u)}）" : "")}，等级 {e.Grade.ToChinese()}");
        o.WriteLine($"   预算执行率 {(e.BudgetExecutionRate is { } r ? N(r) + "%" : "—")}，得分 {N(e.BudgetExecutionScore)}/{N(e.BudgetExecutionFullScore)}；指标得分 {N(e.IndicatorScore)}");
        o.WriteLine($"   {"指标",-24}  {"目标值",-12}  {"实际完成值",-12}  {"分值",6}  {"得分",6}  完成比例");
        foreach (var s in e.Indicators)
        {
            var i = table.Indicators[s.Index];
            o.WriteLine($"   {Pad(EntrySheet.NameOf(i), 24)}  {Pad(i.Value.Text, 12)}  {Pad(i.ActualText ?? "", 12)}  {N(s.FullScore),6}  {N(s.Score),6}  {(s.AchievedPercent is { } p ? N(p) + "%" : "")}");
        }
        foreach (var d in e.Findings) o.WriteLine(TextReport.Finding(d.File ?? file, d));
    }

    private static void WriteMonitoring(TargetTable table, MonitoringResult m, string file, TextWriter o)
    {
        o.WriteLine();
        o.WriteLine($"-- {EntrySheet.NameOf(table)}：截至 {m.Month} 月底 {Terminal.Light(m.Light)}");
        o.WriteLine($"   预算执行：已支出 {(m.SpentPercent is { } s ? N(s) + "%" : "—")}，计划 {N(m.PlannedPercent)}%，进度 {(m.BudgetProgressPercent is { } p ? N(p) + "%" : "—")} {Terminal.Light(m.BudgetLight)}");
        foreach (var l in m.Indicators)
        {
            var i = table.Indicators[l.Index];
            var basis = l.Basis switch { "progress" => $"进度 {N(l.ProgressPercent ?? 0)}%", "within" => "控制在目标内", "likelihood" => "按完成可能性", _ => "未填报" };
            o.WriteLine($"   {Terminal.Light(l.Light)}  {Pad(EntrySheet.NameOf(i), 24)}  目标 {Pad(i.Value.Text, 12)}  {basis}");
        }
        foreach (var d in m.Findings) o.WriteLine(TextReport.Finding(d.File ?? file, d));
    }

    private static string Pad(string s, int width)
    {
        var w = 0;
        var sb = new System.Text.StringBuilder();
        foreach (var c in s)
        {
            var cw = c >= 0x2E80 ? 2 : 1;
            if (w + cw > width) break;
            sb.Append(c);
            w += cw;
        }
        return sb.Append(' ', width - w).ToString();
    }

    private static string N(decimal v) => v.ToString("0.##", CultureInfo.InvariantCulture);
}
