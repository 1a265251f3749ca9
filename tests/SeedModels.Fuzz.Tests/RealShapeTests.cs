using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using SeedModels.Fuzz.Tests.Support;
using Xunit;
using Xunit.Abstractions;

namespace SeedModels.Fuzz.Tests
{
    /// <summary>
    /// The real-shaped inputs (issue 9, "why the fuzzer missed (1) and (2)"): published articles of <c>../shared/corpora</c>
    /// mutated at test time and kept as recipes, the grammar of reporting shapes, and the oracle that valid UTF-8 text is
    /// never called unreadable.
    /// </summary>
    public sealed class RealShapeTests
    {
        private readonly ITestOutputHelper _output;

        public RealShapeTests(ITestOutputHelper output) => _output = output;

        private static int Seed => int.TryParse(Environment.GetEnvironmentVariable("SEEDMODELS_FUZZ_SEED"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var s) ? s : FuzzTests.DefaultSeed;

        /// <summary>
        /// Issue 9, repro 2: bytes that are valid UTF-8 text with content never get SEED008, even when they hold one stray C1
        /// character, as a publisher's own mojibake does (<c>caf\u0083</c>). The inputs: every published article that holds
        /// one as it is, published articles given one inside a word, grammar articles given one. The hosts, which see the
        /// bytes, decide whether they were UTF-8 (Text/ArticleDecoding.cs); the engine no longer takes a C1 for a bad byte.
        /// </summary>
        [Fact]
        public void Valid_utf8_with_stray_c1_is_never_unreadable()
        {
            var r = new Random(FuzzTests.BatchSeed(Seed, 200, 0));
            var files = new List<FuzzFile>();
            string Path(string what) => "seeds/c1/" + what + files.Count.ToString("D3", CultureInfo.InvariantCulture) + ".txt";

            foreach (var article in RealCorpus.All.Where(a => a.Text.Any(RealArticleMutator.IsC1)))
            {
                files.Add(FuzzFile.FromRecipe(Path("published"), new Recipe(article.Key, 0, Array.Empty<RecipeStep>()).WithResult(), null, article.Text));
            }

            var published = files.Count;
            while (files.Count < published + 40)
            {
                var article = RealCorpus.Pick(r);
                if (article.Text.Any(RealArticleMutator.IsC1))
                {
                    continue;
                }

                var at = InsideAWord(r, article.Text);
                var c1 = new LiteralPiece(((char)r.Next(0x80, 0xA0)).ToString());
                files.Add(FuzzFile.FromRecipe(Path("mutated"), new Recipe(article.Key, 0, new RecipeStep[] { new EditStep("stray-c1", at, at, new Piece[] { c1 }) }).WithResult()));
            }

            while (files.Count < published + 80)
            {
                var text = new ReportingGrammar(r).Article();
                var at = InsideAWord(r, text);
                var file = FuzzFile.FromText(Path("grammar"), text.Insert(at, ((char)r.Next(0x80, 0xA0)).ToString())) with { Shape = InputShape.ReportingGrammar };
                if (Utf8TextCheck.Of(file.Bytes).IsText)
                {
                    files.Add(file); // not a headline alone: one control character among a hundred letters or more
                }
            }

            // The inputs are what the oracle is about: valid UTF-8 text, a C1 character in it.
            Assert.True(published > 0, "no published article under " + RealCorpus.Folder + " holds a C1 character");
            Assert.All(files, f => Assert.Equal(new Utf8TextCheck(true, true), Utf8TextCheck.Of(f.Bytes)));

            var campaign = new FuzzCampaign(_output, "valid UTF-8 with a stray C1 (" + published + " published as they are, " + (files.Count - published) + " given one)",
                saveRegressions: false);
            for (var b = 0; b * 25 < files.Count; b++)
            {
                campaign.Run(new FuzzBatch("stray C1 batch " + b, files.Skip(b * 25).Take(25).ToList()), shuffleSeed: b);
            }

            campaign.Report();
            Assert.True(campaign.FailureCount == 0, campaign.Summary());
        }

        /// <summary>An offset just after a letter that another letter follows: where mojibake sits in a word.</summary>
        private static int InsideAWord(Random r, string text)
        {
            for (var tries = 0; tries < 1000; tries++)
            {
                var at = r.Next(1, Math.Max(2, text.Length));
                if (at < text.Length && char.IsLetter(text[at - 1]) && char.IsLetter(text[at]))
                {
                    return at;
                }
            }

            return text.Length;
        }

        /// <summary>
        /// The other side of the oracle: bytes that are not UTF-8 (Windows-1252, as an old editor saves curly quotes, dashes
        /// and accents) still get SEED008 from <c>ArticleReader.Parse(byte[])</c> and from the analyzer, which sees them as the
        /// compiler decodes them (Latin-1: C1 characters where the quotes were).
        /// </summary>
        [Fact]
        public void Windows_1252_bytes_are_still_unreadable()
        {
            var r = new Random(FuzzTests.BatchSeed(Seed, 201, 0));
            var files = Enumerable.Range(0, 20)
                .Select(i => new FuzzFile("seeds/cp1252/" + i.ToString("D2", CultureInfo.InvariantCulture) + ".txt",
                    Windows1252(new ReportingGrammar(r, QuoteStyle.Curly).Article() + "\u201CCaf\u00E9 owners \u2014 all of them,\u201D she said.\n")))
                .ToList();
            Assert.All(files, f => Assert.False(CompilerDecoding.IsStrictUtf8(f.Bytes)));

            var campaign = new FuzzCampaign(_output, "Windows-1252 articles", saveRegressions: false);
            var outcome = campaign.Run(new FuzzBatch("cp1252", files), shuffleSeed: 1);

            campaign.Report();
            Assert.True(campaign.FailureCount == 0, campaign.Summary());
            Assert.Equal(files.Count, outcome.Unreadable);
            Assert.All(files, f => Assert.Contains(ArticleReader.Parse(f.Bytes, f.RelativePath).Diagnostics, d => d.Id == "SEED008"));
        }

        /// <summary>Windows-1252 for the characters the grammar writes: ASCII as it is, curly quotes, dashes and é as single bytes.</summary>
        private static byte[] Windows1252(string text) =>
            text.Select(c => c switch
            {
                '\u2018' => (byte)0x91,
                '\u2019' => (byte)0x92,
                '\u201C' => (byte)0x93,
                '\u201D' => (byte)0x94,
                '\u2013' => (byte)0x96,
                '\u2014' => (byte)0x97,
                '\u2026' => (byte)0x85,
                '\u00E9' => (byte)0xE9,
                _ when c < 0x80 => (byte)c,
                _ => (byte)'?',
            }).ToArray();

        /// <summary>A recipe written out and read back makes the very text the mutator made, and changes to it are caught.</summary>
        [Fact]
        public void Real_article_recipes_replay_to_the_text_they_made()
        {
            var labels = new SortedDictionary<string, int>(StringComparer.Ordinal);
            for (var i = 0; i < 300; i++)
            {
                var (recipe, text) = RealArticleMutator.Make(FuzzTests.BatchSeed(Seed, 202, i));
                var replayed = Recipe.Parse(recipe.Lines());
                Assert.Equal(recipe.Base, replayed.Base);
                Assert.Equal(recipe.Steps.Count, replayed.Steps.Count);
                Assert.Equal(text, replayed.Apply());
                foreach (var step in recipe.Steps)
                {
                    labels[step.Label] = labels.GetValueOrDefault(step.Label) + 1;
                }
            }

            _output.WriteLine("mutations: " + string.Join(", ", labels.Select(p => p.Key + " ×" + p.Value)));
            foreach (var label in new[] { "swap-sentence", "move-attribution", "swap-name", "stray-c1", "quote-style", "truncate-mid-quote", "short-article", "grammar-attribution" })
            {
                Assert.True(labels.ContainsKey(label), label + " never drawn in 300 recipes");
            }

            // A changed step no longer gives the text the recipe was written for: the replay says so instead of testing something else.
            var (some, _) = RealArticleMutator.Make(FuzzTests.BatchSeed(Seed, 202, 1000));
            var tampered = some with { Steps = some.Steps.Append(new EditStep("tampered", 0, 0, new Piece[] { new LiteralPiece("x") })).ToList() };
            Assert.Throws<InvalidDataException>(() => tampered.Apply());
        }

        /// <summary>
        /// A regression found on a published article is kept as its recipe: the file written holds no run of 30 characters
        /// of any article the recipe uses (not even in the failure's message, which may quote the text), and it loads back to
        /// the same input.
        /// </summary>
        [Fact]
        public void A_regression_made_from_published_text_keeps_a_recipe_and_none_of_the_text()
        {
            var files = new List<FuzzFile>();
            for (var i = 0; files.Count < 20; i++)
            {
                var (recipe, text) = RealArticleMutator.Make(FuzzTests.BatchSeed(Seed, 203, i));
                files.Add(FuzzFile.FromRecipe("seeds/r" + i.ToString("D2", CultureInfo.InvariantCulture) + ".txt", recipe, null, text));
            }

            var quoted = RealCorpus.Get(files[0].Recipe!.Base).Text;
            var failure = new Failure(FailureKind.NonCompiling, "compile:CS1002", files[0].RelativePath, "at: " + quoted.Substring(0, Math.Min(200, quoted.Length)));
            var batch = new FuzzBatch("recipes", files);
            var content = RegressionStore.Format(batch, failure);

            var used = files.SelectMany(f => new[] { f.Recipe!.Base }.Concat(f.Recipe.Steps.OfType<EditStep>().SelectMany(s => s.Pieces).OfType<DonorPiece>().Select(d => d.Key)))
                .Distinct().Select(k => RealCorpus.Get(k).Text).ToList();
            foreach (var line in content.Split('\n'))
            {
                for (var at = 0; at + 30 <= line.Length; at++)
                {
                    var window = line.Substring(at, 30);
                    Assert.False(used.Any(t => t.Contains(window, StringComparison.Ordinal)), "the regression file holds published text: '" + window + "'");
                }
            }

            var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "seedmodels-fuzz-recipe-" + Guid.NewGuid().ToString("N") + RegressionStore.Extension);
            try
            {
                File.WriteAllText(path, content);
                var loaded = RegressionStore.Load(path);
                Assert.Equal(files.Select(f => Convert.ToBase64String(f.Bytes)), loaded.Files.Select(f => Convert.ToBase64String(f.Bytes)));
                Assert.All(loaded.Files, f => Assert.Equal(InputShape.RealArticle, f.Shape));
            }
            finally
            {
                File.Delete(path);
            }
        }

        /// <summary>Without <c>../shared/corpora</c> the real-article fuzz stops with a message saying where it looked, instead of fuzzing less.</summary>
        [Fact]
        public void Missing_corpora_are_an_error_that_says_where()
        {
            var missing = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "seedmodels-no-corpora-" + Guid.NewGuid().ToString("N"));
            var e = Assert.Throws<InvalidOperationException>(() => RealCorpus.LoadFrom(missing));
            Assert.Contains(missing, e.Message, StringComparison.Ordinal);
            Assert.Contains("as CI does", e.Message, StringComparison.Ordinal);
        }
    }
}
