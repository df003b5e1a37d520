using System.Globalization;
using System.Text.RegularExpressions;

namespace WindowScoring;

/// <summary>
/// The one catalogue of messages: every diagnostic, unranked reason, alert and term of the library, of its companion
/// packages and of a host, keyed by code, in Simplified Chinese and English; and the one language setting,
/// <see cref="Culture"/>. Modelled on FluentValidation's <c>LanguageManager</c>.
/// </summary>
/// <remarks>
/// <para><b>Keys.</b> A diagnostic code (<c>WS121</c>) when the code has one message; the code and a variant after a dot
/// (<c>WS116.UnterminatedQuote</c>) when it has several. A diagnostic's <see cref="Diagnostic.Code"/> is its key up to the
/// first dot. Other keys (alerts, terms such as a figure's name) have no code.</para>
/// <para><b>Texts.</b> Composite formats (<c>{0}</c>, <c>{1}</c> …) filled with <see cref="CultureInfo.InvariantCulture"/>;
/// scores are passed already formatted. The library's own texts live in <c>Messages.zh-CN.cs</c> and
/// <c>Messages.en.cs</c>; a companion package adds its codes with <see cref="Register"/>; a host replaces the text of any
/// key for a culture with <see cref="SetText"/> (a hall's own wording, or a language of its own).</para>
/// <para><b>Language.</b> Messages are made in <see cref="ActiveCulture"/>: <see cref="Culture"/> when set, otherwise
/// <see cref="CultureInfo.CurrentUICulture"/> of the thread at the time the message is made. A text set with
/// <see cref="SetText"/> for that culture or one of its parents (<c>zh-CN</c>, then <c>zh</c>) wins; otherwise a culture whose
/// name starts with <c>zh</c> gets the Chinese text and every other culture (the invariant one included) the English.</para>
/// <para><b>Threads.</b> Reading is lock-free and safe from any thread. <see cref="Register"/>, <see cref="SetText"/> and
/// <see cref="Culture"/> are meant for start-up; they are thread-safe too (a reader sees the catalogue before or after a
/// change, never half of it).</para>
/// </remarks>
public static partial class MessageCatalog
{
    private static readonly object Gate = new();
    private static volatile Dictionary<string, Texts> _texts = Seed();
    private static volatile Dictionary<(string Key, string Culture), string> _overrides = new();
    private static volatile CultureInfo? _culture;

    /// <summary>
    /// The one language setting of every message (readers, engine, audit, validators, history, alerts, scheme files,
    /// writers' headings, <see cref="Diagnostic.ToString"/>): null (the default) to follow
    /// <see cref="CultureInfo.CurrentUICulture"/> (so a web host's request localization works per request); set it once at
    /// start-up to fix the language (the command line's <c>--culture</c> does).
    /// </summary>
    public static CultureInfo? Culture
    {
        get => _culture;
        set => _culture = value;
    }

    /// <summary>The culture messages are made in now: <see cref="Culture"/>, or <see cref="CultureInfo.CurrentUICulture"/> when it is null.</summary>
    public static CultureInfo ActiveCulture => _culture ?? CultureInfo.CurrentUICulture;

    /// <summary>Every key of the catalogue (the library's, the packages' registered so far).</summary>
    public static IReadOnlyCollection<string> Keys => _texts.Keys;

    /// <summary>True when <paramref name="key"/> has texts in the catalogue.</summary>
    /// <param name="key">A key such as <c>WS123</c> or <c>WS116.UnterminatedQuote</c>.</param>
    /// <returns>True when the key is known.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> is null.</exception>
    public static bool Contains(string key) => _texts.ContainsKey(Preconditions.CheckNotNull(key));

