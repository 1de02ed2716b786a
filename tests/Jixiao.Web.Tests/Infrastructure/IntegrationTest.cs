namespace Jixiao.Web.Tests.Infrastructure;

/// <summary>
/// The base of every integration test class: the suite is written once against <see cref="JixiaoFactory"/> and bound
/// to SQLite and to PostgreSQL by two small subclasses. When the database is unavailable every test of the class is
/// skipped, with the reason shown in the test output.
/// </summary>
public abstract class IntegrationTest
{
    protected IntegrationTest(JixiaoFactory factory)
    {
        Skip.If(factory.SkipReason is not null, factory.SkipReason);
        Factory = factory;
    }

    protected JixiaoFactory Factory { get; }
}
