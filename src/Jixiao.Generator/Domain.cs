namespace Jixiao.Generator;

/// <summary>One line of government work: the department, its units and projects, whom it serves, and indicators that fit it.</summary>
internal sealed record Domain(
    string Department,
    string[] Units,
    string[] Projects,
    string[] Beneficiaries,
    IndicatorTemplate[] Quantities,
    IndicatorTemplate[] Qualities,
    IndicatorTemplate[] Effects);
