using System.CommandLine;
using System.Security.Cryptography;
using Baken.Engine.Value;

namespace Baken.Cli.Value;

/// <summary>
/// <c>baken value mkba</c> and <c>baken value hta</c>: a value study's input JSON in, its result JSON
/// out, and a summary on the terminal. Rates come from the dated rate sets compiled into the engine,
/// plus any given with <c>--rate-sets</c>. Exit codes: 0 done, 2 nothing computed (the problems are
/// listed with their JSON paths).
/// </summary>
internal static class ValueCommand
{
    public static Command Create()
    {
        var command = new Command("value", "Value studies: social cost-benefit analysis (MKBA) and cost-effectiveness (HTA)");
        command.Subcommands.Add(Study("mkba", "Net present value per stakeholder, benefit-cost ratio and a tornado of an MKBA study",
            (input, catalog) => Mkba.Run(input, catalog), (r, sha) => ValueResultJson.ToUtf8Bytes(r, sha), ValueSummary.Write));
        command.Subcommands.Add(Study("hta", "Incremental costs and QALYs, ICER, net monetary benefit and headroom against a comparator",
            (input, catalog) => Hta.Run(input, catalog), (r, sha) => ValueResultJson.ToUtf8Bytes(r, sha), ValueSummary.Write));
        return command;
    }

    private static Command Study<T>(
        string name, string description, Func<byte[], RateSetCatalog, ValueOutcome<T>> run, Func<T, string, byte[]> toJson, Action<TextWriter, T> summary)
        where T : class
    {
        var input = new Option<string>("--input") { Description = "the study as JSON (see content/value/" + name + "-input.schema.json)", Required = true };
        var output = new Option<string>("--output") { Description = "where to write the result JSON", Required = true };
        var rateSets = new Option<string?>("--rate-sets") { Description = "a rate-set file with further rate sets, added to the built-in ones" };
        var command = new Command(name, description);
        command.Options.Add(input);
        command.Options.Add(output);
        command.Options.Add(rateSets);
        command.SetAction(async (parse, ct) =>
        {
            var writer = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            var inputPath = parse.GetValue(input)!;
            var bytes = await ReadAsync(inputPath, error, ct);
            var catalog = await CatalogAsync(parse.GetValue(rateSets), error, ct);
            if (bytes is null || catalog is null)
            {
                return 2;
            }

            var outcome = run(bytes, catalog);
            if (outcome.Result is not { } result)
            {
                error.WriteLine($"{inputPath}: {outcome.Errors.Count} problem{(outcome.Errors.Count == 1 ? "" : "s")}; nothing was computed.");
                foreach (var problem in outcome.Errors)
                {
                    error.WriteLine($"  {problem.Path}: {problem.Message}");
                }

                return 2;
            }

            var target = Path.GetFullPath(parse.GetValue(output)!);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            await File.WriteAllBytesAsync(target, toJson(result, Convert.ToHexStringLower(SHA256.HashData(bytes))), ct);
            summary(writer, result);
            writer.WriteLine($"Result: {target}");
            return 0;
        });
        return command;
    }

    private static async Task<byte[]?> ReadAsync(string path, TextWriter error, CancellationToken ct)
    {
        try
        {
            return await File.ReadAllBytesAsync(path, ct);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine(File.Exists(path) ? $"Cannot read '{path}': {e.Message}" : $"The input file '{path}' does not exist.");
            return null;
        }
    }

    private static async Task<RateSetCatalog?> CatalogAsync(string? path, TextWriter error, CancellationToken ct)
    {
        if (path is null)
        {
            return RateSetCatalog.Default;
        }

        if (await ReadAsync(path, error, ct) is not { } bytes)
        {
            return null;
        }

        var extra = RateSetCatalog.Parse(bytes);
        var merged = extra.Result is { } catalog ? RateSetCatalog.Default.Merge(catalog) : extra;
        if (merged.Result is null)
        {
            error.WriteLine($"{path}: not a usable rate-set file.");
            foreach (var problem in merged.Errors)
            {
                error.WriteLine($"  {problem.Path}: {problem.Message}");
            }
        }

        return merged.Result;
    }
}
