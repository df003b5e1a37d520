using System.Globalization;
using FluentValidation;

namespace WindowScoring.Validation;

/// <summary>
/// Checks that the settings of a <see cref="ScoringScheme"/> agree with each other: the total floor is not above the
/// total cap (<see cref="DiagnosticCodes.FloorAboveCap"/>, WS210), the total cap is not below the base score
/// (<see cref="DiagnosticCodes.CapBelowBase"/>, WS211), the total floor is not above the base score
/// (<see cref="DiagnosticCodes.FloorAboveBase"/>, WS212), and the base score is a multiple of the step
/// (<see cref="DiagnosticCodes.BaseOffStep"/>, WS213).
/// </summary>
/// <remarks>
/// <para>Single settings are checked by the scheme itself when it is created: a base score of zero or less, a negative
/// bonus cap, a step of zero or less or an unknown ranking method throw <see cref="ArgumentOutOfRangeException"/>
/// (programmer errors), so no scheme that reaches this validator has them. The rules are the same ones
/// <see cref="ScoringScheme.Validate"/> and the JSON loader apply: a scheme one accepts, all accept.</para>
/// <para>Messages are in the language of <see cref="MessageCatalog.ActiveCulture"/> at the time of validation (the one
/// setting <see cref="MessageCatalog.Culture"/>, else the UI culture). Assert on error codes, not messages.</para>
/// <para>The rules are built once in the constructor; validating holds no state, so one instance can be shared by any
/// number of threads.</para>
/// </remarks>
public sealed class ScoringSchemeValidator : AbstractValidator<ScoringScheme>
{
    /// <summary>Creates the validator.</summary>
    public ScoringSchemeValidator()
    {
        // The rules are stated once, in SchemeConsistency, and shared with ScoringScheme.Validate and the JSON loader.
        RuleFor(s => s).Custom((scheme, context) =>
        {
            foreach (var d in SchemeConsistency.Check(scheme, MessageCatalog.ActiveCulture))
            {
                context.AddFailure(new FluentValidation.Results.ValidationFailure(d.Column, d.Message, scheme)
                {
                    ErrorCode = d.Code,
                    Severity = Severity.Error,
                });
            }
        });
    }
}
