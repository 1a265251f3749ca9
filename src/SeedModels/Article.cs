using System.Collections.Generic;

namespace SeedModels
{
    /// <summary>
    /// A news article extracted from text: the record every generated article type derives from,
    /// and what <see cref="ArticleReader"/> returns at run time.
    /// </summary>
    public record Article
    {
        private ValueList<Quote> _quotes = ValueList<Quote>.Empty;
        private ValueList<ImageCaption> _imageCaptions = ValueList<ImageCaption>.Empty;
        private ValueList<string> _crossheads = ValueList<string>.Empty;
        private ValueList<string> _paragraphs = ValueList<string>.Empty;
        private ValueList<string> _tags = ValueList<string>.Empty;

        /// <summary>The article's identifier: the <c>id</c> annotation, else one made from the headline or the file name.</summary>
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
    }
}
