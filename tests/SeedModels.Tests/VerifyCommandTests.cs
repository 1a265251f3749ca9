using System;
using System.IO;
using System.Linq;
using SeedModels.Cli;
using Xunit;

namespace SeedModels.Tests
{
    /// <summary><c>seedmodels verify</c>: snapshot tests of what articles become, with Verify's file naming.</summary>
    public sealed class VerifyCommandTests : IDisposable
    {
        private const string Harbour = "Harbour wall rebuilt after storms\n\nBy Jane Doe\n\nThe wall was rebuilt in May. It cost less than planned.\n\n\u201CWe finished early,\u201D said harbour master Tom Reyes.\n";

        private const string Ferry = "Ferry timetable changes\n\nFerries will sail every hour. The change starts in June.\n\nTickets are on sale now.\n";

        private readonly string _root = Path.Combine(Path.GetTempPath(), "seedmodels-verify-" + Guid.NewGuid().ToString("N"));

        public VerifyCommandTests()
        {
            Directory.CreateDirectory(Path.Combine(_root, "seeds", "sub"));
            File.WriteAllText(Path.Combine(_root, "seeds", "harbour.txt"), Harbour);
            File.WriteAllText(Path.Combine(_root, "seeds", "sub", "ferry.txt"), Ferry);
        }

        public void Dispose() => Directory.Delete(_root, recursive: true);

        private (int Exit, string Out, string Err) Verify(params string[] extra)
        {
            using var stdout = new StringWriter();
            using var stderr = new StringWriter();
            var exit = Program.Run(new[] { "verify", "seeds", "--snapshots", "snapshots" }.Concat(extra).ToArray(), stdout, stderr, _root);
            return (exit, stdout.ToString(), stderr.ToString());
        }

        private string Snapshot(string name) => Path.Combine(_root, "snapshots", name);

        [Fact]
        public void A_new_article_fails_with_a_received_file_until_it_is_accepted_then_matches()
        {
            var (exit, _, error) = Verify();

            Assert.Equal(Program.Failed, exit);
            Assert.Equal(2, error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
            Assert.Contains("seeds/harbour.txt: no snapshot yet; wrote snapshots/seeds/harbour.received.json", error, StringComparison.Ordinal);
            Assert.True(File.Exists(Snapshot("seeds/sub/ferry.received.json")));
            Assert.False(File.Exists(Snapshot("seeds/harbour.verified.json")));

            Assert.Equal(Program.Success, Verify("--accept").Exit);
            Assert.False(File.Exists(Snapshot("seeds/harbour.received.json")));
            var verified = File.ReadAllText(Snapshot("seeds/harbour.verified.json"));
            Assert.Contains("\"headline\": \"Harbour wall rebuilt after storms\"", verified, StringComparison.Ordinal);
            Assert.Contains("\"speaker\": \"Tom Reyes\"", verified, StringComparison.Ordinal);

            var (again, output, none) = Verify();
            Assert.Equal((Program.Success, string.Empty), (again, none));
            Assert.Contains("2 snapshot(s) match, 0 differ or are new, 0 left over", output, StringComparison.Ordinal);
        }

        [Fact]
        public void A_changed_article_fails_and_shows_what_it_became()
        {
            Verify("--accept");
            File.WriteAllText(Path.Combine(_root, "seeds", "harbour.txt"), Harbour.Replace("Tom Reyes", "Tom Reyes-Holt", StringComparison.Ordinal));

            var (exit, _, error) = Verify();

            Assert.Equal(Program.Failed, exit);
            Assert.Contains("seeds/harbour.txt: differs from snapshots/seeds/harbour.verified.json", Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries)), StringComparison.Ordinal);
            Assert.Contains("Tom Reyes-Holt", File.ReadAllText(Snapshot("seeds/harbour.received.json")), StringComparison.Ordinal);
            Assert.DoesNotContain("Tom Reyes-Holt", File.ReadAllText(Snapshot("seeds/harbour.verified.json")), StringComparison.Ordinal);

            // Put back, the mismatch's received file is stale and goes.
            File.WriteAllText(Path.Combine(_root, "seeds", "harbour.txt"), Harbour);
            Assert.Equal(Program.Success, Verify().Exit);
            Assert.False(File.Exists(Snapshot("seeds/harbour.received.json")));
        }

        [Fact]
        public void A_snapshot_left_by_a_renamed_article_fails_until_accepted_away()
        {
            Verify("--accept");
            File.Move(Path.Combine(_root, "seeds", "sub", "ferry.txt"), Path.Combine(_root, "seeds", "sub", "ferries.txt"));

            var (exit, _, error) = Verify();

            Assert.Equal(Program.Failed, exit);
            Assert.Contains("snapshots/seeds/sub/ferry.verified.json has no article (renamed or removed?)", error, StringComparison.Ordinal);
            Assert.Contains("seeds/sub/ferries.txt: no snapshot yet", error, StringComparison.Ordinal);

            Assert.Equal(Program.Success, Verify("--accept").Exit);
            Assert.False(File.Exists(Snapshot("seeds/sub/ferry.verified.json")));
            Assert.Equal(Program.Success, Verify().Exit);
        }

        [Fact]
        public void A_snapshot_checked_out_with_CRLF_line_ends_still_matches()
        {
            Verify("--accept");
            var file = Snapshot("seeds/harbour.verified.json");
            File.WriteAllText(file, File.ReadAllText(file).Replace("\n", "\r\n", StringComparison.Ordinal));

            Assert.Equal(Program.Success, Verify().Exit);
        }

        [Theory]
        [InlineData("seeds/story.txt", "seeds/story")]
        [InlineData("./seeds/story.txt", "seeds/story")]
        [InlineData("/abs/seeds/story.txt", "abs/seeds/story")]
        [InlineData("../elsewhere/story.txt", "elsewhere/story")]
        [InlineData("seeds\\\\story.txt", "seeds/story")]
        public void Snapshot_names_never_leave_the_snapshot_folder(string sourceFile, string name)
        {
            Assert.Equal(name, VerifyCommand.SnapshotName(sourceFile));
        }

        [Theory]
        [InlineData("verify", "seeds")]
        [InlineData("verify", "seeds", "--snapshots")]
        [InlineData("verify", "--snapshots", "snapshots")]
        [InlineData("verify", "seeds", "--snapshots", "snapshots", "--json")]
        public void Bad_usage_exits_two(params string[] args)
        {
            using var stdout = new StringWriter();
            using var stderr = new StringWriter();

            Assert.Equal(Program.BadUsage, Program.Run(args, stdout, stderr, _root));
            Assert.Contains("usage:", stderr.ToString(), StringComparison.Ordinal);
        }
    }
}
