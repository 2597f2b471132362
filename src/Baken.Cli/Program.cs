namespace Baken.Cli;

// An explicit, namespaced entry point: a top-level Program would be a public global type that
// clashes with the web host's Program in test projects that reference both.
internal static class Program
{
    public static Task<int> Main(string[] args) => BakenCli.CreateRoot().Parse(args).InvokeAsync();
}
