using Xunit;
using static SeedModels.Tests.EngineTestSupport;
using static SeedModels.Tests.HarbourFerryPage;

namespace SeedModels.Tests
{
    /// <summary>
    /// Round 15 (header): page tops of regional weeklies, magazines, review sites and live blogs no corpus holds, written
    /// here as invented pages (invented names, places and publications): an icon's name copied before the date or the
    /// reading time, a magazine's issue on the date line, an author named only by an editor's or reviewer's label.
    /// </summary>
    public class HeaderRound15Tests
    {
        // --- An icon's name (a web font's ligature) copied as a word before the reading time or the date. ---

        [Theory]
        [InlineData("Thu., Mar. 6, 2025 | timer 4 min. read")]
        [InlineData("schedule 4 min read · Mar 6, 2025")]
        [InlineData("calendar Mar 6, 2025 | schedule 4 min read")]
        public void AnIconsNameBeforeTheDateOrReadingTimeLeavesTheDateLineRead(string line)
        {
            var s = Structure(Headline + "\n\nOrla Penhallow\nStaff Reporter\n" + line + Body);

            Assert.Equal(new[] { "Orla Penhallow" }, s.Authors);
            Assert.Equal(new System.DateTime(2025, 3, 6), s.Date);
            Assert.Equal(2, s.Paragraphs.Count);
            Assert.StartsWith(FirstBody, s.Paragraphs[0].Text);
        }

        [Fact]
        public void AnIconWordInTheStoryIsStillTheStorys()
        {
            var s = Structure(Headline + "\n\nBy Orla Penhallow" + Body + "\n\nThe new timer 3 minutes long was fitted at the slipway.");

            Assert.Contains(s.Paragraphs, p => p.Text.StartsWith("The new timer"));
        }

        // --- A magazine's issue and reading time on the line under the byline. ---

        [Theory]
        [InlineData("March 2025 issue · 6 min read")]
        [InlineData("Spring 2025 edition | 6 min read")]
        public void AMagazinesIssueLineIsNoCrossheadNorBody(string line)
        {
            var s = Structure(Headline + "\n\nWords by Orla Penhallow\nPhotographs by Tadhg Merrion\n" + line + Body);

            Assert.Equal(new[] { "Orla Penhallow" }, s.Authors);
            Assert.Empty(s.Crossheads);
            Assert.Equal(2, s.Paragraphs.Count);
            Assert.StartsWith(FirstBody, s.Paragraphs[0].Text);
        }

        // --- The page names its author only as the live blog's editor. ---

        [Theory]
        [InlineData("Edited by Orla Penhallow")]
        public void AnEditorsLabelNamesTheAuthorWhenNoBylineDoes(string line)
        {
            var s = Structure(Headline + "\n\nUpdated 12 minutes ago\n" + line + Body);

            Assert.Equal(new[] { "Orla Penhallow" }, s.Authors);
            Assert.Equal(2, s.Paragraphs.Count);
            Assert.StartsWith(FirstBody, s.Paragraphs[0].Text);
        }

        [Fact]
        public void AnEditorUnderTheBylineIsNoAuthor()
        {
            var s = Structure(Headline + "\n\nBy Tadhg Merrion\nEdited by Orla Penhallow" + Body);

            Assert.Equal(new[] { "Tadhg Merrion" }, s.Authors);
        }

