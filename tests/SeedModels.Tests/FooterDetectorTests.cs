using System;
using SeedModels.Extraction.Structure;
using Xunit;
using static SeedModels.Tests.EngineTestSupport;

namespace SeedModels.Tests
{
    /// <summary>
    /// Issue 11, categories 2 and 5: what a page sets under the story — an author box, the author's name over a biography,
    /// a blog's footer sentence with the post's date, a byline under the story that dates it.
    /// </summary>
    public class FooterDetectorTests
    {
        private const string Story = "Harbour board votes to close the old ferry pier\n\n" +
            "The harbour board met on Monday to decide the future of the old ferry pier. The vote was close.\n\n" +
            "Members said the cost of repairs had doubled in two years and that the money was better spent on the new pier.\n\n" +
            "A decision on the new pier is due in the spring, the board said. Work would start next year.";

        [Theory]
        [InlineData("This entry was posted on Tuesday, March 12th, 2024 at 10:15 am and is filed under Harbour News. You can follow any responses to this entry.", 2024, 3, 12)]
        [InlineData("This post was published on 12 March 2024.", 2024, 3, 12)]
        [InlineData("Created on March 12, 2024. Last modified on March 14, 2024.", 2024, 3, 12)]
        [InlineData("Posted on March 12, 2024.", 2024, 3, 12)]
        public void ABlogsFooterSentenceDatesThePostAndIsNoBody(string footer, int year, int month, int day)
        {
            var s = Structure(Story + "\n\n" + footer);

            Assert.Equal(new DateTime(year, month, day), s.Date);
            Assert.Equal(3, s.Paragraphs.Count);
        }

        [Theory]
        [InlineData("This pier was built on March 12, 1908 and rebuilt twice since.")]
        [InlineData("Posted notices on March 12, 2024 warned of the closure, the board said.")]
        [InlineData("This entry was posted on the harbour notice board.")]
        public void ASentenceThatOnlyMentionsADateIsNoFooterDate(string line)
        {
            Assert.False(DatelineDetector.TryReadFooterDate(line, out _));
        }

        [Theory]
        [InlineData("About the author\n\nNora Quill is a reporter for the Portavon Gazette. She covers the harbour and the council.")]
        [InlineData("Author\n\nNora Quill\n\nI'm Nora and I write about ferries, piers and the people who keep them running.")]
        [InlineData("About the author\n\nNora Quill\n\nNora Quill covers the harbour for the Portavon Gazette.\n\nLatest posts by Nora Quill (see all)")]
        [InlineData("Nora Quill\n\nNora Quill is a reporter for the Portavon Gazette.")]
        [InlineData("Nora Quill\n\nQuill covers the harbour and the council for the Portavon Gazette.")]
        public void AnAuthorBoxUnderTheStoryIsNoBody(string box)
        {
            var s = Structure(Story + "\n\n" + box);

            Assert.Equal(3, s.Paragraphs.Count);
            Assert.Empty(s.Crossheads);
        }

        [Fact]
        public void AShortLastSectionHeadedAuthorStaysBody()
        {
            var s = Structure(Story + "\n\nAuthor\n\nThe board thanked the local historian who wrote the pier's history, and said a copy of the book would be kept at the library.");

            Assert.Contains(s.Paragraphs, p => p.Text.StartsWith("The board thanked", StringComparison.Ordinal));
        }

        [Fact]
        public void ABylineUnderTheStoryDatesItWhenTheHeaderDoesNot()
        {
            var s = Structure(Story + "\n\nWritten by Nora Quill on March 12, 2024");

            Assert.Equal(new[] { "Nora Quill" }, s.Authors);
            Assert.Equal(new DateTime(2024, 3, 12), s.Date);
        }

        [Fact]
        public void ADateLineClosingWithAFullStopKeepsItsYear()
        {
            Assert.True(DatelineDetector.TryReadDateLine("Published March 12, 2024.", out var date));
            Assert.Equal(new DateTime(2024, 3, 12), date);
        }
    }
}
