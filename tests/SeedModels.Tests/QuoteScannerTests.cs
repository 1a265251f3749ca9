using System.Linq;
using SeedModels.Extraction.Quotes;
using Xunit;
using static SeedModels.Tests.EngineTestSupport;

namespace SeedModels.Tests
{
    public class QuoteScannerTests
    {
        private static (System.Collections.Generic.List<ScannedQuote> Quotes, System.Collections.Generic.List<MarkProblem> Problems) Scan(params string[] paragraphs) =>
            QuoteScanner.Scan(Paragraphs(paragraphs));

        [Theory]
        [InlineData("He said \u201CWe will win.\u201D Then he left.", "We will win.")]
        [InlineData("\"We will win,\" she said.", "We will win")]
        [InlineData("\u2018We will win,\u2019 she said.", "We will win")]
        [InlineData("'We will win,' she said.", "We will win")]
        [InlineData("She called it \u201Ca false economy\u201D.", "a false economy")]
        [InlineData("\u201CWhy now?\u201D she asked.", "Why now?")]
        public void FindsCurlyStraightAndSingleQuotes(string paragraph, string text)
        {
            var (quotes, problems) = Scan(paragraph);

            var quote = Assert.Single(quotes);
            Assert.Equal(text, quote.Text);
            Assert.True(quote.Closed);
            Assert.Empty(problems);
        }

        [Theory]
        [InlineData("\u201CThe pier is safe,\u201C said Tom Varga.", "The pier is safe")]
        [InlineData("Varga said: \u201CThe pier is safe.\u201C", "The pier is safe.")]
        [InlineData("\u201CIs the pier safe?\u201C she asked. \u201CNobody knows.\u201D", "Is the pier safe?")]
        public void AnOpeningMarkTypedWhereTheQuoteClosesClosesIt(string paragraph, string first)
        {
            var (quotes, _) = Scan(paragraph);

            Assert.Equal(first, quotes[0].Text);
            Assert.True(quotes[0].Closed);
            Assert.DoesNotContain(quotes, q => q.Text.Contains("said", System.StringComparison.Ordinal) || q.Text.Contains("asked", System.StringComparison.Ordinal));
        }

        [Fact]
        public void ReportsWhereTheQuoteOpensAndEnds()
        {
            var (quotes, _) = Scan("First paragraph.", "He said \u201CWe will win,\u201D and left.");

            var quote = Assert.Single(quotes);
            Assert.Equal((1, 8, 1, 22), (quote.Paragraph, quote.OpenIndex, quote.EndParagraph, quote.EndIndex));
            Assert.Equal(",", quote.InnerEnd.ToString());
            Assert.Equal(18 + 8, quote.SourceStart);
        }

        [Fact]
        public void KeepsApostrophesInsideBritishSingleQuotes()
        {
            var (quotes, problems) = Scan("\u2018We\u2019re not done, and it\u2019s our fight,\u2019 she said.");

            Assert.Equal("We\u2019re not done, and it\u2019s our fight", Assert.Single(quotes).Text);
            Assert.Empty(problems);
        }

        [Theory]
        [InlineData("\u201CHe told me \u2018never again\u2019 and left,\u201D she said.", "He told me \u2018never again\u2019 and left")]
        [InlineData("\u2018He told me \u201Cnever again\u201D and left,\u2019 she said.", "He told me \u201Cnever again\u201D and left")]
        [InlineData("\"He told me 'never again' and left,\" she said.", "He told me 'never again' and left")]
        public void NestedQuotesStayInsideTheOuterOne(string paragraph, string text)
        {
            var (quotes, problems) = Scan(paragraph);

            Assert.Equal(text, Assert.Single(quotes).Text);
            Assert.Empty(problems);
        }

        [Theory]
        [InlineData("\u201C", "\u201D")]
        [InlineData("\"", "\"")]
        public void MultiParagraphQuoteIsOneQuote(string open, string close)
        {
            var (quotes, problems) = Scan(
                "She wrote: " + open + "We came here with nothing.",
                open + "We built the shop from scratch.",
                open + "And we will not leave." + close,
                "The shop opens at nine.");

            var quote = Assert.Single(quotes);
            Assert.Equal("We came here with nothing.\n\nWe built the shop from scratch.\n\nAnd we will not leave.", quote.Text);
            Assert.Equal((0, 2), (quote.Paragraph, quote.EndParagraph));
            Assert.True(quote.SpansParagraphs);
            Assert.Empty(problems);
        }

        [Fact]
        public void MismatchedMarksAreOneQuoteAndAProblem()
        {
            const string paragraph = "\u201CWe are sorry,\" the director said.";
            var (quotes, problems) = Scan(paragraph);

            Assert.Equal("We are sorry", Assert.Single(quotes).Text);
            var problem = Assert.Single(problems);
            Assert.True(problem.IsMismatch);
            Assert.Equal('\u201C', problem.Mark);
            Assert.Equal('"', problem.OtherMark);
            Assert.Equal(paragraph.IndexOf('"', System.StringComparison.Ordinal), problem.SourceOffset);
        }

        [Fact]
        public void UnclosedQuoteRunsToTheEndOfItsParagraph()
        {
            var (quotes, problems) = Scan("She said: \u201CWe will never give up on this town.", "The meeting ended at ten.");

            var quote = Assert.Single(quotes);
            Assert.Equal("We will never give up on this town.", quote.Text);
            Assert.False(quote.Closed);
            var problem = Assert.Single(problems);
            Assert.True(problem.NeverClosed);
            Assert.False(problem.IsMismatch);
            Assert.Equal(10, problem.SourceOffset);
        }

