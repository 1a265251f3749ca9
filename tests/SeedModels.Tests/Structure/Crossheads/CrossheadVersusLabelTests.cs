using System.Linq;
using Xunit;
using static SeedModels.Tests.EngineTestSupport;
using static SeedModels.Tests.BrackenfordClosingStory;

namespace SeedModels.Tests
{
    /// <summary>
    /// Headings that look like page furniture (opening with a pager's word, carrying their own label, holding a bar)
    /// stay crossheads, while a review's verdict-box label over the story is no crosshead.
    /// </summary>
    public class CrossheadVersusLabelTests
    {
        [Theory]
        [InlineData("Next page of the plan")]
        [InlineData("Page Turners")]
        [InlineData("Rated by readers")]
        public void HeadingsThatOpenWithAPagersWordStayCrossheads(string heading)
        {
            var s = Structure(Top + heading + "\n\n" + Middle + End);

            Assert.Equal(new[] { heading }, s.Crossheads);
        }

        [Theory]
        [InlineData("Get the biggest stories from Brackenford", "Sign up to our free daily newsletter for the latest news, straight to your inbox")]
        [InlineData("Enjoying this explainer?", "Subscribe to the Brackenford Bulletin newsletter for more.")]
        public void TheTitleOverASignUpBoxIsNoCrosshead(string title, string call)
        {
            // The call under it is furniture, so the title stood over the next paragraph as a heading would.
            var s = Structure(Top + title + "\n\n" + call + "\n\n" + Middle + End);

            Assert.Empty(s.Crossheads);
            Assert.DoesNotContain(s.Paragraphs, p => p.Text == title || p.Text == call);
        }

        [Fact]
        public void AHeadingOverAnAdvertisementStaysACrosshead()
        {
            var s = Structure(Top + "Page Turners\n\nAdvertisement\n\n" + Middle + End);

            Assert.Equal(new[] { "Page Turners" }, s.Crossheads);
        }

        [Theory]
        [InlineData("What the librarian said")]
        [InlineData("What readers say")]
        public void AWhatWasSaidHeadingOverTheQuotesIsACrosshead(string heading)
        {
            var s = Structure(Top + heading + "\n\n" + Middle + End);

            Assert.Equal(new[] { heading }, s.Crossheads);
        }

        [Fact]
        public void ASentenceOpeningWithWhatAndASpeechVerbStaysTheStorys()
        {
            const string line = "What the librarian said was not what the council wanted to hear.";
            var s = Structure(Top + line + "\n\n" + Middle + End);

            Assert.Empty(s.Crossheads);
            Assert.Contains(s.Paragraphs, p => p.Text == line);
        }

        [Theory]
        [InlineData("Next steps: a new home for the books")]
        [InlineData("Timeline: 1962 to now")]
        public void AHeadingWithItsOwnLabelStaysACrosshead(string heading)
        {
            var s = Structure(Top + heading + "\n\n" + Middle + End);

            Assert.Equal(new[] { heading }, s.Crossheads);
        }

        [Theory]
        [InlineData("What the survey found | Next steps")]
        [InlineData("Meet the team | Ada Penrose")]
        public void AShortHeadingWithABarStaysACrosshead(string line)
        {
            var s = Structure(Top + line + "\n\nThe engineers found cracks in six of the roof beams. Two were near collapse." + End);

            Assert.Empty(s.Captions);
            Assert.Contains(line, s.Crossheads);
        }

        // --- A review's verdict box over the story. ---
        [Fact]
        public void AVerdictBoxsLabelOverTheStoryIsNoCrosshead()
        {
            var s = Structure("Corvane Pulse 3 review: loud, light and late\n\nThe third Pulse fixes the battery but not the price\n\nBy Orla Penhallow\nPublished March 6, 2025\n\n" +
                              "Jump to:\nSound\nVerdict\n\nOur Verdict\nThe Pulse 3 is the best-sounding speaker at its size. Shame about the price.\n\n" +
                              "The first Pulse speaker arrived two years ago with a big sound and a short battery life. The third keeps the sound.\n\n" +
                              "Sound\n\nThe bass is deep for a speaker this size, and the treble stays clear at full volume.\n\n" +
                              "Verdict\n\nIf you can pay the price, the Pulse 3 is easy to recommend.\n\nIt comes in three colours.");

            Assert.Equal(new[] { "Sound", "Verdict" }, s.Crossheads);
        }
    }
}
