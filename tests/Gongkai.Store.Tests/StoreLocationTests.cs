using Gongkai.Store.Database;

namespace Gongkai.Store.Tests;

public sealed class StoreLocationTests
{
    [Theory]
    [InlineData("", "--db 的值为空")]
    [InlineData("   ", "--db 的值为空")]
    [InlineData("garbage://x", "--db 的值“garbage://x”无法使用：不支持“garbage://”")]
    [InlineData("sqlite:///tmp/a.db", "不支持“sqlite://”")]
    public void An_empty_or_unknown_db_option_is_refused_not_replaced_by_the_default(string option, string message)
    {
        var refused = Assert.Throws<ArgumentException>(() => StoreLocation.Resolve(option, "/tmp/from-environment.db"));

        Assert.Contains(message, refused.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Parameter", refused.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "环境变量 GONGKAI_DB 的值为空")]
    [InlineData("garbage://y", "环境变量 GONGKAI_DB 的值“garbage://y”无法使用")]
    public void An_empty_or_unknown_environment_variable_is_refused(string environment, string message)
    {
        var refused = Assert.Throws<ArgumentException>(() => StoreLocation.Resolve(null, environment));

        Assert.Contains(message, refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_password_in_a_refused_value_is_not_printed()
    {
        var refused = Assert.Throws<ArgumentException>(() => StoreLocation.Resolve("postgresql://u:secret@localhost/db?bogus=1"));

        Assert.DoesNotContain("secret", refused.Message, StringComparison.Ordinal);
        Assert.Contains("“bogus”", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_option_comes_before_the_environment_and_both_before_the_default()
    {
        Assert.EndsWith("option.db", StoreLocation.Resolve("/tmp/option.db", "/tmp/environment.db").Display, StringComparison.Ordinal);
        Assert.EndsWith("environment.db", StoreLocation.Resolve(null, "/tmp/environment.db").Display, StringComparison.Ordinal);
        Assert.Equal(StoreEngine.Postgres, StoreLocation.Resolve(null, "Host=localhost;Database=gongkai").Engine);
    }
}
