using DomainKit.Data;

namespace DomainKit.Interchange.Json;

// PLACEHOLDER for the contract commit: the json-reader branch replaces this file.
internal static class DatasetJsonReader
{
    public static Task<ImportResult> ReadAsync(Stream source, string fileName, ImportOptions options, CancellationToken cancellationToken)
        => throw new NotImplementedException();
}
