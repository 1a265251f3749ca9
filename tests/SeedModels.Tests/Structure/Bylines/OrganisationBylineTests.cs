using System;
using Xunit;
using static SeedModels.Tests.EngineTestSupport;
using static SeedModels.Tests.HarbourFerryPage;

namespace SeedModels.Tests
{
    /// <summary>
    /// An organisation on the byline: alone, or with a name of its own, it signs the story; beside a person only the
    /// person is the author; and a paper's own desk signing on a line alone is no part of the story.
    /// </summary>
    public class OrganisationBylineTests
    {
        // --- An organisation and a person signing together: the person is the author. ---
        [Theory]
        [InlineData("By 16 Harbour News and Samantha Oduya")]
        [InlineData("By the Centre for Coastal Studies and Samantha Oduya")]
        [InlineData("By Harbour News Staff and Samantha Oduya")]
        [InlineData("By Samantha Oduya of The Coastal Studies Institute")]
        [InlineData("By Samantha Oduya of the Kestrel Point Gazette")]
        public void AnOrganisationSigningWithAPersonIsNoAuthor(string line)
        {
            var s = Structure(Headline + "\n\n" + line + "\nPublished: Jul. 29, 2026 at 12:29 PM EDT" + Body);

            Assert.Equal(new[] { "Samantha Oduya" }, s.Authors);
            Assert.Equal(new DateTime(2026, 7, 29), s.Date);
            Assert.Equal(2, s.Paragraphs.Count);
            Assert.StartsWith(FirstBody, s.Paragraphs[0].Text);
        }

        [Fact]
        public void AnOrganisationAloneStillSigns()
        {
            var s = Structure(Headline + "\n\nBy Harbour News Staff" + Body);

            Assert.Equal(new[] { "Harbour News Staff" }, s.Authors);
        }

        [Theory]
        [InlineData("By Harbour Courier Staff", "Harbour Courier Staff")]
        [InlineData("By Kestrel Point Ferry Company", "Kestrel Point Ferry Company")]
        public void AnOrganisationWithANameOfItsOwnStillSigns(string line, string author)
        {
            var s = Structure(Headline + "\n\n" + line + "\nNovember 28, 2026" + Body);

            Assert.Equal(new[] { author }, s.Authors);
        }

        // --- A paper's own news service signing the story on a line alone, with no label. ---
        [Theory]
        [InlineData("Westmoor News Service")]
        [InlineData("Evening Courier Web Desk")]
        public void ADesksSignatureAloneIsNoStory(string line)
        {
            var s = Structure("Coast\n\n" + Headline + "\n\n" + line + "\n\nUpdated: Mar 6, 2025 18:21 IST" + Body);

            Assert.Equal(Headline, s.Headline);
            Assert.Equal(new System.DateTime(2025, 3, 6), s.Date);
            Assert.Equal(2, s.Paragraphs.Count);
            Assert.StartsWith(FirstBody, s.Paragraphs[0].Text);
        }
    }
}
