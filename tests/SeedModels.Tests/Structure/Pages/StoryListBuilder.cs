using System.Linq;
using SeedModels.Extraction.Structure;
using Xunit;

namespace SeedModels.Tests
{
    /// <summary>
    /// Builds a list of invented event items closing a story, in any of the marks a page uses, and checks the body kept
    /// it whole.
    /// </summary>
    internal static class StoryListBuilder
    {
        public static readonly string[] EventItems =
        {
            "A story hour for children every Saturday morning in the new reading room",
            "A talk by the county archivist on the history of the old mill",
            "Free help with online forms on Tuesday afternoons",
            "A book sale",
        };

        public static string List(string[] items, string mark, string between) =>
            string.Join(between, items.Select((item, k) => (mark == "1." ? (k + 1) + "." : mark) + " " + item));

        public static void AssertKeepsList(ArticleStructure s, string introducer, string[] items)
        {
            var body = string.Join("\n", s.Paragraphs.Select(p => p.Text));
            Assert.Contains(introducer, body);
            foreach (var item in items)
            {
                Assert.Contains(item, body);
            }

            Assert.Empty(s.Crossheads);
            Assert.Empty(s.Captions);
        }
    }
}
