namespace Gongkai.Core.Cases;

/// <summary>Who applied (条例 art. 29(一): name, identity document, contact).</summary>
/// <param name="Kind">The applicant's kind, i.e. its column of table 三.</param>
/// <param name="Name">The person's or organisation's name.</param>
/// <param name="IdDocument">The identity document (or the organisation's code), when given.</param>
/// <param name="Contact">Telephone or e-mail.</param>
/// <param name="Address">The postal address.</param>
public sealed record Applicant(ApplicantKind Kind, string Name, string? IdDocument, string? Contact, string? Address);
