using System;
using System.Linq;
using Xunit;
using static SeedModels.Tests.EngineTestSupport;

namespace SeedModels.Tests
{
    /// <summary>
    /// Issue 11, category 1: bylines as real pages set them — with a date, time or job title on the line, away from the
    /// headline, signed by an agency or an organisation, names joined by a slash, a label on a line of its own.
    /// </summary>
    public class HeaderBylineTests
    {
        private const string Body = "\n\nThe harbour board met on Monday to decide the future of the old ferry pier. The vote was close.\n\nA decision on the new pier is due in the spring, the board said.";

        [Theory]
        [InlineData("by Nora Quill Apr. 28, 2023 1:15 pm")]
        [InlineData("By Nora Quill 30 August 2023 \u2022 4:45pm")]
        [InlineData("Nora Quill 2 minutes ago")]
        [InlineData("Nora Quill 7 hours")]
        [InlineData("Nora Quill Political Correspondent")]
        [InlineData("Nora Quill, transport correspondent")]
        [InlineData("Written by Nora Quill on July 27, 2017")]
        [InlineData("By Nora Quill, WKRN")]
        [InlineData("By Nora Quill | nquill@harbourgazette.example")]
        [InlineData("Posted on March 12, 2024 by Nora Quill")]
        [InlineData("Contributor: Nora Quill")]
        [InlineData("By Nora Quill - Staff Writer")]
        [InlineData("By Nora Quill | Contributing Editor")]
        [InlineData("Writer: Nora Quill")]
        [InlineData("By Nora Quill Updated March 12, 2024 10:15 am")]
        [InlineData("Nora Quill Published 12 March 2024")]
        [InlineData("Published: 12 March 2024 by Nora Quill")]
        [InlineData("Nora Quill For The Portavon Gazette")]
        [InlineData("By Nora Quill for the Harbour Weekly")]
        [InlineData("Nora Quill, for The Portavon Gazette")]
        [InlineData("Words: Nora Quill")]
        [InlineData("by Nora Quill | Mar 12, 2024 | News, Harbour Life")]
        [InlineData("Dr. Nora Quill")]
        [InlineData("By Prof Nora Quill")]
        [InlineData("By Nora Quill | Edited by Ilan Petrov")]
        [InlineData("Nora Quill (Portavon Gazette)")]
        [InlineData("Opinion by Nora Quill")]
        [InlineData("Analysis by Nora Quill")]
        [InlineData("Guest post by Nora Quill")]
        [InlineData("By Nora Quill Special to The Portavon Gazette")]
        [InlineData("Nora Quill | March 12, 2024")]
        [InlineData("Nora Quill | March 12, 2024 | 5 min read")]
        [InlineData("March 12, 2024 | Nora Quill")]
        [InlineData("12 March 2024 \u00B7 Nora Quill")]
        [InlineData("Nora Quill\nPolitical Correspondent")]
        [InlineData("Nora Quill\nEditor")]
        [InlineData("Nora Quill\n@noraquill")]
        public void ABylineCarriesOnlyTheNameWhateverElseStandsOnItsLine(string byline)
        {
            var s = Structure("Harbour board votes to close the old ferry pier\n\n" + byline + Body);

            Assert.Equal(new[] { "Nora Quill" }, s.Authors);
            Assert.Null(s.Agency);
            Assert.DoesNotContain(s.Paragraphs, p => p.Text.Contains("Nora Quill", StringComparison.Ordinal));
        }

        [Fact]
        public void ABylineAfterTheStandfirstAndACaptionIsFound()
        {
            var s = Structure(
                "Harbour board votes to close the old ferry pier\n\n" +
                "Board members say repairs would cost more than a new pier\n\n" +
                "The old ferry pier at low tide on Sunday\n\nGetty Images\n\n" +
                "Nora Quill 3 hours ago" + Body);

            Assert.Equal(new[] { "Nora Quill" }, s.Authors);
            Assert.Equal("Board members say repairs would cost more than a new pier", s.Standfirst?.Text);
            Assert.Equal(new[] { ("The old ferry pier at low tide on Sunday", (string?)"Getty Images") }, s.Captions);
        }

        [Fact]
        public void ACaptionWithoutCreditBetweenStandfirstAndBylineIsACaption()
        {
            var s = Structure(
                "Harbour board votes to close the old ferry pier\n\n" +
                "Board members say repairs would cost more than a new pier\n\n" +
                "Harbour master Ines Calloway, board chair Tomas Reyes and engineer Petra Lind\n\n" +
                "Nora Quill\n\nMarch 4, 2025" + Body);

            Assert.Equal(new[] { "Nora Quill" }, s.Authors);
            Assert.Equal(new DateTime(2025, 3, 4), s.Date);
            Assert.Equal("Harbour master Ines Calloway, board chair Tomas Reyes and engineer Petra Lind", s.Captions.Single().Text);
        }

