namespace Jixiao.Reading;

/// <summary>Page furniture around published tables: site navigation, publication metadata, image markers, page numbers.</summary>
internal static class Furniture
{
    private static readonly string[] Starts =
    [
        "索引号", "发布日期", "发布时间", "发布机构", "发文机关", "发文日期", "成文日期", "主题分类", "文号", "字号", "来源：", "来源:", "信息来源",
        "浏览次数", "访问量", "点击数", "阅读次数", "首页", "当前位置", "您当前的位置", "您的位置", "打印本页", "关闭窗口", "【打印】", "【关闭】", "分享到",
        "扫一扫", "[图片]", "![", "<img", "附件下载", "相关链接", "上一篇", "下一篇", "网站地图", "版权所有", "主办单位", "承办单位", "技术支持",
        "ICP备", "网站标识码", "公网安备", "【字体", "字体：", "[打印", "[关闭", "责任编辑", "无障碍", "English", "登录", "注册",
    ];

    /// <summary>Whether a whole row is furniture, not part of any table.</summary>
    public static bool IsFurniture(Row row)
    {
        var any = false;
        foreach (var c in row.NonEmpty)
        {
            if (!IsFurnitureText(c.Text)) return false;
            any = true;
        }
        return any;
    }

    // The first characters of the starts, so that most cells are ruled out with one look-up (performance only).
    private static readonly HashSet<char> StartChars = Starts.Select(p => p[0]).ToHashSet();

    public static bool IsFurnitureText(string s)
    {
        if (s.Length > 0 && StartChars.Contains(s[0]))
            foreach (var p in Starts) if (s.StartsWith(p, StringComparison.Ordinal)) return true;
        if (s.Contains(" > ", StringComparison.Ordinal) || s.Contains(">>", StringComparison.Ordinal) || s.Contains("＞", StringComparison.Ordinal)) return true;
        // 第 1 页 共 2 页, 第1页/共3页, - 3 -
        if (s.AsSpan().IndexOfAny('第', '共', '-') < 0) return false;
        var t = s.Replace(" ", "", StringComparison.Ordinal);
        if (t.StartsWith('第') && t.EndsWith('页') && t.Length <= 14) return true;
        if (t.StartsWith('共') && t.EndsWith('页') && t.Length <= 8) return true;
        if (t.Length <= 7 && t.StartsWith('-') && t.EndsWith('-') && t.Trim('-').All(char.IsAsciiDigit)) return true;
        return false;
    }
}
