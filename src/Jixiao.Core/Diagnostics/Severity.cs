namespace Jixiao.Diagnostics;

/// <summary>How serious a finding is.</summary>
public enum Severity
{
    Info,
    Warning,
    Error,
}
