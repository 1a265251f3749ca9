using System;
using System.Collections.Generic;
using System.Linq;
using SeedModels.Extraction.Text;
using Xunit;

namespace SeedModels.Tests
{
    public class WordClassesTests
    {
        [Fact]
        public void GivesEachClassAWordBelongsTo()
        {
            var table = new WordClasses((new[] { "by", "Posted" }, 1), (new[] { "the", "BY" }, 2), (new[] { "we" }, 4));

            Assert.Equal(3, table.Of("By Jane Roe", 0, 2));
            Assert.Equal(1, table.Of("POSTED today", 0, 6));
            Assert.Equal(2, table.Of("The pier", 0, 3));
            Assert.Equal(4, table.Of("We", 0, 2));
            Assert.Equal(0, table.Of("Then", 0, 4));
            Assert.Equal(0, table.Of("the", 0, 2)); // "th"
            Assert.Equal(0, table.Of("x", 0, 0));
        }

        [Fact]
        public void AnswersAnAsciiWordAsTheSetsIgnoringCaseWould()
        {
            // Words outside ASCII (the dotless i, the long s, the Kelvin sign, an accent) equal an ASCII word only where the
            // framework's comparison says so.
            var first = new[] { "\u0131n", "\u017Fay", "\u212Aelvin", "stra\u00DFe", "said", "Police" };
            var second = new[] { "in", "council" };
            var table = new WordClasses((first, 1), (second, 2));
            var sets = new[] { new HashSet<string>(first, StringComparer.OrdinalIgnoreCase), new HashSet<string>(second, StringComparer.OrdinalIgnoreCase) };
            foreach (var word in new[] { "in", "IN", "say", "SAY", "kelvin", "Kelvin", "strasse", "said", "police", "Council", "counci", "x" })
            {
                var expected = (sets[0].Contains(word) ? 1 : 0) | (sets[1].Contains(word) ? 2 : 0);
                Assert.True(expected == table.Of(word, 0, word.Length), word);
            }
        }
    }
}
