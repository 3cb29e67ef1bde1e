using DomainKit.Examples.BinhPhuoc;
using DomainKit.Interchange;

namespace DomainKit.Tests.Cli;

public sealed class ExampleDataTests
{
    [Fact]
    public async Task The_shipped_Binh_Phuoc_dataset_is_what_the_writer_gives_today()
    {
        using var expected = new MemoryStream();
        await DatasetJson.WriteAsync(BinhPhuoc2023.Build(), expected);

        var shipped = await File.ReadAllBytesAsync(Cli.ExampleJson);

        // When this fails after a deliberate change to the example or the format, rewrite the file with
        // DatasetJson.WriteAsync(BinhPhuoc2023.Build(), ...) and commit it.
        Assert.True(expected.ToArray().AsSpan().SequenceEqual(shipped), "examples/data/binh-phuoc-2023.json differs from what DatasetJson.WriteAsync writes of BinhPhuoc2023.Build().");
    }
}
