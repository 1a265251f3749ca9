using System;

namespace SeedModels.Extraction
{
    /// <summary>
    /// Visits an article's fields in their one order, by name and kind. Each shape type lists its fields once, in a <c>Walk</c>
    /// function that hands every value to the walker and builds the value back from what the walker returns: a walker that
    /// writes (the generator's data, the CLI's JSON and text reports) returns what it was given; a walker that reads (the
    /// runtime library's decoder) ignores what it was given and returns what it read. A new field is one line in its type's
    /// <c>Walk</c>, and every walker handles it.
    /// </summary>
    internal interface IFieldWalker
    {
        /// <summary>A text that is always there (may be empty).</summary>
        string Text(string name, string value);

        /// <summary>A text that may be absent.</summary>
        string? OptionalText(string name, string? value);

        int Number(string name, int value);

        /// <summary>A two-valued field, written as <paramref name="whenTrue"/> or <paramref name="whenFalse"/>.</summary>
        bool Choice(string name, string whenTrue, string whenFalse, bool value);

        /// <summary>A date with no time of day, written <c>yyyy-MM-dd</c>; may be absent.</summary>
        DateTime? Date(string name, DateTime? value);

        /// <summary>A list of texts.</summary>
        EquatableArray<string> Texts(string name, EquatableArray<string> values);

        /// <summary>A list of records, each walked by <paramref name="walk"/>.</summary>
        EquatableArray<T> Items<T>(string name, EquatableArray<T> items, Func<IFieldWalker, T?, T> walk)
            where T : class, IEquatable<T>;

        /// <summary>A record that may be absent, walked by <paramref name="walk"/> when present.</summary>
        T? Optional<T>(string name, T? value, Func<IFieldWalker, T?, T> walk)
            where T : class;
    }
}
