namespace Gongkai.Application.Cases.Reminders;

/// <summary>What happened to one unit's reminder e-mail.</summary>
/// <param name="UnitId">The unit.</param>
/// <param name="To">Its reminder address, when it has one.</param>
/// <param name="Cases">How many cases the mail lists.</param>
/// <param name="Sent">Whether the server accepted it.</param>
/// <param name="Note">Why it was not sent (no address, sent today already, the server's refusal), in Chinese.</param>
public sealed record SentReminder(string UnitId, string? To, int Cases, bool Sent, string? Note);
