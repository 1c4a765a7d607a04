namespace Gongkai.Web.Tests.Hosting;

/// <summary>A test that runs the deployment scripts, which need the <c>sqlite3</c> tool: skipped without it, unless CI requires the tools.</summary>
public sealed class Sqlite3FactAttribute : FactAttribute
{
    public Sqlite3FactAttribute()
    {
        if (!IsInstalled && !Testing.TestTools.Required)
        {
            Skip = "未安装 sqlite3（./run-tests 会安装）：跳过备份与恢复脚本的测试。";
        }
    }

    public static bool IsInstalled =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Any(d => File.Exists(Path.Combine(d, "sqlite3")));
}
