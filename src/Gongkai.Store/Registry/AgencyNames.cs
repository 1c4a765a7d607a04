using System.Text;

namespace Gongkai.Store.Registry;

/// <summary>Normalises agency names so that the same body printed two ways gets one key.</summary>
/// <remarks>
/// The key drops what varies without changing the body: full-width forms (NFKC), spaces, punctuation and
/// brackets, and 人民政府 → 政府 (西湖区人民政府 and 西湖区政府 are the same government). It keeps everything
/// else: 高新区 and 高新技术产业开发区 get different keys, and only <see cref="Abbreviate"/> relates them — a
/// weaker match that <see cref="UnitMatcher"/> accepts only when it points at one unit.
/// </remarks>
public static class AgencyNames
{
    // Long form → the short form portals print; applied longest first.
    private static readonly (string Long, string Short)[] Abbreviations =
    [
        ("高新技术产业开发区", "高新区"),
        ("经济技术开发区", "经开区"),
        ("经济开发区", "经开区"),
        ("管理委员会", "管委会"),
        ("办事处", ""),
        ("委员会", "委"),
    ];

    /// <summary>The matching key of <paramref name="name"/>.</summary>
    public static string Key(string? name)
    {
        var text = (name ?? "").Normalize(NormalizationForm.FormKC);
        var key = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                key.Append(c);
            }
        }

        return key.Replace("人民政府", "政府").ToString();
    }

    /// <summary>The key with official long forms shortened (高新技术产业开发区 → 高新区, 管理委员会 → 管委会).</summary>
    public static string Abbreviate(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var text = new StringBuilder(key);
        foreach (var (longForm, shortForm) in Abbreviations)
        {
            text.Replace(longForm, shortForm);
        }

        return text.ToString();
    }
}
