using SeedModels.Extraction;

namespace SeedModels.Generator.Model
{
    /// <summary>
    /// One generated source file: its hint name and the planned articles it holds, in catalog order. Value-equatable,
    /// so a file none of whose articles changed is not emitted again.
    /// </summary>
    internal sealed record PlannedFile(string HintName, EquatableArray<PlannedArticle> Articles);
}
