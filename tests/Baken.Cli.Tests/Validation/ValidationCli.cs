using System.CommandLine;

namespace Baken.Cli.Tests.Validation;

/// <summary>Runs <c>baken</c> in-process without a database, capturing stdout and stderr together.</summary>
internal static class ValidationCli
{
    public static Task<(int Code, string Output)> RunAsync(params string[] args) => RunAsync(BakenCli.CreateRoot(), args);

    public static async Task<(int Code, string Output)> RunAsync(Command root, params string[] args)
    {
        using var output = new StringWriter();
        var code = await root.Parse(args).InvokeAsync(new InvocationConfiguration { Output = output, Error = output }, TestContext.Current.CancellationToken);
        return (code, output.ToString());
    }
}
