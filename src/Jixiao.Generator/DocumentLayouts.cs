namespace Jixiao.Generator;

/// <summary>Names of layouts on the command line.</summary>
public static class DocumentLayouts
{
    public static readonly IReadOnlyList<DocumentLayout> All = Enum.GetValues<DocumentLayout>();

    public static string Name(this DocumentLayout l) => l switch
    {
        DocumentLayout.Tabs => "tabs",
        DocumentLayout.Cells => "cells",
        DocumentLayout.Pipes => "pipes",
        DocumentLayout.Spaces => "spaces",
        _ => "selfeval",
    };

    public static DocumentLayout? Parse(string s) => s.Trim().ToLowerInvariant() switch
    {
        "tabs" or "tab" => DocumentLayout.Tabs,
        "cells" or "cell" => DocumentLayout.Cells,
        "pipes" or "pipe" => DocumentLayout.Pipes,
        "spaces" or "space" => DocumentLayout.Spaces,
        "selfeval" or "self-evaluation" or "selfevaluation" => DocumentLayout.SelfEvaluation,
        _ => null,
    };
}
