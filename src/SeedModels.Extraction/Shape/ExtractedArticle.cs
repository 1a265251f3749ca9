using System;

namespace SeedModels.Extraction
{
    /// <summary>
    /// What the engine makes of one article: every field, immutable and compared by value (lists included), so the generator
    /// caches it as it is. The runtime library maps it to <c>SeedModels.Article</c> (ArticleMapping.cs); the generator's data,
    /// the runtime decoder and the CLI's reports go through <see cref="Walk"/>, the one list of the fields.
    /// </summary>
    /// <remarks>A new field: a parameter here and a line in <see cref="Walk"/>, its value in ArticleExtractor, its property on <c>Article</c> and its line in ArticleMapping.</remarks>
    internal sealed record ExtractedArticle(
        string Id,
        string SourceFile,
        string Headline,
        string? Standfirst,
        ExtractedByline? Byline,
        ExtractedDateline? Dateline,
        EquatableArray<ExtractedQuote> Quotes,
        EquatableArray<ExtractedCaption> ImageCaptions,
        EquatableArray<string> Crossheads,
        EquatableArray<string> Paragraphs,
        string? Source,
        string? Url,
        EquatableArray<string> Tags)
    {
        /// <summary>Every field in order, by name (the CLI's JSON names) and kind; see <see cref="IFieldWalker"/>.</summary>
        public static ExtractedArticle Walk(IFieldWalker w, ExtractedArticle? a) => new ExtractedArticle(
            w.Text("id", a?.Id ?? string.Empty),
            w.Text("sourceFile", a?.SourceFile ?? string.Empty),
            w.Text("headline", a?.Headline ?? string.Empty),
            w.OptionalText("standfirst", a?.Standfirst),
            w.Optional("byline", a?.Byline, ExtractedByline.Walk),
            w.Optional("dateline", a?.Dateline, ExtractedDateline.Walk),
            w.Items("quotes", a?.Quotes ?? EquatableArray<ExtractedQuote>.Empty, ExtractedQuote.Walk),
            w.Items("imageCaptions", a?.ImageCaptions ?? EquatableArray<ExtractedCaption>.Empty, ExtractedCaption.Walk),
            w.Texts("crossheads", a?.Crossheads ?? EquatableArray<string>.Empty),
            w.Texts("paragraphs", a?.Paragraphs ?? EquatableArray<string>.Empty),
            w.OptionalText("source", a?.Source),
            w.OptionalText("url", a?.Url),
            w.Texts("tags", a?.Tags ?? EquatableArray<string>.Empty));
    }

    /// <summary>Who wrote an article.</summary>
    internal sealed record ExtractedByline(EquatableArray<string> Authors)
    {
        public static ExtractedByline Walk(IFieldWalker w, ExtractedByline? b) =>
            new ExtractedByline(w.Texts("authors", b?.Authors ?? EquatableArray<string>.Empty));
    }

    /// <summary>When, where and through which agency an article was filed.</summary>
    internal sealed record ExtractedDateline(DateTime? Date, string? Place, string? Agency)
    {
        public static ExtractedDateline Walk(IFieldWalker w, ExtractedDateline? d) =>
            new ExtractedDateline(w.Date("date", d?.Date), w.OptionalText("place", d?.Place), w.OptionalText("agency", d?.Agency));
    }

    /// <summary>An image caption and its credit.</summary>
    internal sealed record ExtractedCaption(string Text, string? Credit)
    {
        public static ExtractedCaption Walk(IFieldWalker w, ExtractedCaption? c) =>
            new ExtractedCaption(w.Text("text", c?.Text ?? string.Empty), w.OptionalText("credit", c?.Credit));
    }
}
