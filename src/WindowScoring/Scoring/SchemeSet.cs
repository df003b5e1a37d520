namespace WindowScoring;

/// <summary>
/// The schemes a hall has had, each in force from its <see cref="ScoringScheme.EffectiveFrom"/> date until the next
/// one takes effect (rules documents are revised mid-year). Answers "which scheme was in force for period P":
/// the latest scheme that took effect on or before the period's first day.
/// </summary>
/// <remarks>Immutable; safe to share between threads.</remarks>
public sealed class SchemeSet
{
    private readonly ScoringScheme[] _schemes;

    /// <summary>Creates a set.</summary>
    /// <param name="schemes">The schemes; no two may take effect on the same day.</param>
    /// <exception cref="ArgumentNullException"><paramref name="schemes"/> or an element is null.</exception>
    /// <exception cref="ArgumentException">Two schemes take effect on the same day, or there is none.</exception>
    public SchemeSet(IEnumerable<ScoringScheme> schemes)
    {
        _schemes = Preconditions.CheckNotNull(schemes).OrderBy(s => Preconditions.CheckNotNull(s).EffectiveFrom).ToArray();
        Preconditions.CheckArgument(_schemes.Length > 0, "A scheme set needs at least one scheme.", nameof(schemes));
        for (var i = 1; i < _schemes.Length; i++)
        {
            Preconditions.CheckArgument(_schemes[i].EffectiveFrom != _schemes[i - 1].EffectiveFrom,
                $"Two schemes take effect on {_schemes[i].EffectiveFrom.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)}.", nameof(schemes));
        }
    }

    /// <summary>The schemes, oldest first.</summary>
    public IReadOnlyList<ScoringScheme> Schemes => Array.AsReadOnly(_schemes);

    /// <summary>The scheme in force on <paramref name="date"/>, or null when none had taken effect yet.</summary>
    /// <param name="date">A day.</param>
    /// <returns>The latest scheme that took effect on or before that day.</returns>
    public ScoringScheme? InForce(DateOnly date) => _schemes.LastOrDefault(s => s.EffectiveFrom <= date);

    /// <summary>The scheme in force for <paramref name="period"/>: the one in force on its first day, or null.</summary>
    /// <param name="period">The period.</param>
    /// <returns>The scheme, or null when none had taken effect by the period's first day.</returns>
    public ScoringScheme? InForce(AssessmentPeriod period) => InForce(period.Start);
}
