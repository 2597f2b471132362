namespace Baken.Engine.Planning.Hhcrsp;

/// <summary>One row of a plan: staff member <paramref name="Staff"/> gives service <paramref name="Service"/> to patient <paramref name="Patient"/> at <paramref name="Start"/>.</summary>
/// <param name="Staff">0-based staff member (row of section a).</param>
/// <param name="Patient">Node number 1 .. n-2.</param>
/// <param name="Service">0-based service type (column of r).</param>
/// <param name="Start">Start time of the service.</param>
/// <param name="Row">0-based data row (the first row after the header is 0).</param>
/// <param name="Line">1-based line in the file.</param>
public sealed record HhcrspRow(int Staff, int Patient, int Service, double Start, int Row, int Line);

/// <summary>A plan: the rows in file order. A staff member's route is its rows in this order.</summary>
/// <param name="Rows">Every data row.</param>
public sealed record HhcrspPlan(IReadOnlyList<HhcrspRow> Rows);
