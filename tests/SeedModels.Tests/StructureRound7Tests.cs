using System;
using System.Linq;
using Xunit;
using static SeedModels.Tests.EngineTestSupport;

namespace SeedModels.Tests
{
    /// <summary>
    /// Issue 11, round 7, found by probing the engine with articles written for the purpose (invented names, places and
    /// publications): story sentences opening with a name and a preposition that were taken for captions, and header and
    /// body shapes the earlier rounds left.
    /// </summary>
    public class StructureRound7Tests
    {
        private const string Top = "Brackenford closes old library after roof survey\n\nBy Jane Holloway\n\nCouncil members in Brackenford voted on Tuesday to close the old library on Elm Street after a survey found cracks in its roof beams. The vote was unanimous.\n\n";
        private const string End = "\n\nA temporary library will open in the community centre next week, with shorter hours. The council will publish the findings in the summer.";

        [Theory]
        [InlineData("Jane Roe at the time opposed the plan.")]
        [InlineData("Mayor Tom Hale in 2019 won a second term.")]
        [InlineData("Ana Lind at first refused to leave.")]
        [InlineData("Ben Ortiz with his brother founded the shop in 1998.")]
        [InlineData("Carla Munt at the hearing was calm.")]
        [InlineData("Dev Patel in his first year doubled the budget.")]
        [InlineData("Omar Field at the start of the season had a knee injury.")]
        [InlineData("Hal Brenner at one point threatened to resign.")]
        [InlineData("Tom Quill at the meeting will present the report.")]
        [InlineData("Greta Holm in those years ran a small bakery.")]
        [InlineData("Paul Wren at the age of 12 moved to Stenby.")]
        public void AStorySentenceOpeningWithANameAndAPrepositionStaysInTheBody(string sentence)
        {
            var s = Structure(Top + sentence + End);

            Assert.Empty(s.Captions);
            Assert.Contains(s.Paragraphs, p => p.Text == sentence);
        }

        [Theory]
        [InlineData("Ada Penrose at the front desk on Tuesday.")]
        [InlineData("Ben Ortiz with his brother at the shop in 1998.")]
        [InlineData("Carla Munt in her garden in Tolvey last summer.")]
        [InlineData("Dev Patel at the newly renovated library in Oakvale.")]
        [InlineData("Omar Field with his dog, Biscuit, at the harbour.")]
        [InlineData("Nina Sorrel at the opening of the flooded museum.")]
        [InlineData("Lia Brant with her daughters at the rebuilt school.")]
        [InlineData("Greta Holm in front of the town hall this week.")]
        [InlineData("Ivo Marsh at work in the restored mill.")]
        [InlineData("Mayor Tom Hale at the ribbon cutting on Main Street.")]
        public void ALinePlacingSomeoneWithoutAVerbIsACaption(string line)
        {
            var s = Structure(Top + line + End);

            Assert.Equal(new[] { (line, (string?)null) }, s.Captions);
            Assert.DoesNotContain(s.Paragraphs, p => p.Text == line);
        }
        private const string Headline = "Brackenford library to close after roof survey finds cracks\n\n";

        private const string Body =
            "\n\nCouncil members in Brackenford voted on Tuesday to close the old library on Elm Street after a survey found cracks in its roof beams." +
            "\n\nThe building will stay shut while engineers decide whether the roof can be repaired, the council said.";

        [Theory]
        [InlineData("Maeve Tolland, Associated Press", "Associated Press")]
        [InlineData("By Maeve Tolland, Associated Press", "Associated Press")]
        [InlineData("Maeve Tolland, The Associated Press", "The Associated Press")]
        [InlineData("Maeve Tolland, Reuters", "Reuters")]
        [InlineData("Maeve Tolland, AFP", "AFP")]
        public void AnAgencyAfterTheAuthorAndACommaIsTheAgencyNotASecondAuthor(string byline, string agency)
        {
            var s = Structure(Headline + byline + "\n\nNovember 27, 2026" + Body);

            Assert.Equal(new[] { "Maeve Tolland" }, s.Authors);
            Assert.Equal(agency, s.Agency);
            Assert.Equal(2, s.Paragraphs.Count);
        }

