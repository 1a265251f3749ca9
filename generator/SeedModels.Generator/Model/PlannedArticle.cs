using SeedModels.Extraction;

namespace SeedModels.Generator.Model
{
    /// <summary>
    /// One article as the emitter writes it: the engine's value, its type and hint names, the next type in the catalog's
    /// chain and the options. Value-equatable, so an article whose planned file would not change is not emitted again.
    /// </summary>
    internal sealed record PlannedArticle(ExtractedArticle Article, string TypeName, string HintName, string? NextTypeName, GeneratorOptions Options);

    /// <summary>What the catalog file needs of one article: little, so editing an article's body leaves the catalog cached.</summary>
    internal sealed record CatalogEntry(string TypeName, string Headline, string SourceFile);
}
