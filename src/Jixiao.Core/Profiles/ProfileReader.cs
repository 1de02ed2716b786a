using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Jixiao.Diagnostics;
using Jixiao.Framework;
using Jixiao.Values;

namespace Jixiao.Profiles;

/// <summary>
/// Reads a profile from JSON (comments and trailing commas allowed). Strict: an unknown key, a wrong type or a value
/// out of range rejects the profile with the line and the reason; nothing is half-applied.
/// </summary>
public static class ProfileReader
{
    public sealed record Result(Profile? Profile, IReadOnlyList<ProfileError> Errors);

    private static readonly JsonDocumentOptions Options = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    private static readonly Dictionary<string, string[]> Allowed = new()
    {
        [""] = ["name", "version", "description", "review", "grade", "scoring", "monitoring"],
        ["scoring"] = ["budgetExecutionPoints", "indicatorPoints", "defaultShares", "qualitativeBands", "lowTargetRatio", "lowTargetPenalty", "executionCap", "executionCaps", "grades", "tolerance"],
        ["scoring.grades"] = ["优", "良", "中"],
        ["monitoring"] = ["budgetRed", "budgetYellow", "indicatorRed", "indicatorYellow", "indicatorBlue"],
        ["review"] = ["allowedComparators", "requiredCategories", "level1Shares", "budgetExecutionShare", "shareTolerance", "weightTotal", "severity", "disabled"],
        ["grade"] = ["errorPenalty", "warningPenalty", "infoPenalty", "bands", "errorCap"],
        ["grade.bands"] = ["优", "良", "中"],
    };

    public static Result Parse(string json, string source)
    {
        var errors = new List<ProfileError>();
        var bytes = Encoding.UTF8.GetBytes(json);
        Dictionary<string, int> lines;
        JsonNode? root;
        try
        {
            lines = PropertyLines(bytes);
            root = JsonNode.Parse(bytes, documentOptions: Options);
        }
        catch (JsonException ex)
        {
            errors.Add(new ProfileError(source, (int)(ex.LineNumber ?? 0) + 1, ex.Path ?? "$", $"不是合法的 JSON（第 {(ex.BytePositionInLine ?? 0) + 1} 个字节附近）。"));
            return new Result(null, errors);
        }
        if (root is not JsonObject obj)
        {
            errors.Add(new ProfileError(source, 1, "$", "配置文件必须是一个 JSON 对象。"));
            return new Result(null, errors);
        }
        var v = new Validator(source, lines, errors);
        v.Keys(obj, "");
        var name = v.String(obj, "name", required: true) ?? "";
        var version = v.String(obj, "version", required: true) ?? "";
        var description = v.String(obj, "description", required: false);
        var review = v.Object(obj, "review", "review");
        var grade = v.Object(obj, "grade", "grade");
        var profile = new Profile { Name = name, Version = version, Description = description };
        if (review is not null)
        {
            v.Keys(review, "review");
            profile = profile with
            {
                AllowedComparators = review["allowedComparators"] is null ? profile.AllowedComparators : v.Comparators(review, "review.allowedComparators"),
                RequiredCategories = review["requiredCategories"] is null ? profile.RequiredCategories : v.Categories(review, "review.requiredCategories"),
                Level1Shares = review["level1Shares"] is null ? profile.Level1Shares : v.Shares(review, "review.level1Shares"),
                BudgetExecutionShare = v.Number(review, "budgetExecutionShare", "review", 0, 100) ?? 10,
                ShareTolerance = v.Number(review, "shareTolerance", "review", 0, 100) ?? 15,
                WeightTotal = v.Number(review, "weightTotal", "review", 1, 1000) ?? 100,
                SeverityOverrides = v.Severities(review, "review.severity"),
                Disabled = v.Codes(review, "review.disabled"),
            };
        }
        if (grade is not null)
        {
            v.Keys(grade, "grade");
            var bands = v.Object(grade, "bands", "grade.bands");
            if (bands is not null) v.Keys(bands, "grade.bands");
            var formula = new GradeFormula
            {
                ErrorPenalty = v.Number(grade, "errorPenalty", "grade", 0, 100) ?? 20,
                WarningPenalty = v.Number(grade, "warningPenalty", "grade", 0, 100) ?? 5,
                InfoPenalty = v.Number(grade, "infoPenalty", "grade", 0, 100) ?? 0,
                Excellent = bands is null ? 90 : v.Number(bands, "优", "grade.bands", 0, 100) ?? 90,
                Good = bands is null ? 75 : v.Number(bands, "良", "grade.bands", 0, 100) ?? 75,
                Fair = bands is null ? 60 : v.Number(bands, "中", "grade.bands", 0, 100) ?? 60,
            };
            var cap = v.String(grade, "errorCap", required: false, "grade");
            if (cap is not null)
            {
                if (GradeExtensions.FromChinese(cap) is { } g) formula = formula with { ErrorCap = g };
                else v.Error("grade.errorCap", $"“{cap}”不是等级，应为 优、良、中 或 差。");
            }
            if (!(formula.Excellent >= formula.Good && formula.Good >= formula.Fair))
                v.Error("grade.bands", "等级分数线必须满足 优 ≥ 良 ≥ 中。");
            profile = profile with { Grade = formula };
        }
        if (v.Object(obj, "scoring", "scoring") is { } scoring) profile = profile with { Scoring = ReadScoring(v, scoring) };
        if (v.Object(obj, "monitoring", "monitoring") is { } monitoring)
        {
            v.Keys(monitoring, "monitoring");
            var m = new MonitoringSettings
            {
                BudgetRed = v.Number(monitoring, "budgetRed", "monitoring", 0, 1000) ?? 60,
                BudgetYellow = v.Number(monitoring, "budgetYellow", "monitoring", 0, 1000) ?? 80,
                IndicatorRed = v.Number(monitoring, "indicatorRed", "monitoring", 0, 1000) ?? 60,
                IndicatorYellow = v.Number(monitoring, "indicatorYellow", "monitoring", 0, 1000) ?? 80,
                IndicatorBlue = v.Number(monitoring, "indicatorBlue", "monitoring", 0, 10000) ?? 120,
            };
            if (!(m.BudgetRed <= m.BudgetYellow && m.IndicatorRed <= m.IndicatorYellow && m.IndicatorYellow <= m.IndicatorBlue))
                v.Error("monitoring", "亮灯阈值必须满足 红 ≤ 黄 ≤ 蓝。");
            profile = profile with { Monitoring = m };
        }
        return errors.Count > 0 ? new Result(null, errors) : new Result(profile, errors);
    }

