using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace SeedModels.Benchmarks.Build
{
    /// <summary>
    /// The size, in syntax nodes, of every member with code in generated source: methods, constructors, operators,
    /// properties (accessors, expression bodies and initializers) and field initializers, keyed by containing type and
    /// name. The same check as tests/SeedModels.Generator.Tests/GeneratedMethodSizeTests.cs, applied to a real build's
    /// emitted files.
    /// </summary>
    public sealed class MethodSizes
    {
        private readonly Dictionary<string, int> _sizes;
        private readonly HashSet<string> _articleTypes;

        private MethodSizes(Dictionary<string, int> sizes, HashSet<string> articleTypes)
        {
            _sizes = sizes;
            _articleTypes = articleTypes;
        }

        public int Members => _sizes.Count;

        public (string Key, int Nodes) Largest => _sizes.Count == 0 ? ("(none)", 0) : _sizes.OrderByDescending(s => s.Value).Select(s => (s.Key, s.Value)).First();

        public static MethodSizes Measure(IEnumerable<string> sources)
        {
            var roots = sources.Select(s => CSharpSyntaxTree.ParseText(s).GetRoot()).ToList();
            var articleTypes = new HashSet<string>(
                roots.SelectMany(r => r.DescendantNodes().OfType<RecordDeclarationSyntax>())
                    .Where(r => r.BaseList?.Types.Any(t => t.Type.ToString() == "global::SeedModels.Article") == true)
                    .Select(r => r.Identifier.ValueText),
                StringComparer.Ordinal);
            var sizes = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var root in roots)
            {
                foreach (var (key, node) in CodeMembers(root))
                {
                    var count = node.DescendantNodesAndSelf().Count();
                    sizes[key] = Math.Max(count, sizes.GetValueOrDefault(key));
                }
            }

            return new MethodSizes(sizes, articleTypes);
        }

        /// <summary>The members that are not one article's: the catalog's and its link type's, article names replaced by <c>{Article}</c>, each with its largest size.</summary>
        public IEnumerable<(string Key, int Nodes)> SharedMembers() =>
            _sizes.Where(s => !_articleTypes.Contains(s.Key.Split('.')[0]))
                .GroupBy(s => Normalize(s.Key))
                .Select(g => (g.Key, g.Max(s => s.Value)))
                .OrderBy(g => g.Key, StringComparer.Ordinal);

        /// <summary>
        /// Members that are larger in <paramref name="large"/> than in <paramref name="small"/>, by normalised key (article
        /// names made generic): the catalog's and the link type's members, and the article records' members compared over
        /// the articles both builds hold (the same files; an article's own size depends on its text, not on the count).
        /// </summary>
        public static List<string> Grown(MethodSizes small, MethodSizes large)
        {
            var grown = new List<string>();
            var before = small.SharedMembers().ToDictionary(s => s.Key, s => s.Nodes, StringComparer.Ordinal);
            foreach (var (key, nodes) in large.SharedMembers())
            {
                if (!before.TryGetValue(key, out var was))
                {
                    grown.Add($"{key}: only at the larger count ({nodes} nodes)");
                }
                else if (nodes > was)
                {
                    grown.Add($"{key}: {was} -> {nodes} nodes");
                }
            }

            var common = new HashSet<string>(small._articleTypes.Where(large._articleTypes.Contains), StringComparer.Ordinal);
            var smallArticles = small.ArticleMembers(common);
            foreach (var (key, nodes) in large.ArticleMembers(common))
            {
                if (!smallArticles.TryGetValue(key, out var was))
                {
                    grown.Add($"{key}: only at the larger count ({nodes} nodes)");
                }
                else if (nodes > was)
                {
                    grown.Add($"{key}: {was} -> {nodes} nodes (largest over the {common.Count} articles both builds hold)");
                }
            }

            return grown;
        }

        /// <summary>The largest size of each article-record member, normalised, over the articles in <paramref name="articles"/>.</summary>
        private Dictionary<string, int> ArticleMembers(HashSet<string> articles) =>
            _sizes.Where(s => articles.Contains(s.Key.Split('.')[0]))
                .GroupBy(s => Normalize(s.Key))
                .ToDictionary(g => g.Key, g => g.Max(s => s.Value), StringComparer.Ordinal);

        private string Normalize(string key) => string.Join(".", key.Split('.').Select(part =>
        {
            var space = part.IndexOf(' ', StringComparison.Ordinal);
            var name = space < 0 ? part : part.Substring(space + 1);
            var prefix = space < 0 ? string.Empty : part.Substring(0, space + 1);
            var paren = name.IndexOf('(', StringComparison.Ordinal);
            var suffix = paren < 0 ? string.Empty : name.Substring(paren);
            return _articleTypes.Contains(paren < 0 ? name : name.Substring(0, paren)) ? prefix + "{Article}" + suffix : part;
        }));

        /// <summary>Every member with code, keyed <c>Type.kind name</c>.</summary>
        private static IEnumerable<(string Key, SyntaxNode Node)> CodeMembers(SyntaxNode root)
        {
            foreach (var type in root.DescendantNodes().OfType<TypeDeclarationSyntax>())
            {
                var owner = string.Join(".", type.AncestorsAndSelf().OfType<TypeDeclarationSyntax>().Reverse().Select(t => t.Identifier.ValueText));
                foreach (var member in type.Members)
                {
                    switch (member)
                    {
                        case BaseMethodDeclarationSyntax method: // methods, constructors, destructors, operators, conversions
                            yield return (owner + "." + method.Kind() + " " + Name(method), method);
                            break;
                        case BasePropertyDeclarationSyntax property: // properties, indexers, events with accessors
                            yield return (owner + "." + property.Kind() + " " + Name(property), property);
                            break;
                        case BaseFieldDeclarationSyntax field:
                            foreach (var variable in field.Declaration.Variables.Where(v => v.Initializer != null))
                            {
                                yield return (owner + ".field " + variable.Identifier.ValueText, variable);
                            }

                            break;
                    }
                }
            }
        }

        private static string Name(SyntaxNode member) => member switch
        {
            MethodDeclarationSyntax m => m.Identifier.ValueText + "(" + m.ParameterList.Parameters.Count + ")",
            ConstructorDeclarationSyntax c => (c.Modifiers.Any(SyntaxKind.StaticKeyword) ? "static " : string.Empty) + c.Identifier.ValueText + "(" + c.ParameterList.Parameters.Count + ")",
            PropertyDeclarationSyntax p => p.Identifier.ValueText,
            EventDeclarationSyntax e => e.Identifier.ValueText,
            IndexerDeclarationSyntax i => "this[" + i.ParameterList.Parameters.Count + "]",
            OperatorDeclarationSyntax o => o.OperatorToken.ValueText,
            ConversionOperatorDeclarationSyntax c => c.Type.ToString(),
            DestructorDeclarationSyntax d => "~" + d.Identifier.ValueText,
            _ => member.Kind().ToString(),
        };
    }
}
