using System.Text.Json;
using WindowScoring.Rules;

namespace WindowScoring.Ratings;

/// <summary>
/// Reads a hall's rating rules (<see cref="RatingRules"/>) from JSON, kept beside its scheme file, e.g. Guangxi's points
/// with a −2 per 差评 deduction and −1 per overdue 差评:
/// <code>
/// { "countDefaultRatings": true, "decimals": 2, "rankBy": "满意率", "rectificationDays": 15,
///   "levelPoints": { "非常满意": 10, "满意": 8, "基本满意": 6, "不满意": 3, "非常不满意": 0 },
///   "componentWeight": 10, "negativeDeduction": 2, "overdueDeduction": 1 }
/// </code>
/// Every property is optional (<see cref="RatingRules.Default"/>'s value when absent); <c>rankBy</c> is <c>满意率</c> /
/// <c>satisfactionRate</c> or <c>差评数</c> / <c>negativeCount</c>; levels are keyed as a ratings export writes them (words,
/// stars or digits); <c>componentCategory</c>, <c>negativeCategory</c> and <c>overdueCategory</c> name the categories (the
/// cap of the 差评 deductions is the scheme file's <c>categoryBudgets</c> entry of <c>negativeCategory</c>).
/// </summary>
/// <remarks>Problems are diagnostics with the JSON path, as for scheme files: WS510 (not JSON, an unknown property, a value
/// of the wrong type or not a plain number) and WS511 (a value the rules refuse). Stateless and thread-safe.</remarks>
public static class RatingRulesJson
{
    private static readonly string[] Names = SchemeJson.RatingsSectionNames;

    /// <summary>Reads rating rules from JSON text (at most <see cref="SchemeJson.MaxChars"/> characters).</summary>
    /// <param name="json">The text.</param>
    /// <returns>The rules, or null with the diagnostics.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public static RatingRulesLoadResult Load(string json) => Parse(json, "$");

    /// <summary>
    /// Reads the rating rules of a scheme file's <c>ratings</c> section, so a hall's one scheme file carries its 好差评 rules:
    /// <code>
    /// { "name": "…考核办法", "baseScore": 100, "categoryBudgets": { "差评": 10 },
    ///   "ratings": { "levelPoints": { "非常满意": 10, "满意": 8, "基本满意": 6, "不满意": 3, "非常不满意": 0 },
    ///                "componentWeight": 10, "negativeDeduction": 2, "overdueDeduction": 1 } }
    /// </code>
    /// The section has the properties of a rules file (<see cref="Load"/>), with the same diagnostics, their paths under
    /// <c>$.ratings</c>; a scheme without the section gives <see cref="RatingRules.Default"/>. The rest of the file is the
    /// scheme's (<see cref="SchemeJson.Load(string)"/>, which checks the section's property names too) and is not judged here.
    /// </summary>
    /// <param name="schemeJson">The scheme file's text (at most <see cref="SchemeJson.MaxChars"/> characters; comments and
    /// trailing commas allowed, as in scheme files).</param>
    /// <returns>The rules, or null with the diagnostics.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="schemeJson"/> is null.</exception>
    public static RatingRulesLoadResult FromScheme(string schemeJson) => Parse(schemeJson, "$.ratings");