        [Fact]
        public void AMedicalReviewerIsNoAuthor()
        {
            var s = Structure(Headline + "\n\nMedically reviewed by Orla Penhallow" + Body);

            Assert.Empty(s.Authors);
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

        // --- A review's verdict box over the story. ---

        [Fact]
        public void AVerdictBoxsLabelOverTheStoryIsNoCrosshead()
        {
            var s = Structure("Corvane Pulse 3 review: loud, light and late\n\nThe third Pulse fixes the battery but not the price\n\nBy Orla Penhallow\nPublished March 6, 2025\n\n" +
                              "Jump to:\nSound\nVerdict\n\nOur Verdict\nThe Pulse 3 is the best-sounding speaker at its size. Shame about the price.\n\n" +
                              "The first Pulse speaker arrived two years ago with a big sound and a short battery life. The third keeps the sound.\n\n" +
                              "Sound\n\nThe bass is deep for a speaker this size, and the treble stays clear at full volume.\n\n" +
                              "Verdict\n\nIf you can pay the price, the Pulse 3 is easy to recommend.\n\nIt comes in three colours.");

            Assert.Equal(new[] { "Sound", "Verdict" }, s.Crossheads);
        }

        // --- A small site's name over its menu copied as one row, or over its section path. ---

        [Theory]
        [InlineData("Notes from a Quiet Harbour\n\nHome   About   Archive   Subscribe")]
        [InlineData("Kestrel Point Log\n\nPosts   Tags   About")]
        [InlineData("Birdwatch Kestrel Point\n\nHome » News » Sightings")]
        public void ASitesNameOverItsMenuIsNoHeadline(string top)
        {
            var s = Structure(top + "\n\n" + Headline + "\n\nBy Orla Penhallow" + Body);

            Assert.Equal(Headline, s.Headline);
            Assert.Equal(new[] { "Orla Penhallow" }, s.Authors);
            Assert.Equal(2, s.Paragraphs.Count);
        }

        // --- A newsletter's title over the post's headline, the author alone under the standfirst, the date under the name. ---

        [Fact]
        public void ANewslettersTitleOverThePostIsNoHeadline()
        {
            var s = Structure("The Kestrel Letter\n\n" + Headline + "\n\nThe boat is back, and so are the summer timetables\n\nOrla Penhallow\nMar 3, 2024" + Body);

            Assert.Equal(Headline, s.Headline);
            Assert.Equal(new[] { "Orla Penhallow" }, s.Authors);
            Assert.Equal(new System.DateTime(2024, 3, 3), s.Date);
        }

        // --- A static blog's meta row: the date, the reading time, then a name no list knows. ---

        [Theory]
        [InlineData("March 3, 2024 · 6 min · Wendeline Ostrakova")]
        [InlineData("March 3, 2024 · Wendeline Ostrakova")]
        public void ANameClosingTheDateRowIsTheAuthor(string line)
        {
            var s = Structure(Headline + "\n\n" + line + Body);

            Assert.Equal(new[] { "Wendeline Ostrakova" }, s.Authors);
            Assert.Equal(new System.DateTime(2024, 3, 3), s.Date);
            Assert.Equal(2, s.Paragraphs.Count);
        }

        [Theory]
        [InlineData("March 3, 2024 · Local Politics")]
        [InlineData("March 3, 2024 · Kestrel Gazette")]
        public void ASectionOrPublicationClosingTheDateRowIsNoAuthor(string line)
        {
            var s = Structure(Headline + "\n\n" + line + Body);

            Assert.Empty(s.Authors);
            Assert.Equal(new System.DateTime(2024, 3, 3), s.Date);
        }

        // --- A blog post's first sentence in the writer's own voice is the post, not its standfirst. ---

        [Fact]
        public void AFirstPersonOpeningSentenceIsNoStandfirst()
        {
            const string opening = "The first dry weekend of the spring, so I finally got down to the harbour to watch the ferry come back.";
            var s = Structure("Saturday, March 2, 2024\n\n" + Headline + "\n\n" + opening + Body + "\n\nPosted by Orla Penhallow at 4:12 PM");

            Assert.Null(s.Standfirst);
            Assert.Equal(opening, s.Paragraphs[0].Text);
        }

        [Fact]
        public void AOneSentenceSummaryQuotingTheWriterIsStillTheStandfirst()
        {
            const string summary = "\"I never thought I would see it again,\" says the ferry's first skipper.";
            var s = Structure(Headline + "\n\n" + summary + "\n\nBy Orla Penhallow" + Body);

            Assert.Equal(summary, s.Standfirst?.Text);
        }

        // --- A section's or a parish paper's masthead over the headline. ---

        [Fact]
        public void ASectionLabelOverAHeadlineWithTheNameOverItsTitleIsNoHeadline()
        {
            var s = Structure("Harbours\n\n" + Headline + "\n\nOrla Penhallow\nSenior News Writer\nUpdated Mar 3, 2024 10:41 am" + Body);

            Assert.Equal(Headline, s.Headline);
            Assert.Equal(new[] { "Orla Penhallow" }, s.Authors);
        }

        [Fact]
        public void AMastheadOfFourWordsClosingOnNewsIsNoHeadline()
        {
            var s = Structure("St Keverne's Parish News\n\n" + Headline + "\n\nPosted on 3rd March 2024" + Body);

            Assert.Equal(Headline, s.Headline);
            Assert.Equal(new System.DateTime(2024, 3, 3), s.Date);
        }

        // --- The date, a bar, the author's name and title. ---

        [Fact]
        public void ANameAndTitleAfterTheDateAndABarAreTheAuthors()
        {
            var s = Structure(Headline + "\n\n3 March 2024 | Wendeline Ostrakova, Habitat Officer" + Body);

            Assert.Equal(new[] { "Wendeline Ostrakova" }, s.Authors);
            Assert.Equal(new System.DateTime(2024, 3, 3), s.Date);
            Assert.Equal(2, s.Paragraphs.Count);
        }

        // --- A portal's byline row: the writer, the editor, then the update's date, all parted by bars. ---

        [Theory]
        [InlineData("Written By: Orla Penhallow | Edited By: Tadhg Merrion | Updated: March 3, 2024, 11:02 AM IST")]
        [InlineData("By Orla Penhallow | Edited by Tadhg Merrion | Updated: March 3, 2024")]
        public void TheDateAfterAnEditorsNameOnTheBylineRowIsRead(string line)
        {
            var s = Structure(Headline + "\n\n" + line + Body);

            Assert.Equal(new[] { "Orla Penhallow" }, s.Authors);
            Assert.Equal(new System.DateTime(2024, 3, 3), s.Date);
        }

        // --- A one-sentence summary over the byline stays the standfirst. ---

        [Fact]
        public void WithABylineTheOneSentenceSummaryIsStillTheStandfirst()
        {
            const string summary = "The boat is back after a winter in the repair yard, and the summer timetable starts on Saturday.";
            var s = Structure(Headline + "\n\n" + summary + "\n\nBy Orla Penhallow" + Body);

            Assert.Equal(summary, s.Standfirst?.Text);
        }
    }
}
