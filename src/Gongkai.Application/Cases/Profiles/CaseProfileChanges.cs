namespace Gongkai.Application.Cases.Profiles;

/// <summary>Changes to a unit's case profile: <see langword="null"/> keeps a value, an empty text clears it.</summary>
public sealed record CaseProfileChanges
{
    /// <summary>机关名称 for letters (cleared: the registry's name).</summary>
    public string? AgencyName { get; init; }

    /// <summary>复议机关.</summary>
    public string? ReconsiderationBody { get; init; }

    /// <summary>管辖法院.</summary>
    public string? Court { get; init; }

    /// <summary>联系电话.</summary>
    public string? Telephone { get; init; }

    /// <summary>The office's address.</summary>
    public string? Address { get; init; }

    /// <summary>The default handler.</summary>
    public string? Handler { get; init; }

    /// <summary>Where reminders go.</summary>
    public string? ReminderEmail { get; init; }
}
