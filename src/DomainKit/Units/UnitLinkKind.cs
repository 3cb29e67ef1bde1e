namespace DomainKit.Units;

/// <summary>Which of a unit's two links a tree follows: its parent, or its territory.</summary>
internal enum UnitLinkKind
{
    Parent = 0,
    Territory = 1,
}