    private static ScoringSettings ReadScoring(Validator v, JsonObject s)
    {
        v.Keys(s, "scoring");
        var d = new ScoringSettings();
        var result = d with
        {
            BudgetExecutionPoints = v.Number(s, "budgetExecutionPoints", "scoring", 0, 100) ?? d.BudgetExecutionPoints,
            IndicatorPoints = v.Number(s, "indicatorPoints", "scoring", 0, 100) ?? d.IndicatorPoints,
            LowTargetRatio = v.Number(s, "lowTargetRatio", "scoring", 1, 100) ?? d.LowTargetRatio,
            LowTargetPenalty = v.Number(s, "lowTargetPenalty", "scoring", 0, 100) ?? d.LowTargetPenalty,
            Tolerance = v.Number(s, "tolerance", "scoring", 0, 100) ?? d.Tolerance,
        };
        if (s["defaultShares"] is not null) result = result with { DefaultShares = v.Shares(s, "scoring.defaultShares", "defaultShares") };
        if (s["executionCap"] is JsonValue cap)
        {
            if (cap.TryGetValue<bool>(out var b)) result = result with { ExecutionCap = b };
            else v.Error("scoring.executionCap", "应为 true 或 false。");
        }
        if (s["qualitativeBands"] is { } bandsNode)
        {
            var bands = new Dictionary<string, (decimal, decimal)>();
            if (bandsNode is not JsonObject bo) v.Error("scoring.qualitativeBands", "应为对象，如 {\"达成年度指标\": [80, 100]}。");
            else
                foreach (var (name, node) in bo)
                {
                    if (node is JsonArray { Count: 2 } a && a[0] is JsonValue lo && lo.TryGetValue<decimal>(out var l) && a[1] is JsonValue hi && hi.TryGetValue<decimal>(out var h) && l >= 0 && l <= h && h <= 100)
                        bands[name] = (l, h);
                    else v.Error($"scoring.qualitativeBands.{name}", "应为 [下限, 上限]，0 ≤ 下限 ≤ 上限 ≤ 100。");
                }
            result = result with { QualitativeBands = bands };
        }
        if (s["executionCaps"] is { } capsNode)
        {
            var caps = new List<(decimal, decimal)>();
            if (capsNode is not JsonArray arr) v.Error("scoring.executionCaps", "应为数组，如 [{\"below\": 80, \"max\": 89}]。");
            else
                for (var i = 0; i < arr.Count; i++)
                {
                    if (arr[i] is JsonObject o && o["below"] is JsonValue bv && bv.TryGetValue<decimal>(out var below) && o["max"] is JsonValue mv && mv.TryGetValue<decimal>(out var max))
                        caps.Add((below, max));
                    else v.Error($"scoring.executionCaps.{i}", "每一项应为 {\"below\": 执行率%, \"max\": 最高分}。");
                }
            result = result with { ExecutionCaps = caps };
        }
        if (v.Object(s, "grades", "scoring.grades") is { } g)
        {
            v.Keys(g, "scoring.grades");
            result = result with
            {
                Excellent = v.Number(g, "优", "scoring.grades", 0, 100) ?? d.Excellent,
                Good = v.Number(g, "良", "scoring.grades", 0, 100) ?? d.Good,
                Fair = v.Number(g, "中", "scoring.grades", 0, 100) ?? d.Fair,
            };
            if (!(result.Excellent >= result.Good && result.Good >= result.Fair)) v.Error("scoring.grades", "等级分数线必须满足 优 ≥ 良 ≥ 中。");
        }
        if (result.BudgetExecutionPoints + result.IndicatorPoints != 100)
            v.Error("scoring.indicatorPoints", $"预算执行率分值与指标分值之和应为 100，现为 {result.BudgetExecutionPoints + result.IndicatorPoints}。");
        return result;
    }

