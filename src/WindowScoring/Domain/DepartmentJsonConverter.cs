using System.Text.Json;
using System.Text.Json.Serialization;

namespace WindowScoring;

/// <summary>
/// System.Text.Json writes a department as <c>{"Code": …, "Name": …}</c> (names after the options' naming policy) and, as
/// a dictionary key (aliases, evaluations), as its <see cref="Department.Code"/>, its identity; a key reads back as a
/// department whose name is its code. Without it a dictionary keyed by department could not be serialized at all.
/// </summary>
internal sealed class DepartmentJsonConverter : JsonConverter<Department>
{
    public override Department? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("A department is an object with a code and a name.");
        }

        string? code = null, name = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var property = reader.GetString();
            reader.Read();
            if (string.Equals(property, Name(nameof(Department.Code), options), StringComparison.OrdinalIgnoreCase))
            {
                code = reader.GetString();
            }
            else if (string.Equals(property, Name(nameof(Department.Name), options), StringComparison.OrdinalIgnoreCase))
            {
                name = reader.GetString();
            }
            else
            {
                reader.Skip();
            }
        }

        return !string.IsNullOrWhiteSpace(code) || !string.IsNullOrWhiteSpace(name)
            ? string.IsNullOrWhiteSpace(code) ? Department.FromName(name!) : new Department(code, string.IsNullOrWhiteSpace(name) ? code : name)
            : throw new JsonException("A department needs a code or a name.");
    }

    public override void Write(Utf8JsonWriter writer, Department value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteString(Name(nameof(Department.Code), options), value.Code);
        writer.WriteString(Name(nameof(Department.Name), options), value.Name);
        writer.WriteEndObject();
    }

    public override Department ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.GetString() is { } code && !string.IsNullOrWhiteSpace(code) ? new Department(code, code) : throw new JsonException("A department key is its code.");

    public override void WriteAsPropertyName(Utf8JsonWriter writer, Department value, JsonSerializerOptions options) =>
        writer.WritePropertyName(value.Code);

    private static string Name(string property, JsonSerializerOptions options) => options.PropertyNamingPolicy?.ConvertName(property) ?? property;
}
