using System.Text;
using Jixiao.Model;

namespace Jixiao.Reading;

/// <summary>One column of an indicator header: its role, the group (horizon) it belongs to, and where it stands.</summary>
internal sealed record HeaderColumn(ColumnRole Role, int Group, double Position, int X, Horizon? Horizon);

/// <summary>Recognises indicator header rows (一级指标 二级指标 三级指标 指标性质 指标值 …) and their column roles.</summary>
internal static class HeaderRoles
{
    public static ColumnRole RoleOf(string cell, out Horizon? horizon)
    {
        horizon = null;
        var s = Strip(cell);
        if (s.Length == 0 || s.Length > 24) return ColumnRole.None;
        if (s.Contains("中期", StringComparison.Ordinal)) horizon = Horizon.MidTerm;
        else if (s.Contains("年度", StringComparison.Ordinal) || s.Contains("当年", StringComparison.Ordinal)) horizon = Horizon.Annual;
        switch (s)
        {
            case "一级指标" or "一级": return ColumnRole.Level1;
            case "二级指标" or "二级": return ColumnRole.Level2;
            case "三级指标" or "三级" or "指标名称" or "绩效指标名称" or "三级指标名称" or "指标内容" or "具体指标" or "绩效指标内容": return ColumnRole.Name;
            case "绩效指标" or "年度绩效指标" or "中期绩效指标" or "指标" or "序号": return ColumnRole.Ignore;
            case "得分" or "自评得分" or "实际得分" or "评分": return ColumnRole.Score;
            case "分值" or "指标分值" or "权重" or "指标权重" or "权重分值" or "分数" or "标准分值": return ColumnRole.Weight;
            case "备注": return ColumnRole.Note;
            case "完成值" or "实际值": return ColumnRole.Actual;
        }
        if (s.Contains("确定依据", StringComparison.Ordinal) || s.Contains("绩效标准", StringComparison.Ordinal) || s.Contains("评价标准", StringComparison.Ordinal) || s.Contains("指标来源", StringComparison.Ordinal) || s == "依据") return ColumnRole.Basis;
        if (s.Contains("偏差", StringComparison.Ordinal) || s.Contains("原因", StringComparison.Ordinal) || s.Contains("改进措施", StringComparison.Ordinal)) return ColumnRole.Cause;
        if (s.Contains("性质", StringComparison.Ordinal) || s is "计算符号" or "符号" or "运算符号" or "比较符号" or "指标方向") return ColumnRole.Nature;
        if (s.Contains("实际", StringComparison.Ordinal) || s.Contains("完成值", StringComparison.Ordinal) || s.Contains("完成情况", StringComparison.Ordinal) || s.Contains("执行情况", StringComparison.Ordinal)) return ColumnRole.Actual;
        if (s.Contains("描述", StringComparison.Ordinal) || s.Contains("解释", StringComparison.Ordinal) || s.Contains("指标说明", StringComparison.Ordinal) || s.Contains("计算方法", StringComparison.Ordinal)) return ColumnRole.Description;
        if (s.Contains("权重", StringComparison.Ordinal) || s.Contains("分值", StringComparison.Ordinal)) return ColumnRole.Weight;
        if (s.Contains("单位", StringComparison.Ordinal)) return ColumnRole.Unit;
        if (s.Contains("指标值", StringComparison.Ordinal) || s.Contains("目标值", StringComparison.Ordinal) || s is "预期目标" or "标准值") return ColumnRole.Value;
        return ColumnRole.None;
    }

    /// <summary>Reads a header row; null when the row is not one (it needs a name or level-2 column and a value column).</summary>
    public static List<HeaderColumn>? Read(Row row)
    {
        var cols = new List<HeaderColumn>();
        var group = 0;
        var seen = new HashSet<ColumnRole>();
        int recognised = 0, texts = 0;
        foreach (var c in row.Cells)
        {
            if (c.IsEmpty) continue;
            texts++;
            var role = RoleOf(c.Text, out var horizon);
            if (role == ColumnRole.None) continue;
            recognised++;
            // A second level-2, name or value column starts the next side-by-side group (mid-term | annual).
            if (role is ColumnRole.Level2 or ColumnRole.Name or ColumnRole.Value && seen.Contains(role))
            {
                group++;
                seen.Clear();
            }
            seen.Add(role);
            cols.Add(new HeaderColumn(role, group, c.Index, c.X, horizon));
        }
        var roles = cols.Select(c => c.Role).ToHashSet();
        var ok = (roles.Contains(ColumnRole.Name) || roles.Contains(ColumnRole.Level2)) && (roles.Contains(ColumnRole.Value) || roles.Contains(ColumnRole.Actual))
                 || roles.Contains(ColumnRole.Level1) && roles.Contains(ColumnRole.Level2) && roles.Contains(ColumnRole.Name);
        if (!ok || recognised * 2 < texts) return null;
        return cols;
    }

