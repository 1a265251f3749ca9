using System;
using Xunit;
using static SeedModels.Tests.EngineTestSupport;
using static SeedModels.Tests.HarbourFerryPage;

namespace SeedModels.Tests
{
    /// <summary>
    /// Header rows that name the author among other things: a date before a label closing on "by" (<c>Guest post by</c>), a
    /// source's label over the outlet, a bar and the author with the date, and a job whose comma is followed by the author's
    /// department rather than a place or a paper. The author is the person; the outlet and the department are no authors.
    /// </summary>
    public class SourceRowsAndGuestPostTests
    {
        [Theory]
        [InlineData("Wednesday, 6th March 2024 / Guest post by Dr Ngozi Adeyemi-Hart", "Ngozi Adeyemi-Hart")]
        [InlineData("6 March 2024 | Guest post by Tomas Varga", "Tomas Varga")]
        public void ADateBeforeALabelClosingOnByDatesTheStoryAndNamesTheAuthor(string line, string author)
        {
            var s = Structure(Headline + "\n\n" + line + Body);

            Assert.Equal(new[] { author }, s.Authors);
            Assert.Equal(new DateTime(2024, 3, 6), s.Date);
            Assert.StartsWith(FirstBody, s.Paragraphs[0].Text);
        }

        [Theory]
        [InlineData("Source: Harbour Radio | Kwesi Mensah Date: 04.03.2026 | 18:22 GMT", "Kwesi Mensah")]
        [InlineData("Source: Harbour Radio News | Kwesi Mensah | Date: 04.03.2026", "Kwesi Mensah")]
        public void ASourceRowNamesTheAuthorAfterTheOutletAndKeepsTheDeckAboveIt(string line, string author)
        {
            const string deck = "Ferry crews worked through the winter to replace the engine mounts";
            var s = Structure(Headline + "\n\n" + deck + "\n\n" + line + Body);

            Assert.Equal(new[] { author }, s.Authors);
            Assert.Equal(new DateTime(2026, 3, 4), s.Date);
            Assert.Equal(deck, s.Standfirst?.Text);
            Assert.Empty(s.Captions);
            Assert.StartsWith(FirstBody, s.Paragraphs[0].Text);
        }

        [Theory]
        [InlineData("Research Fellow, Coastal Transport Programme")]
        [InlineData("Senior Research Fellow")]
        [InlineData("Senior Lecturer, School of Maritime Law")]
        public void AJobAndTheAuthorsDepartmentUnderTheNameAreNeitherAuthorNorStory(string job)
        {
            var s = Structure(Headline + "\n\nNgozi Adeyemi-Hart\n\n" + job + Body);

            Assert.Equal(new[] { "Ngozi Adeyemi-Hart" }, s.Authors);
            Assert.StartsWith(FirstBody, s.Paragraphs[0].Text);
            Assert.DoesNotContain(s.Paragraphs, p => p.Text.Contains(job));
        }
    }
}
