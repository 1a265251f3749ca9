using Xunit;
using static SeedModels.Tests.BrackwaterFerryStory;
using static SeedModels.Tests.EngineTestSupport;

namespace SeedModels.Tests
{
    /// <summary>
    /// A page copied with no blank lines between its header's elements: the kicker, headline, deck and byline come on lines of
    /// their own in one block. No wrap broke those lines (the next line's first word would have fitted), so each is read on its
    /// own; hard-wrapped prose, whose lines are full, still joins into one paragraph. Invented pages.
    /// </summary>
    public class PageBrokenBlockTests
    {
        [Fact]
        public void KickerHeadlineAndDeckOnConsecutiveLinesAreReadApart()
        {
            var s = Structure(
                "Local News\nBrackwater ferry to drop Sunday sailings after 30 years\nThe operator says the service has lost money since the bridge opened\n\n" +
                "Tamsin Okoro\nTransport Reporter\n09:15, Wed, 4 Mar 2026" + Story);

            Assert.Equal("Brackwater ferry to drop Sunday sailings after 30 years", s.Headline);
            Assert.Equal("The operator says the service has lost money since the bridge opened", s.Standfirst?.Text);
            Assert.Equal(new[] { "Tamsin Okoro" }, s.Authors);
            Assert.Equal(new System.DateTime(2026, 3, 4), s.Date);
            Assert.DoesNotContain(s.Paragraphs, p => p.Text.Contains("Local News") || p.Text.Contains("Transport Reporter"));
            Assert.StartsWith("The Brackwater ferry", s.Paragraphs[0].Text);
        }

        [Fact]
        public void HeadlineAndDeckInOneBlockWithNoKicker()
        {
            var s = Structure("Ferry cuts leave island short;\nSunday travellers will need to take the longer road route through Dunmore." + Story);

            Assert.Equal("Ferry cuts leave island short;", s.Headline);
            Assert.StartsWith("Sunday travellers", s.Standfirst?.Text);
        }

        [Fact]
        public void HardWrappedParagraphStillJoins()
        {
            var s = Structure(
                "Ferry timetable changes\n\n" +
                "The Brackwater ferry will stop running on Sundays from April, the operator\n" +
                "confirmed on Tuesday after a review of passenger numbers that showed fewer\n" +
                "than forty people on most sailings last winter.");

            var paragraph = Assert.Single(s.Paragraphs);
            Assert.Contains("operator confirmed on Tuesday", paragraph.Text);
        }

        [Fact]
        public void ALineCarriedOnByAnAmpersandStaysWithIt()
        {
            var s = Structure(
                "Ferry cuts leave island short\n\nIona Petrakis, Staff Reporter, Harbour Desk\n& Colm Varga, Data Editor" + Story);

            Assert.Equal(new[] { "Iona Petrakis", "Colm Varga" }, s.Authors);
        }

        [Fact]
        public void ASectionPathUnderTheSiteNameIsNoHeadline()
        {
            var s = Structure("Brackwater Harbour Trust\nNews and events / Trust news\n\nBrackwater ferry to drop its Sunday sailings after thirty years" + Story);

            Assert.Equal("Brackwater ferry to drop its Sunday sailings after thirty years", s.Headline);
        }

        [Fact]
        public void AKickerOfOneWordOverALongerHeadlineIsTheSectionsLabel()
        {
            var s = Structure("Transport\nExplained: who will still sail to Brackwater on a Sunday" + Story);

            Assert.Equal("Explained: who will still sail to Brackwater on a Sunday", s.Headline);
            Assert.DoesNotContain(s.Paragraphs, p => p.Text.StartsWith("Transport"));
        }

        [Fact]
        public void AMenuOfShortEntriesOverTheHeadlineStaysFurniture()
        {
            var s = Structure("NEWS\nLocal\nWeather\nSport\n\nBrackwater ferry to drop Sunday sailings after 30 years" + Story);

            Assert.Equal("Brackwater ferry to drop Sunday sailings after 30 years", s.Headline);
            Assert.DoesNotContain(s.Paragraphs, p => p.Text.Contains("Weather"));
        }

        [Fact]
        public void ASummaryBoxCopiedLineByLineLeavesTheBody()
        {
            var s = Structure(
                "Brackwater ferry to drop Sunday sailings after 30 years\n\nBy Tamsin Okoro\n\n" +
                "Key takeaways\nSunday sailings end in April.\nWeekday sailings are unchanged." + Story);

            Assert.DoesNotContain(s.Paragraphs, p => p.Text.Contains("Sunday sailings end") || p.Text.Contains("Weekday sailings"));
            Assert.StartsWith("The Brackwater ferry", s.Paragraphs[0].Text);
        }
    }
}
