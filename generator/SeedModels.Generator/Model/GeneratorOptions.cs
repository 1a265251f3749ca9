namespace SeedModels.Generator.Model
{
    /// <summary>The MSBuild properties the emitter needs, reduced to plain strings.</summary>
    internal sealed record GeneratorOptions(string Namespace, string CatalogName);

    /// <summary>The consumer's project folder, which article paths are made relative to.</summary>
    internal sealed record ProjectLocation(string Directory);
}
