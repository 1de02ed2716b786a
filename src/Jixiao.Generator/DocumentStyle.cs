namespace Jixiao.Generator;

/// <summary>How one document writes its tables: which optional columns it has, and which words it uses (Wu: 无 rather than 定性 for a qualitative value).</summary>
internal sealed record DocumentStyle(
    DocumentLayout Layout,
    bool NatureColumn,
    bool UnitColumn,
    bool Wu,
    bool RepeatLevel2,
    bool Weighted,
    bool WithPlan,
    bool WithManager,
    int TitleVariant);
