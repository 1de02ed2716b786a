namespace Jixiao.Entries;

/// <summary>The unit's own statement of whether a target will be met this year (完成可能性).</summary>
public enum Likelihood
{
    Certain,
    Possible,
    Impossible,
}

public static class LikelihoodText
{
    public static Likelihood? Parse(string? s) => s?.Trim() switch
    {
        "确定能" or "能" or "确定" or "确定能完成" => Likelihood.Certain,
        "有可能" or "可能" or "有可能完成" => Likelihood.Possible,
        "不可能" or "不能" or "不可能完成" => Likelihood.Impossible,
        _ => null,
    };

    public static string ToChinese(this Likelihood l) => l switch
    {
        Likelihood.Certain => "确定能",
        Likelihood.Possible => "有可能",
        _ => "不可能",
    };
}
