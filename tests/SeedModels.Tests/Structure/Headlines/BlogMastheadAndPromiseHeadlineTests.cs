using System;
using Xunit;
using static SeedModels.Tests.EngineTestSupport;
using static SeedModels.Tests.HarbourFerryPage;

namespace SeedModels.Tests
{
    /// <summary>
    /// A blog's page top: the site's name, its motto and its menu copied one entry a line over the post's date and title,
    /// where the title is the headline and the rest is furniture; and a headline of a claim and its promise (<c>We sold the
    /// ferry. Here is what happened.</c>), two sentences with full stops that no story opens with.
    /// </summary>
    public class BlogMastheadAndPromiseHeadlineTests
    {
        private const string Post = "Our winter ferry walk: six crossings in one day";

        [Theory]
        [InlineData("Kestrel Point Walkers\n\nA walking club for the harbour towns. Ferries, footpaths and far too much tea.\n\nHome\n\nJoin us\n\nPast walks\n\nTuesday, 5 March 2024\n\n")]
        [InlineData("Kestrel Point Walkers\n\nHome\n\nAbout\n\nContact\n\n5 March 2024\n\n")]
        [InlineData("Kestrel Point Walkers\n\nHome\n\nOur walks\n\nJoin us\n\nFestival 2024\n\n5 March 2024\n\n")]
        public void TheTitleUnderTheSitesNameAndItsMenuLinesIsTheHeadline(string top)
        {
            var s = Structure(top + Post + Body);

            Assert.Equal(Post, s.Headline);
            Assert.Equal(new DateTime(2024, 3, 5), s.Date);
            Assert.Empty(s.Crossheads);
            Assert.Equal(2, s.Paragraphs.Count);
            Assert.StartsWith(FirstBody, s.Paragraphs[0].Text);
        }

        [Fact]
        public void ShortLinesWithNoMenuWordUnderTheFirstAreNoMasthead()
        {
            var s = Structure("Kestrel Point Walkers\n\nFerries\n\nFootpaths\n\nTea rooms\n\n" + Post + Body);

            Assert.Equal("Kestrel Point Walkers", s.Headline);
        }

        [Theory]
        [InlineData("We stopped running our own ferry. Here is what happened.")]
        [InlineData("I sold my boat after forty years. Here\u2019s why.")]
        [InlineData("We cut the crossing time by a third. Here\u2019s the boring truth.")]
        public void AClaimAndItsPromiseIsTheHeadline(string headline)
        {
            var s = Structure(headline + "\n\nSix months, one new timetable and no late sailings later\n\nBy Maeve Tolland" + Body);

            Assert.Equal(headline, s.Headline);
            Assert.Equal(new[] { "Maeve Tolland" }, s.Authors);
            Assert.StartsWith(FirstBody, s.Paragraphs[0].Text);
            Assert.Empty(s.Captions);
        }

        [Fact]
        public void TwoShortSentencesOfTheStoryAreNoHeadline()
        {
            var s = Structure("The ferry stopped at noon. It did not start again until the evening." + Body);

            Assert.Null(s.Headline);
        }
    }
}
