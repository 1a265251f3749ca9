namespace SeedModels.Generator.Model
{
    /// <summary>
    /// Everything the emitter needs about one article file, as plain values: the extraction step's output, cached
    /// by the incremental generator until the file's text changes.
    /// </summary>
    internal sealed record ArticleModel(
        string SourceFile,
        bool IsReadable,
        string Identifier,
        string Headline,
        string? Standfirst,
        EquatableArray<string> Authors,
        string? Date,
        string? Place,
        string? Agency,
        EquatableArray<QuoteModel> Quotes,
        EquatableArray<CaptionModel> Captions,
        EquatableArray<string> Crossheads,
        EquatableArray<string> Paragraphs,
        string? Source,
        string? Url,
        EquatableArray<string> Tags);

    /// <summary>A quote, as the emitter writes it.</summary>
    internal sealed record QuoteModel(string Text, string? Speaker, bool IsDirect, int Paragraph, int Line, int Column);

    /// <summary>An image caption, as the emitter writes it.</summary>
    internal sealed record CaptionModel(string Text, string? Credit);
}