    /// <summary>Whether a row looks like the first half of a header whose cells were split over two lines (一级 | 二级 | 三级 | 指标).</summary>
    public static bool IsFragment(Row row)
    {
        var hits = 0;
        foreach (var c in row.NonEmpty)
        {
            var s = Strip(c.Text);
            if (s.Length <= 4 && (s.StartsWith("一级", StringComparison.Ordinal) || s.StartsWith("二级", StringComparison.Ordinal) || s.StartsWith("三级", StringComparison.Ordinal)
                                  || s is "指标" or "绩效" or "绩效指" or "指标值" or "指标性" or "度量" or "计量" or "指" or "指标权" or "一级指" or "二级指" or "三级指")) hits++;
        }
        return hits >= 2;
    }

    /// <summary>A line holding only the second halves of split header cells (指标 | 指标 | 性质 | 值 …).</summary>
    public static bool IsSecondHalf(Row row)
    {
        var any = false;
        foreach (var c in row.NonEmpty)
        {
            var s = Strip(c.Text);
            if (s is not ("指标" or "标" or "性质" or "值" or "单位" or "依据" or "描述" or "名称" or "权重" or "分值" or "指标值" or "完成值" or "得分" or "措施" or "原因")) return false;
            any = true;
        }
        return any;
    }

    /// <summary>Glues two rows cell by cell (by column index, or by position for space-aligned rows).</summary>
    public static Row Merge(Row a, Row b)
    {
        var cells = new List<Cell>();
        if (a.Layout == Layout.Spaces || b.Layout == Layout.Spaces)
        {
            var used = new bool[b.Cells.Count];
            foreach (var ca in a.Cells)
            {
                var text = ca.Text;
                for (var j = 0; j < b.Cells.Count; j++)
                {
                    var cb = b.Cells[j];
                    if (used[j] || cb.IsEmpty) continue;
                    if (Math.Abs(cb.X - ca.X) <= 3) { text += cb.Text; used[j] = true; break; }
                }
                cells.Add(ca with { Text = text });
            }
            for (var j = 0; j < b.Cells.Count; j++) if (!used[j] && !b.Cells[j].IsEmpty) cells.Add(b.Cells[j]);
            cells.Sort((x, y) => x.X.CompareTo(y.X));
            for (var i = 0; i < cells.Count; i++) cells[i] = cells[i] with { Index = i };
        }
        else
        {
            var n = Math.Max(a.Cells.Count, b.Cells.Count);
            for (var i = 0; i < n; i++)
            {
                var ta = i < a.Cells.Count ? a.Cells[i].Text : "";
                var tb = i < b.Cells.Count ? b.Cells[i].Text : "";
                var x = i < a.Cells.Count ? a.Cells[i].X : b.Cells[i].X;
                cells.Add(new Cell(ta + tb, i, x));
            }
        }
        return new Row(a.Line, cells, a.Layout);
    }

    private static string Strip(string s)
    {
        // Nothing to strip in most cells (performance only).
        var plain = true;
        foreach (var c in s)
            if (c is '（' or '(' or '）' or ')' or '\u3000' or '*' or '★' || char.IsWhiteSpace(c)) { plain = false; break; }
        if (plain) return s;
        var sb = new StringBuilder(s.Length);
        var depth = 0;
        foreach (var c in s)
        {
            if (c is '（' or '(') { depth++; continue; }
            if (c is '）' or ')') { if (depth > 0) depth--; continue; }
            if (depth > 0 || char.IsWhiteSpace(c) || c == '\u3000' || c == '*' || c == '★') continue;
            sb.Append(c);
        }
        return sb.ToString();
    }
}
