using System.CommandLine;
using Baken.Testing;

namespace Baken.Cli.Tests;

/// <summary>Runs <c>baken</c> in-process against a test database, capturing what it prints.</summary>
internal static class CliRunner
{
    public static async Task<(int Code, string Output)> RunAsync(TestDatabase database, params string[] args)
    {
        var connection = database.IsPostgres
            ? new[] { "--provider", "postgres", "--connection-string", database.ConnectionString! }
            : ["--provider", "sqlite", "--path", database.Path!];
        using var output = new StringWriter();
        var code = await BakenCli.CreateRoot().Parse([.. args, .. connection])
            .InvokeAsync(new InvocationConfiguration { Output = output, Error = output }, TestContext.Current.CancellationToken);
        return (code, output.ToString());
    }
}
