using System.Text;

namespace Jixiao.Entries;

/// <summary>A small RFC 4180 reader: quoted fields with "" escapes and line breaks inside quotes; rows carry their 1-based line.</summary>
public static class Csv
{
    public static List<(int Line, List<string> Fields)> Parse(string text)
    {
        var rows = new List<(int, List<string>)>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var line = 1;
        var rowLine = 1;
        var quoted = false;
        var any = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"')
                {
                    if (i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                    else quoted = false;
                }
                else
                {
                    if (c == '\n') line++;
                    field.Append(c);
                }
                continue;
            }
            switch (c)
            {
                case '"' when field.Length == 0: quoted = true; any = true; break;
                case ',': fields.Add(field.ToString()); field.Clear(); any = true; break;
                case '\r': break;
                case '\n':
                    fields.Add(field.ToString());
                    field.Clear();
                    if (any || fields.Exists(f => f.Length > 0)) rows.Add((rowLine, fields));
                    fields = [];
                    any = false;
                    line++;
                    rowLine = line;
                    break;
                default: field.Append(c); any = true; break;
            }
        }
        if (any || field.Length > 0)
        {
            fields.Add(field.ToString());
            rows.Add((rowLine, fields));
        }
        return rows;
    }

    /// <summary>A field quoted when it needs to be.</summary>
    public static string Quote(string? s)
    {
        if (string.IsNullOrEmpty(s)) return "";
        return s.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + s.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : s;
    }
}
