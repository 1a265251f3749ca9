using Xunit;
using static SeedModels.Tests.EngineTestSupport;

namespace SeedModels.Tests
{
    /// <summary>
    /// Issue 11, category 4 (round 5): where the page's boxes end and the story's headings begin — a link list ends at a
    /// notice that the story continues, so the heading after it is the story's whatever its length; a title over a box of
    /// labelled links, one of them furniture, is the box's, not a crosshead, while an interview's labelled answers stay body.
    /// </summary>
    public class CrossheadBoxTests
    {
        private const string Top = "Harbour board votes to close the old ferry pier\n\nBy Nora Quill\n\nThe harbour board met on Monday to decide the future of the old ferry pier. The vote was close.\n\n";
        private const string Prose = "\n\nThe board said a decision on the new pier was due in the spring. Work would start next year.";

        [Fact]
        public void ALinkListEndsAtAStoryContinuesNotice()
        {
            const string Heading = "\u2018Not the moment to sell the old ferry terminal\u2019: Portavon Chamber";
            var s = Structure(Top + "Read More\n\nFerry fares to rise in April as fuel costs climb\n\nOpinion: Keep the council out of the harbour\n\n" +
                              "Story continues below\n\n" + Heading + Prose);

            Assert.Equal(new[] { Heading }, s.Crossheads);
            Assert.DoesNotContain(s.Paragraphs, p => p.Text.StartsWith("Ferry fares") || p.Text.StartsWith("Opinion:"));
        }

        [Fact]
        public void WithoutTheNoticeALongLineEndingALinkListIsALink()
        {
            var s = Structure(Top + "Read More\n\nFerry fares to rise in April as fuel costs climb\n\nOpinion: Keep the council out of the harbour\n\n" +
                              "\u2018Not the moment to sell the old ferry terminal\u2019: Portavon Chamber" + Prose);

            Assert.Empty(s.Crossheads);
            Assert.Equal(2, s.Paragraphs.Count);
        }

        [Theory]
        [InlineData("More from The Harbour Gazette")]
        [InlineData("More in Politics")]
        [InlineData("Latest from Nora Quill")]
        [InlineData("Most read in Portavon")]
        public void ALabelNamingWhoseLinksFollowHeadsALinkList(string label)
        {
            var s = Structure(Top + label + "\n\nFerry fares to rise in April as fuel costs climb\n\nCouncil to review flood plans after storm" +
                              "\n\nA decision on the new pier is due in the spring, the board said. Work would start next year.");

            Assert.Empty(s.Crossheads);
            Assert.Equal(2, s.Paragraphs.Count);
        }

        [Theory]
        [InlineData("More from the harbour board")]
        [InlineData("More in sorrow than in anger.")]
        public void AHeadingOpeningTheSameWayIsNoLabel(string line)
        {
            Assert.False(Extraction.Structure.BoilerplateDetector.IsLinkListLabel(line), line);
        }

        [Fact]
        public void ATitleOverABoxOfLabelledLinksIsTheBoxs()
        {
            var s = Structure(Top + "What to know about the harbour vote\n\n" +
                              "Today\u2019s news: Follow live updates from the harbour meeting on our site.\n\n" +
                              "We want to hear from you: Do you use the ferry every day? Tell us how the closure affects you.\n\n" +
                              "Harbour Brief: Sign up for our weekly newsletter to get it in your inbox every Monday.\n\n" +
                              "Our role: The Gazette has covered the harbour board since 1921. Learn more." + Prose);

            Assert.Empty(s.Crossheads);
            Assert.Equal(2, s.Paragraphs.Count);
        }

        [Fact]
        public void AHeadingOverAnInterviewsLabelledAnswersIsACrosshead()
        {
            var s = Structure(Top + "The chairman on the vote\n\n" +
                              "Gazette: Why close the pier now? The board had years to decide.\n\n" +
                              "Varga: The beams are rotten. We could not wait another winter.\n\n" +
                              "Gazette: What happens to the ferry crews? Some have worked there for decades.\n\n" +
                              "Varga: They move to the new terminal. Nobody loses a job." + Prose);

            Assert.Equal(new[] { "The chairman on the vote" }, s.Crossheads);
            Assert.Equal(6, s.Paragraphs.Count);
        }
    }
}
