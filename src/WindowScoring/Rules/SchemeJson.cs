using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;

namespace WindowScoring.Rules;

/// <summary>
/// Loads and saves a <see cref="ScoringScheme"/> as JSON (System.Text.Json), so a hall's rules are data, not code.
/// The shape (camelCase; comments and trailing commas allowed; unknown properties are errors):
/// <code>
/// {
///   "name": "…考核办法", "effectiveFrom": "2023-01-01", "baseScore": 100, "bonusCap": 20,
///   "totalCap": null, "totalFloor": 0, "step": 0.5, "rankingMethod": "competition",
///   "rules": [ { "id": "JL-01", "category": "纪律作风", "kind": "deduction", "points": 0.5, "unit": "perPersonTime", "secondaryShare": 0.5 },
///              { "id": "FW-01", "category": "服务质量", "kind": "deduction", "min": 3, "max": 5, "veto": false } ],
///   "categoryBudgets": { "纪律作风": 10 }, "groupBaseScores": { "县": 150 },
///   "grades": [ { "min": 110, "name": "优秀" } ],
///   "honours": [ { "title": "红旗窗口", "count": 5, "side": "top" } ],
///   "ratings": { "levelPoints": { "非常满意": 10, "满意": 8, "基本满意": 6, "不满意": 3, "非常不满意": 0 }, "componentWeight": 10 }
/// }
/// </code>
/// The <c>ratings</c> section is the hall's 好差评 rules, kept in the same file: this loader checks its property names
/// (an unknown one is WS510 like any other) and keeps it as data; <c>RatingRulesJson.FromScheme</c> (namespace
/// <c>WindowScoring.Ratings</c>) reads its values. <see cref="Save"/> writes the scheme, not the section.
/// Numbers are read as exact decimals. Loading never throws for bad data: every problem is a diagnostic naming its
/// JSON path (WS510 for syntax and shape, WS511 for values that break a rule, WS210–WS213 for settings that contradict
/// each other, checked by the same rules as <see cref="ScoringScheme.Validate"/>). Stateless and thread-safe.
/// </summary>
public static class SchemeJson
{
    /// <summary>
    /// The most characters a scheme may have (1 Mi; a real scheme is a few kilobytes): <see cref="Load(string)"/> and the
    /// stream loaders stop at this size with a WS510 diagnostic, so a hostile upload cannot exhaust memory (the same idea
    /// as <c>ImportOptions.MaxBytes</c> for tables).
    /// </summary>
    public const int MaxChars = 1024 * 1024;

