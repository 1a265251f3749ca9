using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Testing;
using Microsoft.CodeAnalysis.Text;
using Xunit;
using static SeedModels.Analyzer.Tests.AnalyzerHarness;

namespace SeedModels.Analyzer.Tests
{
    /// <summary>Each diagnostic id at its exact span in the article file (README "Diagnostics"): a value at the value, a key at the key, a block at its first line.</summary>
    public class ArticleAnalyzerTests
    {
        private const string Body = "\n\nThe harbour wall was rebuilt over the winter. It cost less than planned.\n\nCrews finished in May.\n";

        [Fact]
        public Task CleanArticleRaisesNothing() =>
            VerifyAsync("seeds/clean.txt", "Harbour wall rebuilt after storms" + Body);

        [Fact]
        public Task NoHeadlineIsReportedAtTheFirstLine() =>
            VerifyAsync("seeds/a.txt", "The wall was rebuilt. It cost less than planned.\n\nCrews finished in May. Nobody was hurt.\n",
                At("SEED001", "seeds/a.txt", 1, 1, 1, 1));

        [Fact]
        public Task InvalidDateIsReportedAtTheValue() =>
            VerifyAsync("seeds/a.txt", "---\nid: Harbour\ndate: 2021-13-45\n---\nHarbour wall rebuilt" + Body,
                At("SEED002", "seeds/a.txt", 3, 7, 3, 17));

        [Fact]
        public Task InlineDateInAnotherFormatIsReportedAtTheValue() =>
            VerifyAsync("seeds/a.txt", " date 07/01/2021 The wall was rebuilt over the winter.\n\nCrews finished in May. Nobody was hurt.\n\nOriginally published as Harbour wall rebuilt\n",
                At("SEED002", "seeds/a.txt", 1, 7, 1, 17));

        [Fact]
        public Task UnknownKeyIsReportedAtTheKey() =>
            VerifyAsync("seeds/a.txt", "---\nheadline: Harbour wall rebuilt\ndate: 2021-01-07\nmood: grim\n---" + Body,
                At("SEED003", "seeds/a.txt", 4, 1, 4, 5));

        [Fact]
        public Task DuplicateKeyIsReportedAtTheSecondKey() =>
            VerifyAsync("seeds/a.txt", "---\nheadline: Harbour wall rebuilt\nHeadline: Another one\n---" + Body,
                At("SEED004", "seeds/a.txt", 3, 1, 3, 9));

        [Fact]
        public Task UnclosedFrontMatterIsReportedAtTheFirstLine() =>
            VerifyAsync("seeds/a.txt", "---\nheadline: Harbour wall rebuilt\n\nThe wall was rebuilt. It cost less.\n\nCrews finished in May.\n",
                At("SEED005", "seeds/a.txt", 1, 1, 1, 4));

        [Fact]
        public Task MarkupIsReportedWhereItStands() =>
            VerifyAsync("seeds/a.txt", "Harbour wall rebuilt\n\nThe wall was <b>rebuilt</b> over the winter. It cost less.\n\nCrews finished in May.\n",
                At("SEED006", "seeds/a.txt", 3, 14, 3, 17));

        [Fact]
        public Task TwoArticlesWithOneNameReportTheSecondAtItsFirstLine() =>
            VerifyAsync(
                new[] { ("seeds/a.txt", "Harbour wall rebuilt" + Body), ("seeds/b.txt", "Harbour wall rebuilt" + Body) },
                At("SEED007", "seeds/b.txt", 1, 1, 1, 1));

        [Fact]
        public Task WithTypeNamesFromFileNamesTwoFilesOfOneNameCollideWhateverTheirHeadlines() =>
            VerifyWithPropertiesAsync(
                new[] { ("seeds/harbour/story.txt", "Harbour wall rebuilt" + Body), ("seeds/bridge/story.txt", "Bridge reopens to traffic" + Body) },
                new Dictionary<string, string> { ["SeedModelsTypeNames"] = "FileName" },
                At("SEED007", "seeds/harbour/story.txt", 1, 1, 1, 1));

        [Fact]
        public Task WithTypeNamesFromFileNamesOneHeadlineInTwoFilesDoesNotCollide() =>
            VerifyWithPropertiesAsync(
                new[] { ("seeds/a.txt", "Harbour wall rebuilt" + Body), ("seeds/b.txt", "Harbour wall rebuilt" + Body) },
                new Dictionary<string, string> { ["SeedModelsTypeNames"] = "FileName" });

        [Fact]
        public Task WithTheDefaultTypeNamesTwoFilesOfOneNameDoNotCollide() =>
            VerifyWithPropertiesAsync(
                new[] { ("seeds/harbour/story.txt", "Harbour wall rebuilt" + Body), ("seeds/bridge/story.txt", "Bridge reopens to traffic" + Body) },
                new Dictionary<string, string> { ["SeedModelsTypeNames"] = "Headline" });

        [Fact]
        public Task EmptyFileIsReportedAtTheFirstLine() =>
            VerifyAsync("seeds/a.txt", "  \n\n", At("SEED008", "seeds/a.txt", 1, 1, 1, 1));

