using Microsoft.CodeAnalysis;

namespace SeedModels.Generator.Model
{
    /// <summary>An additional file marked as an article, with its <c>Id</c> item metadata (empty when not set).</summary>
    internal sealed record ArticleFile(AdditionalText Text, string IdOverride);
}
