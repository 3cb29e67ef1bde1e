using System.Collections;
using System.Diagnostics;
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
internal static class ChildProcess
{
    public static readonly TimeSpan DefaultLimit = TimeSpan.FromMinutes(5);

    public static async Task<ChildRun> RunAsync(
        string fileName, IEnumerable<string> arguments, string workingDirectory, IReadOnlyDictionary<string, string> environment, TimeSpan? limit = null)
    {
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
        using var timeout = new CancellationTokenSource(limit ?? DefaultLimit);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"Stopped after {limit ?? DefaultLimit}: {new ChildRun(command, -1, Text(output), Text(error))}");
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
