using Xunit;
using static SeedModels.Tests.EngineTestSupport;
using static SeedModels.Tests.HarbourFerryPage;

namespace SeedModels.Tests
{
    /// <summary>
    /// Issue 11: other stories' headlines copied under a link list's label as one block, with no blank line between
    /// (<c>Related news</c> / <c>Library reopens after repairs</c> / <c>Ferry timetable changes</c>). Read as one paragraph, the
    /// headlines stayed in the body. Invented headlines and sites.
    /// </summary>
    public class LinkBlockTests
    {
        [Theory]
        [InlineData("Related news\nNew bat boxes installed across campus woodland\nWesthaven scientists join national pollinator survey")]
        [InlineData("ALSO READ\nTea growers to receive higher bonus payments\nDairy cooperative gets new boost")]
        [InlineData("You might also like\nA cook's guide to the old town's taverns\nCork, cheese and castles: a road trip through the hills")]
        [InlineData("More from The Westhaven Courier\nSnow-clearing budget stretched after December storms\nLibrary launches seed lending program")]
        public void HeadlinesInOneBlockUnderALinkListLabelLeaveTheBody(string list)
        {
            var s = Structure(Headline + Body + "\n\n" + list);

            Assert.Equal(2, s.Paragraphs.Count);
            Assert.StartsWith(FirstBody, s.Paragraphs[0].Text);
        }

        [Fact]
        public void ProseWrappedInOneBlockUnderALabelStaysInTheBody()
        {
            // A hard-wrapped paragraph: its lines close mid-sentence and one opens in lower case.
            var s = Structure(Headline + Body + "\n\nRelated news\nThe harbour board will meet again in March to decide\nwhether the winter timetable should change next year.");

            Assert.Contains(s.Paragraphs, p => p.Text.StartsWith("The harbour board will meet again in March"));
        }

        [Fact]
        public void SentencesInOneBlockUnderALabelStayInTheBody()
        {
            var s = Structure(Headline + Body + "\n\nRelated news\nThe board will meet again in March.\nIt will decide the winter timetable then.");

            Assert.Contains(s.Paragraphs, p => p.Text.StartsWith("The board will meet again in March."));
        }
    }
}
