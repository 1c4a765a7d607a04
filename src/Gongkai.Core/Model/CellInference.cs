namespace Gongkai.Core.Model;

/// <summary>
/// How a cell's value was obtained when it was not read from one printed cell at its own position: the layout lost
/// it (a repeated value printed once, digits glued together, a row of zeros collapsed to one <c>0</c>) and a rule of
/// the template fixed it, or several readings were equally possible and the cell was left blank.
/// </summary>
/// <remarks>
/// A printed number is never changed: an inferred value is always one of the file's own numbers (repeated, or a
/// part of a glued run), chosen because exactly one reading satisfies the template's equations. An inferred cell is
/// never presented as read (issue #14, "Provenance and honesty").
/// </remarks>
/// <param name="Rule">A stable identifier of the layout repair, e.g. <c>repeats-dropped</c> or <c>glued-digits</c>.</param>
/// <param name="Reason">In Chinese, what fixed the value: the layout rule and the equations (which sum, which narrative figure).</param>
public sealed record CellInference(string Rule, string Reason)
{
    /// <summary>
    /// For a cell left blank because several readings satisfy every equation: the values it could hold, in the order
    /// of the readings; empty for an inferred value.
    /// </summary>
    public IReadOnlyList<decimal> Candidates { get; init; } = [];

    /// <summary>Whether the cell was left blank between several candidates rather than inferred.</summary>
    public bool IsAmbiguous => Candidates.Count > 0;
}
