using System.Collections.Immutable;
using DomainKit.Data;
using DomainKit.Interchange.Json;

namespace DomainKit.Tests.Interchange;

/// <summary>Compares two datasets collection by collection, item by item, with the items' own equality.</summary>
internal static class DatasetAssert
{
    public static void Equal(Dataset expected, Dataset actual)
    {
        Same("units", expected.Units, actual.Units);
        Same("models", expected.Models, actual.Models);
        Same("pledges", expected.Pledges, actual.Pledges);
        Same("payments", expected.Payments, actual.Payments);
        Same("funds", expected.Funds, actual.Funds);
        Same("fund entries", [.. expected.FundEntries], [.. actual.FundEntries]);
        Same("commendations", expected.Commendations, actual.Commendations);
        // Classifiers are equal by code; their names (and a field's parent, a title's recipients) are checked by
        // writing both datasets, which writes every one of them.
        Assert.Equal(Write(expected), Write(actual));
    }

    public static byte[] Write(Dataset dataset)
    {
        using var stream = new MemoryStream();
        DatasetJsonWriter.WriteAsync(dataset, stream, CancellationToken.None).GetAwaiter().GetResult();
        return stream.ToArray();
    }

    // A record's ToString can itself fail on extreme data (the cash effect of the most negative amount overflows).
    private static string Show<T>(T item)
    {
        try
        {
            return item?.ToString() ?? "null";
        }
        catch (OverflowException)
        {
            return item!.GetType().Name + " (cannot be shown)";
        }
    }

    private static void Same<T>(string what, ImmutableArray<T> expected, ImmutableArray<T> actual)
    {
        Assert.True(expected.Length == actual.Length, $"{what}: {expected.Length} expected, {actual.Length} read.");
        for (var i = 0; i < expected.Length; i++)
        {
            if (!EqualityComparer<T>.Default.Equals(expected[i], actual[i]))
            {
                Assert.Fail($"{what}[{i}] differs:\n  expected {Show(expected[i])}\n  read     {Show(actual[i])}");
            }
        }
    }
}
