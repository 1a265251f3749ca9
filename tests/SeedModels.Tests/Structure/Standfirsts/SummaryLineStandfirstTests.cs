using System;
using Xunit;
using static SeedModels.Tests.EngineTestSupport;
using static SeedModels.Tests.BrackenfordDekPage;

namespace SeedModels.Tests
{
    /// <summary>
    /// A summary line under the headline is the standfirst (without a full stop, over a wire dateline, under a headline
    /// dated above it), while a line of labels parted by dashes is not.
    /// </summary>
    public class SummaryLineStandfirstTests
    {
        [Fact]
        public void ASummaryLineWithoutAFullStopOverTheStoryIsTheStandfirst()
        {
            var s = Structure(Headline + "\n\n" + Dek + Body);

            Assert.Equal(Dek, s.Standfirst?.Text);
            Assert.Equal(2, s.Paragraphs.Count);
            Assert.StartsWith(FirstBody, s.Paragraphs[0].Text);
        }

        [Fact]
        public void ASummaryLineOverAWireDatelineIsTheStandfirst()
        {
            var s = Structure(Headline + "\n\n" + Dek + "\n\nBRACKENFORD \u2013 " + Body.TrimStart('\n'));

            Assert.Equal(Dek, s.Standfirst?.Text);
            Assert.Equal("Brackenford", s.Place);
            Assert.Equal(2, s.Paragraphs.Count);
        }

        [Fact]
        public void ASummaryLineUnderAHeadlineDatedAboveItIsTheStandfirst()
        {
            var s = Structure("Thursday, November 26, 2026\n\n" + Headline + "\n\n" + Dek + Body);

            Assert.Equal(Headline, s.Headline);
            Assert.Equal(new DateTime(2026, 11, 26), s.Date);
            Assert.Equal(Dek, s.Standfirst?.Text);
            Assert.Equal(2, s.Paragraphs.Count);
        }

        [Fact]
        public void ALineOfLabelsPartedByDashesIsNoStandfirst()
        {
            // "Paper - Section - Name": the page's labels, though the line has a dek's length and no full stop.
            var s = Structure(Headline + "\n\nWesthaven Post - Homes - HOMES - Tobias Renwick" + Body);

            Assert.Null(s.Standfirst);
        }
    }
}
