using System.Linq;
using SeedModels.Extraction.Structure;

namespace SeedModels.Tests
{
    /// <summary>
    /// Reads the body the structure pass kept, for tests asserting what stays in it and what leaves.
    /// </summary>
    internal static class StoryBody
    {
        public static string Body(ArticleStructure s) => string.Join("\n", s.Paragraphs.Select(p => p.Text));
    }
}
