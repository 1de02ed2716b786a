namespace Jixiao.Generator;

/// <summary>How one document writes its tables: which optional columns it has, and which words it uses.</summary>
internal sealed record DocumentStyle(
    DocumentLayout Layout,
    bool NatureColumn,
    bool UnitColumn,
    bool Wu,
    bool Weighted,
    bool WithPlan,
    bool WithManager,
    int TitleVariant);
