using System.CommandLine;

namespace Baken.Cli.Documentation;

/// <summary>The options both documentation commands share; each command adds its own files and columns.</summary>
internal sealed class DocumentationArguments
{
    public Option<string> Reference { get; } = new("--reference") { Description = "CSV file with the reference texts (human transcripts or reference notes)", Required = true };
    public Option<string> Output { get; } = new("--output") { Description = "where to write the result JSON; the HTML report goes next to it (result.json -> result.html)", Required = true };
    public Option<string?> IdColumn { get; } = new("--id-column") { Description = "column that pairs rows across the files; without it rows pair by order and the row counts must match" };
    public Option<string?> Protocol { get; } = new("--protocol") { Description = "a validation protocol of task type 'documentation': its file, or its id (then --server is needed)" };
    public Option<string?> Server { get; } = new("--server") { Description = "the platform's address, to fetch a protocol by id" };
    public Option<string?> Token { get; } = new("--token") { Description = "API token for fetching the protocol, if the platform asks for one (default: BAKEN_TOKEN)" };
    public Option<string> ReportLanguage { get; } = new Option<string>("--report-language") { Description = "language of the HTML report: nl or en", DefaultValueFactory = _ => "nl" }.AcceptOnlyFromAmong("nl", "en");

    public void AddTo(Command command, params Option[] own)
    {
        foreach (var option in new Option[] { Reference }.Concat(own).Concat([IdColumn, Output, Protocol, Server, Token, ReportLanguage]))
        {
            command.Options.Add(option);
        }
    }
}
