using System;
using Xunit;
using static SeedModels.Tests.EngineTestSupport;
using static SeedModels.Tests.HarbourFerryPage;

namespace SeedModels.Tests
{
    /// <summary>
    /// Issue 11, round 10: bylines and dates as pages from publishers no corpus holds print them (fire-company and council
    /// news, local papers, blogs, wire copy), written here as invented pages (invented names, places and publications): a rank
    /// or job title before the author's name, a blog's meta row of date, author, section and counts parted by bars or slashes,
    /// an organisation and a person signing together, and the site's lines over the headline.
    /// </summary>
    public class HeaderRound10Tests
    {
        // --- A rank or job title before the name: the title is no part of the author (contract: a byline holds people). ---

        [Theory]
        [InlineData("By Deputy Chief Orla Brannigan", "Orla Brannigan")]
        [InlineData("By Lieutenant Tomasz Kerrigan", "Tomasz Kerrigan")]
        [InlineData("By Senior Harbour Reporter Ines Valcourt", "Ines Valcourt")]
        [InlineData("By Captain Rhys Abernethy and Sergeant Mila Ostrova", "Rhys Abernethy, Mila Ostrova")]
        public void ARankOrTitleBeforeTheNameIsNoPartOfTheAuthor(string line, string authors)
        {
            var s = Structure(Headline + "\n" + line + "\nApril 6, 2026" + Body);

            Assert.Equal(authors.Split(", "), s.Authors);
            Assert.Equal(new DateTime(2026, 4, 6), s.Date);
            Assert.Equal(2, s.Paragraphs.Count);
            Assert.StartsWith(FirstBody, s.Paragraphs[0].Text);
        }

        [Theory]
        [InlineData("By Dr. Halvard Quist", "Halvard Quist")]
        [InlineData("By Justice Okonkwo", "Justice Okonkwo")]
        [InlineData("By Chief Okafor", "Chief Okafor")]
        public void ANameOfTwoWordsKeepsBoth(string line, string author)
        {
            // Two words stay, though the first is a title's word: "By Chief Okafor" names no one else. A given name the lexicon
            // knows ("Justice") is no title.
            var s = Structure(Headline + "\n\n" + line + Body);

            Assert.Equal(new[] { author }, s.Authors);
        }

        // --- A blog's meta row: the date and the post's facts parted by bars or slashes. ---

        [Theory]
        [InlineData("by | Mar 11, 2026 | Soapbox | 1 comment")]
        [InlineData("by | March 11, 2026 | Harbour Life | 12 Comments")]
        [InlineData("March 11, 2026 | Local News | 683 views")]
        [InlineData("Opinion | March 11, 2026 | Leave a comment")]
        public void AMetaRowNamingNoAuthorDatesTheStory(string row)
        {
            var s = Structure(Headline + "\n\n" + row + Body);

            Assert.Equal(Headline, s.Headline);
            Assert.Empty(s.Authors);
            Assert.Equal(new DateTime(2026, 3, 11), s.Date);
            Assert.Equal(2, s.Paragraphs.Count);
            Assert.StartsWith(FirstBody, s.Paragraphs[0].Text);
        }

        [Theory]
        [InlineData("by Margaret Ellison | March 11, 2026 | Soapbox | 3 comments")]
        [InlineData("by Margaret Ellison | March 11, 2026 | Harbour News, Opinion | 2 Comments")]
        [InlineData("March 11, 2026 | Margaret Ellison | 683 views")]
        [InlineData("March 11, 2026 / Margaret Ellison")]
        public void AMetaRowNamingTheAuthorIsTheByline(string row)
        {
            var s = Structure(Headline + "\n\n" + row + Body);

            Assert.Equal(new[] { "Margaret Ellison" }, s.Authors);
            Assert.Equal(new DateTime(2026, 3, 11), s.Date);
            Assert.Equal(2, s.Paragraphs.Count);
        }

        [Fact]
        public void AMetaRowOverThePostsTitleIsNoHeadline()
        {
            // A blog prints its date and author over the post's title.
            var s = Structure("March 11, 2026 / Margaret Ellison\n\n" + Headline + Body);

            Assert.Equal(Headline, s.Headline);
            Assert.Equal(new[] { "Margaret Ellison" }, s.Authors);
            Assert.Equal(new DateTime(2026, 3, 11), s.Date);
            Assert.Equal(2, s.Paragraphs.Count);
        }

        [Theory]
        [InlineData("March 11, 2026 | Harbour Ferry Timetable Changes Explained Today")]
        [InlineData("March 11, 2026 | the ferry returns")]
        [InlineData("Ferry | Harbour | Boats")]
        [InlineData("March 11, 2026 | Harbour News, Opinion, Ferries And Boats Of Kestrel Point")]
        public void ALineWithAFieldOfAnythingElseIsNoMetaRow(string line)
        {
            // A field that is no date, author, section or count (a title of many words, words in lower case), or no date at
            // all: the line dates nothing.
            var s = Structure(Headline + "\n\n" + line + Body);

            Assert.Null(s.Date);
            Assert.Empty(s.Authors);
        }

        [Fact]
        public void AMetaRowsSectionNamedLikeAPersonNamesNoAuthor()
        {
            // Two capitalised words with no given name the lexicon knows are read as the section: a wrong author is worse than none.
            var s = Structure(Headline + "\n\nMarch 11, 2026 | Harbour Notes | 683 views" + Body);

            Assert.Empty(s.Authors);
            Assert.Equal(new DateTime(2026, 3, 11), s.Date);
        }

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
        [InlineData("By the time the ferry and its crew returned")]
        [InlineData("By 2027 the harbour and the ferry will be rebuilt")]
        public void ASentenceOpeningWithByIsNoByline(string line)
        {
            var s = Structure(Headline + "\n\n" + line + Body);

            Assert.Empty(s.Authors);
        }

