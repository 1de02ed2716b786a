namespace Jixiao.Values;

/// <summary>How an indicator's target is to be met (DOMAIN.md §3).</summary>
public enum Comparator
{
    GreaterOrEqual,
    Greater,
    Equal,
    Less,
    LessOrEqual,
    Approximately,
    Qualitative,
}

/// <summary>Direction and exchange spelling of comparators.</summary>
public static class ComparatorExtensions
{
    /// <summary>The spelling used in the exchange format (EXCHANGE.md).</summary>
    public static string ToExchange(this Comparator c) => c switch
    {
        Comparator.GreaterOrEqual => ">=",
        Comparator.Greater => ">",
        Comparator.Equal => "=",
        Comparator.Less => "<",
        Comparator.LessOrEqual => "<=",
        Comparator.Approximately => "≈",
        _ => "qualitative",
    };

    public static Comparator? FromExchange(string? s) => s switch
    {
        ">=" => Comparator.GreaterOrEqual,
        ">" => Comparator.Greater,
        "=" => Comparator.Equal,
        "<" => Comparator.Less,
        "<=" => Comparator.LessOrEqual,
        "≈" => Comparator.Approximately,
        "qualitative" => Comparator.Qualitative,
        _ => null,
    };

    /// <summary>The symbol a person writes in a table.</summary>
    public static string ToSymbol(this Comparator c) => c switch
    {
        Comparator.GreaterOrEqual => "≥",
        Comparator.Greater => ">",
        Comparator.Equal => "=",
        Comparator.Less => "<",
        Comparator.LessOrEqual => "≤",
        Comparator.Approximately => "≈",
        _ => "定性",
    };

    public static bool IsPositive(this Comparator c) => c is Comparator.GreaterOrEqual or Comparator.Greater;

    public static bool IsNegative(this Comparator c) => c is Comparator.LessOrEqual or Comparator.Less;
}
