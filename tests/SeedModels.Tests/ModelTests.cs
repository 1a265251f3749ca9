using System.Collections.Generic;
using System.Linq;
using Xunit;

namespace SeedModels.Tests
{
    public class ModelTests
    {
        private const string Text =
            "Harbour wall rebuilt after storms\n\nBy Jane Doe\n\nThe wall was rebuilt in May. It cost less than planned.\n\n" +
            "\u201CWe finished early,\u201D said harbour master Tom Reyes.\n\nA crane lifts a stone block into place.\n\n(Photo: Harbour Trust)\n\nThe harbour reopens on Friday.";

        private static Article Read() => ArticleReader.Parse(Text, "seeds/harbour.txt").Article!;

        [Fact]
        public void TwoReadsOfTheSameTextAreEqualAndHashAlike()
        {
            var a = Read();
            var b = Read();

            Assert.NotSame(a, b);
            Assert.NotEmpty(a.Quotes);
            Assert.NotEmpty(a.Paragraphs);
            Assert.NotNull(a.Byline);
            Assert.Equal(a, b);
            Assert.Equal(a.GetHashCode(), b.GetHashCode());
            Assert.Equal(a.Quotes, b.Quotes);
            Assert.Equal(a.Byline, b.Byline);
        }

        [Fact]
        public void AChangedQuoteMakesArticlesUnequal()
        {
            var a = Read();
            var quotes = a.Quotes.ToList();
            quotes[0] = quotes[0] with { Text = quotes[0].Text + "!" };
            var b = a with { Quotes = quotes };

            Assert.NotEqual(a, b);
            Assert.Equal(a, b with { Quotes = Read().Quotes });
        }

        [Fact]
        public void AChangedSpeakerOrParagraphMakesArticlesUnequal()
        {
            var a = Read();

            Assert.NotEqual(a, a with { Quotes = a.Quotes.Select(q => q with { Speaker = "Someone Else" }).ToList() });
            Assert.NotEqual(a, a with { Paragraphs = a.Paragraphs.Take(a.Paragraphs.Count - 1).ToList() });
            Assert.NotEqual(a, a with { Tags = new[] { "harbour" } });
        }

        [Fact]
        public void ValueListComparesItemsInOrder()
        {
            var a = ValueList<string>.From(new[] { "a", "b" });
            var b = ValueList<string>.From(new List<string> { "a", "b" });

            Assert.True(a.Equals(b));
            Assert.Equal(a.GetHashCode(), b.GetHashCode());
            Assert.False(a.Equals(ValueList<string>.From(new[] { "b", "a" })));
            Assert.False(a.Equals(ValueList<string>.From(new[] { "a" })));
            Assert.False(a.Equals(null));
        }

        [Fact]
        public void EmptyAndNullGiveTheEmptyList()
        {
            Assert.Same(ValueList<int>.Empty, ValueList<int>.From(null));
            Assert.Same(ValueList<int>.Empty, ValueList<int>.From(new List<int>()));
            Assert.Empty(ValueList<int>.From(null));
        }

        [Fact]
        public void ValueListCopiesItsSource()
        {
            var source = new List<string> { "a" };
            var list = ValueList<string>.From(source);
            source.Add("b");

            Assert.Single(list);
            Assert.Equal("[a]", list.ToString());
        }

        [Fact]
        public void RecordsHoldingListsCompareByValue()
        {
            var a = new Byline { Authors = new[] { "Jane Doe", "John Roe" } };
            var b = new Byline { Authors = new List<string> { "Jane Doe", "John Roe" } };

            Assert.Equal(a, b);
            Assert.Equal(a.GetHashCode(), b.GetHashCode());
            Assert.NotEqual(a, new Byline { Authors = new[] { "John Roe", "Jane Doe" } });
        }
    }
}
