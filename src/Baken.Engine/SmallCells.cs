namespace Baken.Engine;

/// <summary>
/// The privacy floor of every aggregate Baken shows or sends: a group with fewer than
/// <see cref="Floor"/> rows (or, for classifiers, positives or negatives) is suppressed. The agent
/// applies it when it computes, the platform again when it accepts a result; both read it here.
/// </summary>
public static class SmallCells
{
    public const int Floor = 10;
}
