using System;
using Xunit;
using static SeedModels.Tests.EngineTestSupport;
using static SeedModels.Tests.HarbourFerryPage;

namespace SeedModels.Tests
{
    /// <summary>
    /// A rank, a job title or a desk before, after or instead of the author's name is no part of the author (a byline
    /// holds people): a title alone names no one, and the words after a comma naming a job or an organisation are no
    /// second author.
    /// </summary>
    public class BylineWithTitleOrJobTests
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
        [InlineData("By Ines Valcourt Photographs by Tomasz Kerrigan")]
        [InlineData("Words by Ines Valcourt Photos by Tomasz Kerrigan")]
        public void APictureCreditAfterTheNameIsNoAuthor(string line)
        {
            var s = Structure(Headline + "\n\n" + line + "\nNovember 28, 2026" + Body);

            Assert.Equal(new[] { "Ines Valcourt" }, s.Authors);
            Assert.StartsWith(FirstBody, s.Paragraphs[0].Text);
        }

        [Theory]
        [InlineData("Words by Ines Valcourt & photos by Tomasz Kerrigan | November 28, 2026 | 4 Comments")]
        [InlineData("By Ines Valcourt | Photos by Tomasz Kerrigan | November 28, 2026")]
        public void ThePictureCreditEndsAtTheNextBarWhereTheDateGoesOn(string line)
        {
            // The credit was read as running to the line's end, so the date after it was lost.
            var s = Structure(Headline + "\n\n" + line + Body);

            Assert.Equal(new[] { "Ines Valcourt" }, s.Authors);
            Assert.Equal(new DateTime(2026, 11, 28), s.Date);
            Assert.StartsWith(FirstBody, s.Paragraphs[0].Text);
        }

        // --- After a person and a comma: her title and employer, not a second author; after a job (also in the plural, shared by
        // two authors), capitalised words opening with no given name are where the author works. ---
        [Theory]
        [InlineData("By Tomas Brennick, Westhaven Online Editor", "Tomas Brennick")]
        [InlineData("By Orla Fenwick, Kestrel Heritage Trust", "Orla Fenwick")]
        [InlineData("Orla Fenwick, Dunmore Maritime Institute", "Orla Fenwick")]
        [InlineData("By Orla Fenwick, Maria Castellan", "Orla Fenwick, Maria Castellan")]
        [InlineData("By Orla Fenwick, Staff Engineer, Harbour Reliability", "Orla Fenwick")]
        [InlineData("By Orla Fenwick and Tomas Brennick Staff Engineers, Harbour Reliability", "Orla Fenwick, Tomas Brennick")]
        [InlineData("By Orla Fenwick and Tomas Brennick Senior Reporters", "Orla Fenwick, Tomas Brennick")]
        [InlineData("By Orla Fenwick, Staff Writer, Maria Castellan", "Orla Fenwick, Maria Castellan")]
        public void CapitalisedWordsAfterACommaWithAJobOrAnOrganisationAreNoSecondAuthor(string line, string authors)
        {
            var s = Structure(Headline + "\n\n" + line + "\n\nApril 6, 2026" + Body);

            Assert.Equal(authors.Split(", "), s.Authors);
        }

        // --- A job title alone where the byline stands. ---
        [Theory]
        [InlineData("News Editor")]
        [InlineData("Senior Staff Writer")]
        public void AJobTitleAloneUnderTheHeadlineNamesNoOneAndLeavesTheBody(string title)
        {
            var s = Structure(Headline + "\n\n" + title + Body);

            Assert.Empty(s.Authors);
            Assert.Equal(2, s.Paragraphs.Count);
            Assert.StartsWith(FirstBody, s.Paragraphs[0].Text);
        }

        [Fact]
        public void AJobTitleUnderTheAuthorsNameLeavesHerTheAuthor()
        {
            var s = Structure(Headline + "\n\nAilbe Morrow\nPolitical Editor" + Body);

            Assert.Equal(new[] { "Ailbe Morrow" }, s.Authors);
            Assert.StartsWith(FirstBody, s.Paragraphs[0].Text);
        }

        // --- A job title glued to the name, as a page's byline and title spans come out when copied. ---
        [Theory]
        [InlineData("By Ottoline Farrant Court Reporter", "Ottoline Farrant", null)]
        [InlineData("Ottoline Farrant Local Democracy Reporter", "Ottoline Farrant", null)]
        [InlineData("Ottoline Farrant/Senior Staff Reporter", "Ottoline Farrant", null)]
        [InlineData("Ottoline Farrant | Europe Correspondent 15 October 2025 10:30", "Ottoline Farrant", "2025-10-15")]
        [InlineData("Posted by Ottoline Farrant, Communications Officer 22.03.2025", "Ottoline Farrant", "2025-03-22")]
        public void AJobTitleGluedToTheNameOrToTheDateIsNoPartOfTheAuthor(string line, string author, string? date)
        {
            // A desk word ("Court", "Democracy") opens the title; a slash parts it from the name as a bar does; the date may
            // follow the title with no mark. Before, "Court Reporter" stayed in the name, and "Communications Officer" was a
            // second author.
            var s = Structure(Headline + "\n\n" + line + Body);

            Assert.Equal(new[] { author }, s.Authors);
            Assert.Equal(date == null ? null : DateTime.Parse(date, System.Globalization.CultureInfo.InvariantCulture), s.Date);
            Assert.StartsWith(FirstBody, s.Paragraphs[0].Text);
        }

