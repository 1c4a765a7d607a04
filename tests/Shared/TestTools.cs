namespace Gongkai.Testing;

/// <summary>
/// Whether the external tools some tests use (LibreOffice Writer and Calc, poppler, PostgreSQL) must be present.
/// The README's test command (<c>./run-tests</c>, which <c>.ci/run</c> calls) installs them and sets
/// <c>GONGKAI_TEST_TOOLS_REQUIRED=1</c>, so a failed install fails the tests instead of skipping them; a plain
/// <c>dotnet test</c> on a machine without them skips those tests with the reason.
/// </summary>
internal static class TestTools
{
    public static bool Required { get; } =
        Environment.GetEnvironmentVariable("GONGKAI_TEST_TOOLS_REQUIRED") == "1" ||
        string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
}
