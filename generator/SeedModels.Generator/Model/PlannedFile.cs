using SeedModels.Extraction;

namespace SeedModels.Generator.Model
{
    /// <summary>
    /// One generated source file: its layout (hint name, type names, chain) and the articles it holds, in catalog order.
    /// Value-equatable, so a file none of whose articles or names changed is not emitted again.
    /// </summary>
    internal sealed record PlannedFile(FilePlan Plan, EquatableArray<ExtractedArticle> Articles)
    {
        public string HintName => Plan.HintName;
    }
}
