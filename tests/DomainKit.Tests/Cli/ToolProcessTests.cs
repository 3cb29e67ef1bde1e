using System.Diagnostics;
using System.Text;
using DomainKit.Cli;

namespace DomainKit.Tests.Cli;

public sealed class ToolProcessTests
{
    private static async Task<CliRun> RunTool(params string[] args)
    {
        // The tool's assembly is copied beside the tests' with its runtime configuration, so dotnet can start it.
        var tool = Path.Combine(AppContext.BaseDirectory, "DomainKit.Cli.dll");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(tool);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return new CliRun(process.ExitCode, await stdout, await stderr);
    }

    [Fact]
    public async Task The_built_tool_runs_as_a_process_and_prints_its_help()
    {
        var run = await RunTool("--help");

        Assert.True(run.Code == ExitCodes.Success, run.ToString());
        Assert.Contains("domainkit [command] [options]", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_built_tool_exits_2_on_a_wrong_command_line_and_writes_UTF8()
    {
        var run = await RunTool("validate", "không-có.json");

        Assert.True(run.Code == ExitCodes.UsageOrUnreadable, run.ToString());
        Assert.Contains("Không tìm thấy tệp hoặc thư mục đầu vào: không-có.json", run.Error, StringComparison.Ordinal);
    }
}
