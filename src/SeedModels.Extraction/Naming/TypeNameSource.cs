using System;

namespace SeedModels.Extraction.Naming
{
    /// <summary>
    /// What an article's type name is made from when neither the item's <c>Id</c> metadata nor the article's <c>id:</c>
    /// annotation gives one: the MSBuild property <c>SeedModelsTypeNames</c>.
    /// </summary>
    internal enum TypeNameSource
    {
        /// <summary>The headline's words (the default), else the file name's: readable, but editing the headline renames the type.</summary>
        Headline,

        /// <summary>The file name's words: stable while the file keeps its name, whatever the text says.</summary>
        FileName,
    }

    /// <summary>Reads the <c>SeedModelsTypeNames</c> property.</summary>
    internal static class TypeNameSources
    {
        /// <summary>The MSBuild property, as the compiler shows it to analyzers and generators.</summary>
        public const string Property = "build_property.SeedModelsTypeNames";

        /// <summary><c>FileName</c> (any case, surrounding spaces ignored) is <see cref="TypeNameSource.FileName"/>; anything else, unset included, is the default.</summary>
        public static TypeNameSource Parse(string? value) =>
            string.Equals(value?.Trim(), nameof(TypeNameSource.FileName), StringComparison.OrdinalIgnoreCase) ? TypeNameSource.FileName : TypeNameSource.Headline;
    }
}
