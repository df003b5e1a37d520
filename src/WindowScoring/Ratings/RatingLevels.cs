using System.Diagnostics.CodeAnalysis;

namespace WindowScoring.Ratings;

/// <summary>
/// The one parser and the words of <see cref="RatingLevel"/>: a level is read from its word (非常满意, 满意, 基本满意, 不满意,
/// 非常不满意, or the English very satisfied … very dissatisfied), from stars (<c>5星</c>, <c>五星</c>, <c>5颗星</c>,
/// <c>★★★★★</c>, <c>★★★☆☆</c>) or from a digit (<c>5</c>, <c>5分</c>). Full-width forms are folded and white space ignored.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
public static class RatingLevels
{
    private static readonly string[] ChineseWords = ["非常不满意", "不满意", "基本满意", "满意", "非常满意"];

    private static readonly Dictionary<string, RatingLevel> Words = new(StringComparer.Ordinal)
    {
        ["非常满意"] = RatingLevel.VerySatisfied,
        ["满意"] = RatingLevel.Satisfied,
        ["比较满意"] = RatingLevel.Satisfied,
        ["基本满意"] = RatingLevel.FairlySatisfied,
        ["一般"] = RatingLevel.FairlySatisfied,
        ["不满意"] = RatingLevel.Dissatisfied,
        ["非常不满意"] = RatingLevel.VeryDissatisfied,
        ["verysatisfied"] = RatingLevel.VerySatisfied,
        ["satisfied"] = RatingLevel.Satisfied,
        ["fairlysatisfied"] = RatingLevel.FairlySatisfied,
        ["basicallysatisfied"] = RatingLevel.FairlySatisfied,
        ["dissatisfied"] = RatingLevel.Dissatisfied,
        ["verydissatisfied"] = RatingLevel.VeryDissatisfied,
    };

    /// <summary>The forms <see cref="TryParse"/> accepts, for messages: <c>非常满意…非常不满意, 5星…1星, ★★★★★, 5…1</c>.</summary>
    public static string AcceptedForms => "非常满意, 满意, 基本满意, 不满意, 非常不满意, 5星…1星, ★★★★★…★, 5…1";

    /// <summary>Reads a level from a word, stars or a digit.</summary>
    /// <param name="text">The cell's text; null or blank is not a level.</param>
    /// <param name="level">The level read; default when the text is not a level.</param>
    /// <returns>True when the text names a level.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out RatingLevel level)
    {
        level = default;
        if (text is null)
        {
            return false;
        }

        var key = ColumnSet.Key(text);
        if (Words.TryGetValue(key, out level))
        {
            return true;
        }

        if (key.Length > 0 && key.All(c => c is '★' or '☆'))
        {
            // Filled stars count; empty ones only pad to five (★★★☆☆ is 3).
            var filled = key.Count(c => c == '★');
            return key.Length <= 5 && Star(filled, out level);
        }

        var digits = key.EndsWith("颗星", StringComparison.Ordinal) ? key[..^2]
            : key.EndsWith('星') || key.EndsWith('分') ? key[..^1]
            : key;
        return digits.Length == 1 && Star(digits[0] switch
        {
            >= '1' and <= '5' => digits[0] - '0',
            '一' => 1,
            '二' or '两' => 2,
            '三' => 3,
            '四' => 4,
            '五' => 5,
            _ => 0,
        }, out level);
    }

    /// <summary>The level's Chinese word, e.g. <c>基本满意</c>.</summary>
    /// <param name="level">A level.</param>
    /// <returns>The word.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> is not defined.</exception>
    public static string ToChinese(this RatingLevel level) => ChineseWords[(int)Preconditions.CheckDefined(level) - 1];

    /// <summary>True for the two lowest levels (不满意, 非常不满意): a 差评.</summary>
    /// <param name="level">A level.</param>
    /// <returns>True for a 差评.</returns>
    public static bool IsNegative(this RatingLevel level) => level is RatingLevel.Dissatisfied or RatingLevel.VeryDissatisfied;

    /// <summary>True for the three highest levels (非常满意, 满意, 基本满意): the numerator of 满意率.</summary>
    /// <param name="level">A level.</param>
    /// <returns>True when the level counts as satisfied.</returns>
    public static bool IsSatisfied(this RatingLevel level) => level is RatingLevel.VerySatisfied or RatingLevel.Satisfied or RatingLevel.FairlySatisfied;

    private static bool Star(int stars, out RatingLevel level)
    {
        level = stars is >= 1 and <= 5 ? (RatingLevel)stars : default;
        return stars is >= 1 and <= 5;
    }
}
