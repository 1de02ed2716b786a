namespace Jixiao.Tests.Reading;

/// <summary>Timing tests run alone, after the others, so that parallel tests do not disturb their clocks.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public class TimingCollection
{
    public const string Name = "timing";
}
