using System.CommandLine;
using System.CommandLine.Invocation;
using System.Globalization;
using DomainKit.Cli.Commands;
using DomainKit.Export;
using Microsoft.Extensions.DependencyInjection;

namespace DomainKit.Cli;

/// <summary>
/// The <c>domainkit</c> command: <c>validate</c>, <c>report</c>, <c>export</c>, <c>convert</c> and
/// <c>generate</c>, run in-process with the output streams given, so that it can be tested and embedded.
/// </summary>
public static class CliApplication
{
    /// <summary>Runs the command line <paramref name="args"/> without a progress display.</summary>
    /// <returns>The exit code: <see cref="ExitCodes.Success"/>, <see cref="ExitCodes.Findings"/>, <see cref="ExitCodes.UsageOrUnreadable"/> or <see cref="ExitCodes.Cancelled"/>.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken = default)
        => RunAsync(args, stdout, stderr, showProgress: false, cancellationToken);

    /// <summary>
    /// Runs the command line <paramref name="args"/>: results to <paramref name="stdout"/>, messages and, when
    /// <paramref name="showProgress"/>, a progress line to <paramref name="stderr"/>.
    /// </summary>
    /// <returns>The exit code: <see cref="ExitCodes.Success"/>, <see cref="ExitCodes.Findings"/>, <see cref="ExitCodes.UsageOrUnreadable"/> or <see cref="ExitCodes.Cancelled"/>.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, bool showProgress, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);

        // The parser's own words (help headings, errors) follow the UI culture; fix them so that no output
        // depends on the machine. Set here, the change stays within this call's asynchronous flow.
        CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

        var context = new CliContext(stdout, stderr, showProgress, Exporters());
        var root = CreateRootCommand(context);
        var parsed = root.Parse(args);
        if (parsed.Action is ParseErrorAction)
        {
            foreach (var error in parsed.Errors)
            {
                await stderr.WriteLineAsync(error.Message.AsMemory(), CancellationToken.None).ConfigureAwait(false);
            }
            var command = parsed.CommandResult.Command;
            var name = command == root ? "domainkit" : "domainkit " + command.Name;
            await stderr.WriteLineAsync($"Run '{name} --help' for usage.".AsMemory(), CancellationToken.None).ConfigureAwait(false);
            return ExitCodes.UsageOrUnreadable;
        }
        var configuration = new InvocationConfiguration
        {
            Output = stdout,
            Error = stderr,
            // Main cancels the token on Ctrl+C itself; unexpected exceptions should show in full.
            ProcessTerminationTimeout = null,
            EnableDefaultExceptionHandler = false,
        };
        try
        {
            return await parsed.InvokeAsync(configuration, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await stderr.WriteLineAsync().ConfigureAwait(false);
            return ExitCodes.Cancelled;
        }
    }

    private static RootCommand CreateRootCommand(CliContext context)
    {
        var root = new RootCommand(
            "domainkit: validate, report on, export, convert and generate datasets of emulation movements "
            + "(a .json file, a .zip CSV bundle or a folder of CSV files). "
            + "Exit codes: 0 fine, 1 findings of severity error, 2 usage errors or input that cannot be read.");
        // Help names the tool by its command, not by the process that hosts it (dotnet, a test host).
        root.HelpName = "domainkit";
        root.Subcommands.Add(ValidateCommand.Create(context));
        root.Subcommands.Add(ReportCommand.Create(context));
        root.Subcommands.Add(IndicatorsCommand.Create(context));
        root.Subcommands.Add(ExportCommand.Create(context));
        root.Subcommands.Add(ConvertCommand.Create(context));
        root.Subcommands.Add(GenerateCommand.Create(context));
        return root;
    }

    private static ExporterCatalog Exporters()
    {
        using var services = new ServiceCollection().AddDomainKit(kit => kit.AddOpenXmlExporters()).BuildServiceProvider();
        return services.GetRequiredService<ExporterCatalog>();
    }
}
