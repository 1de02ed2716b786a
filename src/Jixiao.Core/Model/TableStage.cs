namespace Jixiao.Model;

/// <summary>Where in the budget cycle a table stands: declared targets, mid-year monitoring, or self-evaluation.</summary>
public enum TableStage
{
    Target,
    Monitoring,
    SelfEvaluation,
}
