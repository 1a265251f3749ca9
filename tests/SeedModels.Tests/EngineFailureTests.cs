using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using SeedModels.Cli;
using SeedModels.Extraction;
using Xunit;

namespace SeedModels.Tests
{
    /// <summary>
    /// An exception inside the engine is a bug, and costs only its own article: the reader returns SEED015 for it, the
    /// CLI reports every other file and exits 1. The failure is forced through the engine function the hosts take.
    /// </summary>
    public sealed class EngineFailureTests : IDisposable
    {
        private const string Good = "Harbour wall rebuilt\n\nThe wall was rebuilt in May. It cost less than planned.\n";

        private static readonly ArticleExtraction FailsOnPoison = (text, sourceFile, decoding) =>
            sourceFile.EndsWith("poison.txt", StringComparison.Ordinal) ? throw new InvalidOperationException("forced failure") : ArticleExtractor.Extract(text, sourceFile, decoding);

        private readonly string _root = Path.Combine(Path.GetTempPath(), "seedmodels-failure-" + Guid.NewGuid().ToString("N"));

        public EngineFailureTests()
        {
            Directory.CreateDirectory(Path.Combine(_root, "articles"));
            File.WriteAllText(Path.Combine(_root, "articles", "a-good.txt"), Good);
            File.WriteAllText(Path.Combine(_root, "articles", "poison.txt"), Good);
            File.WriteAllText(Path.Combine(_root, "articles", "z-good.txt"), Good);
        }

        public void Dispose() => Directory.Delete(_root, recursive: true);

        [Fact]
        public void The_reader_turns_an_engine_exception_into_SEED015_and_no_article()
        {
            var result = ArticleReader.Parse(Encoding.UTF8.GetBytes(Good), "seeds/poison.txt", FailsOnPoison);

            Assert.Null(result.Article);
            var d = Assert.Single(result.Diagnostics);
            Assert.Equal(("SEED015", 1, 1), (d.Id, d.Line, d.Column));
            Assert.Contains("InvalidOperationException: forced failure", d.Message, StringComparison.Ordinal);
            Assert.Contains("report", d.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void The_CLI_reports_every_other_article_and_exits_one()
        {
            using var stdout = new StringWriter();
            using var stderr = new StringWriter();

            var exit = InspectCommand.Run(new[] { "articles" }, json: true, stdout, stderr, _root, FailsOnPoison);

            Assert.Equal(Program.Failed, exit);
            var line = Assert.Single(stderr.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
            Assert.Contains("articles/poison.txt", line, StringComparison.Ordinal);
            Assert.Contains("SEED015", line, StringComparison.Ordinal);
            using var document = JsonDocument.Parse(stdout.ToString());
            var articles = document.RootElement.GetProperty("articles").EnumerateArray().ToList();
            Assert.Equal(new[] { "articles/a-good.txt", "articles/poison.txt", "articles/z-good.txt" }, articles.Select(a => a.GetProperty("sourceFile").GetString()));
            Assert.Equal(new[] { "Harbour wall rebuilt", null, "Harbour wall rebuilt" }, articles.Select(a => a.GetProperty("headline").GetString()));
        }
    }
}
