using Xunit;
using static SeedModels.Tests.EngineTestSupport;
using static SeedModels.Tests.BrackenfordClosingStory;

namespace SeedModels.Tests
{
    /// <summary>
    /// How a caption's line closes: on a source named in lower case after "Photo courtesy of" or "Photo by", on "Photo by" or
    /// "Chart by" and a credit with no full stop before, on the store the picture came from (<c>File photo</c>), on a
    /// gallery's counter; and a labelled credit set before its caption after a dash.
    /// </summary>
    public class CaptionLineClosingsTests
    {
        [Theory]
        [InlineData("A plough on standby outside the east depot, December 2025. Photo courtesy of the county's roads department.", "A plough on standby outside the east depot, December 2025.", "the county's roads department")]
        [InlineData("The reading room before the ceiling was propped, in 2019. Photo by the author", "The reading room before the ceiling was propped, in 2019.", "the author")]
        public void ASourceInLowerCaseAfterACourtesyOrByLabelCreditsTheCaption(string line, string caption, string credit)
        {
            var s = Structure(Top + line + End);

            Assert.Equal(new[] { (caption, (string?)credit) }, s.Captions);
            Assert.DoesNotContain(s.Paragraphs, p => p.Text.Contains("Photo"));
        }

        [Theory]
        [InlineData("Rock pools at low tide near the Brack estuary Photo by Tomas Varga", "Rock pools at low tide near the Brack estuary", "Tomas Varga")]
        [InlineData("Crossings per month, before and after the new timetable. Chart by the author", "Crossings per month, before and after the new timetable.", "the author")]
        public void APhotoOrChartByLabelInsideTheLineCreditsTheCaption(string line, string caption, string credit)
        {
            var s = Structure(Top + line + End);

            Assert.Equal(new[] { (caption, (string?)credit) }, s.Captions);
            Assert.Empty(s.Crossheads);
        }

        [Theory]
        [InlineData("Motorists wade through a flooded stretch of Elm Street on Tuesday evening. (Pic by Tomas Varga)")]
        [InlineData("Motorists wade through a flooded stretch of Elm Street on Tuesday evening. Pic by Tomas Varga")]
        public void APicByLabelIsNoPartOfTheCredit(string line)
        {
            var s = Structure(Top + line + End);

            Assert.Equal(new[] { ("Motorists wade through a flooded stretch of Elm Street on Tuesday evening.", (string?)"Tomas Varga") }, s.Captions);
        }

        [Fact]
        public void APhotoByInsideASentenceIsNoCredit()
        {
            const string line = "The gallery opens its Photo by Night exhibition on Friday, with pictures of the old library.";
            var s = Structure(Top + line + End);

            Assert.Empty(s.Captions);
            Assert.Contains(s.Paragraphs, p => p.Text == line);
        }

        [Fact]
        public void ASentenceOfTheStoryAfterSuchALabelIsNoCredit()
        {
            const string line = "The roof needs repairs before winter. Photo courtesy of the council will be needed, they said.";
            var s = Structure(Top + line + End);

            Assert.Empty(s.Captions);
            Assert.Contains(s.Paragraphs, p => p.Text == line);
        }

        [Theory]
        [InlineData("A pumping station on the Brack estuary. File photo", "File photo")]
        [InlineData("Ada Penrose with her late husband at the harbour, 1978. Family photo", "Family photo")]
        public void TheStoreAPictureCameFromCreditsTheCaptionItCloses(string line, string credit)
        {
            var s = Structure(Top + line + End);

            Assert.Equal(new[] { (line.Substring(0, line.Length - credit.Length - 1), (string?)credit) }, s.Captions);
            Assert.Empty(s.Crossheads);
            Assert.Equal(2, s.Paragraphs.Count);
        }

        [Fact]
        public void UnderALabelledCreditTheStoreStaysInTheCaption()
        {
            var s = Structure(Top + "A pumping station on the Brack estuary. File photo\nPhoto: Northwire" + End);

            Assert.Equal(new[] { ("A pumping station on the Brack estuary. File photo", (string?)"Northwire") }, s.Captions);
        }

        [Theory]
        [InlineData("Volunteers sort donated books at the Elm Street library. 1 of 3", "Volunteers sort donated books at the Elm Street library.", null)]
        [InlineData("Ada Penrose packs the last crate on Monday. (Photo: Tomas Varga) 2 of 3", "Ada Penrose packs the last crate on Monday.", "Tomas Varga")]
        public void AGalleryCounterClosingALineMakesItACaption(string line, string caption, string? credit)
        {
            var s = Structure(Top + line + End);

            Assert.Equal(new[] { (caption, credit) }, s.Captions);
            Assert.Empty(s.Crossheads);
            Assert.Equal(2, s.Paragraphs.Count);
        }

        [Theory]
        [InlineData("The council approved the plan by a vote of 7 of 9")]
        [InlineData("Only a few of the books were saved. 10 of 9")]
        public void ACountThatClosesNoCaptionMakesNoCaption(string line)
        {
            var s = Structure(Top + line + End);

            Assert.Empty(s.Captions);
        }

        [Fact]
        public void ALabelledCreditBeforeADashAndADescriptionIsTheCaptionsCredit()
        {
            var s = Structure(Top + "Pic: Tomas Varga \u2013 Cranes at the Brackenford West Wharf" + End);

            Assert.Equal(new[] { ("Cranes at the Brackenford West Wharf", (string?)"Tomas Varga") }, s.Captions);
            Assert.Equal(2, s.Paragraphs.Count);
        }

        [Fact]
        public void ALabelledCreditNamingAnOfficeAfterTheDashIsOnlyACredit()
        {
            var s = Structure(Top + "Photo: Tomas Varga \u2013 Brackenford Harbour Board Press Office" + End);

            Assert.Empty(s.Captions);
            Assert.Equal(2, s.Paragraphs.Count);
        }
    }
}
