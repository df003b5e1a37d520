using System.Text.Json;
using System.Text.Json.Serialization;

namespace WindowScoring;

/// <summary>
/// System.Text.Json writes a period as its canonical text (<c>"2023-11"</c>, <c>"2023-Q4"</c>), also as a dictionary key,
/// and reads back any text <see cref="AssessmentPeriod.TryParse(string?, out AssessmentPeriod)"/> accepts. Without it the
/// serializer would follow <see cref="AssessmentPeriod.FirstMonth"/> (a month's first month is itself) until it fails.
/// </summary>
internal sealed class AssessmentPeriodJsonConverter : JsonConverter<AssessmentPeriod>
{
    public override AssessmentPeriod Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String ? Parse(reader.GetString()) : throw new JsonException("A period is a string such as \"2023-11\".");

    public override void Write(Utf8JsonWriter writer, AssessmentPeriod value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString());

    public override AssessmentPeriod ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Parse(reader.GetString());

    public override void WriteAsPropertyName(Utf8JsonWriter writer, AssessmentPeriod value, JsonSerializerOptions options) =>
        writer.WritePropertyName(value.ToString());

    private static AssessmentPeriod Parse(string? text) =>
        AssessmentPeriod.TryParse(text, out var period) ? period : throw new JsonException($"'{text}' is not a period such as 2023-11.");
}