        [Theory]
        [InlineData("Our Correspondent Published November 12, 2025 12:10am")]
        [InlineData("Staff Reporter Published November 12, 2025")]
        public void ADesksBylineNamesNoOneButDatesTheStory(string line)
        {
            var s = Structure(Headline + "\n\n" + line + Body);

            Assert.Empty(s.Authors);
            Assert.Equal(new DateTime(2025, 11, 12), s.Date);
            Assert.StartsWith(FirstBody, s.Paragraphs[0].Text);
        }

        [Theory]
        [InlineData("Ailbe Morrow Health correspondent")]
        [InlineData("By Ailbe Morrow @AMorrowNews Reporter")]
        [InlineData("Ailbe Morrow Videojournalist Contact")]
        public void ADeskBeforeATitleInLowerCaseAHandleOrAContactButtonIsNoPartOfTheAuthor(string line)
        {
            var s = Structure(Headline + "\n\n" + line + Body);

            Assert.Equal(new[] { "Ailbe Morrow" }, s.Authors);
            Assert.StartsWith(FirstBody, s.Paragraphs[0].Text);
        }

        [Theory]
        [InlineData("By Ailbe Morrow KWTV 9 News")]
        [InlineData("Ailbe Morrow CKWV News Westhaven")]
        [InlineData("Ailbe Morrow CKWV News Westhaven Digital Producer")]
        [InlineData("Ailbe Morrow CKWV News Westhaven Videojournalist Contact")]
        public void ABroadcastersNameWithItsChannelNumberNewsroomPlaceOrTheAuthorsJobIsNoPartOfTheAuthor(string line)
        {
            var s = Structure(Headline + "\n\n" + line + Body);

            Assert.Equal(new[] { "Ailbe Morrow" }, s.Authors);
            Assert.StartsWith(FirstBody, s.Paragraphs[0].Text);
        }

        [Theory]
        [InlineData("Ailbe Morrow News editor\n\nTobin Fairweather Technical correspondent")]
        [InlineData("By Ailbe Morrow, Rural Reporter\n\nTobin Fairweather, Westhaven Courier")]
        [InlineData("Ailbe Morrow\n\nSarah Fairweather")]
        public void ASecondAuthorsLineRightUnderTheFirstBylineAddsTheirName(string lines)
        {
            var s = Structure(Headline + "\n\n" + lines + "\n\n25 November 2025" + Body);

            Assert.Equal(2, s.Authors.Count);
            Assert.Equal("Ailbe Morrow", s.Authors[0]);
            Assert.EndsWith("Fairweather", s.Authors[1]);
            Assert.Equal(new DateTime(2025, 11, 25), s.Date);
            Assert.StartsWith(FirstBody, s.Paragraphs[0].Text);
        }

        [Fact]
        public void TwoCapitalisedWordsUnderABylineWithNoKnownGivenNameOrJobAddNoAuthor()
        {
            // A box's title under the byline has a name's shape; without a given name or a job beside it, it is no author.
            var s = Structure(Headline + "\n\nAilbe Morrow\n\nQuick Read" + Body);

            Assert.Equal(new[] { "Ailbe Morrow" }, s.Authors);
        }

        [Theory]
        [InlineData("By Ailbe Morrow\nRural reporter, Westhaven Advocate")]
        [InlineData("By Ailbe Morrow\n\nRural reporter, Westhaven Courier")]
        public void TheAuthorsJobAndPaperUnderTheBylineLeaveTheBody(string lines)
        {
            var s = Structure(Headline + "\n\n" + lines + Body);

            Assert.Equal(new[] { "Ailbe Morrow" }, s.Authors);
            Assert.StartsWith(FirstBody, s.Paragraphs[0].Text);
        }

        [Theory]
        [InlineData("Our Staff Reporter")]
        [InlineData("Our Correspondent")]
        [InlineData("From our bureau")]
        [InlineData("From Our Special Correspondent")]
        [InlineData("Editorial Board")]
        [InlineData("By The Editorial Board")]
        public void ThePapersOwnDeskAloneNamesNoOneAndLeavesTheBody(string line)
        {
            var s = Structure(Headline + "\n\n" + line + "\n\nApril 6, 2026" + Body);

            Assert.Empty(s.Authors);
            Assert.Equal(new DateTime(2026, 4, 6), s.Date);
            Assert.StartsWith(FirstBody, s.Paragraphs[0].Text);
        }

