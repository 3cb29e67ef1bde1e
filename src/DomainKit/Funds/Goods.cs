namespace DomainKit.Funds;

/// <summary>Goods given or received in kind, kept as such: "2.500 kg gạo". Immutable and thread-safe.</summary>
/// <param name="Name">What the goods are: "gạo", "rau xanh".</param>
/// <param name="Quantity">How much.</param>
/// <param name="UnitOfMeasure">The unit the quantity is in: "kg", "tấn", "phần quà".</param>
public sealed record Goods(string Name, decimal Quantity, string UnitOfMeasure);
