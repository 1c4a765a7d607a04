using Gongkai.Core.Cases;
using Gongkai.Core.Cases.Clock;
using F = Gongkai.Application.Cases.Registers.RegisterField;

namespace Gongkai.Application.Cases.Registers;

/// <summary>
/// Reads one register row as a <see cref="RequestCase"/>: the application's fields, then its steps applied in date order
/// through <see cref="CaseWorkflow.Apply"/>, so an impossible history is the row's error in the workflow's own words.
/// </summary>
public static class RegisterRowReader
{
    /// <summary>The list separator of cells holding several values (附件, the consultation columns).</summary>
    public static readonly char[] ListSeparators = ['；', ';'];

    /// <summary>Reads sheet row <paramref name="row"/> of unit <paramref name="unitId"/>; steps are by 经办人, or <paramref name="defaultBy"/> when it is blank.</summary>
    public static RegisterRow Read(int row, string[] cells, RegisterHeaderMap map, string unitId, string defaultBy, ClockSettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(cells);
        ArgumentNullException.ThrowIfNull(map);
        var cell = new RegisterCells(row, cells, map);
        var errors = cell.Errors;
        foreach (var (field, index) in map.Columns)
        {
            if (index < cells.Length && cells[index].Length > RegisterLimits.MaxCellChars)
            {
                errors.Add($"第 {row} 行「{RegisterColumns.Header(field)}」：超过 {RegisterLimits.MaxCellChars} 字的上限。");
            }
        }

        if (errors.Count > 0)
        {
            return new RegisterRow(row, null, errors);
        }

        var number = cell.Required(F.Number);
        var arrived = cell.RequiredDate(F.Arrived);
        var confirmed = cell.Date(F.Confirmed);
        var kind = cell.Choice(F.ApplicantKind, RegisterValues.Kind, RegisterValues.KindLabels, required: true);
        var name = cell.Required(F.ApplicantName);
        var channel = cell.Choice(F.Channel, RegisterValues.Channel, RegisterValues.ChannelLabels, required: true);
        var content = cell.Required(F.Content);
        var assignee = cell.Text(F.Assignee);
        if (errors.Count > 0 || arrived is null || kind is null || channel is null)
        {
            return new RegisterRow(row, null, errors);
        }

        var receipt = ReceiptRules.ReceiptDate(channel.Value, arrived.Value, confirmed);
        if (!receipt.IsValid)
        {
            return new RegisterRow(row, null, [$"第 {row} 行「{RegisterColumns.Header(F.Confirmed)}」：{receipt.Error}"]);
        }

        var c = new RequestCase
        {
            Id = "",
            UnitId = unitId,
            Number = number,
            Applicant = new Applicant(kind.Value, name, cell.Text(F.IdDocument), cell.Text(F.Contact), cell.Text(F.Address)),
            Channel = channel.Value,
            Arrived = arrived.Value,
            Confirmed = confirmed,
            Received = receipt.Date!.Value,
            Content = content,
            ProvisionForm = cell.Text(F.ProvisionForm),
            Attachments = [.. cell.List(F.Attachments).Where(a => a.Length > 0)],
            Assignee = assignee,
        };
        var steps = RegisterSteps.Read(cell, assignee ?? defaultBy);
        if (errors.Count > 0)
        {
            return new RegisterRow(row, null, errors);
        }

        foreach (var step in steps)
        {
            try
            {
                c = CaseWorkflow.Apply(c, step, settings);
            }
            catch (CaseStepException ex)
            {
                return new RegisterRow(row, null, [.. ex.Reasons.Select(r => $"第 {row} 行（{RegisterSteps.Describe(step)}）：{r}")]);
            }
        }

        return new RegisterRow(row, c, []);
    }
}