        // --- A region's word before the title belongs to the title; a place glued after the name is where she files from. ---
        [Theory]
        [InlineData("Maeve Tolland Westmoreland Reporter @maevet", "Maeve Tolland")]
        [InlineData("By Maeve Tolland Riverina Correspondent", "Maeve Tolland")]
        [InlineData("Mary Ann Tolland Reporter", "Mary Ann Tolland")]
        public void ARegionsWordBeforeTheTitleIsTheTitles(string line, string author)
        {
            // After a known given name and a surname, one more capitalised word before "Reporter" is the beat; a second word
            // that is a given name too ("Mary Ann") keeps a name of three words.
            var s = Structure(Headline + "\n\n" + line + "\n\nNovember 28, 2026" + Body);

            Assert.Equal(new[] { author }, s.Authors);
            Assert.Equal(new DateTime(2026, 11, 28), s.Date);
            Assert.StartsWith(FirstBody, s.Paragraphs[0].Text);
        }

        [Theory]
        [InlineData("Maeve Tolland Cricket writer and Ishaan Veluthat Sports reporter")]
        [InlineData("By Maeve Tolland political writer and Ishaan Veluthat")]
        public void ABeatAndTitleAfterEachOfTwoNamesLeaveTwoAuthors(string line)
        {
            var s = Structure(Headline + "\n\n" + line + "\n\nNovember 28, 2026" + Body);

            Assert.Equal(new[] { "Maeve Tolland", "Ishaan Veluthat" }, s.Authors);
            Assert.StartsWith(FirstBody, s.Paragraphs[0].Text);
        }

        [Theory]
        [InlineData("Written by Ishaan Veluthat New Delhi Updated: November 28, 2026 17:48 IST")]
        [InlineData("By Ishaan Veluthat San Teodoro | November 28, 2026")]
        [InlineData("By Ishaan Veluthat Port Alder Bureau Chief\nNovember 28, 2026")]
        public void APlaceGluedAfterTheNameIsNoPartOfIt(string lines)
        {
            var s = Structure(Headline + "\n\n" + lines + Body);

            Assert.Equal(new[] { "Ishaan Veluthat" }, s.Authors);
            Assert.Equal(new DateTime(2026, 11, 28), s.Date);
            Assert.StartsWith(FirstBody, s.Paragraphs[0].Text);
        }

        [Theory]
        [InlineData("By Ines De Santa Lucia")]
        [InlineData("By Ines Santa")]
        public void APlacesWordAfterAParticleOrAsTheSurnameStaysTheNames(string line)
        {
            var s = Structure(Headline + "\n\n" + line + "\nNovember 28, 2026" + Body);

            Assert.Equal(new[] { line.Substring(3) }, s.Authors);
        }

        [Theory]
        [InlineData("Ishaan Veluthat/Sentinel Writer\n\nMonday | November 3, 2025", "Ishaan Veluthat")]
        [InlineData("Text and photographs by Ishaan Veluthat\n\n10/1/25", "Ishaan Veluthat")]
        [InlineData("By Fr. Ishaan Veluthat & Maeve Tolland | November 3, 2025", "Ishaan Veluthat, Maeve Tolland")]
        [InlineData("Story by Ishaan Veluthat Local Journalism Initiative Reporter", "Ishaan Veluthat")]
        [InlineData("Ishaan Veluthat, Campus Editor\nMaeve Tolland, Staff Reporter\nApril 17, 2025", "Ishaan Veluthat, Maeve Tolland")]
        public void AWritersJobLabelOrHonorificBesideTheNameIsNoPartOfTheAuthors(string lines, string authors)
        {
            var s = Structure(Headline + "\n\n" + lines + Body);

            Assert.Equal(authors.Split(", "), s.Authors);
            Assert.StartsWith(FirstBody, s.Paragraphs[0].Text);
            Assert.Equal(2, s.Paragraphs.Count);
        }

        [Fact]
        public void AJobAndThePlaceSheFilesFromUnderTheNameLeaveTheBody()
        {
            var s = Structure(Headline + "\n\nIshaan Veluthat\nSenior Correspondent, Westhaven\n\nMarch 4, 2024" + Body);

            Assert.Equal(new[] { "Ishaan Veluthat" }, s.Authors);
            Assert.Equal(2, s.Paragraphs.Count);
            Assert.StartsWith(FirstBody, s.Paragraphs[0].Text);
        }

        [Fact]
        public void APhotographersJobAfterTheSlashLeavesNoAuthor()
        {
            var s = Structure(Headline + "\n\nIshaan Veluthat/Staff Photographer\n\nMonday | November 3, 2025" + Body);

            Assert.Empty(s.Authors);
        }
    }
}
