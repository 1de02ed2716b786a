namespace Jixiao.Scoring;

/// <summary>Codes of self-evaluation (JX6xx), monitoring (JX7xx) and entry-file (JX8xx) findings; see docs/scoring.md.</summary>
public static class ScoringCodes
{
    public const string ActualMissing = "JX601";
    public const string ActualNotReadable = "JX602";
    public const string CauseMissing = "JX603";
    public const string TargetTooLow = "JX604";
    public const string WeightsRescaled = "JX605";
    public const string WeightMissing = "JX606";
    public const string SpentMissing = "JX607";
    public const string PublishedScoreDiffers = "JX608";
    public const string PublishedTotalDiffers = "JX609";
    public const string ScoreOutsideBand = "JX610";
    public const string UnitMismatch = "JX611";
    public const string PublishedExecutionDiffers = "JX612";
    public const string QualitativeNotScored = "JX613";
    public const string FundsMissing = "JX614";

    public const string NoCauseOrMeasure = "JX701";
    public const string LikelihoodMissing = "JX702";
    public const string ProgressMissing = "JX703";

    public const string UnknownTable = "JX801";
    public const string UnknownIndicator = "JX802";
    public const string MalformedRow = "JX803";
    public const string MissingColumn = "JX804";
    public const string DuplicateEntry = "JX805";
}
