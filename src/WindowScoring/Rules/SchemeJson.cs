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
///   "honours": [ { "title": "红旗窗口", "count": 5, "side": "top" } ]
/// }
/// </code>
/// Numbers are read as exact decimals. Loading never throws for bad data: every problem is a diagnostic naming its
/// JSON path (WS510 for syntax and shape, WS511 for values that break a rule, WS210–WS213 for settings that contradict
/// each other, checked by the same rules as <see cref="ScoringScheme.Validate"/>). Stateless and thread-safe.
/// </summary>
public static class SchemeJson
{
    /// <summary>
    /// The most characters a scheme may have (1 Mi; a real scheme is a few kilobytes): <see cref="Load(string, CultureInfo?)"/> and the
    /// stream loaders stop at this size with a WS510 diagnostic, so a hostile upload cannot exhaust memory (the same idea
    /// as <c>ImportOptions.MaxBytes</c> for tables).
    /// </summary>
    public const int MaxChars = 1024 * 1024;

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
                throw new JsonException("Expected a number.");
            }

            var text = System.Text.Encoding.UTF8.GetString(reader.HasValueSequence ? System.Buffers.BuffersExtensions.ToArray(reader.ValueSequence) : reader.ValueSpan);
            return ScoreText.TryParse(text, out var value)
                ? value
                : throw new JsonException($"The number {text} is not a plain decimal that can be held exactly (at most 28–29 significant digits, no exponent).");
        }

        public override void Write(Utf8JsonWriter writer, decimal value, JsonSerializerOptions options) => writer.WriteNumberValue(value);
    }

    /// <summary>
    /// Loads a scheme from JSON text. Text longer than <see cref="MaxChars"/> is not parsed (WS510); a key given twice in
    /// one object is an error naming its JSON path (WS510), never "the last one wins".
    /// </summary>
    /// <param name="json">The JSON.</param>
    /// <param name="messageCulture">The culture that chooses the language of the diagnostics (a name starting with
    /// <c>zh</c>: Simplified Chinese, any other: English); the current UI culture at the time of the call when null.</param>
    /// <returns>The scheme or the diagnostics.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public static SchemeLoadResult Load(string json, CultureInfo? messageCulture = null)
    {
        Preconditions.CheckNotNull(json);
        if (json.Length > MaxChars)
        {
            return TooLarge(messageCulture);
        }

        if (FindDuplicateKey(json, messageCulture) is { } duplicate)
        {
            return new SchemeLoadResult(null, [duplicate]);
        }

        SchemeDto? dto;
        try
        {
            dto = JsonSerializer.Deserialize<SchemeDto>(json, Options);
        }
        catch (JsonException e)
        {
            var line = e.LineNumber is { } l ? (int)l + 1 : (int?)null;
            var message = e.Message.Split(" Path:", 2)[0];
            return new SchemeLoadResult(null, [Problems.Error(Messages.SchemeSyntax, messageCulture, line, e.Path ?? "$", null, message)]);
        }

        if (dto is null)
        {
            return new SchemeLoadResult(null, [Problems.Error(Messages.SchemeNull, messageCulture, 1, "$", "null")]);
        }

        var diagnostics = new List<Diagnostic>();
        var scheme = Build(dto, diagnostics, messageCulture);
        return new SchemeLoadResult(diagnostics.Count == 0 ? scheme : null, diagnostics);
    }

    /// <summary>
    /// Loads a scheme from a UTF-8 (or UTF-16 with BOM) stream. A stream longer than <see cref="MaxChars"/> characters is
    /// not read past that point: the result is a WS510 diagnostic, so a hostile upload cannot exhaust memory.
    /// </summary>
    /// <param name="stream">The stream; read to its end (or to the limit) and left open.</param>
    /// <param name="messageCulture">The culture that chooses the language of the diagnostics (a name starting with
    /// <c>zh</c>: Simplified Chinese, any other: English); the current UI culture at the time of the call when null.</param>
    /// <returns>The scheme or the diagnostics.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    public static SchemeLoadResult Load(Stream stream, CultureInfo? messageCulture = null)
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
                return TooLarge(messageCulture);
            }

            text.Append(buffer, 0, read);
        }

        return read < 0 ? NotUtf8(messageCulture) : Load(text.ToString(), messageCulture);
    }

    private static SchemeLoadResult TooLarge(CultureInfo? culture) =>
        new(null, [Problems.Error(Messages.SchemeTooLarge, culture, null, "$", null, MaxChars)]);

    // System.Text.Json keeps the last of two equal keys (before .NET 10's AllowDuplicateProperties, which net8.0 lacks):
    // one pass with a reader finds the first duplicate and its path. Syntax errors are left to the deserializer.
    private static Diagnostic? FindDuplicateKey(string json, CultureInfo? culture)
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
                            return Problems.Error(Messages.SchemeDuplicateKey, culture, null, path, name, name);
                        }

                        break;
                    default:
                        path = ElementPath(scopes, path);
                        break;
                }
            }
        }
        catch (JsonException)
        {
            // Malformed JSON: the deserializer reports it with its line and path.
        }

        return null;
    }

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
    /// <param name="messageCulture">The culture that chooses the language of the diagnostics (a name starting with
    /// <c>zh</c>: Simplified Chinese, any other: English); the current UI culture at the time of the call when null.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The scheme or the diagnostics.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static async Task<SchemeLoadResult> LoadAsync(Stream stream, CultureInfo? messageCulture = null, CancellationToken cancellationToken = default)
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
                return NotUtf8(messageCulture);
            }

            if (read == 0)
            {
                return Load(text.ToString(), messageCulture);
            }

            if (text.Length + read > MaxChars)
            {
                return TooLarge(messageCulture);
            }

            text.Append(buffer, 0, read);
        }
    }

    private static SchemeLoadResult NotUtf8(CultureInfo? culture) =>
        new(null, [Problems.Error(Messages.SchemeNotUtf8, culture, null, "$", null)]);

    /// <summary>Loads a scheme file.</summary>
    /// <param name="path">The file's path.</param>
    /// <param name="messageCulture">The culture that chooses the language of the diagnostics (a name starting with
    /// <c>zh</c>: Simplified Chinese, any other: English); the current UI culture at the time of the call when null.</param>
    /// <returns>The scheme or the diagnostics.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static SchemeLoadResult LoadFile(string path, CultureInfo? messageCulture = null)
    {
        using var stream = File.OpenRead(Preconditions.CheckNotNull(path));
        return Load(stream, messageCulture);
    }

    /// <summary>Saves a scheme as indented JSON (Chinese text unescaped) that <see cref="Load(string, CultureInfo?)"/> reads back to an equal scheme.</summary>
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

    private static ScoringScheme? Build(SchemeDto dto, List<Diagnostic> diagnostics, CultureInfo? culture)
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
                diagnostics.Add(Problems.Error(DiagnosticCodes.SchemeValueInvalid, culture, null, path,
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
                diagnostics.Add(Problems.Error(Messages.SchemeNullRule, culture, null, $"$.rules[{i}]", "null"));
                continue;
            }

            var path = $"$.rules[{i}]";
            var kind = Enum<RuleKind>(r.Kind, path + ".kind", diagnostics, culture, ("扣分", RuleKind.Deduction), ("减分", RuleKind.Deduction), ("加分", RuleKind.Bonus));
            var unit = r.Unit is null ? RuleUnit.PerOccurrence : Enum<RuleUnit>(r.Unit, path + ".unit", diagnostics, culture);
            if (r.Points is not null && (r.Min is not null || r.Max is not null))
            {
                diagnostics.Add(Problems.Error(Messages.PointsAndRange, culture, null, path, null));
                continue;
            }

            var min = r.Points ?? r.Min;
            if (min is null)
            {
                diagnostics.Add(Problems.Error(Messages.PointsMissing, culture, null, path + ".points", null));
                continue;
            }

            if (string.IsNullOrWhiteSpace(r.Id) || string.IsNullOrWhiteSpace(r.Category))
            {
                var field = string.IsNullOrWhiteSpace(r.Id) ? "id" : "category";
                diagnostics.Add(Problems.Error(Messages.RuleFieldMissing, culture, null, $"{path}.{field}", null, field));
                continue;
            }

            if (kind is { } k && unit is { } u
                && Try(path, r.Id, () => new AssessmentRule(r.Id!, r.Category!, k, min.Value, r.Max, u, r.SecondaryShare, r.Veto ?? false, r.Description)) is { } rule)
            {
                if (rules.Any(x => x.Id == rule.Id))
                {
                    diagnostics.Add(Problems.Error(Messages.RuleRepeated, culture, null, path + ".id", rule.Id, rule.Id));
                    continue;
                }

                rules.Add(rule);
            }
        }

        var honours = new List<HonourRule>();
        for (var i = 0; i < (dto.Honours?.Count ?? 0); i++)
        {
            var h = dto.Honours![i];
            if (h is null)
            {
                diagnostics.Add(Problems.Error(Messages.SchemeNullHonour, culture, null, $"$.honours[{i}]", "null"));
                continue;
            }

            var side = h.Side is null ? HonourSide.Top : Enum<HonourSide>(h.Side, $"$.honours[{i}].side", diagnostics, culture);
            if (string.IsNullOrWhiteSpace(h.Title) || h.Count < 1)
            {
                diagnostics.Add(Problems.Error(Messages.HonourIncomplete, culture, null, $"$.honours[{i}]", null));
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
                diagnostics.Add(Problems.Error(Messages.SchemeNullGrade, culture, null, $"$.grades[{i}]", "null"));
                continue;
            }

            if (string.IsNullOrWhiteSpace(g.Name) || g.Min is null)
            {
                diagnostics.Add(Problems.Error(Messages.GradeIncomplete, culture, null, $"$.grades[{i}]", null));
            }
            else if (grades.FindIndex(x => x.MinTotal == g.Min.Value) is var first and >= 0)
            {
                diagnostics.Add(Problems.Error(Messages.GradeRepeated, culture, null, $"$.grades[{i}].min",
                    ScoreText.Format(g.Min.Value), $"$.grades[{gradeAt[first]}]", ScoreText.Format(g.Min.Value)));
            }
            else
            {
                grades.Add(new GradeBand(g.Min.Value, g.Name));
                gradeAt.Add(i);
            }
        }

        var method = dto.RankingMethod is null ? RankingMethod.Competition : Enum<RankingMethod>(dto.RankingMethod, "$.rankingMethod", diagnostics, culture);
        DateOnly effective = DateOnly.MinValue;
        if (dto.EffectiveFrom is not null && !DateOnly.TryParseExact(dto.EffectiveFrom, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out effective))
        {
            diagnostics.Add(Problems.Error(Messages.SchemeDate, culture, null, "$.effectiveFrom", dto.EffectiveFrom));
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
            foreach (var d in SchemeConsistency.Check(scheme, culture))
            {
                diagnostics.Add(d with { Column = "$." + JsonNamingPolicy.CamelCase.ConvertName(d.Column!) });
            }
        }

        return diagnostics.Count == 0 ? scheme : null;
    }

    private static T? Enum<T>(string? text, string path, List<Diagnostic> diagnostics, CultureInfo? culture, params (string Alias, T Value)[] aliases)
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

        diagnostics.Add(Problems.Error(Messages.SchemeChoice, culture, null, path, text,
            string.Join(", ", System.Enum.GetNames<T>().Select(n => JsonNamingPolicy.CamelCase.ConvertName(n)))));
        return null;
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
