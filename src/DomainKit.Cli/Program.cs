using System.Text;

namespace DomainKit.Cli;

/// <summary>The entry point of the <c>domainkit</c> tool.</summary>
internal static class Program
{
    private static async Task<int> Main(string[] args)
    {
        Console.OutputEncoding = Encoding.UTF8;
        using var cancellation = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            // The first Ctrl+C stops the work cleanly; a second one ends the process.
            e.Cancel = !cancellation.IsCancellationRequested;
            cancellation.Cancel();
        };
        var stdout = Console.Out;
        var stderr = Console.Error;
        var code = await CliApplication.RunAsync(args, stdout, stderr, showProgress: !Console.IsErrorRedirected, cancellation.Token).ConfigureAwait(false);
        await stdout.FlushAsync(CancellationToken.None).ConfigureAwait(false);
        return code;
    }
}
