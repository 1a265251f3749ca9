using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SeedModels.Generator.Tests.Support;
using Xunit;

namespace SeedModels.Generator.Tests
{
    /// <summary>
    /// Issue 6's CI check, a count and not a clock: no generated method grows with the number of articles. The same
    /// tiny article, 10 times and 10,000 times (only the number in it differs), is generated in memory; every member
    /// with code in the generated syntax trees (methods, constructors, operators, properties with their accessors,
    /// expression bodies and initializers, field initializers) is measured in syntax nodes, keyed by its type and name
    /// with article type names made generic; no member may be larger at 10,000 than at 10, and none may appear only at
    /// 10,000. A catalog whose <c>All</c> listed every article, or a constructor holding an array of all of them, fails.
    /// </summary>
    public sealed class GeneratedMethodSizeTests
    {
        private const string ArticleBase = "global::SeedModels.Article";

        [Fact]
        public void No_generated_member_is_larger_for_10000_articles_than_for_10()
        {
            var small = Measure(Generate(10));
            var large = Measure(Generate(10_000));

            Assert.True(large.ArticleTypes == 10_000, "expected 10,000 article records, found " + large.ArticleTypes);
            Assert.True(large.Sizes.Count >= 8, "measured only " + large.Sizes.Count + " kinds of member: " + string.Join(", ", large.Sizes.Keys));
            var grown = Grown(small.Sizes, large.Sizes);
            Assert.True(grown.Count == 0, "generated members that grow with the article count (10 → 10,000):\n" + string.Join("\n", grown));
        }

        [Fact]
        public void The_measure_catches_a_member_that_grows()
        {
            // The test above is only as good as its measure: a catalog listing its articles in one initializer must fail it.
            static string Catalog(int n) =>
                "namespace N { public sealed record A0 : global::SeedModels.Article { } public static class C { public static object[] All { get; } = new object[] { " +
                string.Join(", ", Enumerable.Range(0, n).Select(i => "A0.Instance" + i.ToString(CultureInfo.InvariantCulture))) + " }; } }";
            var small = Measure(new[] { CSharpSyntaxTree.ParseText(Catalog(10)) });
            var large = Measure(new[] { CSharpSyntaxTree.ParseText(Catalog(100)) });

            var grown = Grown(small.Sizes, large.Sizes);
            Assert.Contains(grown, g => g.StartsWith("C.PropertyDeclaration All:", StringComparison.Ordinal));
        }

        /// <summary>The generated syntax trees for <paramref name="count"/> copies of one small article of every field.</summary>
        private static IReadOnlyList<SyntaxTree> Generate(int count)
        {
            var files = Enumerable.Range(0, count).Select(i => new TestFile(
                "seeds/" + i.ToString("D5", CultureInfo.InvariantCulture) + ".txt",
                "Story number " + Words(i) + "\n\n" +
                "By Jane Doe and John Roe\n\n" +
                "LONDON (Reuters) - The council approved plan " + i.ToString(CultureInfo.InvariantCulture) + " on Monday.\n\n" +
                "Volunteers gather outside the town hall\n(Image: Getty)\n\n" +
                "\u201CIt is a good day for the town,\u201D said Jane Doe.\n\n" +
                "What happens next\n\n" +
                "Work will start in the spring.\n"))
                .ToList();
            var run = GeneratorHarness.Run(files);
            GeneratorHarness.AssertNoWarningsOrErrors(run.GeneratorDiagnostics, "The generator run on " + count + " articles");
            var sources = run.Single.GeneratedSources;
            // One record per article (in files of several articles in a large project) and the catalog.
            Assert.Equal(count, sources.Sum(s => s.SyntaxTree.GetRoot().DescendantNodes().OfType<RecordDeclarationSyntax>().Count()));
            Assert.Single(sources, s => s.HintName == "SeedArticles.g.cs");
            return sources.Select(s => s.SyntaxTree).ToList();
        }

        private static (int ArticleTypes, Dictionary<string, int> Sizes) Measure(IEnumerable<SyntaxTree> trees)
        {
            var roots = trees.Select(t => t.GetRoot()).ToList();
            var articleTypes = new HashSet<string>(
                roots.SelectMany(r => r.DescendantNodes().OfType<RecordDeclarationSyntax>())
                    .Where(r => r.BaseList?.Types.Any(t => t.Type.ToString() == ArticleBase) == true)
                    .Select(r => r.Identifier.ValueText),
                StringComparer.Ordinal);
            string Generic(string name) => articleTypes.Contains(name) ? "{Article}" : name;

            var sizes = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var root in roots)
            {
                foreach (var type in root.DescendantNodes().OfType<TypeDeclarationSyntax>())
                {
                    var owner = string.Join(".", type.AncestorsAndSelf().OfType<TypeDeclarationSyntax>().Reverse().Select(t => Generic(t.Identifier.ValueText)));
                    foreach (var (name, node) in CodeMembers(type, Generic))
                    {
                        var key = owner + "." + node.Kind() + " " + name;
                        sizes[key] = Math.Max(sizes.GetValueOrDefault(key), node.DescendantNodesAndSelf().Count());
                    }
                }
            }

            return (articleTypes.Count, sizes);
        }

        /// <summary>The members of <paramref name="type"/> that hold code, with their names (article type names made generic).</summary>
        private static IEnumerable<(string Name, SyntaxNode Node)> CodeMembers(TypeDeclarationSyntax type, Func<string, string> generic)
        {
            foreach (var member in type.Members)
            {
                switch (member)
                {
                    case MethodDeclarationSyntax m:
                        yield return (generic(m.Identifier.ValueText) + "/" + m.ParameterList.Parameters.Count, m);
                        break;
                    case ConstructorDeclarationSyntax c:
                        yield return ((c.Modifiers.Any(SyntaxKind.StaticKeyword) ? "static " : string.Empty) + generic(c.Identifier.ValueText) + "/" + c.ParameterList.Parameters.Count, c);
                        break;
                    case BaseMethodDeclarationSyntax other: // destructors, operators, conversions
                        yield return (other.Kind() + "/" + other.ParameterList.Parameters.Count, other);
                        break;
                    case PropertyDeclarationSyntax p: // accessors, expression body and initializer together
                        yield return (generic(p.Identifier.ValueText), p);
                        break;
                    case EventDeclarationSyntax e:
                        yield return (generic(e.Identifier.ValueText), e);
                        break;
                    case IndexerDeclarationSyntax i:
                        yield return ("this/" + i.ParameterList.Parameters.Count, i);
                        break;
                    case BaseFieldDeclarationSyntax f:
                        foreach (var v in f.Declaration.Variables.Where(v => v.Initializer != null))
                        {
                            yield return (generic(v.Identifier.ValueText), v);
                        }

                        break;
                }
            }
        }

        private static List<string> Grown(Dictionary<string, int> small, Dictionary<string, int> large)
        {
            var grown = new List<string>();
            foreach (var (key, nodes) in large.OrderBy(s => s.Key, StringComparer.Ordinal))
            {
                if (!small.TryGetValue(key, out var before))
                {
                    grown.Add(key + ": only with more articles (" + nodes + " nodes)");
                }
                else if (nodes > before)
                {
                    grown.Add(key + ": " + before + " → " + nodes + " nodes");
                }
            }

            return grown;
        }

        /// <summary>A number in words, so every headline gives its own type name.</summary>
        private static string Words(int n)
        {
            string[] digits = { "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine" };
            return string.Join(" ", n.ToString(CultureInfo.InvariantCulture).Select(c => digits[c - '0']));
        }
    }
}
