using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using SeedModels.Cli;
using Xunit;

namespace SeedModels.Tests
{
    /// <summary><c>seedmodels inspect PATH… [--json]</c> (README "The CLI"), run in a temporary folder.</summary>
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

        [Theory]
        [InlineData("--help")]
        [InlineData("-h")]
        public void HelpAtTheTopListsTheCommandsAndExitsZero(string flag)
        {
            var (exit, output, error) = Run(flag);

            Assert.Equal((0, string.Empty), (exit, error));
            Assert.Contains("seedmodels inspect PATH... [--json]", output, StringComparison.Ordinal);
            Assert.Contains("--version", output, StringComparison.Ordinal);
        }

        [Theory]
        [InlineData("inspect", "--help")]
        [InlineData("inspect", "articles", "-h")]
        public void HelpOfTheCommandDescribesItsArgumentsAndReadsNothing(params string[] args)
        {
            var (exit, output, error) = Run(args);

            Assert.Equal((0, string.Empty), (exit, error));
            Assert.StartsWith("usage: seedmodels inspect PATH... [--json]", output, StringComparison.Ordinal);
            Assert.Contains("--json", output, StringComparison.Ordinal);
            Assert.Contains("exit codes", output, StringComparison.Ordinal);
            Assert.DoesNotContain("Harbour", output, StringComparison.Ordinal);
        }

