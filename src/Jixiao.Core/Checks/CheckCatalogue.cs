using Jixiao.Checks.Classification;
using Jixiao.Checks.Completeness;
using Jixiao.Checks.Funds;
using Jixiao.Checks.Values;
using Jixiao.Checks.Weights;

namespace Jixiao.Checks;

/// <summary>The registry of every review check. A code is registered once and never reused.</summary>
public static class CheckCatalogue
{
    public static IReadOnlyList<Check> All { get; } =
    [
        new MissingProjectName(),
        new MissingYear(),
        new MissingAnnualFunds(),
        new MissingGoal(),
        new NoIndicators(),
        new RequiredCategoryMissing(),
        new IndicatorWithoutValue(),
        new ValueWithoutName(),
        new TemplatePlaceholder(),
        new DuplicateIndicator(),
        new ComparatorMissing(),
        new ComparatorNotAllowed(),
        new RateAbove100(),
        new RateNotInPercent(),
        new QualitativeOnQuantity(),
        new DirectionContradictsName(),
        new VagueGoal(),
        new FundSplitMismatch(),
        new DepartmentTotalMismatch(),
        new ProjectsVersusDepartment(),
        new ZeroFundsWithIndicators(),
        new CostExceedsFunds(),
        new SpendingPlanInvalid(),
        new MidTermBelowAnnual(),
        new WeightsPartial(),
        new WeightsSumWrong(),
        new Level1SharesOffGuidance(),
        new MisfiledIndicator(),
        new Level2NotUnderLevel1(),
    ];
}
