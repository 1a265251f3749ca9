using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace SeedModels.Testing
{
    /// <summary>How the generator tests, the fuzz suite and the benchmarks compile a consumer of the generated code.</summary>
    internal static class ConsumerCompilation
    {
        /// <summary>The newest C# with documentation comments parsed and checked (CS1591 and friends are reported).</summary>
        public static readonly CSharpParseOptions StrictParseOptions =
            CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.Latest).WithDocumentationMode(DocumentationMode.Diagnose);

        /// <summary>
        /// A consumer's strictest settings: a library, nullable enabled, every warning wave on. Only CS1701 and CS1702
        /// (assembly version unification) are off, as the .NET SDK turns them off in every project.
        /// </summary>
        public static readonly CSharpCompilationOptions StrictOptions = new CSharpCompilationOptions(
            OutputKind.DynamicallyLinkedLibrary,
            nullableContextOptions: NullableContextOptions.Enable,
            warningLevel: 9999,
            deterministic: true,
            specificDiagnosticOptions: new Dictionary<string, ReportDiagnostic> { ["CS1701"] = ReportDiagnostic.Suppress, ["CS1702"] = ReportDiagnostic.Suppress });

        /// <summary>.NET 8 reference assemblies and the SeedModels runtime library the generated records derive from.</summary>
        public static readonly ImmutableArray<MetadataReference> Net80References =
            Net80.References.All.Cast<MetadataReference>()
                .Append(MetadataReference.CreateFromFile(typeof(Article).Assembly.Location))
                .ToImmutableArray();
    }
}
