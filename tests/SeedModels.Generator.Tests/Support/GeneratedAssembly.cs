using System;
using System.IO;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Xunit;

namespace SeedModels.Generator.Tests.Support
{
    /// <summary>
    /// A compilation emitted to memory and loaded into a collectible load context, which resolves SeedModels to the
    /// test's own copy so the generated records are <see cref="Article"/>s this code can use.
    /// </summary>
    internal sealed class GeneratedAssembly : IDisposable
    {
        private readonly LoadContext _context;

        public GeneratedAssembly(Compilation compilation)
        {
            using var stream = new MemoryStream();
            var emit = compilation.Emit(stream);
            GeneratorHarness.AssertNoWarningsOrErrors(emit.Diagnostics, "Emitting the generated code");
            Assert.True(emit.Success);
            stream.Position = 0;
            _context = new LoadContext();
            Assembly = _context.LoadFromStream(stream);
        }

        public Assembly Assembly { get; }

        /// <summary>The value of a public static property of a generated type.</summary>
        public object? StaticProperty(string typeName, string property)
        {
            var type = Assembly.GetType(typeName, throwOnError: true)!;
            var info = type.GetProperty(property, BindingFlags.Public | BindingFlags.Static)
                       ?? throw new InvalidOperationException(typeName + " has no public static property " + property);
            return info.GetValue(null);
        }

        public void Dispose() => _context.Unload();

        private sealed class LoadContext : AssemblyLoadContext
        {
            public LoadContext()
                : base("SeedModels.Generator.Tests.Generated", isCollectible: true)
            {
            }

            protected override Assembly? Load(AssemblyName assemblyName) =>
                assemblyName.Name == typeof(Article).Assembly.GetName().Name ? typeof(Article).Assembly : null;
        }
    }
}
