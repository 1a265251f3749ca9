using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using SeedModels.Generator.Tests.Support;
using Xunit;

namespace SeedModels.Generator.Tests
{
    /// <summary>
    /// Issue 13, item 8: an article prints short — type, id, headline, date, counts, source — for logs and debuggers, not the
    /// record's default dump of every paragraph. The generated records inherit it (they compile with C# 9, see LanguageVersionTests).
    /// </summary>
    public sealed class ArticleDisplayTests
    {
        [Fact]
        public void A_generated_article_prints_its_type_id_headline_date_counts_and_file()
        {
            var run = GeneratorHarness.Run(Scenarios.Seeds());
            using var generated = new GeneratedAssembly(run.Output);
            var article = (Article)generated.StaticProperty("Demo.Seeds.SeedArticles", "DCCopTookSelfieWithCapitolRioters")!;

            var text = article.ToString();

            Assert.Equal(
                "DCCopTookSelfieWithCapitolRioters { Id = DCCopTookSelfieWithCapitolRioters, Headline = \"DC cop took selfie with Capitol rioters\", " +
                "Date = 2021-01-07, Quotes = " + article.Quotes.Count + ", Paragraphs = " + article.Paragraphs.Count + ", SourceFile = seeds/002_49b13e417f622695.txt }",
                text);
            Assert.True(article.Quotes.Count > 0 && article.Paragraphs.Count > 0);
            Assert.DoesNotContain(article.Paragraphs[0], text, StringComparison.Ordinal);
        }

        [Fact]
        public void Every_generated_article_prints_in_well_under_the_length_of_its_paragraphs()
        {
            var run = GeneratorHarness.Run(Scenarios.Everything());
            using var generated = new GeneratedAssembly(run.Output);
            var all = (IReadOnlyList<Article>)generated.StaticProperty("Demo.Seeds.SeedArticles", "All")!;

            Assert.NotEmpty(all);
            Assert.All(all, a =>
            {
                var text = a.ToString();
                Assert.StartsWith(a.GetType().Name + " { Id = " + a.Id + ", Headline = \"", text, StringComparison.Ordinal);
                Assert.EndsWith(", SourceFile = " + a.SourceFile + " }", text, StringComparison.Ordinal);
                Assert.True(text.Length <= 120 + 80 + a.Id.Length + a.GetType().Name.Length + a.SourceFile.Length, text);
                Assert.DoesNotContain(text, c => char.IsControl(c));
            });
        }

        [Fact]
        public void A_long_headline_is_cut_with_an_ellipsis_and_an_absent_date_is_left_out()
        {
            var headline = string.Concat(Enumerable.Repeat("Harbour council debates the long bridge ", 4)).Trim();
            var article = new Article { Id = "HarbourCouncil", Headline = headline, SourceFile = "seeds/harbour.txt", Paragraphs = new[] { "One.", "Two." } };

            Assert.Equal(
                "Article { Id = HarbourCouncil, Headline = \"" + headline.Substring(0, 80) + "\u2026\", Quotes = 0, Paragraphs = 2, SourceFile = seeds/harbour.txt }",
                article.ToString());
        }

        [Fact]
        public void Debuggers_show_the_same_short_text()
        {
            var run = GeneratorHarness.Run(Scenarios.Seeds());
            using var generated = new GeneratedAssembly(run.Output);
            var article = (Article)generated.StaticProperty("Demo.Seeds.SeedArticles", "DCCopTookSelfieWithCapitolRioters")!;

            var display = Assert.IsType<DebuggerDisplayAttribute>(Assert.Single(article.GetType().GetCustomAttributes(typeof(DebuggerDisplayAttribute), inherit: true)));
            Assert.Equal("{ToString(),nq}", display.Value);
        }
    }
}
