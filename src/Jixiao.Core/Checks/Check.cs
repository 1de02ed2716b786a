using Jixiao.Diagnostics;

namespace Jixiao.Checks;

/// <summary>
/// One review check: a stable code (JX + three digits, by area: 1xx completeness, 2xx values, 3xx funds and plan,
/// 4xx weights, 5xx classification), a one-line title, a default severity, and a rule over the model only.
/// Each check has its page docs/checks/JXnnn.md.
/// </summary>
public abstract class Check
{
    public abstract string Code { get; }

    /// <summary>What the check finds, one line in Chinese.</summary>
    public abstract string Title { get; }

    public abstract Severity Severity { get; }

    public abstract IEnumerable<Diagnostic> Run(CheckContext context);

    protected Diagnostic Finding(string message, int? line = null, int? indicator = null, string? field = null) =>
        new(Code, Severity, message, line, indicator, field);

    protected Diagnostic AtIndicator(CheckContext context, int index, string message, string field = "value") =>
        new(Code, Severity, message, context.Table.Indicators[index].Line, index, field);
}