        [Theory]
        [InlineData("By Associated Press", "Associated Press")]
        [InlineData("Reuters in Valparaiso", "Reuters")]
        [InlineData("AFP, KINGSTOWN", "AFP")]
        [InlineData("By Harbour Gazette Staff", "Harbour Gazette Staff")]
        [InlineData("By Kestrel Wire with Agencies", "Kestrel Wire")]
        public void AnAgencyOrAnOrganisationSigningTheStoryIsItsAuthor(string byline, string author)
        {
            var s = Structure("Harbour board votes to close the old ferry pier\n\n" + byline + Body);

            Assert.Equal(new[] { author }, s.Authors);
            Assert.Null(s.Agency);
        }

        [Theory]
        [InlineData("The Portavon Gazette 14/03/2021 Nora Quill")]
        [InlineData("Harbour Weekly March 14, 2021 Nora Quill")]
        public void ASyndicatedSourceLineGivesTheAuthorAndTheDateNotThePublication(string line)
        {
            var s = Structure("Harbour board votes to close the old ferry pier\n\n" + line + Body);

            Assert.Equal(new[] { "Nora Quill" }, s.Authors);
            Assert.Equal(new DateTime(2021, 3, 14), s.Date);
            Assert.Null(s.Agency);
            Assert.DoesNotContain(s.Paragraphs, p => p.Text.Contains("Nora Quill", StringComparison.Ordinal));
        }

        [Fact]
        public void AnAgencyAfterTheNamesWithNoSeparatorIsTheAgency()
        {
            var s = Structure("Harbour board votes to close the old ferry pier\n\nBy NORA QUILL Associated Press" + Body);

            Assert.Equal(new[] { "Nora Quill" }, s.Authors);
            Assert.Equal("Associated Press", s.Agency);
        }

        [Fact]
        public void APersonAndAnAgencyAreBothAuthors()
        {
            var s = Structure("Harbour board votes to close the old ferry pier\n\nNora Quill and AP" + Body);

            Assert.Equal(new[] { "Nora Quill", "AP" }, s.Authors);
        }

        [Fact]
        public void NamesJoinedByASlashAreTwoAuthors()
        {
            var s = Structure("Harbour board votes to close the old ferry pier\n\nNora Quill/Ilan Petrov" + Body);

            Assert.Equal(new[] { "Nora Quill", "Ilan Petrov" }, s.Authors);
            Assert.Empty(s.Captions);
        }

        [Fact]
        public void APersonNamedFurtherDownBeatsThePublicationSigningFirst()
        {
            var s = Structure(
                "Harbour board votes to close the old ferry pier\n\n" +
                "by Tarrow Times November 21, 2025 0 1747\n\nShare 0\n\n" +
                "\u2026as boat owners count the cost\n\nNora Quill/Ilan Petrov" + Body);

            Assert.Equal(new[] { "Nora Quill", "Ilan Petrov" }, s.Authors);
            Assert.Equal(new DateTime(2025, 11, 21), s.Date);
        }

        [Fact]
        public void ALabelAloneTakesTheNamesOnTheLinesAfterIt()
        {
            var s = Structure("Harbour board votes to close the old ferry pier\n\nBy\n\nNora Quill\n\nand\n\nIlan Petrov\n\nPublished Nov 8, 2023" + Body);

            Assert.Equal(new[] { "Nora Quill", "Ilan Petrov" }, s.Authors);
            Assert.Equal(new DateTime(2023, 11, 8), s.Date);
            Assert.DoesNotContain(s.Paragraphs, p => p.Text == "and" || p.Text == "By");
        }

        [Fact]
        public void ABylineAfterAPhotoGalleryIsFound()
        {
            var s = Structure(
                "Harbour board votes to close the old ferry pier\n\n" +
                "1 of 2 |\n\nThe old ferry pier at low tide, Sunday, March 2, 2025. (AP Photo/Ines Calloway)\n\nRead More\n\n" +
                "2 of 2 |\n\nBoard members arrive for the vote, Monday, March 3, 2025. (AP Photo/Ines Calloway)\n\nRead More\n\n" +
                "By NORA QUILL and ILAN PETROV\n\nShare\n\nEmail" + Body);

            Assert.Equal(new[] { "Nora Quill", "Ilan Petrov" }, s.Authors);
            Assert.Equal(2, s.Captions.Count);
            Assert.All(s.Captions, c => Assert.Equal("AP Photo/Ines Calloway", c.Credit));
        }

