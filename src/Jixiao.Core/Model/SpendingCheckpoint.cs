namespace Jixiao.Model;

/// <summary>One column of a 资金支出计划: the share of the annual funds planned to be spent by a checkpoint.</summary>
public sealed record SpendingCheckpoint(string Checkpoint, decimal? CumulativePercent);
