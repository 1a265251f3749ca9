using System;
using Xunit;
using static SeedModels.Tests.EngineTestSupport;
using static SeedModels.Tests.BrackenfordHeaderPage;

namespace SeedModels.Tests
{
    /// <summary>
    /// Authors listed on one byline parted by bullets, middle dots or semicolons, or by a bar between two people: each
    /// person is an author, while a newsletter's name, a title, an editor or an institute named for someone adds none.
    /// </summary>
    public class BylineSeparatorTests
    {
        [Theory]
        [InlineData("Maeve Tolland \u2022 Oluwadamilare Brisk")]
        [InlineData("Maeve Tolland \u2022 Oluwadamilare Brisk \u2022 Nov 27, 2026")]
        public void ABulletListsASecondAuthorWhoseGivenNameTheListsLack(string byline)
        {
            var s = Structure(Headline + byline + "\n\nNovember 27, 2026" + Body);

            Assert.Equal(new[] { "Maeve Tolland", "Oluwadamilare Brisk" }, s.Authors);
            Assert.Null(s.Agency);
        }

        [Fact]
        public void ANewslettersNameAfterAMiddleDotIsNoSecondAuthor()
        {
            var s = Structure(Headline + "Maeve Tolland \u00B7 Tuesday Briefing\n\nNovember 27, 2026" + Body);

            Assert.DoesNotContain("Tuesday Briefing", s.Authors);
        }

        [Theory]
        [InlineData("Maeve Tolland;Corin Ashby;Daniel Pike", new[] { "Maeve Tolland", "Corin Ashby", "Daniel Pike" })]
        [InlineData("By Maeve Tolland; Corin Ashby", new[] { "Maeve Tolland", "Corin Ashby" })]
        [InlineData("By Maeve Tolland; Staff Writer", new[] { "Maeve Tolland" })]
        [InlineData("Reported by Maeve Tolland; Edited by Corin Ashby", new[] { "Maeve Tolland" })]
        [InlineData("By Maeve Tolland; Photography by Corin Ashby", new[] { "Maeve Tolland" })]
        public void ASemicolonListsAuthorsButNotTheirTitlesOrEditors(string byline, string[] authors)
        {
            var s = Structure(Headline + byline + "\n\nNovember 27, 2026" + Body);

            Assert.Equal(authors, s.Authors);
            Assert.Equal(2, s.Paragraphs.Count);
        }

        [Fact]
        public void ANameADateAndAPaperBetweenBulletsAreAByline()
        {
            var s = Structure(Headline + "Maeve Tolland \u2022 Nov 27, 2026 \u2022 Brackenford Courier" + Body);

            Assert.Equal(new[] { "Maeve Tolland" }, s.Authors);
            Assert.Equal(new DateTime(2026, 11, 27), s.Date);
            Assert.Empty(s.Captions);
            Assert.Equal(2, s.Paragraphs.Count);
        }

        [Theory]
        [InlineData("Maeve Tolland \u2022 Daniel Ashby")]
        [InlineData("By Maeve Tolland \u2022 Daniel Ashby")]
        [InlineData("Maeve Tolland \u00B7 Daniel Ashby")]
        [InlineData("Maeve Tolland | Daniel Ashby")]
        public void ABarBetweenTwoPeopleListsThem(string byline)
        {
            var s = Structure(Headline + byline + "\n\nNovember 27, 2026" + Body);

            Assert.Equal(new[] { "Maeve Tolland", "Daniel Ashby" }, s.Authors);
            Assert.Equal(2, s.Paragraphs.Count);
        }

        [Fact]
        public void ABarBeforeAnInstituteNamedForSomeoneAddsNoAuthor()
        {
            var s = Structure(Headline + "Maeve Tolland \u2022 Daniel Ashby Institute\n\nNovember 27, 2026" + Body);

            Assert.Equal(new[] { "Maeve Tolland" }, s.Authors);
        }
    }
}
