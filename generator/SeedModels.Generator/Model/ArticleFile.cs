using Microsoft.CodeAnalysis;
using SeedModels.Extraction.Naming;

namespace SeedModels.Generator.Model
{
    /// <summary>
    /// An additional file marked as an article, with what its extraction depends on besides its text: its <c>Id</c> item
    /// metadata (empty when not set), the project folder its path is made relative to, and the type-name source. Compared by
    /// value, so a change to other options leaves the file's extraction cached.
    /// </summary>
    internal sealed record ArticleFile(AdditionalText Text, string IdOverride, string ProjectDirectory, TypeNameSource Naming);
}
