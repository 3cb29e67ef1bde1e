namespace DomainKit.Interchange;

/// <summary>How far a read has come: records read and, when the size is known, bytes of how many.</summary>
/// <param name="Records">Records read so far, good and bad.</param>
/// <param name="Bytes">Bytes read so far.</param>
/// <param name="TotalBytes">The size of the input, or <see langword="null"/> when unknown (a stream that cannot seek).</param>
public readonly record struct ImportProgress(long Records, long Bytes, long? TotalBytes);