    /// <summary>The properties of the <c>ratings</c> section (and of a rating rules file of its own), read by the Ratings wing.</summary>
    internal static readonly string[] RatingsSectionNames =
    [
        "countDefaultRatings", "decimals", "rankBy", "rectificationDays", "levelPoints", "componentWeight", "negativeDeduction",
        "overdueDeduction", "componentCategory", "negativeCategory", "overdueCategory",
    ];

    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        MaxDepth = 16,
        Converters = { new ExactDecimalConverter() },
    };

    /// <summary>
    /// Reads a JSON number as a decimal exactly (<see cref="ScoreText.TryParse"/>'s rules) or not at all: System.Text.Json
    /// would round digits beyond decimal's precision without a word (<c>100.00000000000000000000000000001</c> → 100).
    /// </summary>
    private sealed class ExactDecimalConverter : JsonConverter<decimal>
    {
        public override decimal Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType != JsonTokenType.Number)
            {
                throw new NumberException(Messages.SchemeNotNumber, null);
            }

            var text = System.Text.Encoding.UTF8.GetString(reader.HasValueSequence ? System.Buffers.BuffersExtensions.ToArray(reader.ValueSequence) : reader.ValueSpan);
            return ScoreText.TryParse(text, out var value)
                ? value
                : throw new NumberException(Messages.SchemeInexact, text);
        }

        public override void Write(Utf8JsonWriter writer, decimal value, JsonSerializerOptions options) => writer.WriteNumberValue(value);
    }

    /// <summary>
    /// Loads a scheme from JSON text. Text longer than <see cref="MaxChars"/> is not parsed (WS510); a key given twice in
    /// one object is an error naming its JSON path (WS510), never "the last one wins".
    /// </summary>
    /// <param name="json">The JSON.</param>
    /// <returns>The scheme or the diagnostics.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public static SchemeLoadResult Load(string json)
    {
        Preconditions.CheckNotNull(json);
        if (json.Length > MaxChars)
        {
            return TooLarge();
        }

        if (Scan(json) is { } problem)
        {
            return new SchemeLoadResult(null, [problem]);
        }

        SchemeDto? dto;
        try
        {
            dto = JsonSerializer.Deserialize<SchemeDto>(json, Options);
        }
        catch (JsonException e)
        {
            // The scan above found every syntax error and unknown property, so what is left is a value of the wrong type
            // (or a number our converter refuses): said in our words, never with the serializer's .NET type names.
            var line = e.LineNumber is { } l ? (int)l + 1 : (int?)null;
            var path = e.Path ?? "$";
            return new SchemeLoadResult(null, [e is NumberException n
                ? Problems.Error(n.Key, line, path, n.Text, n.Text)
                : Problems.Error(Messages.SchemeType, line, path, null)]);
        }

        if (dto is null)
        {
            return new SchemeLoadResult(null, [Problems.Error(Messages.SchemeNull, 1, "$", "null")]);
        }

        var diagnostics = new List<Diagnostic>();
        var scheme = Build(dto, diagnostics);
        return new SchemeLoadResult(diagnostics.Count == 0 ? scheme : null, diagnostics);
    }

    /// <summary>
    /// Loads a scheme from a UTF-8 (or UTF-16 with BOM) stream. A stream longer than <see cref="MaxChars"/> characters is
    /// not read past that point: the result is a WS510 diagnostic, so a hostile upload cannot exhaust memory.
    /// </summary>
    /// <param name="stream">The stream; read to its end (or to the limit) and left open.</param>
    /// <returns>The scheme or the diagnostics.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    public static SchemeLoadResult Load(Stream stream)
    {
        Preconditions.CheckNotNull(stream);
        // Strict UTF-8 (or UTF-16 with BOM): a scheme saved in GBK must not load with garbled rule names.
        using var reader = new StreamReader(stream, new UTF8Encoding(false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: true, bufferSize: 16 * 1024, leaveOpen: true);
        var text = new StringBuilder();
        var buffer = new char[16 * 1024];
        int read;
        while ((read = ReadOrInvalid(reader, buffer)) > 0)
        {
            if (text.Length + read > MaxChars)
            {
                return TooLarge();
            }

            text.Append(buffer, 0, read);
        }

        return read < 0 ? NotUtf8() : Load(text.ToString());
    }

    private static SchemeLoadResult TooLarge() =>
        new(null, [Problems.Error(Messages.SchemeTooLarge, null, "$", null, MaxChars)]);

    // One pass with a reader before the deserializer, so every message is ours: the first syntax error (with its line and
    // position), the first key given twice (System.Text.Json keeps the last of two equal keys before .NET 10's
    // AllowDuplicateProperties, which net8.0 lacks) and the first property the scheme does not have, each with its path.
    private static Diagnostic? Scan(string json)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json), new JsonReaderOptions
        {
            CommentHandling = JsonCommentHandling.Skip,
            AllowTrailingCommas = true,
            MaxDepth = Options.MaxDepth,
        });
        var scopes = new Stack<(HashSet<string>? Keys, string Path, int Index)>();
        var path = "$";
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.StartObject:
                    case JsonTokenType.StartArray:
                        path = ElementPath(scopes, path);
                        scopes.Push((reader.TokenType == JsonTokenType.StartObject ? new HashSet<string>(StringComparer.Ordinal) : null, path, -1));
                        break;
                    case JsonTokenType.EndObject:
                    case JsonTokenType.EndArray:
                        scopes.Pop();
                        path = scopes.Count > 0 ? scopes.Peek().Path : "$";
                        break;
                    case JsonTokenType.PropertyName:
                        var (keys, objectPath, _) = scopes.Peek();
                        var name = reader.GetString()!;
                        path = objectPath + "." + name;
                        if (!keys!.Add(name))
                        {
                            return Problems.Error(Messages.SchemeDuplicateKey, null, path, name, name);
                        }

                        if (KnownProperties(objectPath) is { } known && !known.Names.Contains(name))
                        {
                            return Problems.Error(Messages.SchemeUnknownProperty, null, path, name, name, Messages.Term(known.Object), string.Join(", ", known.Names));
                        }

                        break;
                    default:
                        path = ElementPath(scopes, path);
                        break;
                }
            }
        }
        catch (JsonException e)
        {
            var line = (int)(e.LineNumber ?? 0) + 1;
            return Problems.Error(Messages.SchemeSyntax, line, path, null, line, (e.BytePositionInLine ?? 0) + 1);
        }

        return null;
    }

    // The properties an object at this path may have (camelCase, as the serializer matches them), and the term that names
    // the object; null for a map whose keys are data (categoryBudgets, groupBaseScores) or a value that is not an object.
    private static (string Object, string[] Names)? KnownProperties(string objectPath) =>
        objectPath == "$" ? ("SchemeObject", PropertyNames<SchemeDto>.Value)
        : objectPath == "$.ratings" ? ("RatingRulesObject", RatingsSectionNames)
        : !objectPath.EndsWith(']') ? null
        : objectPath.StartsWith("$.rules[", StringComparison.Ordinal) && objectPath.IndexOf('.', 2) < 0 ? ("RuleObject", PropertyNames<RuleDto>.Value)
        : objectPath.StartsWith("$.grades[", StringComparison.Ordinal) && objectPath.IndexOf('.', 2) < 0 ? ("GradeObject", PropertyNames<GradeDto>.Value)
        : objectPath.StartsWith("$.honours[", StringComparison.Ordinal) && objectPath.IndexOf('.', 2) < 0 ? ("HonourObject", PropertyNames<HonourDto>.Value)
        : null;

    // The path of the value just read: after a property name, that property; inside an array, the next index.
    private static string ElementPath(Stack<(HashSet<string>? Keys, string Path, int Index)> scopes, string current)
    {
        if (scopes.Count == 0 || scopes.Peek().Keys is not null)
        {
            return current;
        }

        var (keys, arrayPath, index) = scopes.Pop();
        scopes.Push((keys, arrayPath, index + 1));
        return $"{arrayPath}[{index + 1}]";
    }

    private static int ReadOrInvalid(StreamReader reader, char[] buffer)
    {
        try
        {
            return reader.Read(buffer, 0, buffer.Length);
        }
        catch (DecoderFallbackException)
        {
            return -1;
        }
    }

    /// <summary>
    /// Loads a scheme from a UTF-8 (or UTF-16 with BOM) stream without synchronous I/O: the stream is only read with
    /// <see cref="Stream.ReadAsync(Memory{byte}, CancellationToken)"/>, into a buffer bounded by <see cref="MaxChars"/>
    /// (a longer stream is not read further: WS510), so it suits request bodies of hosts that forbid synchronous reads.
    /// </summary>
    /// <param name="stream">The stream; read to its end (or to the limit) and left open.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The scheme or the diagnostics.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static async Task<SchemeLoadResult> LoadAsync(Stream stream, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(stream);
        using var reader = new StreamReader(stream, new UTF8Encoding(false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: true, bufferSize: 16 * 1024, leaveOpen: true);
        var text = new StringBuilder();
        var buffer = new char[16 * 1024];
        while (true)
        {
            int read;
            try
            {
                read = await reader.ReadAsync(buffer.AsMemory(), cancellationToken).ConfigureAwait(false);
            }
            catch (DecoderFallbackException)
            {
                return NotUtf8();
            }

            if (read == 0)
            {
                return Load(text.ToString());
            }

            if (text.Length + read > MaxChars)
            {
                return TooLarge();
            }

            text.Append(buffer, 0, read);
        }
    }

    private static SchemeLoadResult NotUtf8() =>
        new(null, [Problems.Error(Messages.SchemeNotUtf8, null, "$", null)]);

    /// <summary>Loads a scheme file.</summary>
    /// <param name="path">The file's path.</param>
    /// <returns>The scheme or the diagnostics.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static SchemeLoadResult LoadFile(string path)
    {
        using var stream = File.OpenRead(Preconditions.CheckNotNull(path));
        return Load(stream);
    }

    /// <summary>Saves a scheme as indented JSON (Chinese text unescaped) that <see cref="Load(string)"/> reads back to an equal scheme.</summary>
    /// <param name="scheme">The scheme.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="scheme"/> is null.</exception>
    public static string Save(ScoringScheme scheme)
    {
        Preconditions.CheckNotNull(scheme);
        var dto = new SchemeDto
        {
            Name = scheme.Name,
            EffectiveFrom = scheme.EffectiveFrom == DateOnly.MinValue ? null : scheme.EffectiveFrom.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            BaseScore = scheme.BaseScore,
            BonusCap = scheme.BonusCap,
            TotalCap = scheme.TotalCap,
            TotalFloor = scheme.TotalFloor,
            Step = scheme.Step,
            RankingMethod = JsonNamingPolicy.CamelCase.ConvertName(scheme.RankingMethod.ToString()),
            Rules = scheme.Rules.Select(r => new RuleDto
            {
                Id = r.Id,
                Category = r.Category,
                Kind = JsonNamingPolicy.CamelCase.ConvertName(r.Kind.ToString()),
                Points = r.IsFixed ? r.MinPoints : null,
                Min = r.IsFixed ? null : r.MinPoints,
                Max = r.IsFixed ? null : r.MaxPoints,
                Unit = JsonNamingPolicy.CamelCase.ConvertName(r.Unit.ToString()),
                SecondaryShare = r.SecondaryShare,
                Veto = r.Veto ? true : null,
                Description = r.Description,
            }).ToList(),
            CategoryBudgets = scheme.CategoryBudgets.Count == 0 ? null : scheme.CategoryBudgets.ToDictionary(kv => kv.Key, kv => kv.Value),
            GroupBaseScores = scheme.GroupBaseScores.Count == 0 ? null : scheme.GroupBaseScores.ToDictionary(kv => kv.Key, kv => kv.Value),
            Grades = scheme.Grades.Count == 0 ? null : scheme.Grades.Select(g => new GradeDto { Min = g.MinTotal, Name = g.Name }).ToList(),
            Honours = scheme.Honours.Count == 0 ? null : scheme.Honours.Select(h => new HonourDto { Title = h.Title, Count = h.Count, Side = JsonNamingPolicy.CamelCase.ConvertName(h.Side.ToString()) }).ToList(),
        };
        return JsonSerializer.Serialize(dto, Options);
    }

    private static ScoringScheme? Build(SchemeDto dto, List<Diagnostic> diagnostics)
    {
        T? Try<T>(string path, object? raw, Func<T> create)
            where T : class
        {
            try
            {
                return create();
            }
            catch (Exception e) when (e is ArgumentException or FormatException or OverflowException)
            {
                var message = e is ArgumentException ae ? ae.Message.Split(" (Parameter", 2)[0] : e.Message;
                diagnostics.Add(Problems.Error(DiagnosticCodes.SchemeValueInvalid, null, path,
                    raw is null ? null : Convert.ToString(raw, CultureInfo.InvariantCulture), message));
                return null;
            }
        }

        var rules = new List<AssessmentRule>();
        for (var i = 0; i < (dto.Rules?.Count ?? 0); i++)
        {
            var r = dto.Rules![i];
            if (r is null)
            {
                diagnostics.Add(Problems.Error(Messages.SchemeNullRule, null, $"$.rules[{i}]", "null"));
                continue;
            }

            var path = $"$.rules[{i}]";
            var kind = Enum<RuleKind>(r.Kind, path + ".kind", diagnostics, ("扣分", RuleKind.Deduction), ("减分", RuleKind.Deduction), ("加分", RuleKind.Bonus));
            var unit = r.Unit is null ? RuleUnit.PerOccurrence : Enum<RuleUnit>(r.Unit, path + ".unit", diagnostics);
            if (r.Points is not null && (r.Min is not null || r.Max is not null))
            {
                diagnostics.Add(Problems.Error(Messages.PointsAndRange, null, path, null));
                continue;
            }

            var min = r.Points ?? r.Min;
            if (min is null)
            {
                diagnostics.Add(Problems.Error(Messages.PointsMissing, null, path + ".points", null));
                continue;
            }

            if (string.IsNullOrWhiteSpace(r.Id) || string.IsNullOrWhiteSpace(r.Category))
            {
                var field = string.IsNullOrWhiteSpace(r.Id) ? "id" : "category";
                diagnostics.Add(Problems.Error(Messages.RuleFieldMissing, null, $"{path}.{field}", null, field));
                continue;
            }

            var ruleProblems = diagnostics.Count;
            NotNegative(min, path + (r.Points is null ? ".min" : ".points"), diagnostics);
            if (r.Max is { } max && max < min)
            {
                diagnostics.Add(Problems.Error(Messages.SchemeRangeReversed, null, path + ".max", ScoreText.Format(max), ScoreText.Format(max), ScoreText.Format(min.Value)));
            }

            if (r.SecondaryShare is { } share && (share < 0m || share > 1m))
            {
                diagnostics.Add(Problems.Error(Messages.SchemeShare, null, path + ".secondaryShare", ScoreText.Format(share), ScoreText.Format(share)));
            }

            if (diagnostics.Count > ruleProblems)
            {
                continue;
            }

            if (kind is { } k && unit is { } u
                && Try(path, r.Id, () => new AssessmentRule(r.Id!, r.Category!, k, min.Value, r.Max, u, r.SecondaryShare, r.Veto ?? false, r.Description)) is { } rule)
            {
                if (rules.Any(x => x.Id == rule.Id))
                {
                    diagnostics.Add(Problems.Error(Messages.RuleRepeated, null, path + ".id", rule.Id, rule.Id));
                }
                else
                {
                    rules.Add(rule);
                }
            }
        }

        var honours = new List<HonourRule>();
        for (var i = 0; i < (dto.Honours?.Count ?? 0); i++)
        {
            var h = dto.Honours![i];
            if (h is null)
            {
                diagnostics.Add(Problems.Error(Messages.SchemeNullHonour, null, $"$.honours[{i}]", "null"));
                continue;
            }

            var side = h.Side is null ? HonourSide.Top : Enum<HonourSide>(h.Side, $"$.honours[{i}].side", diagnostics);
            if (string.IsNullOrWhiteSpace(h.Title) || h.Count < 1)
            {
                diagnostics.Add(Problems.Error(Messages.HonourIncomplete, null, $"$.honours[{i}]", null));
            }
            else if (side is { } s)
            {
                honours.Add(new HonourRule(h.Title, h.Count, s));
            }
        }

        var grades = new List<GradeBand>();
        var gradeAt = new List<int>();
        for (var i = 0; i < (dto.Grades?.Count ?? 0); i++)
        {
            var g = dto.Grades![i];
            if (g is null)
            {
                diagnostics.Add(Problems.Error(Messages.SchemeNullGrade, null, $"$.grades[{i}]", "null"));
                continue;
            }

            if (string.IsNullOrWhiteSpace(g.Name) || g.Min is null)
            {
                diagnostics.Add(Problems.Error(Messages.GradeIncomplete, null, $"$.grades[{i}]", null));
            }
            else if (grades.FindIndex(x => x.MinTotal == g.Min.Value) is var first and >= 0)
            {
                diagnostics.Add(Problems.Error(Messages.GradeRepeated, null, $"$.grades[{i}].min",
                    ScoreText.Format(g.Min.Value), $"$.grades[{gradeAt[first]}]", ScoreText.Format(g.Min.Value)));
            }
            else
            {
                grades.Add(new GradeBand(g.Min.Value, g.Name));
                gradeAt.Add(i);
            }
        }

        var method = dto.RankingMethod is null ? RankingMethod.Competition : Enum<RankingMethod>(dto.RankingMethod, "$.rankingMethod", diagnostics);
        DateOnly effective = DateOnly.MinValue;
        if (dto.EffectiveFrom is not null && !DateOnly.TryParseExact(dto.EffectiveFrom, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out effective))
        {
            diagnostics.Add(Problems.Error(Messages.SchemeDate, null, "$.effectiveFrom", dto.EffectiveFrom));
        }

        if (dto.Ratings is { ValueKind: not JsonValueKind.Object and not JsonValueKind.Null } section)
        {
            diagnostics.Add(Problems.Error(Messages.SchemeType, null, "$.ratings", section.ValueKind == JsonValueKind.Array ? "[…]" : section.GetRawText()));
        }

        // The settings' own rules, checked here in the catalogue's words (the init setters would throw with a programmer's text).
        Positive(dto.BaseScore, "$.baseScore", diagnostics);
        NotNegative(dto.BonusCap, "$.bonusCap", diagnostics);
        Positive(dto.Step, "$.step", diagnostics);
        foreach (var (category, budget) in dto.CategoryBudgets ?? [])
        {
            NotNegative(budget, $"$.categoryBudgets.{category}", diagnostics);
        }

        foreach (var (group, baseScore) in dto.GroupBaseScores ?? [])
        {
            Positive(baseScore, $"$.groupBaseScores.{group}", diagnostics);
        }

        if (diagnostics.Count > 0 || method is null)
        {
            return null;
        }

        var scheme = Try("$", null, () => new ScoringScheme
        {
            Name = dto.Name,
            EffectiveFrom = effective,
            BaseScore = dto.BaseScore ?? 100m,
            BonusCap = dto.BonusCap,
            TotalCap = dto.TotalCap,
            TotalFloor = dto.TotalFloor,
            Step = dto.Step,
            RankingMethod = method.Value,
            Rules = rules,
            CategoryBudgets = dto.CategoryBudgets ?? [],
            GroupBaseScores = dto.GroupBaseScores ?? [],
            Grades = grades,
            Honours = honours,
        });
        if (scheme is not null)
        {
            // The same consistency rules as ScoringScheme.Validate and ScoringSchemeValidator, with their codes (WS210–WS213),
            // so a file the host would reject at start-up does not load.
            foreach (var d in SchemeConsistency.Check(scheme, MessageCatalog.ActiveCulture))
            {
                diagnostics.Add(d with { Column = "$." + JsonNamingPolicy.CamelCase.ConvertName(d.Column!) });
            }
        }

        return diagnostics.Count == 0 ? scheme : null;
    }

    private static void Positive(decimal? value, string path, List<Diagnostic> diagnostics)
    {
        if (value is { } v && v <= 0m)
        {
            diagnostics.Add(Problems.Error(Messages.SchemeNotPositive, null, path, ScoreText.Format(v), path[(path.LastIndexOf('.') + 1)..], ScoreText.Format(v)));
        }
    }

    private static void NotNegative(decimal? value, string path, List<Diagnostic> diagnostics)
    {
        if (value is { } v && v < 0m)
        {
            diagnostics.Add(Problems.Error(Messages.SchemeNegative, null, path, ScoreText.Format(v), path[(path.LastIndexOf('.') + 1)..], ScoreText.Format(v)));
        }
    }

    private static T? Enum<T>(string? text, string path, List<Diagnostic> diagnostics, params (string Alias, T Value)[] aliases)
        where T : struct, System.Enum
    {
        if (text is not null)
        {
            foreach (var (alias, value) in aliases)
            {
                if (text.Trim() == alias)
                {
                    return value;
                }
            }

            if (System.Enum.TryParse<T>(text.Trim(), ignoreCase: true, out var parsed) && System.Enum.IsDefined(parsed) && !char.IsAsciiDigit(text.Trim()[0]))
            {
                return parsed;
            }
        }

        diagnostics.Add(Problems.Error(Messages.SchemeChoice, null, path, text,
            string.Join(", ", System.Enum.GetNames<T>().Select(n => JsonNamingPolicy.CamelCase.ConvertName(n)))));
        return null;
    }

    private static class PropertyNames<T>
    {
        internal static readonly string[] Value = typeof(T).GetProperties().Select(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name)).ToArray();
    }

    // A number the exact-decimal converter refuses, with the catalogue key that says why.
    private sealed class NumberException(string key, string? text) : JsonException
    {
        internal string Key { get; } = key;

        internal string? Text { get; } = text;
    }

    private sealed class SchemeDto
    {
        public string? Name { get; set; }

        public string? EffectiveFrom { get; set; }

        public decimal? BaseScore { get; set; }

        public decimal? BonusCap { get; set; }

        public decimal? TotalCap { get; set; }

        public decimal? TotalFloor { get; set; }

        public decimal? Step { get; set; }

        public string? RankingMethod { get; set; }

        public List<RuleDto>? Rules { get; set; }

        public Dictionary<string, decimal>? CategoryBudgets { get; set; }

        public Dictionary<string, decimal>? GroupBaseScores { get; set; }

        public List<GradeDto>? Grades { get; set; }

        public List<HonourDto>? Honours { get; set; }

        // The 好差评 section, kept as data (its values are the Ratings wing's to read).
        public JsonElement? Ratings { get; set; }
    }

    private sealed class RuleDto
    {
        public string? Id { get; set; }

        public string? Category { get; set; }

        public string? Kind { get; set; }

        public decimal? Points { get; set; }

        public decimal? Min { get; set; }

        public decimal? Max { get; set; }

        public string? Unit { get; set; }

        public decimal? SecondaryShare { get; set; }

        public bool? Veto { get; set; }

        public string? Description { get; set; }
    }

    private sealed class GradeDto
    {
        public decimal? Min { get; set; }

        public string? Name { get; set; }
    }

    private sealed class HonourDto
    {
        public string? Title { get; set; }

        public int Count { get; set; }

        public string? Side { get; set; }
    }
}
