using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using SeedModels.Extraction;

namespace SeedModels.Cli
{
    /// <summary>
    /// The readable report: one section per article, a line per field in the order of <see cref="ExtractedArticle.Walk"/>
    /// (a line per item of a list; a record's fields on its one line), every field shown even when it is absent or empty
    /// (<c>(none)</c>), so two reports line up, then the diagnostics in the compiler's
    /// <c>file(line,col)</c> form. Article text is printed through <see cref="Display"/>: a hostile article cannot send escape
    /// sequences to the terminal.
    /// </summary>
    internal static class TextReport
    {
        public static void Write(IReadOnlyList<InspectedArticle> articles, TextWriter o)
        {
            foreach (var inspected in articles)
            {
                o.WriteLine(Display.Safe(inspected.SourceFile));
                if (inspected.Article is { } article)
                {
                    Line(o, "type", Display.Safe(inspected.TypeName));
                    ExtractedArticle.Walk(new Lines(o), article);
                }

                foreach (var d in inspected.Diagnostics)
                {
                    o.WriteLine($"  {Display.Safe(inspected.SourceFile)}({d.Line},{d.Column}): {d.Severity.ToString().ToLowerInvariant()} {d.Id}: {Display.Safe(d.Message)}");
                }

                o.WriteLine();
            }
        }

        /// <summary>Wide enough for the longest label (<c>imageCaption</c>) and a space.</summary>
        private const int LabelWidth = 14;

        private static void Line(TextWriter o, string label, string value) => o.WriteLine("  " + label.PadRight(LabelWidth) + value);

        private const string None = "(none)";

        /// <summary>A list's items are labelled in the singular: <c>quotes</c> → <c>quote</c>.</summary>
        private static string Singular(string name) => name.EndsWith("s", StringComparison.Ordinal) ? name.Substring(0, name.Length - 1) : name;

        private static string Text(string value) => Display.Paragraphs(value);

        /// <summary>Top-level fields, a line each; the section's header already names the source file.</summary>
        private sealed class Lines : IFieldWalker
        {
            private readonly TextWriter _o;

            public Lines(TextWriter o) => _o = o;

            public string Text(string name, string value)
            {
                if (name != "sourceFile")
                {
                    Line(_o, name, value.Length == 0 ? None : TextReport.Text(value));
                }

                return value;
            }

            public string? OptionalText(string name, string? value)
            {
                Line(_o, name, value == null ? None : TextReport.Text(value));
                return value;
            }

            public int Number(string name, int value)
            {
                Line(_o, name, value.ToString(CultureInfo.InvariantCulture));
                return value;
            }

            public bool Choice(string name, string whenTrue, string whenFalse, bool value)
            {
                Line(_o, name, value ? whenTrue : whenFalse);
                return value;
            }

            public DateTime? Date(string name, DateTime? value)
            {
                Line(_o, name, value?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? None);
                return value;
            }

            public EquatableArray<string> Texts(string name, EquatableArray<string> values)
            {
                if (values.Count == 0)
                {
                    Line(_o, name, None);
                }

                foreach (var v in values)
                {
                    Line(_o, Singular(name), TextReport.Text(v));
                }

                return values;
            }

            public EquatableArray<T> Items<T>(string name, EquatableArray<T> items, Func<IFieldWalker, T?, T> walk)
                where T : class, IEquatable<T>
            {
                if (items.Count == 0)
                {
                    Line(_o, name, None);
                }

                foreach (var item in items)
                {
                    Line(_o, Singular(name), Inline.Of(item, walk));
                }

                return items;
            }

            public T? Optional<T>(string name, T? value, Func<IFieldWalker, T?, T> walk)
                where T : class
            {
                Line(_o, name, value == null ? None : Inline.Of(value, walk));
                return value;
            }
        }

        /// <summary>A record's fields on one line, <c>name: value</c> separated by commas; absent values are left out.</summary>
        private sealed class Inline : IFieldWalker
        {
            private readonly List<string> _parts = new List<string>();

            public static string Of<T>(T value, Func<IFieldWalker, T?, T> walk)
                where T : class
            {
                var inline = new Inline();
                walk(inline, value);
                return string.Join(", ", inline._parts);
            }

            public string Text(string name, string value)
            {
                _parts.Add(name + ": " + TextReport.Text(value));
                return value;
            }

            public string? OptionalText(string name, string? value)
            {
                if (value != null)
                {
                    _parts.Add(name + ": " + TextReport.Text(value));
                }

                return value;
            }

            public int Number(string name, int value)
            {
                _parts.Add(name + ": " + value.ToString(CultureInfo.InvariantCulture));
                return value;
            }

            public bool Choice(string name, string whenTrue, string whenFalse, bool value)
            {
                _parts.Add(name + ": " + (value ? whenTrue : whenFalse));
                return value;
            }

            public DateTime? Date(string name, DateTime? value)
            {
                if (value != null)
                {
                    _parts.Add(name + ": " + value.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                }

                return value;
            }

            public EquatableArray<string> Texts(string name, EquatableArray<string> values)
            {
                var texts = new List<string>();
                foreach (var v in values)
                {
                    texts.Add(TextReport.Text(v));
                }

                _parts.Add(name + ": " + string.Join(", ", texts));
                return values;
            }

            public EquatableArray<T> Items<T>(string name, EquatableArray<T> items, Func<IFieldWalker, T?, T> walk)
                where T : class, IEquatable<T>
            {
                var texts = new List<string>();
                foreach (var item in items)
                {
                    texts.Add("(" + Of(item, walk) + ")");
                }

                _parts.Add(name + ": " + string.Join(" ", texts));
                return items;
            }

            public T? Optional<T>(string name, T? value, Func<IFieldWalker, T?, T> walk)
                where T : class
            {
                if (value != null)
                {
                    _parts.Add(name + ": (" + Of(value, walk) + ")");
                }

                return value;
            }
        }
    }
}
