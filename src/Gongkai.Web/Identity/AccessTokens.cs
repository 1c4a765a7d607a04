using System.Security.Cryptography;
using System.Text;

namespace Gongkai.Web.Identity;

/// <summary>Making and recognising personal access tokens: 256 random bits, kept in the store only as their SHA-256.</summary>
internal static class AccessTokens
{
    /// <summary>What every token starts with, so that a leaked one is recognisable (e.g. by a secret scanner).</summary>
    public const string Marker = "gk_";

    /// <summary>How many characters of a token its owner sees in the list.</summary>
    public const int PrefixLength = 10;

    /// <summary>A new token (shown to its owner once) with the hash and prefix to store.</summary>
    public static (string Token, string Hash, string Prefix) New()
    {
        var token = Marker + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        return (token, Hash(token), token[..PrefixLength]);
    }

    /// <summary>The stored form of <paramref name="token"/>.</summary>
    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
