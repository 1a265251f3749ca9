using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Microsoft.CodeAnalysis;
using SeedModels.Extraction.Diagnostics;
using SeedModels.Generator.Analysis;
using SeedModels.Testing;
using Xunit;

namespace SeedModels.Generator.Tests
{
    /// <summary>
    /// The engine's DiagnosticRules are the one source of the diagnostics list. Everything else that names the ids — the
    /// analyzer's descriptors, the release-tracking file, the package's WarningsNotAsErrors list, the README sections and
    /// the package README's table — must say the same, so adding or changing a rule without the rest fails here.
    /// </summary>
    public sealed class DiagnosticsCatalogTests
    {
        /// <summary>The one rule about the project, not an article's content: it keeps its severity under warnings-as-errors.</summary>
        private const string ProjectRule = DiagnosticIds.LanguageVersionTooLow;

        private static IEnumerable<DiagnosticRule> Rules => DiagnosticRules.All;

        [Fact]
        public void Every_rule_has_one_descriptor_with_its_id_title_message_severity_and_help_link()
        {
            Assert.Equal(Rules.Select(r => r.Id).OrderBy(i => i), Descriptors.All.Select(d => d.Id).OrderBy(i => i));
            Assert.Equal(Rules.Count(), Rules.Select(r => r.Id).Distinct().Count());
            foreach (var rule in Rules)
            {
                var d = Descriptors.For(rule);
                Assert.Equal(rule.Title, d.Title.ToString());
                Assert.Equal(rule.MessageFormat, d.MessageFormat.ToString());
                Assert.Equal(rule.Severity == DiagnosticSeverityLevel.Info ? DiagnosticSeverity.Info : DiagnosticSeverity.Warning, d.DefaultSeverity);
                Assert.Equal(rule.HelpLink, d.HelpLinkUri);
                Assert.EndsWith("README.md#" + rule.Id.ToLowerInvariant(), d.HelpLinkUri, StringComparison.Ordinal);
            }
        }

        [Fact]
        public void The_release_tracking_files_list_every_rule_as_the_engine_defines_it()
        {
            var rows = File.ReadAllLines(RepoRoot.Combine("generator", "SeedModels.Generator", "AnalyzerReleases.Unshipped.md"))
                .Concat(File.ReadAllLines(RepoRoot.Combine("generator", "SeedModels.Generator", "AnalyzerReleases.Shipped.md")))
                .Select(l => l.Split('|').Select(c => c.Trim()).ToArray())
                .Where(c => c.Length == 4 && c[0].StartsWith("SEED", StringComparison.Ordinal))
                .ToList();
            Assert.Equal(
                Rules.Select(r => (r.Id, r.Severity.ToString(), r.Title)).OrderBy(r => r.Id),
                rows.Select(c => (c[0], c[2], c[3])).OrderBy(r => r.Item1));
        }

        [Fact]
        public void The_package_keeps_every_article_rule_and_only_those_from_failing_a_warnings_as_errors_build()
        {
            var targets = XDocument.Load(RepoRoot.Combine("src", "SeedModels", "build", "SeedModels.targets"));
            var list = targets.Descendants().Single(e => e.Name.LocalName == "SeedModelsArticleWarnings").Value.Split(';', StringSplitOptions.RemoveEmptyEntries);

            Assert.Equal(Rules.Select(r => r.Id).Where(id => id != ProjectRule).OrderBy(i => i), list.OrderBy(i => i));
        }

        [Fact]
        public void The_README_explains_every_rule_under_its_id_with_its_title_and_severity()
        {
            var readme = File.ReadAllText(RepoRoot.Combine("README.md"));
            var sections = Regex.Matches(readme, @"^### (SEED\d{3})\s*\n\s*\n\*\*(.+?)\*\* \((warning|info)\)", RegexOptions.Multiline)
                .ToDictionary(m => m.Groups[1].Value, m => (Title: m.Groups[2].Value, Severity: m.Groups[3].Value));

            Assert.Equal(Rules.Select(r => r.Id).OrderBy(i => i), sections.Keys.OrderBy(i => i));
            foreach (var rule in Rules)
            {
                Assert.Equal((rule.Title, rule.Severity.ToString().ToLowerInvariant()), sections[rule.Id]);
            }
        }

        [Fact]
        public void The_package_README_lists_every_rule_with_its_severity()
        {
            var readme = File.ReadAllText(RepoRoot.Combine("src", "SeedModels", "README.md"));
            var rows = Regex.Matches(readme, @"^\| (SEED\d{3}) \| (warning|info) \|", RegexOptions.Multiline)
                .ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value);

            Assert.Equal(Rules.ToDictionary(r => r.Id, r => r.Severity.ToString().ToLowerInvariant()).OrderBy(p => p.Key), rows.OrderBy(p => p.Key));
        }
    }
}