        [Theory]
        [InlineData("--version")]
        [InlineData("inspect", "--version")]
        public void VersionIsTheAssemblysInformationalVersion(params string[] args)
        {
            var (exit, output, error) = Run(args);

            Assert.Equal((0, string.Empty), (exit, error));
            var expected = typeof(Program).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyInformationalVersionAttribute), false)
                .Cast<System.Reflection.AssemblyInformationalVersionAttribute>().Single().InformationalVersion;
            Assert.Equal(expected, output.Trim());
            Assert.Matches(@"^\d+\.\d+\.\d+", output);
        }

        [Fact]
        public void PathsAreShownAsTyped()
        {
            var absolute = Path.Combine(_root, "articles", "harbour.txt");
            var (exit, output, error) = Run("inspect", absolute, "./articles/sub", "articles/", "nowhere/../missing.txt", "--json");

            Assert.Equal(1, exit);
            Assert.Contains("'nowhere/../missing.txt' does not exist", error, StringComparison.Ordinal);
            Assert.Equal(
                new[] { absolute.Replace('\\', '/'), "./articles/sub/bad-date.txt", "articles/harbour.txt", "articles/sub/bad-date.txt" },
                SourceFiles(output).Select(f => f.Replace('\\', '/')));
        }

        [Fact]
        public void ReadableReportShowsHeadlineAndDiagnosticsInCompilerForm()
        {
            var (exit, output, _) = Run("inspect", "articles");

            Assert.Equal(0, exit);
            Assert.Contains("  headline      Harbour wall rebuilt after storms", output, StringComparison.Ordinal);
            Assert.Contains("  headline      Ferry timetable changes", output, StringComparison.Ordinal);
            Assert.Contains("articles/sub/bad-date.txt(3,7): warning SEED002: '2021-13-45' is not a valid yyyy-MM-dd date", output, StringComparison.Ordinal);
            Assert.ThrowsAny<JsonException>(() => JsonDocument.Parse(output));
        }

        [Fact]
        public void ReadableReportShowsEveryFieldOfEveryArticleEvenWhenAbsent()
        {
            var (exit, output, _) = Run("inspect", "articles/sub/bad-date.txt");

            Assert.Equal(0, exit);
            var labels = output.Split('\n').Skip(1).Where(l => l.StartsWith("  ", StringComparison.Ordinal) && !l.Contains("): ", StringComparison.Ordinal))
                .Select(l => l.Trim().Split(' ')[0]).ToList();
            Assert.Equal(
                new[] { "type", "id", "headline", "standfirst", "byline", "dateline", "quotes", "imageCaptions", "crossheads", "paragraph", "source", "url", "tags" },
                labels.Distinct());
            Assert.Contains("  standfirst    (none)", output, StringComparison.Ordinal);
            Assert.Contains("  dateline      place: Dover", output, StringComparison.Ordinal);
            Assert.Contains("  url           (none)", output, StringComparison.Ordinal);
            Assert.Contains("  tags          (none)", output, StringComparison.Ordinal);
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

        // Bad input (issue 5): every problem is one line on stderr and exit code 1, the readable files are still reported,
        // and nothing can make the command wait forever or read without end. The tests run as root, for whom chmod 000 does
        // not make a file unreadable: unreadable files are made in ways root cannot read either (a named pipe, a device, a
        // dangling symbolic link, /proc/self/mem whose first page is unmapped, a file beyond the size cap).

        /// <summary>Runs the command on another thread and fails, rather than hangs, when it does not finish in time.</summary>
        private (int Exit, string Out, string Err) RunWithin(int seconds, params string[] args)
        {
            var run = Task.Run(() => Run(args));
            Assert.True(run.Wait(TimeSpan.FromSeconds(seconds)), "seedmodels " + string.Join(" ", args) + " did not finish within " + seconds + " s");
            return run.Result;
        }

        private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToArray();

        private static string[] SourceFiles(string json) => Articles(json).Select(a => a.GetProperty("sourceFile").GetString()!).ToArray();

        [Fact]
        public void MissingPathsGiveOneLineEachAndTheOthersAreStillReported()
        {
            var (exit, output, error) = Run("inspect", "nowhere.txt", "articles/harbour.txt", "gone/", "--json");

            Assert.Equal(1, exit);
            var lines = Lines(error);
            Assert.Equal(2, lines.Length);
            Assert.Contains("'nowhere.txt' does not exist", lines[0], StringComparison.Ordinal);
            Assert.Contains("'gone/' does not exist", lines[1], StringComparison.Ordinal);
            Assert.Equal(new[] { "articles/harbour.txt" }, SourceFiles(output));
        }

        [Fact]
        public void PathThatIsNotAPathGivesOneLine()
        {
            var (exit, output, error) = Run("inspect", "bad\0name.txt", "articles/harbour.txt", "--json");

            Assert.Equal(1, exit);
            var line = Assert.Single(Lines(error));
            Assert.Contains("bad\\u0000name.txt", line, StringComparison.Ordinal); // the NUL is shown, not printed
            Assert.Equal(new[] { "articles/harbour.txt" }, SourceFiles(output));
        }

        [Fact]
        public void FolderOfBinaryFilesListsEachWithSeed008AndExitsZero()
        {
            var bins = Path.Combine(_root, "bins");
            Directory.CreateDirectory(bins);
            var random = new byte[4096];
            new Random(5).NextBytes(random);
            File.WriteAllBytes(Path.Combine(bins, "random.txt"), random);
            File.WriteAllBytes(Path.Combine(bins, "nuls.txt"), new byte[2048]);
            File.WriteAllBytes(Path.Combine(bins, "elf.txt"), new byte[] { 0x7F, 0x45, 0x4C, 0x46, 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 0, 0x3E, 0 });
            File.WriteAllBytes(Path.Combine(bins, "image.png"), random); // not a .txt: not an article

            var (exit, output, error) = RunWithin(60, "inspect", "bins", "articles/harbour.txt", "--json");

            Assert.Equal(0, exit);
            Assert.Equal(string.Empty, error);
            var articles = Articles(output);
            Assert.Equal(new[] { "bins/elf.txt", "bins/nuls.txt", "bins/random.txt", "articles/harbour.txt" }, articles.Select(a => a.GetProperty("sourceFile").GetString()));
            foreach (var binary in articles.Take(3))
            {
                Assert.Equal(JsonValueKind.Null, binary.GetProperty("typeName").ValueKind);
                Assert.Equal("SEED008", Assert.Single(binary.GetProperty("diagnostics").EnumerateArray()).GetProperty("id").GetString());
            }

            Assert.Equal("HarbourWallRebuiltAfterStorms", articles[3].GetProperty("typeName").GetString());

            // The ELF header is what the compiler refuses as binary: the CLI says it in the build task's words (package tests).
            Assert.Equal("The article file looks binary (it is full of control characters)",
                Assert.Single(articles[0].GetProperty("diagnostics").EnumerateArray()).GetProperty("message").GetString());
        }

        [Fact]
        public void FolderWithoutTxtFilesWarnsOnOneLineAndExitsZero()
        {
            Directory.CreateDirectory(Path.Combine(_root, "pictures"));
            File.WriteAllBytes(Path.Combine(_root, "pictures", "a.png"), new byte[] { 0x89, 0x50, 0x4E, 0x47 });

            var (exit, output, error) = Run("inspect", "pictures", "--json");

            Assert.Equal(0, exit);
            Assert.Contains("'pictures' holds no .txt files", Assert.Single(Lines(error)), StringComparison.Ordinal);
            Assert.Empty(Articles(output));
        }

        [Fact]
        public void DevicesAreRefusedWithoutReadingThem()
        {
            if (!OperatingSystem.IsLinux())
            {
                return; // /dev/null and /dev/zero are Linux paths; elsewhere there is nothing to test
            }

            // Reading /dev/zero never ends: the command must refuse it, not read until memory runs out.
            var (exit, output, error) = RunWithin(60, "inspect", "/dev/zero", "/dev/null", "articles/harbour.txt", "--json");

            Assert.Equal(1, exit);
            var lines = Lines(error);
            Assert.Equal(2, lines.Length);
            Assert.Contains("'/dev/zero': it is a character device, not a regular file", lines[0], StringComparison.Ordinal);
            Assert.Contains("'/dev/null': it is a character device, not a regular file", lines[1], StringComparison.Ordinal);
            Assert.Equal(new[] { "articles/harbour.txt" }, SourceFiles(output));
        }

        [Fact]
        public void NamedPipeIsRefusedNotWaitedOn()
        {
            if (!OperatingSystem.IsLinux())
            {
                return; // mkfifo is a Unix command
            }

            var pipe = Path.Combine(_root, "articles", "pipe.txt");
            using (var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", new[] { pipe }) { UseShellExecute = false })!)
            {
                mkfifo.WaitForExit();
                Assert.Equal(0, mkfifo.ExitCode);
            }

            // Opening a pipe nobody writes to blocks forever: as a file named on the command line and inside a folder.
            var (exit, output, error) = RunWithin(60, "inspect", "articles", "articles/pipe.txt", "--json");

            Assert.Equal(1, exit);
            var lines = Lines(error);
            Assert.Equal(2, lines.Length);
            Assert.All(lines, l => Assert.Contains("cannot read 'articles/pipe.txt': it is a named pipe, not a regular file", l, StringComparison.Ordinal));
            Assert.Equal(new[] { "articles/harbour.txt", "articles/sub/bad-date.txt" }, SourceFiles(output));
        }

        [Fact]
        public void UnreadableFilesAsRootGiveOneLineEach()
        {
            if (!OperatingSystem.IsLinux())
            {
                return; // /proc/self/mem and symbolic links as made here are Linux things
            }

            // Root reads any file chmod 000 protects, so: a symbolic link to nowhere, and /proc/self/mem, whose read at
            // offset 0 fails with an I/O error for everyone (the first page of a process is never mapped).
            File.CreateSymbolicLink(Path.Combine(_root, "articles", "dangling.txt"), Path.Combine(_root, "no-such-file.txt"));

            var (exit, output, error) = RunWithin(60, "inspect", "articles", "/proc/self/mem", "--json");

            Assert.Equal(1, exit);
            var lines = Lines(error);
            Assert.Equal(2, lines.Length);
            Assert.Contains("cannot read 'articles/dangling.txt': it is a symbolic link to '", lines[0], StringComparison.Ordinal);
            Assert.Contains("which does not exist", lines[0], StringComparison.Ordinal);
            Assert.Contains("proc/self/mem': ", lines[1], StringComparison.Ordinal);
            Assert.Equal(new[] { "articles/harbour.txt", "articles/sub/bad-date.txt" }, SourceFiles(output));
        }

        [Fact]
        public void FileBeyondTheSizeCapIsRefusedUnread()
        {
            var huge = Path.Combine(_root, "articles", "huge.txt");
            using (var stream = File.Create(huge))
            {
                stream.SetLength((64L * 1024 * 1024) + 1); // one byte over the 64 MB cap; sparse, so nothing is written
            }

            var (exit, output, error) = RunWithin(60, "inspect", "articles", "--json");

            Assert.Equal(1, exit);
            Assert.Contains("cannot read 'articles/huge.txt': it is larger than 64 MB", Assert.Single(Lines(error)), StringComparison.Ordinal);
            Assert.Equal(new[] { "articles/harbour.txt", "articles/sub/bad-date.txt" }, SourceFiles(output));
        }

        [Fact]
        public void SymbolicLinkLoopIsWalkedOnce()
        {
            Directory.CreateSymbolicLink(Path.Combine(_root, "articles", "sub", "back"), Path.Combine(_root, "articles"));

            var (exit, output, error) = RunWithin(60, "inspect", "articles", "--json");

            Assert.Equal(0, exit);
            Assert.Equal(string.Empty, error);
            Assert.Equal(new[] { "articles/harbour.txt", "articles/sub/bad-date.txt" }, SourceFiles(output));
        }

        [Fact]
        public void TerminalEscapesInAnArticleArePrintedEscaped()
        {
            var body = string.Concat(Enumerable.Repeat("Plenty of ordinary words keep this paragraph text rather than binary. ", 5));
            File.WriteAllText(Path.Combine(_root, "articles", "escape.txt"),
                "Council \u001B]0;owned\u0007 vote \u202Eelbat\n\nThe \u001B[2J council met. \u201CWe agree \u001B[31mnow,\u201D said Jane Doe. " + body + "\n");

            var (exit, output, _) = Run("inspect", "articles/escape.txt");

            Assert.Equal(0, exit);
            Assert.DoesNotContain('\u001B', output);
            Assert.DoesNotContain('\u0007', output);
            Assert.DoesNotContain('\u202E', output);
            Assert.Contains("headline      Council \\u001B]0;owned\\u0007 vote \\u202Eelbat", output, StringComparison.Ordinal);
        }

        /// <summary>
        /// The generator never names a type <c>All</c>, <c>Instance</c>, <c>Equals</c>, … or after the catalog (CatalogPlan's
        /// reserved names): it adds a suffix, and the analyzer reports SEED007. The README promises that seedmodels inspect
        /// applies the same suffixes to <c>typeName</c> (both read src/SeedModels.Extraction/Naming/ReservedNames.cs). Found by
        /// the fuzz (Regressions/inconsistent-e3b3515e78e5.fuzz).
        /// </summary>
        [Fact]
        public void TypeNameOfAReservedNameIsTheGeneratorsName()
        {
            File.WriteAllText(Path.Combine(_root, "articles", "all.txt"), "All\n\nA story whose headline is the name of the catalog's list.\n");

            var all = Articles(Run("inspect", "articles/all.txt", "--json").Out).Single();

            Assert.Equal("All", all.GetProperty("id").GetString());
            Assert.Equal("All2", all.GetProperty("typeName").GetString());
        }
    }
}
