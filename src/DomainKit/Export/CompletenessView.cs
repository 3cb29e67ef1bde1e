namespace DomainKit.Export;

/// <summary>Which side of a <see cref="Aggregation.CompletenessTable"/> a <see cref="DocumentTable"/> shows.</summary>
public enum CompletenessView
{
    /// <summary>
    /// The counts: a row for each unit directly under the root and the total, with how many units were expected, filed,
    /// on time, late, missing, not yet due, not expected, approved, and the rates filed and filed on time.
    /// </summary>
    Summary = 0,

    /// <summary>
    /// The units: a row for every unit expected to file and every unit that filed, under the unit directly under the
    /// root it counts in, with where it stands, the day it filed, how many days late, and its approval state.
    /// </summary>
    Units = 1,
}
