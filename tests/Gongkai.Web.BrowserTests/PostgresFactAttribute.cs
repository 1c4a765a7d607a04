using Gongkai.Testing;

namespace Gongkai.Web.BrowserTests;

/// <summary>
/// A test that needs the tests' PostgreSQL server (<see cref="TestDatabase"/>): skipped with the reason without
/// <c>GONGKAI_TEST_PG</c>, unless <c>GONGKAI_TEST_PG_REQUIRED=1</c> (set by <c>./run-tests</c>, which CI runs), when it runs and fails.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PostgresFactAttribute : FactAttribute
{
    /// <inheritdoc />
    public override string? Skip
    {
        get => base.Skip ?? (TestDatabase.AdminConnectionString is not null || TestDatabase.Required ? null : "GONGKAI_TEST_PG is not set (./run-tests starts PostgreSQL on loopback and sets it)");
        set => base.Skip = value;
    }
}
