namespace Jixiao.Generator;

/// <summary>A table of a generated document: the name an entry sheet uses for it, its indicator count, and its planted mistake if any.</summary>
public sealed record GeneratedTable(string Name, int Indicators, PlantedMistake? Mistake);