        [Fact]
        public void StrayClosingMarkIsAProblemButNoQuote()
        {
            var (quotes, problems) = Scan("The vote was close.\u201D Then the room emptied.");

            Assert.Empty(quotes);
            var problem = Assert.Single(problems);
            Assert.False(problem.NeverClosed);
            Assert.Equal('\u201D', problem.Mark);
        }

        [Theory]
        [InlineData("I don't think it's over, she said.")]
        [InlineData("Music of the '90s was louder than the '60s.")]
        [InlineData("The band played rock 'n' roll all night.")]
        [InlineData("The officers' union met on Monday and the nurses' union on Tuesday.")]
        [InlineData("Trump\u2019s supporters and the officers\u2019 union met the ministers\u2019 aides.")]
        [InlineData("Music of the \u201990s and rock \u2019n\u2019 roll.")]
        [InlineData("We're sure they'll say it's fine, won't they?")]
        public void ApostrophesAreNotQuotes(string paragraph)
        {
            var (quotes, problems) = Scan(paragraph);

            Assert.Empty(quotes);
            Assert.Empty(problems);
        }

        [Fact]
        public void ApostrophesAroundAStraightSingleQuoteDoNotHideIt()
        {
            var (quotes, problems) = Scan("They'll say it's the 'best' we've got, won't they?");

            Assert.Equal("best", Assert.Single(quotes).Text);
            Assert.Empty(problems);
        }

        [Theory]
        [InlineData("He is 6' 2\" tall and plays in goal.")]
        [InlineData("The 55\" television is the best seller.")]
        [InlineData("A shed measuring 8' x 6' was sold.")]
        [InlineData("Screens of 55\", 65\" and 75\" are on sale.")]
        public void InchAndFootMarksAreNotQuotes(string paragraph)
        {
            var (quotes, problems) = Scan(paragraph);

            Assert.Empty(quotes);
            Assert.Empty(problems);
        }

        [Fact]
        public void InchMarkInsideAQuoteDoesNotCloseIt()
        {
            var (quotes, problems) = Scan("\"The 55\" model sold out in a day,\" the manager said.");

            Assert.Equal("The 55\" model sold out in a day", Assert.Single(quotes).Text);
            Assert.Empty(problems);
        }

        [Fact]
        public void QuotesInSeveralParagraphsAreFoundInReadingOrder()
        {
            var (quotes, _) = Scan("\u201COne,\u201D she said.", "No quote here.", "He called it \u201Ctwo\u201D and \u201Cthree\u201D.");

            Assert.Equal(new[] { "One", "two", "three" }, quotes.Select(q => q.Text));
            Assert.Equal(new[] { 0, 2, 2 }, quotes.Select(q => q.Paragraph));
        }

        [Theory]
        [InlineData("''We will win this,'' said Tom Varga.", "We will win this")]
        [InlineData("Tom Varga called the plan ''a false economy.''", "a false economy.")]
        [InlineData("''Why now?'' asked Tom Varga.", "Why now?")]
        [InlineData("''He told me 'never again' and left,'' she said.", "He told me 'never again' and left")]
        public void TwoApostrophesAreOneDoubleMark(string paragraph, string text)
        {
            var (quotes, problems) = Scan(paragraph);

            var quote = Assert.Single(quotes);
            Assert.Equal(text, quote.Text);
            Assert.Equal(paragraph.IndexOf("''", System.StringComparison.Ordinal), quote.OpenIndex);
            Assert.Equal(paragraph.LastIndexOf("''", System.StringComparison.Ordinal) + 2, quote.EndIndex);
            Assert.True(quote.Closed);
            Assert.Empty(problems);
        }

        [Fact]
        public void ThreeApostrophesCloseTheInnerSingleQuoteFirst()
        {
            const string paragraph = "''He told me 'never again.''' Then she left.";
            var (quotes, problems) = Scan(paragraph);

            var quote = Assert.Single(quotes);
            Assert.Equal("He told me 'never again.'", quote.Text);
            Assert.Equal(paragraph.IndexOf("''' ", System.StringComparison.Ordinal) + 3, quote.EndIndex);
            Assert.Empty(problems);
        }

        [Fact]
        public void TwoApostrophesCarryAQuoteAcrossParagraphs()
        {
            var (quotes, problems) = Scan(
                "Ms. Helen Brandt said: ''We came here with nothing.",
                "''We built the shop from scratch,'' she added.");

            var quote = Assert.Single(quotes);
            Assert.Equal("We came here with nothing.\n\nWe built the shop from scratch", quote.Text);
            Assert.Equal((0, 1), (quote.Paragraph, quote.EndParagraph));
            Assert.Empty(problems);
        }

        [Fact]
        public void TwoApostrophesAroundQuotesAmongApostrophes()
        {
            var (quotes, problems) = Scan("''First,'' she said. ''Second.'' And then it's the officers' turn.");

            Assert.Equal(new[] { "First", "Second." }, quotes.Select(q => q.Text));
            Assert.Empty(problems);
        }

        [Fact]
        public void TheMarksJumpedBetweenAreExactlyTheQuoteMarks()
        {
            for (var c = char.MinValue; c < char.MaxValue; c++)
            {
                Assert.True(QuoteMarks.IsAny(c) == System.Array.IndexOf(QuoteMarks.All, c) >= 0, ((int)c).ToString("X4"));
            }
        }
    }
}
