using Jixiao.Profiles;
using Jixiao.Review;

namespace Jixiao.Cli;

/// <summary>Prints review findings as compiler-style lines, then a summary per table with its grade.</summary>
public static class ReviewReport
{
    public static void Write(DocumentReview review, string path, Profile profile, TextWriter o)
    {
        foreach (var d in review.DocumentFindings) o.WriteLine(TextReport.Finding(path, d));
        foreach (var t in review.Tables)
            foreach (var d in t.Findings)
            {
                var line = TextReport.Finding(path, d);
                o.WriteLine(d.Indicator is { } i && i < t.Table.Indicators.Count && t.Table.Indicators[i].Name is { } n && !d.Message.Contains(n, StringComparison.Ordinal) ? $"{line}（指标：{n}）" : line);
            }
        o.WriteLine();
        o.WriteLine($"{path}：{review.Tables.Count} 张表（口径 {profile.Name} {profile.Version}）");
        foreach (var t in review.Tables)
        {
            var name = t.Table.ProjectName ?? (t.Table.Kind == Model.TableKind.Department ? $"{t.Table.Unit ?? ""}部门整体" : $"第 {t.Table.Line} 行起的表");
            o.WriteLine($"  {t.Grade.ToChinese()}  {t.Score,3:0}分  {name}（第 {t.Table.Line} 行）：{t.Table.Indicators.Count} 个指标，错误 {t.Errors}，警告 {t.Warnings}，提示 {t.Infos}");
        }
    }
}
