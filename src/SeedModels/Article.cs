using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace SeedModels
{
    /// <summary>
    /// A news article extracted from text: the record every generated article type derives from,
    /// and what <see cref="ArticleReader"/> returns at run time.
    /// </summary>
    /// <remarks>
    /// <see cref="object.ToString"/> is short, for logs and debuggers: the type, the id, the headline (cut at 80
    /// characters), the date, the number of quotes and paragraphs, and the source file,
    /// e.g. <c>CouncilApprovesPark { Id = CouncilApprovesPark, Headline = "Council approves park", Date = 2024-05-14, Quotes = 3, Paragraphs = 9, SourceFile = seeds/park.txt }</c>.
    /// </remarks>
    [DebuggerDisplay("{ToString(),nq}")]
    public record Article
    {
        /// <summary>How much of the headline <see cref="object.ToString"/> shows.</summary>
        private const int HeadlineLengthInToString = 80;

        private ValueList<Quote> _quotes = ValueList<Quote>.Empty;
        private ValueList<ImageCaption> _imageCaptions = ValueList<ImageCaption>.Empty;
        private ValueList<string> _crossheads = ValueList<string>.Empty;
        private ValueList<string> _paragraphs = ValueList<string>.Empty;
        private ValueList<string> _tags = ValueList<string>.Empty;

        /// <summary>
        /// The article's identifier, which a generated article's type and catalog property are named after: the item's <c>Id</c>
        /// metadata or the <c>id</c> annotation, else one made from the headline (from the file name when the project sets
        /// <c>SeedModelsTypeNames</c> to <c>FileName</c>), else from the file name. <see cref="ArticleReader"/>, which reads one
        /// file without a project, uses the annotation, then the headline.
        /// </summary>
        public string Id { get; init; } = string.Empty;

        /// <summary>The headline; empty when none could be found.</summary>
        public string Headline { get; init; } = string.Empty;

        /// <summary>The one-sentence summary under the headline, if the article has one.</summary>
        public string? Standfirst { get; init; }

        /// <summary>Who wrote the article, if it says.</summary>
        public Byline? Byline { get; init; }

        /// <summary>When, where and through which agency the article was filed, if it says.</summary>
        public Dateline? Dateline { get; init; }

        /// <summary>The quotations in the body, in reading order.</summary>
        public IReadOnlyList<Quote> Quotes { get => _quotes; init => _quotes = ValueList<Quote>.From(value); }

        /// <summary>The image captions, with their credits.</summary>
        public IReadOnlyList<ImageCaption> ImageCaptions { get => _imageCaptions; init => _imageCaptions = ValueList<ImageCaption>.From(value); }

        /// <summary>The short headings inside the body.</summary>
        public IReadOnlyList<string> Crossheads { get => _crossheads; init => _crossheads = ValueList<string>.From(value); }

        /// <summary>The body paragraphs: no headline, standfirst, byline, dateline, caption, crosshead or boilerplate.</summary>
        public IReadOnlyList<string> Paragraphs { get => _paragraphs; init => _paragraphs = ValueList<string>.From(value); }

        /// <summary>The publication the article comes from (<c>source</c> annotation).</summary>
        public string? Source { get; init; }

        /// <summary>Where the article was published (<c>url</c> annotation).</summary>
        public string? Url { get; init; }

        /// <summary>The <c>tags</c> annotation, split at commas.</summary>
        public IReadOnlyList<string> Tags { get => _tags; init => _tags = ValueList<string>.From(value); }

        /// <summary>The article file's path, relative to the project.</summary>
        public string SourceFile { get; init; } = string.Empty;

        /// <summary>
        /// What <see cref="object.ToString"/> prints between the braces. A record's synthesized <c>ToString</c> calls this, and the
        /// generated records (which add no members) inherit it, so every article prints short — not every paragraph, as a
        /// record would by default. Not a sealed <c>ToString</c>: records deriving from one need C# 10, the generated code only C# 9.
        /// </summary>
        /// <param name="builder">Where the members are written.</param>
        /// <returns>Always <see langword="true"/>: there are members.</returns>
        protected virtual bool PrintMembers(StringBuilder builder)
        {
            if (builder is null)
            {
                throw new System.ArgumentNullException(nameof(builder));
            }

            builder.Append("Id = ").Append(Id);
            builder.Append(", Headline = \"");
            AppendOneLine(builder, Headline, HeadlineLengthInToString);
            builder.Append('"');
            if (Dateline?.Date is { } date)
            {
                builder.Append(", Date = ").Append(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            }

            builder.Append(", Quotes = ").Append(Quotes.Count.ToString(CultureInfo.InvariantCulture));
            builder.Append(", Paragraphs = ").Append(Paragraphs.Count.ToString(CultureInfo.InvariantCulture));
            builder.Append(", SourceFile = ").Append(SourceFile);
            return true;
        }

        /// <summary>Appends at most <paramref name="max"/> characters of <paramref name="text"/>, control characters as spaces, an ellipsis when cut.</summary>
        private static void AppendOneLine(StringBuilder builder, string text, int max)
        {
            var length = text.Length <= max ? text.Length : max;
            if (length < text.Length && length > 0 && char.IsHighSurrogate(text[length - 1]))
            {
                length--; // do not split a surrogate pair
            }

            for (var i = 0; i < length; i++)
            {
                builder.Append(char.IsControl(text[i]) ? ' ' : text[i]);
            }

            if (length < text.Length)
            {
                builder.Append('\u2026');
            }
        }
    }
}