    /// <summary>The 1-based line of every property, by dotted path.</summary>
    private static Dictionary<string, int> PropertyLines(byte[] bytes)
    {
        var lineStarts = new List<int> { 0 };
        for (var i = 0; i < bytes.Length; i++) if (bytes[i] == '\n') lineStarts.Add(i + 1);
        var map = new Dictionary<string, int>();
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var path = new List<string>();
        var pendingName = (string?)null;
        var stack = new Stack<bool>(); // true = object
        var arrayIndex = new Stack<int>();
        while (reader.Read())
        {
            var line = LineOf(lineStarts, (int)reader.TokenStartIndex);
            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName:
                    pendingName = reader.GetString();
                    map[Join(path, pendingName!)] = line;
                    break;
                case JsonTokenType.StartObject or JsonTokenType.StartArray:
                    if (pendingName is not null) path.Add(pendingName);
                    else if (stack.Count > 0 && !stack.Peek()) { var k = arrayIndex.Pop(); path.Add(k.ToString(System.Globalization.CultureInfo.InvariantCulture)); map[string.Join('.', path)] = line; arrayIndex.Push(k + 1); }
                    else if (stack.Count > 0) path.Add("?");
                    pendingName = null;
                    stack.Push(reader.TokenType == JsonTokenType.StartObject);
                    if (reader.TokenType == JsonTokenType.StartArray) arrayIndex.Push(0);
                    break;
                case JsonTokenType.EndObject or JsonTokenType.EndArray:
                    if (!stack.Pop()) arrayIndex.Pop();
                    if (path.Count > 0 && stack.Count > 0) path.RemoveAt(path.Count - 1);
                    break;
                default:
                    if (pendingName is null && stack.Count > 0 && !stack.Peek())
                    {
                        var k = arrayIndex.Pop();
                        map[Join(path, k.ToString(System.Globalization.CultureInfo.InvariantCulture))] = line;
                        arrayIndex.Push(k + 1);
                    }
                    pendingName = null;
                    break;
            }
        }
        return map;
    }

    private static string Join(List<string> path, string name) => path.Count == 0 ? name : string.Join('.', path) + "." + name;

    private static int LineOf(List<int> starts, int offset)
    {
        var i = starts.BinarySearch(offset);
        return (i >= 0 ? i : ~i - 1) + 1;
    }

    private sealed class Validator(string source, Dictionary<string, int> lines, List<ProfileError> errors)
    {
        public void Error(string path, string reason)
        {
            var line = 1;
            for (var p = path; p.Length > 0; p = p.Contains('.') ? p[..p.LastIndexOf('.')] : "")
                if (lines.TryGetValue(p, out line)) break;
            errors.Add(new ProfileError(source, line == 0 ? 1 : line, path, reason));
        }

        public void Keys(JsonObject obj, string at)
        {
            var allowed = Allowed[at];
            foreach (var (k, _) in obj)
                if (!allowed.Contains(k))
                    Error(P(at, k), $"未知的设置项“{k}”；此处可用的设置项：{string.Join("、", allowed)}。");
        }

        public string? String(JsonObject obj, string key, bool required, string at = "")
        {
            var node = obj[key];
            if (node is null)
            {
                if (required) Error(P(at, key), "缺少此设置项。");
                return null;
            }
            if (node is JsonValue value && value.TryGetValue<string>(out var s)) return s;
            Error(P(at, key), "应为字符串。");
            return null;
        }

        public JsonObject? Object(JsonObject obj, string key, string path)
        {
            var node = obj[key];
            if (node is null) return null;
            if (node is JsonObject o) return o;
            Error(path, "应为对象 { … }。");
            return null;
        }

        public decimal? Number(JsonObject obj, string key, string at, decimal min, decimal max)
        {
            var node = obj[key];
            if (node is null) return null;
            if (node is JsonValue value && value.TryGetValue<decimal>(out var d))
            {
                if (d < min || d > max) { Error(P(at, key), $"数值 {d} 超出范围 {min}–{max}。"); return null; }
                return d;
            }
            Error(P(at, key), "应为数字。");
            return null;
        }

        public IReadOnlySet<Comparator> Comparators(JsonObject review, string path)
        {
            var set = new HashSet<Comparator>();
            if (review["allowedComparators"] is null) return new HashSet<Comparator>(Enum.GetValues<Comparator>().Where(c => c != Comparator.Approximately));
            if (review["allowedComparators"] is not JsonArray arr) { Error(path, "应为数组，如 [\">=\", \"<=\"]。"); return set; }
            for (var i = 0; i < arr.Count; i++)
            {
                var s = arr[i] is JsonValue jv && jv.TryGetValue<string>(out var t) ? t : null;
                if (ComparatorExtensions.FromExchange(s) is { } c) set.Add(c);
                else Error($"{path}.{i}", $"“{s}”不是比较符号；可用：>=、>、=、<、<=、≈、qualitative。");
            }
            return set;
        }

        public IReadOnlyList<IReadOnlyList<Level2>> Categories(JsonObject review, string path)
        {
            var list = new List<IReadOnlyList<Level2>>();
            if (review["requiredCategories"] is null) return list;
            if (review["requiredCategories"] is not JsonArray arr) { Error(path, "应为二级指标名称组成的数组的数组。"); return list; }
            for (var i = 0; i < arr.Count; i++)
            {
                if (arr[i] is not JsonArray group) { Error($"{path}.{i}", "每一项应为二级指标名称的数组，如 [\"数量指标\"]。"); continue; }
                var levels = new List<Level2>();
                for (var j = 0; j < group.Count; j++)
                {
                    var s = group[j] is JsonValue jv && jv.TryGetValue<string>(out var t) ? t : null;
                    if (IndicatorFramework.ParseLevel2(s) is { } l2) levels.Add(l2);
                    else Error($"{path}.{i}.{j}", $"“{s}”不是规范的二级指标名称（如 数量指标、社会效益指标、服务对象满意度指标）。");
                }
                if (levels.Count > 0) list.Add(levels);
            }
            return list;
        }

        public IReadOnlyDictionary<Level1, decimal> Shares(JsonObject review, string path, string key = "level1Shares")
        {
            var map = new Dictionary<Level1, decimal>();
            if (review[key] is null) return map;
            if (review[key] is not JsonObject obj) { Error(path, "应为对象，如 {\"产出指标\": 50}。"); return map; }
            foreach (var (k, node) in obj)
            {
                if (IndicatorFramework.ParseLevel1(k) is not { } l1) { Error($"{path}.{k}", $"“{k}”不是规范的一级指标名称。"); continue; }
                if (node is JsonValue jv && jv.TryGetValue<decimal>(out var d) && d is >= 0 and <= 100) map[l1] = d;
                else Error($"{path}.{k}", "应为 0–100 之间的数字。");
            }
            return map;
        }

        public IReadOnlyDictionary<string, Severity> Severities(JsonObject review, string path)
        {
            var map = new Dictionary<string, Severity>();
            if (review["severity"] is null) return map;
            if (review["severity"] is not JsonObject obj) { Error(path, "应为对象，如 {\"JX201\": \"info\"}。"); return map; }
            foreach (var (k, node) in obj)
            {
                if (!IsCode(k)) { Error($"{path}.{k}", $"“{k}”不是检查代码（JX 加三位数字）。"); continue; }
                var s = node is JsonValue jv && jv.TryGetValue<string>(out var t) ? t : null;
                Severity? sev = s switch { "error" => Severity.Error, "warning" => Severity.Warning, "info" => Severity.Info, _ => null };
                if (sev is null) Error($"{path}.{k}", $"“{s}”不是级别；可用：error、warning、info。");
                else map[k] = sev.Value;
            }
            return map;
        }

        public IReadOnlySet<string> Codes(JsonObject review, string path)
        {
            var set = new HashSet<string>();
            if (review["disabled"] is null) return set;
            if (review["disabled"] is not JsonArray arr) { Error(path, "应为检查代码的数组，如 [\"JX403\"]。"); return set; }
            for (var i = 0; i < arr.Count; i++)
            {
                var s = arr[i] is JsonValue jv && jv.TryGetValue<string>(out var t) ? t : null;
                if (s is not null && IsCode(s)) set.Add(s);
                else Error($"{path}.{i}", $"“{s}”不是 Jixiao 的检查代码（JX 加三位数字，见 docs/checks/README.md）。");
            }
            return set;
        }

        private static bool IsCode(string s) => s.Length == 5 && s.StartsWith("JX", StringComparison.Ordinal) && s[2..].All(char.IsAsciiDigit) && Profile.KnownCodes.Contains(s);

        private static string P(string at, string key) => at.Length == 0 ? key : at + "." + key;
    }
}
