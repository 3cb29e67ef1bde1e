using System.CommandLine;
using DomainKit.Interchange;
using DomainKit.Text;

namespace DomainKit.Cli;

/// <summary>The options several commands share, made anew for each command, and how their actions end.</summary>
internal static class CommonOptions
{
    public static Option<string> Culture(string defaultValue, string description)
    {
        var option = new Option<string>("--culture")
        {
            Description = description,
            DefaultValueFactory = _ => defaultValue,
            HelpName = "vi|en",
        };
        option.AcceptOnlyFromAmong("vi", "en");
        return option;
    }

    public static Option<string> Culture() => Culture("vi", "The language of the text printed: vi (Vietnamese, the default) or en (English).");

    public static Option<bool> Quiet() => new("--quiet", "-q") { Description = "Shows no progress on the error stream." };

    public static TextCulture CultureOf(string? code) => code == "en" ? TextCulture.English : TextCulture.Vietnamese;

    /// <summary>The CSV bundle a culture asks for: the plain bundle in English, the spreadsheet bundle in Vietnamese.</summary>
    public static CsvOptions BundleOf(string? code) => code == "vi" ? CsvOptions.Spreadsheet : CsvOptions.Default;

    /// <summary>Runs <paramref name="action"/> so that a command that cannot run as given ends with exit code 2 and a message rather than a stack trace.</summary>
    public static void SetGuardedAction(this Command command, CliContext context, Func<ParseResult, CancellationToken, Task<int>> action)
        => command.SetAction(async (result, cancellationToken) =>
        {
            try
            {
                return await action(result, cancellationToken).ConfigureAwait(false);
            }
            catch (UsageException e)
            {
                await context.Error.WriteLineAsync(e.Message.AsMemory(), CancellationToken.None).ConfigureAwait(false);
                return ExitCodes.UsageOrUnreadable;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                await context.Error.WriteLineAsync(e.Message.AsMemory(), CancellationToken.None).ConfigureAwait(false);
                return ExitCodes.UsageOrUnreadable;
            }
        });
}
