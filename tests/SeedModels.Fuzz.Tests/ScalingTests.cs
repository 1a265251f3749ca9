using System;
using System.Diagnostics;
using System.Linq;
using SeedModels.Fuzz.Tests.Support;
using Xunit;
using Xunit.Abstractions;

namespace SeedModels.Fuzz.Tests
{
    /// <summary>
    /// Time is part of "no input breaks a build": the generator and the analyzer run the engine in the compiler, on every
    /// build and keystroke, so its cost must grow linearly with the text, whatever the text. Each case here is a time bug
    /// the fuzz found, kept as a machine-independent check: four times the text may take about four times as long, not
    /// sixteen. Quotes: QuoteStorm inputs hung past the time limit (Regressions/hang-eb4c2a4d6b8c.fuzz; fixed in 502330d).
    /// Inline credits: the long run's slowest batch (seed 51966, batch 969) read a 9.4 MB one-line file in 94 s.
    /// </summary>
    public sealed class ScalingTests
    {
        private readonly ITestOutputHelper _output;

        public ScalingTests(ITestOutputHelper output) => _output = output;

        /// <summary>The fastest of five reads of each text, the two texts read in turn: the least disturbed reads, taken in
        /// the same minutes, so the ratio of two sizes measures the engine, not the load (CI and helpers share two cores, and a
        /// burst of other work during one size's reads alone would skew the ratio).</summary>
        private (TimeSpan Small, TimeSpan Large) TimeInTurn(string smallWhat, string smallText, string largeWhat, string largeText)
        {
            var small = TimeSpan.MaxValue;
            var large = TimeSpan.MaxValue;
            for (var run = 0; run < 5; run++)
            {
                small = Min(small, Time(smallText));
                large = Min(large, Time(largeText));
            }

            Report(smallWhat, smallText, small);
            Report(largeWhat, largeText, large);
            return (small, large);
        }

        private static TimeSpan Time(string text)
        {
            var watch = Stopwatch.StartNew();
            ArticleReader.Parse(text, "seeds/scaling.txt");
            return watch.Elapsed;
        }

        private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;

        private void Report(string what, string text, TimeSpan fastest)
        {
            var quotes = ArticleReader.Parse(text, "seeds/scaling.txt").Article?.Quotes.Count ?? 0;
            _output.WriteLine(what + ": " + text.Length + " characters, " + quotes + " quotes, fastest of 5 " + fastest.TotalMilliseconds.ToString("F0", System.Globalization.CultureInfo.InvariantCulture) + " ms");
        }

        /// <summary>Four times the input may take about four times as long (under 8×), not sixteen; a run under half a second
        /// passes whatever the ratio, since timer noise dominates there.</summary>
        private static void AssertLinear(string what, string whose, TimeSpan small, TimeSpan large) =>
            Assert.True(
                large < TimeSpan.FromSeconds(0.5) || large.Ticks < 8 * small.Ticks,
                "4× the " + what + " took " + (large.TotalMilliseconds / Math.Max(1, small.TotalMilliseconds)).ToString("F1", System.Globalization.CultureInfo.InvariantCulture) +
                "× the time (" + large.TotalMilliseconds.ToString("F0", System.Globalization.CultureInfo.InvariantCulture) + " ms): quadratic in the " + whose + " length");

        /// <summary>
        /// One long line of sentences each followed by an inline credit (<c>… here. Photo: Jane Doe</c>): every credit label
        /// after a sentence end copied and counted the rest of the line (CaptionDetector.TryReadCaptionLine).
        /// </summary>
        [Theory]
        [InlineData("The council met here. Photo: Jane Doe ")]
        [InlineData("The council met here. Source: Twitter ")]
        [InlineData("Crowds gathered outside - Picture: John Roe ")]
        public void Thousands_of_inline_credits_on_one_line_take_linear_time(string unit)
        {
            string Text(int n) => string.Concat(Enumerable.Repeat(unit, n)) + "\n";
            Time(Text(200)); // warm-up

            var (small, large) = TimeInTurn("2,000 credits", Text(2000), "8,000 credits", Text(8000));

            AssertLinear("credits", "line's", small, large);
        }

        /// <summary>
        /// The 10 MB one-line case of <see cref="CompilerMemoryTests"/> (fuzz tokens: words, label-like capitals, quote marks,
        /// code tokens): the caption reader copied the line on both sides of every label-like word, so that case took 15
        /// minutes instead of 3 seconds (fixed in 26cd9dd). Its first 500,000 characters against its first 2,000,000.
        /// </summary>
        [Fact]
        public void A_line_of_fuzz_tokens_takes_linear_time()
        {
            var huge = new InputGenerator(FuzzTests.BatchSeed(FuzzTests.DefaultSeed, 300, 2)).One(CaseKind.Huge);
            var line = FuzzFile.Utf8Lenient.GetString(huge.Bytes, 0, 3_000_000);
            string Prefix(int length) => line.Substring(0, line.LastIndexOf(' ', length)) + "\n";
            Time(Prefix(50_000)); // warm-up

            var (small, large) = TimeInTurn("500,000 characters", Prefix(500_000), "2,000,000 characters", Prefix(2_000_000));

            AssertLinear("line", "line's", small, large);
        }

        [Theory]
        [InlineData("\u201Cab\u201D ")] // curly double
        [InlineData("\u2018ab\u2019 ")] // curly single
        [InlineData("\u201C\u2018\u2019\u201D ")] // nested, empty inside
        [InlineData("\"ab\" ")] // straight
        public void Thousands_of_quotes_in_one_paragraph_take_linear_time(string unit)
        {
            string Text(int n) => "Quotes everywhere\n\n" + string.Concat(Enumerable.Repeat(unit, n)) + "\n";
            Time(Text(200)); // warm-up

            var (small, large) = TimeInTurn("1,500 quotes", Text(1500), "6,000 quotes", Text(6000));

            AssertLinear("quotes", "paragraph's", small, large);
        }
    }
}
