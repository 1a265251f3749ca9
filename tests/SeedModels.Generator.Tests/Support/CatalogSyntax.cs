using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Xunit;

namespace SeedModels.Generator.Tests.Support
{
    /// <summary>
    /// Reads the generated catalog from its syntax: the catalog class is partial over every generated file (each article's
    /// file adds its typed property and its entry in the chain), so its articles are found by walking the chain from the
    /// first entry the catalog file names, as <c>ArticleIndex</c> does at run time.
    /// </summary>
    internal static class CatalogSyntax
    {
        /// <summary>The catalog's article properties in catalog order (its chain); each must exist once, as a typed property.</summary>
        public static string[] ArticleProperties(IEnumerable<SyntaxTree> trees, string catalogName = "SeedArticles")
        {
            var roots = trees.Select(t => t.GetRoot()).ToList();
            var parts = roots.SelectMany(r => r.DescendantNodes().OfType<ClassDeclarationSyntax>())
                .Where(c => c.Identifier.Text == catalogName && c.Parent is not TypeDeclarationSyntax)
                .ToList();
            var properties = parts.SelectMany(p => p.Members.OfType<PropertyDeclarationSyntax>())
                .Select(p => p.Identifier.Text)
                .Where(n => n != "All")
                .ToList();
            Assert.Equal(properties.Count, properties.Distinct(StringComparer.Ordinal).Count());

            var next = parts.SelectMany(p => p.Members.OfType<ClassDeclarationSyntax>())
                .Where(c => c.Identifier.Text == catalogName + "Link")
                .SelectMany(c => c.Members.OfType<MethodDeclarationSyntax>())
                .ToDictionary(m => m.Identifier.Text, NextOf, StringComparer.Ordinal);

            var field = parts.SelectMany(p => p.Members.OfType<FieldDeclarationSyntax>())
                .SelectMany(f => f.Declaration.Variables)
                .Single(v => v.Identifier.Text == "CatalogLink");
            var creation = Assert.IsAssignableFrom<BaseObjectCreationExpressionSyntax>(field.Initializer!.Value);
            var first = CalledMethod(creation.ArgumentList!.Arguments[1].Expression);

            var order = new List<string>();
            for (var name = first; name != null; name = next[name])
            {
                Assert.True(order.Count <= next.Count, "the chain loops at " + name);
                order.Add(name);
            }

            Assert.Equal(properties.OrderBy(p => p, StringComparer.Ordinal), order.OrderBy(p => p, StringComparer.Ordinal));
            return order.ToArray();
        }

        public static string[] ArticleProperties(GeneratorRun run, string catalogName = "SeedArticles") =>
            ArticleProperties(run.Single.GeneratedSources.Select(s => s.SyntaxTree), catalogName);

        /// <summary>The method an entry's last argument calls (<c>static () => Next()</c>), or null (<c>null</c>).</summary>
        private static string? NextOf(MethodDeclarationSyntax method)
        {
            var creation = Assert.IsAssignableFrom<BaseObjectCreationExpressionSyntax>(method.ExpressionBody!.Expression);
            var last = creation.ArgumentList!.Arguments.Last().Expression;
            return last is LambdaExpressionSyntax lambda ? CalledMethod((ExpressionSyntax)lambda.Body) : null;
        }

        private static string? CalledMethod(ExpressionSyntax expression) => expression switch
        {
            LiteralExpressionSyntax => null,
            InvocationExpressionSyntax { Expression: IdentifierNameSyntax name } => name.Identifier.Text,
            InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access } => access.Name.Identifier.Text,
            _ => throw new InvalidOperationException("not a call to an entry method: " + expression),
        };
    }
}
