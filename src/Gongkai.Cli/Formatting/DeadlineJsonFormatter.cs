using System.Text.Encodings.Web;
using System.Text.Json;
using Gongkai.Application.Cases.Deadlines;
using Gongkai.Core.Cases.Clock;

namespace Gongkai.Cli.Formatting;

/// <summary>
/// <c>gongkai deadline --json</c>: one object — received, due, extensionWorkingDays, counted, skipped (date, reason),
/// pauses (from, to, reason), warnings — dates as <c>YYYY-MM-DD</c>, Chinese unescaped.
/// </summary>
internal static class DeadlineJsonFormatter
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Write(TextWriter output, DeadlineExplanation explanation)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Options))
        {
            json.WriteStartObject();
            json.WriteString("received", DeadlineInput.Format(explanation.Received));
            json.WriteString("due", DeadlineInput.Format(explanation.Due));
            json.WriteNumber("extensionWorkingDays", explanation.ExtensionWorkingDays);
            json.WriteStartArray("counted");
            foreach (var day in explanation.Counted)
            {
                json.WriteStringValue(DeadlineInput.Format(day));
            }

            json.WriteEndArray();
            json.WriteStartArray("skipped");
            foreach (var day in explanation.Skipped)
            {
                json.WriteStartObject();
                json.WriteString("date", DeadlineInput.Format(day.Date));
                json.WriteString("reason", day.Reason);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("pauses");
            foreach (var pause in explanation.Pauses)
            {
                json.WriteStartObject();
                json.WriteString("from", DeadlineInput.Format(pause.From));
                json.WriteString("to", DeadlineInput.Format(pause.To));
                json.WriteString("reason", pause.Reason);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("warnings");
            foreach (var warning in explanation.Warnings)
            {
                json.WriteStringValue(warning);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }
}
