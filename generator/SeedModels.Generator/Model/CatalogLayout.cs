using SeedModels.Extraction;

namespace SeedModels.Generator.Model
{
    /// <summary>
    /// The decisions every generated file shares, made from the articles' keys alone (so an edit to an article's body does not
    /// remake them): the files, each with its articles' positions among the collected articles, and what the catalog file needs.
    /// </summary>
    internal sealed record CatalogLayout(EquatableArray<FileLayout> Files, CatalogHead Catalog);

    /// <summary>One generated file of the layout: its plan, and where its articles stand among the collected articles.</summary>
    internal sealed record FileLayout(FilePlan Plan, EquatableArray<int> Positions, EquatableArray<string> SourceFiles);

    /// <summary>
    /// What one generated file needs besides its articles' values: its hint name, each article's type name and the type
    /// name of the article after it in the catalog's chain (empty for the last), and the options.
    /// </summary>
    internal sealed record FilePlan(string HintName, EquatableArray<string> TypeNames, EquatableArray<string> NextTypeNames, GeneratorOptions Options);

    /// <summary>What the catalog file needs: the first article's type name (null without articles) and the options.</summary>
    internal sealed record CatalogHead(string? FirstTypeName, GeneratorOptions Options);
}
