namespace DomainKit.Validation;

/// <summary>The kind of item a finding concerns.</summary>
public enum EntityKind
{
    /// <summary>The dataset as a whole.</summary>
    Dataset = 0,

    /// <summary>A unit.</summary>
    Unit = 1,

    /// <summary>An emulation model.</summary>
    Model = 2,

    /// <summary>A pledge.</summary>
    Pledge = 3,

    /// <summary>A pledge payment; its position among the payments of the dataset is the index.</summary>
    Payment = 4,

    /// <summary>A fund.</summary>
    Fund = 5,

    /// <summary>A fund entry; the id is the fund's and the index its position in the fund's ledger in date order.</summary>
    FundEntry = 6,

    /// <summary>A commendation.</summary>
    Commendation = 7,

    /// <summary>A step of a report's approval history; the id is the report's slot and the index the step's position among the stored steps.</summary>
    ApprovalStep = 8,

    /// <summary>A submitted report; the id is its slot (unit, form and period), and the index, where given, the position of a figure in it.</summary>
    Submission = 9,
}
