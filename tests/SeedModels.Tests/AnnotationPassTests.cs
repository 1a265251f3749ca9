using System.Linq;
using SeedModels.Extraction.Annotations;
using SeedModels.Extraction.Segmentation;
using Xunit;

namespace SeedModels.Tests
{
    public class AnnotationPassTests
    {
        private static AnnotationSet Read(string text) => AnnotationPass.Read(Segmenter.Split(text));

        [Fact]
        public void ReadsFrontMatterKeysAndValues()
        {
            var set = Read("---\nid: CapitolSelfie\nHeadline:  Big news today \ntags: a, b\n---\nTitle\n\nBody.");

            Assert.Equal(new[] { "id", "Headline", "tags" }, set.Entries.Select(e => e.Key));
            Assert.Equal(new[] { "CapitolSelfie", "Big news today", "a, b" }, set.Entries.Select(e => e.Value));
            Assert.Equal("Big news today", set.Get(AnnotationKeys.Headline));
            Assert.False(set.FrontMatterUnclosed);
            Assert.Equal(5, set.FirstBodyLine);
            Assert.Equal(-1, set.InlinePrefixEnd);
        }

        [Fact]
        public void RecordsWhereEachKeyAndValueStarts()
        {
            // Line 2 starts at offset 4, line 3 at offset 22.
            var set = Read("---\nid: CapitolSelfie\n  date:   2021-01-06\n---\n");

            var id = set.Entries[0];
            Assert.Equal((4, 8), (id.KeyStart, id.ValueStart));
            var date = set.Entries[1];
            Assert.Equal((24, 32), (date.KeyStart, date.ValueStart));
            Assert.Equal("2021-01-06", date.Value);
            Assert.False(date.IsInline);
        }

        [Fact]
        public void KeysAreCaseInsensitiveAndTheFirstNonEmptyValueWins()
        {
            var set = Read("---\nPLACE:\nPlace: Washington\nplace: London\n---\nTitle");

            Assert.Equal("Washington", set.Get(AnnotationKeys.Place));
            Assert.Equal(3, set.Entries.Count);
        }

        [Fact]
        public void ALineWithoutAColonIsAKeyWithNoValue()
        {
            var entry = Assert.Single(Read("---\nnonsense\n---\nTitle").Entries);

            Assert.Equal("nonsense", entry.Key);
            Assert.Equal(string.Empty, entry.Value);
        }

        [Fact]
        public void UnclosedFrontMatterIsReadUpToTheFirstBlankLine()
        {
            var set = Read("---\nid: Foo\ndate: 2021-01-01\n\nTitle here\n\nBody.");

            Assert.True(set.FrontMatterUnclosed);
            Assert.Equal(new[] { "id", "date" }, set.Entries.Select(e => e.Key));
            Assert.Equal(3, set.FirstBodyLine);
        }

        [Fact]
        public void FenceMayCarryTrailingSpaces()
        {
            var set = Read("--- \nid: Foo\n---\t\nTitle");

            Assert.False(set.FrontMatterUnclosed);
            Assert.Equal("Foo", set.Get(AnnotationKeys.Id));
            Assert.Equal(3, set.FirstBodyLine);
        }

        [Theory]
        [InlineData("Title\n---\nid: Foo\n---\n")]
        [InlineData("----\nid: Foo\n----\n")]
        [InlineData("\n---\nid: Foo\n---\n")]
        public void OnlyAFirstLineOfExactlyThreeDashesOpensFrontMatter(string text)
        {
            var set = Read(text);

            Assert.Empty(set.Entries);
            Assert.Equal(0, set.FirstBodyLine);
        }

        [Fact]
        public void InlineDateIsReadAndTheRestOfTheLineIsText()
        {
            const string text = " date 2021-01-07 Fury has erupted after the vote.\n\nMore.";
            var set = Read(text);

            var entry = Assert.Single(set.Entries);
            Assert.True(entry.IsInline);
            Assert.Equal(("date", "2021-01-07"), (entry.NormalizedKey, entry.Value));
            Assert.Equal((1, 6), (entry.KeyStart, entry.ValueStart));
            Assert.Equal(text.IndexOf("Fury", System.StringComparison.Ordinal), set.InlinePrefixEnd);
        }

        [Fact]
        public void InlineDateAfterFrontMatterAndBlankLines()
        {
            var set = Read("---\nsource: Daily\n---\n\ndate 2023-05-02 Text\n");

            Assert.Equal("2023-05-02", set.Get(AnnotationKeys.Date));
            Assert.True(set.Find(AnnotationKeys.Date)!.IsInline);
        }

        [Theory]
        [InlineData("Date night ideas for the summer\n\nBody.")]
        [InlineData("dated 2021-01-07 text\n\nBody.")]
        [InlineData("Title\n\ndate 2021-01-07 is not first\n")]
        public void OnlyADateTokenAfterTheWordDateAtTheTopIsInline(string text)
        {
            var set = Read(text);

            Assert.Empty(set.Entries);
            Assert.Equal(-1, set.InlinePrefixEnd);
        }
    }
}
