using System.Collections;
using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace DomainKit.Tests.Packaging;

/// <summary>What a child process printed and how it ended.</summary>
public sealed record ChildRun(string Command, int ExitCode, string Out, string Error)
{
    public override string ToString() => $"{Command}\nexit code {ExitCode}\n--- stdout\n{Out}\n--- stderr\n{Error}";
}

/// <summary>
/// Runs the .NET SDK and the programs it builds as a user would from a shell: in an environment cleared of what the
/// test host inherited from <c>dotnet test</c> (MSBuild's own variables would point a nested build at the outer
/// one), without build servers that outlive the command and would keep its output open, and with a time limit.
/// </summary>
/// <remarks>
/// The limit is 5 minutes a command unless <see cref="LimitVariable"/> names another number of minutes: a pack or a
/// first restore on a busy two-core machine can take longer, and a limit that is too short fails every packaging
/// test for the machine's sake, not the code's.
/// </remarks>
internal static class ChildProcess
{
    /// <summary>The environment variable that sets the limit of each command, in minutes (for example 15 or 2.5).</summary>
    public const string LimitVariable = "DOMAINKIT_PACKAGING_TIMEOUT";

    private static readonly TimeSpan UsualLimit = TimeSpan.FromMinutes(5);

    /// <summary>The limit of a command: 5 minutes, or what <see cref="LimitVariable"/> says.</summary>
    /// <exception cref="InvalidOperationException">The variable is set to something other than a positive number of minutes.</exception>
    public static TimeSpan DefaultLimit => LimitFrom(Environment.GetEnvironmentVariable(LimitVariable));

    /// <summary>The limit that a value of <see cref="LimitVariable"/> sets; unset or blank is 5 minutes.</summary>
    public static TimeSpan LimitFrom(string? minutes)
    {
        if (string.IsNullOrWhiteSpace(minutes))
        {
            return UsualLimit;
        }
        // Up to a day: a cancellation timer takes no more than about 24 days, and no command here needs an hour.
        if (double.TryParse(minutes, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value > 0 && value <= 24 * 60)
        {
            return TimeSpan.FromMinutes(value);
        }
        throw new InvalidOperationException($"{LimitVariable} must be a number of minutes above 0 and up to a day (1440), such as 15 or 2.5, not '{minutes}'.");
    }

    public static async Task<ChildRun> RunAsync(
        string fileName, IEnumerable<string> arguments, string workingDirectory, IReadOnlyDictionary<string, string> environment, TimeSpan? limit = null)
    {
        var allowed = limit ?? DefaultLimit;
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        foreach (DictionaryEntry variable in Environment.GetEnvironmentVariables())
        {
            var name = (string)variable.Key;
            if (name.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase) || name.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase)
                || name.StartsWith("NUGET_", StringComparison.OrdinalIgnoreCase)
                || (name.StartsWith("DOTNET_", StringComparison.OrdinalIgnoreCase) && !name.Equals("DOTNET_ROOT", StringComparison.OrdinalIgnoreCase)))
            {
                start.Environment.Remove(name);
            }
        }
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        start.Environment["DOTNET_CLI_UI_LANGUAGE"] = "en";
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
        start.Environment["UseSharedCompilation"] = "false";
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        var command = $"{fileName} {string.Join(' ', arguments)} (in {workingDirectory})";
        var output = new StringBuilder();
        var error = new StringBuilder();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(error, e.Data);
        process.Start();
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var timeout = new CancellationTokenSource(allowed);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException(
                $"Stopped after {allowed} (set {LimitVariable} to a number of minutes to allow more): {new ChildRun(command, -1, Text(output), Text(error))}");
        }
        return new ChildRun(command, process.ExitCode, Text(output), Text(error));
    }

    private static void Append(StringBuilder text, string? line)
    {
        if (line is null)
        {
            return;
        }
        lock (text)
        {
            text.Append(line).Append('\n');
        }
    }

    private static string Text(StringBuilder text)
    {
        lock (text)
        {
            return text.ToString();
        }
    }
}
