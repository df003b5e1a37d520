namespace WindowScoring.Rules;

/// <summary>Where a recorded event stands. Only <see cref="Approved"/> events count towards a score.</summary>
public enum EventStatus
{
    /// <summary>Recorded by an inspector, not yet approved (已记录/待审核): pending.</summary>
    Recorded = 0,

    /// <summary>Approved (已审核/通过): counts.</summary>
    Approved = 1,

    /// <summary>Appealed by the department (申诉中): pending until decided.</summary>
    Appealed = 2,

    /// <summary>Rejected (驳回/不予认定): ignored.</summary>
    Rejected = 3,
}