        [Fact]
        public void AJobTitleUnderTheBylineIsNeitherBodyNorCrosshead()
        {
            var s = Structure("Harbour board votes to close the old ferry pier\n\nBy Nora Quill\n\nFreelance transport writer" + Body);

            Assert.Equal(new[] { "Nora Quill" }, s.Authors);
            Assert.Empty(s.Crossheads);
            Assert.DoesNotContain(s.Paragraphs, p => p.Text.Contains("writer", StringComparison.Ordinal));
        }

        [Fact]
        public void ALabelledBylineUnderTheStoryIsTakenWhenTheHeaderHasNone()
        {
            var s = Structure("Harbour board votes to close the old ferry pier" + Body + "\n\nPosted by Nora Quill, Community Editor, Harbour Youth Trust");

            Assert.Equal(new[] { "Nora Quill" }, s.Authors);
        }

        [Fact]
        public void NamesBrokenOverLinesAtAJoinerAreOneByline()
        {
            var s = Structure("Harbour board votes to close the old ferry pier\n\nNora Quill, Staff Attorney, Harbour Trust\n& Ilan Petrov, Director, Harbour Trust" + Body);

            Assert.Equal(new[] { "Nora Quill", "Ilan Petrov" }, s.Authors);
        }

        [Fact]
        public void ANameAndAPlaceOnTwoLinesAreNoNameOfThreeWords()
        {
            var s = Structure("Harbour board votes to close the old ferry pier\n\nNora Quill\nPortavon" + Body);

            Assert.DoesNotContain(s.Authors, a => a.Contains("Portavon", StringComparison.Ordinal));
        }

        [Theory]
        [InlineData("March 12, 2024 | Harbour Life")]
        [InlineData("March 12, 2024 | Local Politics")]
        public void ASectionAfterTheDateIsNoAuthor(string line)
        {
            var s = Structure("Harbour board votes to close the old ferry pier\n\n" + line + Body);

            Assert.Empty(s.Authors);
        }

        [Theory]
        [InlineData("Date Range")]
        [InlineData("Download Brochure")]
        [InlineData("HARBOUR TOOLKIT DOWNLOAD")]
        [InlineData("Harbour Map Downloads")]
        public void AFurnitureLabelShapedLikeANameIsNoAuthor(string line)
        {
            var s = Structure("Harbour board votes to close the old ferry pier\n\n" + line + "\n\nMarch 12, 2024" + Body);

            Assert.Empty(s.Authors);
        }

        [Fact]
        public void ANameOverASentenceIsNoByline()
        {
            var s = Structure("Harbour board votes to close the old ferry pier\n\nNora Quill\nThe board will meet again in May." + Body);

            Assert.Empty(s.Authors);
        }

        [Fact]
        public void EachAuthorMayFileFromAPlace()
        {
            var s = Structure("Harbour board votes to close the old ferry pier\n\nBy Nora Quill in Portavon and Ilan Petrov in Westhaven" + Body);

            Assert.Equal(new[] { "Nora Quill", "Ilan Petrov" }, s.Authors);
        }

        [Fact]
        public void TheEditorsLineUnderTheBylineIsNeitherAuthorNorBody()
        {
            var s = Structure("Harbour board votes to close the old ferry pier\n\nReporter: Nora Quill\n\nEditor: Ilan Petrov" + Body);

            Assert.Equal(new[] { "Nora Quill" }, s.Authors);
            Assert.DoesNotContain(s.Paragraphs, p => p.Text.Contains("Ilan Petrov", StringComparison.Ordinal));
        }

        [Theory]
        [InlineData("Harbour desk: Nora Quill")]
        [InlineData("Reporting: Nora Quill")]
        public void AnUnknownLabelBeforeANameIsNoPartOfAnyAuthor(string line)
        {
            var s = Structure("Harbour board votes to close the old ferry pier\n\n" + line + Body);

            Assert.DoesNotContain(s.Authors, a => a.Contains(':', StringComparison.Ordinal));
        }

        [Fact]
        public void APhotographersCreditUnderTheBylineIsNeitherAuthorNorBody()
        {
            var s = Structure("Harbour board votes to close the old ferry pier\n\nBy Nora Quill\n\nPhotography by Ilan Petrov" + Body);

            Assert.Equal(new[] { "Nora Quill" }, s.Authors);
            Assert.DoesNotContain(s.Paragraphs, p => p.Text.Contains("Ilan Petrov", StringComparison.Ordinal));
        }

        [Fact]
        public void AHeadingThatLooksLikeANameDeepInTheBodyIsNoByline()
        {
            var s = Structure("Harbour board votes to close the old ferry pier" + Body + "\n\nThe board will meet again in June. Members of the public may attend.\n\nTomas Reyes\n\nThe chair has served on the board since 2019.");

            Assert.Empty(s.Authors);
        }
    }
}
