namespace WindowScoring.Rules;

/// <summary>Whom within a department an event concerns.</summary>
public enum EventRole
{
    /// <summary>The window as a whole (窗口). The default.</summary>
    Window = 0,

    /// <summary>The chief representative (首席代表): the event also counts fully in the chief representative's own tally.</summary>
    ChiefRepresentative = 1,

    /// <summary>A member of staff (工作人员).</summary>
    Staff = 2,
}
