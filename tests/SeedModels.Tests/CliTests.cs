using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using SeedModels.Cli;
using Xunit;

namespace SeedModels.Tests
{
    /// <summary><c>seedmodels inspect PATH… [--json]</c> (SPEC §8), run in a temporary folder.</summary>
    public sealed class CliTests : IDisposable
    {
        private const string Harbour =
            "---\nsource: Coast Gazette\nurl: https://example.com/harbour\ntags: harbour, storms\n---\nHarbour wall rebuilt after storms\n\nBy Jane Doe\n\n" +
            "The wall was rebuilt in May. It cost less than planned.\n\n\u201CWe finished early,\u201D said harbour master Tom Reyes.\n\nThe harbour reopens on Friday.\n";

        private const string BadDate = "---\nplace: Dover\ndate: 2021-13-45\n---\nFerry timetable changes\n\nFerries will sail every hour. The change starts in June.\n\nTickets are on sale now.\n";

        private static readonly string[] ArticleFields =
        {
            "id", "sourceFile", "typeName", "headline", "standfirst", "byline", "dateline", "quotes", "imageCaptions",
            "crossheads", "paragraphs", "source", "url", "tags", "diagnostics",
        };

        private readonly string _root = Path.Combine(Path.GetTempPath(), "seedmodels-cli-" + Guid.NewGuid().ToString("N"));

        public CliTests()
        {
            Directory.CreateDirectory(Path.Combine(_root, "articles", "sub"));
            File.WriteAllText(Path.Combine(_root, "articles", "harbour.txt"), Harbour);
            File.WriteAllText(Path.Combine(_root, "articles", "sub", "bad-date.txt"), BadDate);
            File.WriteAllText(Path.Combine(_root, "articles", "notes.md"), "not an article");
        }

        public void Dispose() => Directory.Delete(_root, recursive: true);

        private (int Exit, string Out, string Err) Run(params string[] args)
        {
            using var stdout = new StringWriter();
            using var stderr = new StringWriter();
            var exit = Program.Run(args, stdout, stderr, _root);
            return (exit, stdout.ToString(), stderr.ToString());
        }

        private static JsonElement[] Articles(string json)
        {
            using var document = JsonDocument.Parse(json);
            return document.RootElement.GetProperty("articles").EnumerateArray().Select(a => a.Clone()).ToArray();
        }

        [Fact]
        public void JsonHasEveryFieldOfEveryArticle()
        {
            var (exit, output, error) = Run("inspect", "articles", "--json");

            Assert.Equal(0, exit);
            Assert.Equal(string.Empty, error);
            var articles = Articles(output);
            Assert.Equal(new[] { "articles/harbour.txt", "articles/sub/bad-date.txt" }, articles.Select(a => a.GetProperty("sourceFile").GetString()));
            foreach (var article in articles)
            {
                Assert.Equal(ArticleFields, article.EnumerateObject().Select(p => p.Name));
            }
        }