    /// <summary>
    /// Adds a key with its Chinese and English texts: how a companion package (or a host's own <c>ITableSource</c>)
    /// makes its codes part of the catalogue. Registering the same key again with the same texts does nothing.
    /// </summary>
    /// <param name="key">The code (<c>WS600</c>, <c>HALL01</c>) or a code and a variant (<c>WS116.NotZip</c>): letters, digits,
    /// <c>-</c> and <c>_</c>, with at most one dot.</param>
    /// <param name="chinese">The Simplified Chinese text (a composite format).</param>
    /// <param name="english">The English text, with the same placeholders as <paramref name="chinese"/>.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The key is malformed or already has other texts; a text is not a valid
    /// composite format; or the two texts do not use the same placeholders.</exception>
    public static void Register(string key, string chinese, string english)
    {
        Preconditions.CheckNotNull(key);
        Preconditions.CheckNotNull(chinese);
        Preconditions.CheckNotNull(english);
        Preconditions.CheckArgument(KeyShape().IsMatch(key), $"'{key}' is not a catalogue key (a code such as WS600, optionally followed by one '.' and a variant).", nameof(key));
        var arity = Arity(english, nameof(english));
        Preconditions.CheckArgument(Placeholders(chinese, nameof(chinese)).SetEquals(Placeholders(english, nameof(english))),
            $"The Chinese and English texts of '{key}' must use the same placeholders.", nameof(chinese));
        lock (Gate)
        {
            if (_texts.TryGetValue(key, out var known))
            {
                Preconditions.CheckArgument(known.Chinese == chinese && known.English == english, $"'{key}' is already registered with other texts.", nameof(key));
                return;
            }

            _texts = new Dictionary<string, Texts>(_texts, StringComparer.Ordinal) { [key] = new Texts(chinese, english, arity) };
        }
    }

    /// <summary>
    /// Replaces the text of a key for a culture (and the cultures under it: a text for <c>zh</c> serves <c>zh-CN</c> and
    /// <c>zh-TW</c>), as FluentValidation's <c>LanguageManager.AddTranslation</c> does: a hall's own wording, or a language
    /// the library does not ship. The code of the diagnostics made from it does not change.
    /// </summary>
    /// <param name="key">A key of the catalogue, or one a package will register (then the text is used only when it needs no
    /// more arguments than the diagnostic is made with).</param>
    /// <param name="culture">The culture the text is for.</param>
    /// <param name="text">The text, a composite format with no placeholder the catalogue's text lacks.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The text is not a valid composite format, or uses a placeholder the key's own
    /// texts do not have.</exception>
    public static void SetText(string key, CultureInfo culture, string text)
    {
        Preconditions.CheckNotNull(key);
        Preconditions.CheckNotNull(culture);
        Preconditions.CheckNotNull(text);
        var arity = Arity(text, nameof(text));
        if (_texts.TryGetValue(key, out var known))
        {
            Preconditions.CheckArgument(arity <= known.Arity, $"The text for '{key}' uses placeholder {{{arity - 1}}}; the catalogue's text takes {known.Arity} argument(s).", nameof(text));
        }

        lock (Gate)
        {
            _overrides = new Dictionary<(string, string), string>(_overrides) { [(key, culture.Name)] = text };
        }
    }

    /// <summary>Removes a text set with <see cref="SetText"/>, so the catalogue's own text applies again.</summary>
    /// <param name="key">The key.</param>
    /// <param name="culture">The culture the text was set for.</param>
    /// <returns>True when a text was removed.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static bool ClearText(string key, CultureInfo culture)
    {
        Preconditions.CheckNotNull(key);
        Preconditions.CheckNotNull(culture);
        lock (Gate)
        {
            var copy = new Dictionary<(string, string), string>(_overrides);
            var removed = copy.Remove((key, culture.Name));
            _overrides = copy;
            return removed;
        }
    }

    /// <summary>The text (the unfilled template) of a key in a culture: a host's text when one is set, else Chinese or English.</summary>
    /// <param name="key">A key of the catalogue.</param>
    /// <param name="culture">The culture; <see cref="ActiveCulture"/> when null.</param>
    /// <returns>The template.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> is null.</exception>
    /// <exception cref="ArgumentException">The key is not in the catalogue (see <see cref="Register"/>).</exception>
    public static string GetText(string key, CultureInfo? culture = null) => Template(key, culture ?? ActiveCulture, int.MaxValue);

