using Xunit;
using static SeedModels.Tests.EngineTestSupport;
using static SeedModels.Tests.HarbourFerryPage;

namespace SeedModels.Tests
{
    /// <summary>
    /// A one-sentence summary is the standfirst (quoting the writer, over a byline, under a headline printed twice),
    /// while a blog post's first-person opening sentence is the post and a meta row under a repeated headline is no
    /// standfirst.
    /// </summary>
    public class OpeningSentenceOrSummaryTests
    {
        // --- A blog post's first sentence in the writer's own voice is the post, not its standfirst. ---
        [Fact]
        public void AFirstPersonOpeningSentenceIsNoStandfirst()
        {
            const string opening = "The first dry weekend of the spring, so I finally got down to the harbour to watch the ferry come back.";
            var s = Structure("Saturday, March 2, 2024\n\n" + Headline + "\n\n" + opening + Body + "\n\nPosted by Orla Penhallow at 4:12 PM");

            Assert.Null(s.Standfirst);
            Assert.Equal(opening, s.Paragraphs[0].Text);
        }

        [Fact]
        public void AOneSentenceSummaryQuotingTheWriterIsStillTheStandfirst()
        {
            const string summary = "\"I never thought I would see it again,\" says the ferry's first skipper.";
            var s = Structure(Headline + "\n\n" + summary + "\n\nBy Orla Penhallow" + Body);

            Assert.Equal(summary, s.Standfirst?.Text);
        }

        // --- A one-sentence summary over the byline stays the standfirst. ---
        [Fact]
        public void WithABylineTheOneSentenceSummaryIsStillTheStandfirst()
        {
            const string summary = "The boat is back after a winter in the repair yard, and the summer timetable starts on Saturday.";
            var s = Structure(Headline + "\n\n" + summary + "\n\nBy Orla Penhallow" + Body);

            Assert.Equal(summary, s.Standfirst?.Text);
        }

        // --- The headline printed twice, then the standfirst. ---
        [Fact]
        public void TheStandfirstUnderAHeadlinePrintedTwiceIsTheStandfirst()
        {
            var summary = "A round-up of the week's news from the harbour towns.";
            var s = Structure(Headline + "\n\n" + Headline + "\n\n" + summary + Body);

            Assert.Equal(Headline, s.Headline);
            Assert.Equal(summary, s.Standfirst?.Text.Trim());
            Assert.Equal(2, s.Paragraphs.Count);
            Assert.StartsWith(FirstBody, s.Paragraphs[0].Text);
        }

        [Fact]
        public void AMetaRowUnderAHeadlinePrintedTwiceIsNoStandfirst()
        {
            // No full stop: the post's categories and date, not a summary.
            var s = Structure(Headline + "\n\n" + Headline + "\n\nHarbour Life, Ferries, Local Transport News and Notes" + Body);

            Assert.Null(s.Standfirst);
        }
    }
}