        [Fact]
        public void JsonGivesTheArticlesValues()
        {
            var harbour = Articles(Run("inspect", "articles/harbour.txt", "--json").Out).Single();

            Assert.Equal("HarbourWallRebuiltAfterStorms", harbour.GetProperty("id").GetString());
            Assert.Equal("HarbourWallRebuiltAfterStorms", harbour.GetProperty("typeName").GetString());
            Assert.Equal("Harbour wall rebuilt after storms", harbour.GetProperty("headline").GetString());
            Assert.Equal(JsonValueKind.Null, harbour.GetProperty("standfirst").ValueKind);
            Assert.Equal(new[] { "Jane Doe" }, harbour.GetProperty("byline").GetProperty("authors").EnumerateArray().Select(a => a.GetString()));
            Assert.Equal(JsonValueKind.Null, harbour.GetProperty("dateline").ValueKind);
            Assert.Equal("Coast Gazette", harbour.GetProperty("source").GetString());
            Assert.Equal("https://example.com/harbour", harbour.GetProperty("url").GetString());
            Assert.Equal(new[] { "harbour", "storms" }, harbour.GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
            Assert.Equal(3, harbour.GetProperty("paragraphs").GetArrayLength());
            Assert.Empty(harbour.GetProperty("imageCaptions").EnumerateArray());
            Assert.Empty(harbour.GetProperty("crossheads").EnumerateArray());
            Assert.Empty(harbour.GetProperty("diagnostics").EnumerateArray());

            var quote = Assert.Single(harbour.GetProperty("quotes").EnumerateArray());
            Assert.Equal(new[] { "text", "speaker", "kind", "paragraph", "line", "column" }, quote.EnumerateObject().Select(p => p.Name));
            Assert.Equal("We finished early", quote.GetProperty("text").GetString());
            Assert.Equal("Tom Reyes", quote.GetProperty("speaker").GetString());
            Assert.Equal("direct", quote.GetProperty("kind").GetString());
            Assert.Equal(1, quote.GetProperty("paragraph").GetInt32());
            Assert.Equal((12, 1), (quote.GetProperty("line").GetInt32(), quote.GetProperty("column").GetInt32()));
        }

        [Fact]
        public void JsonGivesDatelineAndDiagnostics()
        {
            var article = Articles(Run("inspect", "articles/sub", "--json").Out).Single();

            var dateline = article.GetProperty("dateline");
            Assert.Equal(JsonValueKind.Null, dateline.GetProperty("date").ValueKind);
            Assert.Equal("Dover", dateline.GetProperty("place").GetString());
            Assert.Equal(JsonValueKind.Null, dateline.GetProperty("agency").ValueKind);
            var d = Assert.Single(article.GetProperty("diagnostics").EnumerateArray());
            Assert.Equal(new[] { "id", "severity", "line", "column", "message" }, d.EnumerateObject().Select(p => p.Name));
            Assert.Equal(("SEED002", "warning", 3, 7), (d.GetProperty("id").GetString(), d.GetProperty("severity").GetString(), d.GetProperty("line").GetInt32(), d.GetProperty("column").GetInt32()));
            Assert.Contains("2021-13-45", d.GetProperty("message").GetString(), StringComparison.Ordinal);
        }

        [Fact]
        public void MissingPathExitsOneAndStillReportsTheOthers()
        {
            var (exit, output, error) = Run("inspect", "nowhere.txt", "articles/harbour.txt", "--json");

            Assert.Equal(1, exit);
            var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
            Assert.Contains("nowhere.txt", line, StringComparison.Ordinal);
            Assert.Equal("articles/harbour.txt", Articles(output).Single().GetProperty("sourceFile").GetString());
        }

        [Theory]
        [InlineData("")]
        [InlineData("frobnicate articles")]
        [InlineData("inspect")]
        [InlineData("inspect articles --yaml")]
        [InlineData("--json inspect articles")]
        public void BadUsageExitsTwo(string commandLine)
        {
            var (exit, output, error) = Run(commandLine.Split(' ', StringSplitOptions.RemoveEmptyEntries));

            Assert.Equal(2, exit);
            Assert.Equal(string.Empty, output);
            Assert.Contains("usage: seedmodels inspect", error, StringComparison.Ordinal);
        }

        [Fact]
        public void ReadableReportShowsHeadlineAndDiagnosticsInCompilerForm()
        {
            var (exit, output, _) = Run("inspect", "articles");

            Assert.Equal(0, exit);
            Assert.Contains("headline    Harbour wall rebuilt after storms", output, StringComparison.Ordinal);
            Assert.Contains("headline    Ferry timetable changes", output, StringComparison.Ordinal);
            Assert.Contains("articles/sub/bad-date.txt(3,7): warning SEED002: '2021-13-45' is not a valid yyyy-MM-dd date", output, StringComparison.Ordinal);
            Assert.ThrowsAny<JsonException>(() => JsonDocument.Parse(output));
        }

        [Fact]
        public void UnreadableFileIsNamedWithSeed008()
        {
            File.WriteAllBytes(Path.Combine(_root, "articles", "empty.txt"), Array.Empty<byte>());

            var (exit, output, _) = Run("inspect", "articles", "--json");

            Assert.Equal(0, exit);
            var empty = Articles(output).Single(a => a.GetProperty("sourceFile").GetString() == "articles/empty.txt");
            Assert.Equal(JsonValueKind.Null, empty.GetProperty("typeName").ValueKind);
            Assert.Equal("SEED008", Assert.Single(empty.GetProperty("diagnostics").EnumerateArray()).GetProperty("id").GetString());
        }
    }
}