    /// <summary>The message of a key in <see cref="ActiveCulture"/>, filled invariantly with <paramref name="arguments"/>.</summary>
    /// <param name="key">A key of the catalogue.</param>
    /// <param name="arguments">The values of the placeholders (format scores invariantly first, e.g. with <c>ScoreText.Format</c>).</param>
    /// <returns>The message.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> is null.</exception>
    /// <exception cref="ArgumentException">The key is not in the catalogue.</exception>
    public static string Format(string key, params object?[] arguments) => Format(key, ActiveCulture, arguments);

    /// <summary>The message of a key in a given culture (for the library's own use and its tests).</summary>
    internal static string Format(string key, CultureInfo culture, params object?[] arguments)
    {
        arguments ??= [];
        return string.Format(CultureInfo.InvariantCulture, Template(key, culture, arguments.Length), arguments);
    }

    /// <summary>The code a key belongs to: the key up to its first dot.</summary>
    internal static string CodeOf(string key)
    {
        var dot = key.IndexOf('.', StringComparison.Ordinal);
        return dot < 0 ? key : key[..dot];
    }

    /// <summary>True when the built-in text for <paramref name="culture"/> is Chinese (its name starts with <c>zh</c>).</summary>
    internal static bool IsChinese(CultureInfo culture) => culture.Name.StartsWith("zh", StringComparison.OrdinalIgnoreCase);

    private static string Template(string key, CultureInfo culture, int argumentCount)
    {
        Preconditions.CheckNotNull(key);
        if (!_texts.TryGetValue(key, out var texts))
        {
            return Preconditions.Fail<string>($"'{key}' is not in the message catalogue; register it first (MessageCatalog.Register).", nameof(key));
        }

        var overrides = _overrides;
        if (overrides.Count > 0)
        {
            for (var c = culture; ; c = c.Parent)
            {
                if (overrides.TryGetValue((key, c.Name), out var text) && Arity(text) <= argumentCount)
                {
                    return text;
                }

                if (c.Name.Length == 0)
                {
                    break;
                }
            }
        }

        return IsChinese(culture) ? texts.Chinese : texts.English;
    }

    private static Dictionary<string, Texts> Seed()
    {
        var texts = new Dictionary<string, Texts>(StringComparer.Ordinal);
        foreach (var (key, english) in Messages.EnglishTemplates.Concat(Messages.EnglishTermTexts))
        {
            texts.Add(key, new Texts(Messages.ChineseText(key), english, Arity(english)));
        }

        return texts;
    }

    // One more than the highest placeholder index (0 for a text without placeholders).
    private static int Arity(string text) => PlaceholderIndexes(text).DefaultIfEmpty(-1).Max() + 1;

    private static int Arity(string text, string parameterName)
    {
        _ = Placeholders(text, parameterName);
        return Arity(text);
    }

    private static HashSet<int> Placeholders(string text, string parameterName)
    {
        var indexes = PlaceholderIndexes(text).ToHashSet();
        try
        {
            _ = string.Format(CultureInfo.InvariantCulture, text, new object?[indexes.Count == 0 ? 0 : indexes.Max() + 1]);
        }
        catch (FormatException e)
        {
            Preconditions.Fail<int>($"'{text}' is not a valid composite format: {e.Message}", parameterName);
        }

        return indexes;
    }

    private static IEnumerable<int> PlaceholderIndexes(string text) =>
        Placeholder().Matches(text.Replace("{{", string.Empty, StringComparison.Ordinal)).Select(m => int.Parse(m.Groups[1].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture));

    private sealed record Texts(string Chinese, string English, int Arity);

    [GeneratedRegex(@"\{(\d+)[^}]*\}", RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"^[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex KeyShape();
}