        [Fact]
        public void AMetaRowsUserNameOfOneWordNamesNoAuthor()
        {
            // "November 7, 2026 / Margaret": a blog's user name, no full name: the row dates the post and names no author.
            var s = Structure("November 7, 2026 / Margaret\n\n" + Headline + Body);

            Assert.Equal(Headline, s.Headline);
            Assert.Empty(s.Authors);
            Assert.Equal(new DateTime(2026, 11, 7), s.Date);
        }

        // --- A job title, a desk or a section after "By" names no one (contract). ---

        [Theory]
        [InlineData("By Staff Writer")]
        [InlineData("By Staff Writers")]
        [InlineData("By Senior Correspondent")]
        [InlineData("By News Desk")]
        [InlineData("By Web Desk")]
        [InlineData("By Local News")]
        public void AJobTitleOrDeskAloneIsNoAuthor(string line)
        {
            var s = Structure(Headline + "\n\n" + line + "\nNovember 28, 2026" + Body);

            Assert.Empty(s.Authors);
            Assert.Equal(new DateTime(2026, 11, 28), s.Date);
            Assert.StartsWith(FirstBody, s.Paragraphs[0].Text);
        }

        [Theory]
        [InlineData("By Harbour Courier Staff", "Harbour Courier Staff")]
        [InlineData("By Kestrel Point Ferry Company", "Kestrel Point Ferry Company")]
        public void AnOrganisationWithANameOfItsOwnStillSigns(string line, string author)
        {
            var s = Structure(Headline + "\n\n" + line + "\nNovember 28, 2026" + Body);

            Assert.Equal(new[] { author }, s.Authors);
        }

        [Fact]
        public void ACommunityPagesLabelOpensTheByline()
        {
            var s = Structure(Headline + "\n\nContributed by Ines Valcourt\nNovember 28, 2026" + Body);

            Assert.Equal(new[] { "Ines Valcourt" }, s.Authors);
            Assert.StartsWith(FirstBody, s.Paragraphs[0].Text);
        }

        // --- The publication's date, not the update's. ---

        [Theory]
        [InlineData("Updated Nov 29, 2026 | Published Nov 28, 2026")]
        [InlineData("Published Nov 28, 2026 | Updated Nov 29, 2026")]
        [InlineData("Last updated: November 29, 2026\nFirst published: November 28, 2026")]
        [InlineData("Updated: November 29, 2026 10:14 AM\n\nPublished: November 28, 2026 9:00 AM")]
        public void TheStorysDateIsItsPublicationNotItsUpdate(string lines)
        {
            var s = Structure(Headline + "\n\nBy Ines Valcourt\n" + lines + Body);

            Assert.Equal(new DateTime(2026, 11, 28), s.Date);
            Assert.Equal(new[] { "Ines Valcourt" }, s.Authors);
            Assert.Equal(2, s.Paragraphs.Count);
            Assert.StartsWith(FirstBody, s.Paragraphs[0].Text);
        }

        [Fact]
        public void AnUpdatesDateAloneStillDatesTheStory()
        {
            var s = Structure(Headline + "\n\nBy Ines Valcourt\nUpdated November 29, 2026" + Body);

            Assert.Equal(new DateTime(2026, 11, 29), s.Date);
        }

        // --- The site's lines over the headline. ---

        [Theory]
        [InlineData("Total Pageviews")]
        [InlineData("Not currently logged in")]
        [InlineData("By allowing ads to appear on this site, you support the shops that support the Kestrel Point Record.")]
        public void TheSitesLineOverTheHeadlineIsNoHeadline(string top)
        {
            var s = Structure(top + "\n\n" + Headline + Body);

            Assert.Equal(Headline, s.Headline);
            Assert.Equal(2, s.Paragraphs.Count);
            Assert.StartsWith(FirstBody, s.Paragraphs[0].Text);
        }

        [Fact]
        public void AHeadlineEndingWithAFullStopIsStillTheHeadline()
        {
            // A headline with a full stop that speaks of no site stays the headline.
            var s = Structure("Kestrel Point ferry returns to service." + Body);

            Assert.Equal("Kestrel Point ferry returns to service.", s.Headline);
        }

        [Theory]
        [InlineData("Ines Valcourt | Special to the Kestrel Point Record")]
        [InlineData("By Ines Valcourt | Special to the Kestrel Point Record")]
        public void WhomTheAuthorWritesForAfterABarIsNoAuthor(string line)
        {
            var s = Structure(Headline + "\n\n" + line + "\nNovember 28, 2026" + Body);

            Assert.Equal(new[] { "Ines Valcourt" }, s.Authors);
            Assert.Null(s.Standfirst);
            Assert.StartsWith(FirstBody, s.Paragraphs[0].Text);
        }

        [Theory]
        [InlineData("By Ines Valcourt Photographs by Tomasz Kerrigan")]
        [InlineData("Words by Ines Valcourt Photos by Tomasz Kerrigan")]
        public void APictureCreditAfterTheNameIsNoAuthor(string line)
        {
            var s = Structure(Headline + "\n\n" + line + "\nNovember 28, 2026" + Body);

            Assert.Equal(new[] { "Ines Valcourt" }, s.Authors);
            Assert.StartsWith(FirstBody, s.Paragraphs[0].Text);
        }
    }
}