        [Theory]
        [InlineData("Maeve Tolland and AP", new[] { "Maeve Tolland", "AP" })]
        [InlineData("Maeve Tolland, Daniel Ashby", new[] { "Maeve Tolland", "Daniel Ashby" })]
        public void AnAgencyJoinedByAndStillSignsTheStory(string byline, string[] authors)
        {
            var s = Structure(Headline + byline + "\n\nNovember 27, 2026" + Body);

            Assert.Equal(authors, s.Authors);
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

        [Theory]
        [InlineData("Maeve Tolland \u2022 Senior Reporter", null)]
        [InlineData("By Maeve Tolland | Reuters", "Reuters")]
        public void ABarBeforeATitleOrAWireAddsNoAuthor(string byline, string? agency)
        {
            var s = Structure(Headline + byline + "\n\nNovember 27, 2026" + Body);

            Assert.Equal(new[] { "Maeve Tolland" }, s.Authors);
            Assert.Equal(agency, s.Agency);
        }

        [Fact]
        public void ABarBeforeAnInstituteNamedForSomeoneAddsNoAuthor()
        {
            var s = Structure(Headline + "Maeve Tolland \u2022 Daniel Ashby Institute\n\nNovember 27, 2026" + Body);

            Assert.Equal(new[] { "Maeve Tolland" }, s.Authors);
        }
        [Theory]
        [InlineData("By Maeve Tolland\n\nPub: 27 Nov 2026")]
        [InlineData("By Maeve Tolland\n\nPub: November 27, 2026")]
        [InlineData("By Maeve Tolland\n\nPubd: November 27, 2026")]
        public void AShortPublishedLabelDatesTheStory(string header)
        {
            var s = Structure(Headline + header + Body);

            Assert.Equal(new DateTime(2026, 11, 27), s.Date);
            Assert.Equal(2, s.Paragraphs.Count);
        }

        [Theory]
        [InlineData("By Maeve Tolland\n\nNovember 2026")]
        [InlineData("November 2026\n\nBy Maeve Tolland")]
        [InlineData("By Maeve Tolland\n\nNov. 2026")]
        public void AMonthAndYearBesideTheBylineIsNoParagraph(string header)
        {
            var s = Structure(Headline + header + Body);

            Assert.Equal(new[] { "Maeve Tolland" }, s.Authors);
            Assert.Null(s.Date);
            Assert.Equal(2, s.Paragraphs.Count);
        }

        [Fact]
        public void AMonthAndYearAsACrossheadInTheBodyStaysACrosshead()
        {
            var s = Structure(Top + "November 2026\n\nThe engineers found cracks in six of the roof beams. Two were near collapse." + End);

            Assert.Contains("November 2026", s.Crossheads);
        }
        [Theory]
        [InlineData("Maeve Tolland at Brackenford Courier\n\nNovember 27, 2026")]
        [InlineData("By Maeve Tolland at The Brackenford Courier\n\nNovember 27, 2026")]
        [InlineData("By Maeve Tolland at The Brackenford Courier | November 27, 2026")]
        public void ThePaperAfterAtIsWhomTheAuthorWritesFor(string header)
        {
            var s = Structure(Headline + header + Body);

            Assert.Equal(new[] { "Maeve Tolland" }, s.Authors);
            Assert.Equal(new DateTime(2026, 11, 27), s.Date);
            Assert.Null(s.Standfirst);
            Assert.Equal(2, s.Paragraphs.Count);
        }

        [Fact]
        public void APlaceAfterAtIsNoPaper()
        {
            Assert.False(Extraction.Structure.BylineDetector.TryReadNameLine("Maeve Tolland at Brackenford Hall", out _));
        }
        [Fact]
        public void ANoteSayingHowToReachTheAuthorLeavesTheBody()
        {
            const string note = "Maeve Tolland can be reached at maeve@courier.example.";
            var s = Structure(Headline + "By Maeve Tolland\n\nNovember 27, 2026" + Body + "\n\n" + note);

            Assert.Equal(new[] { "Maeve Tolland" }, s.Authors);
            Assert.DoesNotContain(s.Paragraphs, p => p.Text == note);
            Assert.Equal(2, s.Paragraphs.Count);
        }

        [Fact]
        public void ANoteSayingHowToReachTheAuthorNamesTheAuthorTheHeaderLacks()
        {
            const string note = "Maeve Tolland can be reached at maeve@courier.example.";
            var s = Structure(Headline + "November 27, 2026" + Body + "\n\n" + note);

            Assert.Equal(new[] { "Maeve Tolland" }, s.Authors);
            Assert.DoesNotContain(s.Paragraphs, p => p.Text == note);
        }

        [Fact]
        public void SomeoneElseWhoCanBeReachedIsTheStorysSentence()
        {
            const string sentence = "The council said Daniel Ashby can be reached at the town hall until Friday.";
            var s = Structure(Headline + "By Maeve Tolland\n\nNovember 27, 2026" + Body + "\n\n" + sentence);

            Assert.Contains(s.Paragraphs, p => p.Text == sentence);
        }
        [Theory]
        [InlineData("Volunteers stack sandbags outside the library. Courier Photo by Marta Quell", "Volunteers stack sandbags outside the library.")]
        [InlineData("Volunteers stack sandbags outside the library. Express Photo by Marta Quell", "Volunteers stack sandbags outside the library.")]
        [InlineData("Volunteers stack sandbags outside the library\nCourier Photo by Marta Quell", "Volunteers stack sandbags outside the library")]
        [InlineData("Volunteers stack sandbags outside the library\n\nHerald Photo by Marta Quell", "Volunteers stack sandbags outside the library")]
        public void ACreditsLabelAfterThePapersNameCreditsTheCaption(string lines, string caption)
        {
            var s = Structure(Top + lines + End);

            Assert.Equal(new[] { (caption, (string?)"Marta Quell") }, s.Captions);
            Assert.Empty(s.Crossheads);
            Assert.Equal(2, s.Paragraphs.Count);
        }

        [Fact]
        public void AWordBeforeAnotherWordIsNoCreditsLabel()
        {
            const string sentence = "Courier readers sent in photos by the hundred after the storm.";
            var s = Structure(Top + sentence + End);

            Assert.Empty(s.Captions);
            Assert.Contains(s.Paragraphs, p => p.Text == sentence);
        }
        [Theory]
        [InlineData("Volunteers stack sandbags outside the Elm Street library | Marta Quell", "Marta Quell")]
        [InlineData("Volunteers stack sandbags outside the Elm Street library | Brackenford Courier", "Brackenford Courier")]
        public void APhotographerOrPaperAfterABarClosingACaptionIsItsCredit(string line, string credit)
        {
            var s = Structure(Top + line + End);

            Assert.Equal(new[] { ("Volunteers stack sandbags outside the Elm Street library", (string?)credit) }, s.Captions);
            Assert.Empty(s.Crossheads);
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

        [Fact]
        public void AnAuthorsNoteWithLinksAfterABarIsNoCaption()
        {
            const string note = "Ada Penrose is a writer from Tolvey and a contributor since 2021. Follow her on Chirp | Harbour Social";
            var s = Structure(Top + note + End);

            Assert.Empty(s.Captions);
        }
    }
}