    private static RatingRulesLoadResult Parse(string json, string at)
    {
        Preconditions.CheckNotNull(json);
        if (json.Length > SchemeJson.MaxChars)
        {
            return new(null, [Problems.Error(Messages.SchemeTooLarge, null, "$", null, SchemeJson.MaxChars)]);
        }

        try
        {
            var scheme = at != "$";
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions
            {
                MaxDepth = scheme ? 16 : 8,
                CommentHandling = scheme ? JsonCommentHandling.Skip : JsonCommentHandling.Disallow,
                AllowTrailingCommas = scheme,
            });
            var root = document.RootElement;
            if (scheme && root.ValueKind == JsonValueKind.Object)
            {
                // No section (or "ratings": null): the defaults, which put no points on ratings.
                if (!root.TryGetProperty("ratings", out root) || root.ValueKind == JsonValueKind.Null)
                {
                    return new(RatingRules.Default, []);
                }
            }
            else
            {
                at = "$";
            }

            var diagnostics = new List<Diagnostic>();
            var rules = Build(root, at, diagnostics);
            return new(diagnostics.Count == 0 ? rules : null, diagnostics);
        }
        catch (JsonException e)
        {
            return new(null, [Problems.Error(Messages.SchemeSyntax, e.LineNumber is { } l ? (int)l + 1 : null, "$", null, (e.LineNumber ?? 0) + 1, (e.BytePositionInLine ?? 0) + 1)]);
        }
    }

    private static RatingRules? Build(JsonElement root, string at, List<Diagnostic> diagnostics)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            diagnostics.Add(Problems.Error(Messages.SchemeType, null, at, null));
            return null;
        }

        var rules = RatingRules.Default;
        foreach (var p in root.EnumerateObject())
        {
            var path = at + "." + p.Name;
            var v = p.Value;
            try
            {
                rules = p.Name switch
                {
                    "countDefaultRatings" when v.ValueKind is JsonValueKind.True or JsonValueKind.False => With(rules, countDefaults: v.GetBoolean()),
                    "decimals" when v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out var n) => With(rules, decimals: n),
                    "rectificationDays" when v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out var n) => With(rules, days: n),
                    "rankBy" when v.ValueKind == JsonValueKind.String => With(rules, rankBy: RankBy(v.GetString()!, path, diagnostics)),
                    "levelPoints" when v.ValueKind == JsonValueKind.Object => With(rules, points: Points(v, path, diagnostics)),
                    "componentWeight" => With(rules, weight: Number(v, path, diagnostics)),
                    "negativeDeduction" => With(rules, negative: Number(v, path, diagnostics)),
                    "overdueDeduction" => With(rules, overdue: Number(v, path, diagnostics)),
                    "componentCategory" or "negativeCategory" or "overdueCategory" when v.ValueKind == JsonValueKind.String =>
                        With(rules, category: (p.Name, v.GetString()!)),
                    _ when Array.IndexOf(Names, p.Name) < 0 => Unknown(p.Name, path, rules, diagnostics),
                    _ => WrongType(path, rules, diagnostics),
                };
            }
            catch (ArgumentException e)
            {
                diagnostics.Add(Problems.Error(DiagnosticCodes.SchemeValueInvalid, null, path, v.GetRawText(), e.Message.Split(" (Parameter", 2)[0]));
            }
        }

        return rules;
    }

    private static RatingRules Unknown(string name, string path, RatingRules rules, List<Diagnostic> diagnostics)
    {
        diagnostics.Add(Problems.Error(Messages.SchemeUnknownProperty, null, path, name, name, Messages.Term("RatingRulesObject"), string.Join(", ", Names)));
        return rules;
    }

    private static RatingRules WrongType(string path, RatingRules rules, List<Diagnostic> diagnostics)
    {
        diagnostics.Add(Problems.Error(Messages.SchemeType, null, path, null));
        return rules;
    }

    private static decimal? Number(JsonElement v, string path, List<Diagnostic> diagnostics)
    {
        var raw = v.GetRawText();
        if (v.ValueKind == JsonValueKind.Number && ScoreText.TryParse(raw, out var value))
        {
            return value;
        }

        diagnostics.Add(v.ValueKind == JsonValueKind.Number
            ? Problems.Error(Messages.SchemeInexact, null, path, raw, raw)
            : Problems.Error(Messages.SchemeNotNumber, null, path, raw));
        return null;
    }

    private static RatingRankCriterion? RankBy(string text, string path, List<Diagnostic> diagnostics)
    {
        switch (ColumnSet.Key(text))
        {
            case "满意率" or "satisfactionrate":
                return RatingRankCriterion.SatisfactionRate;
            case "差评数" or "negativecount":
                return RatingRankCriterion.NegativeCount;
            default:
                diagnostics.Add(Problems.Error(Messages.SchemeChoice, null, path, text, "满意率/satisfactionRate, 差评数/negativeCount"));
                return null;
        }
    }

    private static Dictionary<RatingLevel, decimal>? Points(JsonElement v, string path, List<Diagnostic> diagnostics)
    {
        var points = new Dictionary<RatingLevel, decimal>();
        foreach (var p in v.EnumerateObject())
        {
            if (!RatingLevels.TryParse(p.Name, out var level))
            {
                diagnostics.Add(Problems.Error(DiagnosticCodes.RatingLevelInvalid, null, path + "." + p.Name, p.Name, RatingLevels.AcceptedForms));
            }
            else if (Number(p.Value, path + "." + p.Name, diagnostics) is { } value)
            {
                points[level] = value;
            }
        }

        return points;
    }

    // One property set on a copy of the rules; a null value (already reported) leaves the rules as they were.
    private static RatingRules With(
        RatingRules r,
        bool? countDefaults = null,
        int? decimals = null,
        int? days = null,
        RatingRankCriterion? rankBy = null,
        Dictionary<RatingLevel, decimal>? points = null,
        decimal? weight = null,
        decimal? negative = null,
        decimal? overdue = null,
        (string Name, string Value)? category = null) => new()
    {
        CountDefaultRatings = countDefaults ?? r.CountDefaultRatings,
        Decimals = decimals ?? r.Decimals,
        RectificationDays = days ?? r.RectificationDays,
        RankBy = rankBy ?? r.RankBy,
        LevelPoints = points ?? r.LevelPoints,
        ComponentWeight = weight ?? r.ComponentWeight,
        NegativeDeduction = negative ?? r.NegativeDeduction,
        OverdueDeduction = overdue ?? r.OverdueDeduction,
        ComponentCategory = category is ("componentCategory", var c) ? c : r.ComponentCategory,
        NegativeCategory = category is ("negativeCategory", var n) ? n : r.NegativeCategory,
        OverdueCategory = category is ("overdueCategory", var o) ? o : r.OverdueCategory,
    };
}