        // How the compiler hands over a file that is not UTF-8 depends on the machine: Windows-1252 on Windows (a code
        // page that is no Unicode encoding), a lenient UTF-8 elsewhere (each bad byte becomes U+FFFD). Both are SEED008.
        [Fact]
        public Task FileTheCompilerDecodedWithASingleByteCodePageIsReportedAtTheFirstLine() =>
            VerifyAsync("seeds/a.txt", SourceText.From("Harbour wall rebuilt\n\nThe caf\u00E9 was rebuilt for less.\n\nCrews finished in May.\n", Encoding.Latin1),
                At("SEED008", "seeds/a.txt", 1, 1, 1, 1));

        [Fact]
        public Task FileTheCompilerDecodedWithLenientUtf8IsReportedAtTheFirstLine() =>
            VerifyAsync("seeds/a.txt", SourceText.From("Harbour wall rebuilt\n\nThe caf\uFFFD was rebuilt for less.\n\nCrews finished in May.\n", new UTF8Encoding(false)),
                At("SEED008", "seeds/a.txt", 1, 1, 1, 1));

        [Fact]
        public Task StrictUtf8WithAPublishersStrayControlCharacterIsAnArticle() =>
            VerifyAsync("seeds/a.txt", SourceText.From("Harbour wall rebuilt\n\nThe caf\u0083 was rebuilt for less.\n\nCrews finished in May.\n", new UTF8Encoding(false, true)));

        [Fact]
        public Task Utf16WithAByteOrderMarkIsAnArticle() =>
            VerifyAsync("seeds/a.txt", SourceText.From("Harbour wall rebuilt\n\nThe caf\u00E9 was rebuilt for less.\n\nCrews finished in May.\n", Encoding.Unicode));

        [Fact]
        public Task UnclosedQuoteIsReportedAtItsMark() =>
            VerifyAsync("seeds/a.txt", "Harbour wall rebuilt\n\nThe engineer said: \u201CIt will last a century.\n\nCrews finished in May. Nobody was hurt.\n",
                At("SEED009", "seeds/a.txt", 3, 20, 3, 21));

        [Fact]
        public Task MismatchedMarksAreReportedAtTheClosingMark() =>
            VerifyAsync("seeds/a.txt", "Harbour wall rebuilt\n\n\u201CIt will last a century,\" the engineer said.\n\nCrews finished in May. Nobody was hurt.\n",
                At("SEED010", "seeds/a.txt", 3, 25, 3, 26));

        [Fact]
        public Task IdThatIsNoIdentifierIsReportedAtTheValue() =>
            VerifyAsync("seeds/a.txt", "---\nid: 2021-story\n---\nHarbour wall rebuilt" + Body,
                At("SEED011", "seeds/a.txt", 2, 5, 2, 15));

        [Fact]
        public Task EmptyValueIsReportedAtTheKey() =>
            VerifyAsync("seeds/a.txt", "---\nheadline: Harbour wall rebuilt\nsource:\n---" + Body,
                At("SEED012", "seeds/a.txt", 3, 1, 3, 7));

        [Fact]
        public Task AnArticleBeyondTheOldEmbeddingBudgetRaisesNothing()
        {
            // 1.2 million characters, past the 1,000,000 an article could once embed (SEED014, removed): nothing is cut, nothing said.
            var paragraph = new string('x', 999) + ".";
            var text = "Harbour wall rebuilt\n\n" + string.Join("\n\n", System.Linq.Enumerable.Repeat(paragraph, 1_200)) + "\n";
            return VerifyAsync("seeds/huge.txt", text);
        }

        [Fact]
        public Task OldLanguageVersionIsReportedOnceForTheProject() =>
            VerifyAsync(new[] { ("seeds/a.txt", "Harbour wall rebuilt" + Body) }, LanguageVersion.CSharp8, new (string, string)[0],
                new DiagnosticResult("SEED013", Microsoft.CodeAnalysis.DiagnosticSeverity.Warning).WithArguments("8.0"));

        [Fact]
        public Task OtherAdditionalFilesAreNeverReadAsArticles() =>
            VerifyAsync(new (string, string)[0], LanguageVersion.CSharp8, new[] { ("stylecop.json", "&lt;p&gt; \u201C unclosed") });

        [Theory]
        [InlineData("001_5638e6038d5e208a.txt")]
        [InlineData("002_49b13e417f622695.txt")]
        public Task SeedsWithoutProblemsRaiseNothing(string file) =>
            VerifyAsync("seeds/" + file, File.ReadAllText(RepositoryFile("seeds", file)));

        [Fact]
        public Task SeedWithEscapedMarkupAndAMismatchRaisesExactlyTheGoldDiagnostics() =>
            VerifyAsync("seeds/000_36d0c22b3e2a0d4f.txt", File.ReadAllText(RepositoryFile("seeds", "000_36d0c22b3e2a0d4f.txt")),
                At("SEED006", "seeds/000_36d0c22b3e2a0d4f.txt", 4, 1, 4, 10),
                At("SEED010", "seeds/000_36d0c22b3e2a0d4f.txt", 40, 216, 40, 217));
    }
}
