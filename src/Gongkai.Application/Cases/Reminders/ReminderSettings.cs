namespace Gongkai.Application.Cases.Reminders;

/// <summary>The reminders' defaults.</summary>
public static class ReminderSettings
{
    /// <summary>Cases due within this many working days are listed (besides the overdue ones) unless another number is asked for.</summary>
    public const int DefaultDays = 5;

    /// <summary>The audit log action recording a sent reminder e-mail (resource: the unit; detail: the day, address and numbers).</summary>
    public const string SentAction = "cases.reminder.sent";
}
