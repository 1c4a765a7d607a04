using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Gongkai.Web.Tests.Identity;

/// <summary>
/// Personal access tokens: created on 访问令牌 (shown once, stored hashed), accepted as <c>Authorization: Bearer</c>
/// on /api/v1 with the owner's scope, refused once revoked, never accepted on the pages.
/// </summary>
[Collection(WebCollection.Name)]
public sealed partial class AccessTokenHandlerTests(WebAppFixture app)
{
    private const string UnitUser = "tangchuan-zj";

    [Fact]
    public async Task A_unit_users_token_reads_its_own_unit_and_not_another()
    {
        var token = await NewToken(UnitUser, "对接程序");
        using var client = app.Bearer(token);

        var list = JsonDocument.Parse(await client.GetStringAsync("/api/v1/reports")).RootElement;
        var own = await client.GetAsync($"/api/v1/reports/{app.ReportOf("QH-TC-ZJ")}");
        var other = await client.GetAsync($"/api/v1/reports/{app.ReportOf("QH-LT-NY")}");
        var otherOriginal = await client.GetAsync($"/api/v1/reports/{app.ReportOf("QH-LT-NY")}/original");
        var otherVersions = await client.GetAsync($"/api/v1/reports/{app.ReportOf("QH-LT-NY")}/versions");

        Assert.Equal(1, list.GetProperty("total").GetInt32());
        Assert.Equal("QH-TC-ZJ", list.GetProperty("items")[0].GetProperty("unitCode").GetString());
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, otherOriginal.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, otherVersions.StatusCode);
    }

    [Fact]
    public async Task An_administrators_token_reads_every_report()
    {
        using var client = app.Bearer(await NewToken("admin", "全量同步"));

        var list = JsonDocument.Parse(await client.GetStringAsync("/api/v1/reports")).RootElement;

        using var store = app.OpenStore();
        Assert.Equal(store.Reports().Count, list.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Keeps_only_the_hash_of_a_token()
    {
        var token = await NewToken(UnitUser, "核对哈希");

        var hashes = StoredTokens();
        Assert.Contains(hashes, h => h.Hash == Gongkai.Web.Identity.AccessTokens.Hash(token) && token.StartsWith(h.Prefix, StringComparison.Ordinal));
        Assert.DoesNotContain(hashes, h => h.Hash.Contains(token, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Refuses_a_revoked_token_with_a_chinese_problem()
    {
        using var owner = await app.SignedIn(UnitUser);
        var token = await NewToken(owner, "将被撤销");
        using var client = app.Bearer(token);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/reports")).StatusCode);
        var id = TokenId().Matches(await owner.GetStringAsync("/account/tokens")).Select(m => m.Groups[1].Value).First();

        var revoke = await WebForms.Post(owner, "/account/tokens", "/account/tokens?handler=Revoke", new Dictionary<string, string> { ["id"] = $"{id}" });
        var after = await client.GetAsync("/api/v1/reports");

        Assert.Equal(HttpStatusCode.Redirect, revoke.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
        var problem = JsonDocument.Parse(await after.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("需要登录", problem.GetProperty("title").GetString());
        Assert.Equal("访问令牌无效、已撤销或已过期。", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Refuses_a_made_up_token_even_for_the_public_list()
    {
        using var client = app.Bearer("gk_" + new string('A', 43));

        var response = await client.GetAsync("/api/v1/reports");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task A_user_cannot_revoke_another_users_token()
    {
        var token = await NewToken(UnitUser, "他人的令牌");
        var id = StoredTokens().Single(t => t.Hash == Gongkai.Web.Identity.AccessTokens.Hash(token)).Id;
        using var other = await app.SignedIn("luting");

        var revoke = await WebForms.Post(other, "/account/tokens", "/account/tokens?handler=Revoke", new Dictionary<string, string> { ["id"] = $"{id}" });

        Assert.Equal(HttpStatusCode.NotFound, revoke.StatusCode);
        using var client = app.Bearer(token);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/reports")).StatusCode);
    }

    [Fact]
    public async Task A_token_does_not_sign_in_to_the_pages()
    {
        using var client = app.Bearer(await NewToken(UnitUser, "只用于接口"));

        var response = await client.GetAsync("/reports");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/login", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_token_client_uploads_without_an_antiforgery_token_which_only_a_browser_session_needs()
    {
        using var client = app.Bearer(await NewToken(UnitUser, "批量上传"));
        // Not a report, so nothing is stored and the other tests' counts stay as they are; the answer is per file.
        using var form = new MultipartFormDataContent { { new ByteArrayContent("不是年报"u8.ToArray()), "files", "说明.txt" } };

        var response = await client.PostAsync("/api/v1/reports", form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = Assert.Single(JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.EnumerateArray());
        Assert.Equal("Unreadable", result.GetProperty("outcome").GetString());
    }

    private async Task<string> NewToken(string user, string name)
    {
        using var client = await app.SignedIn(user);
        return await NewToken(client, name);
    }

    private static Task<string> NewToken(HttpClient client, string name) => WebForms.NewAccessToken(client, name);

    // The table as stored, read past the application (what someone with a copy of the database would see).
    private List<(long Id, string Hash, string Prefix)> StoredTokens()
    {
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={app.StorePath};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, token_hash, prefix FROM access_tokens";
        using var reader = command.ExecuteReader();
        var rows = new List<(long, string, string)>();
        while (reader.Read())
        {
            rows.Add((reader.GetInt64(0), reader.GetString(1), reader.GetString(2)));
        }

        return rows;
    }

    [GeneratedRegex("name=\"id\" value=\"(\\d+)\"")]
    private static partial Regex TokenId();
}
