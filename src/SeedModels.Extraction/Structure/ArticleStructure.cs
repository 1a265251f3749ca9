using System;
using System.Collections.Generic;

namespace SeedModels.Extraction.Structure
{
    /// <summary>Output of the structure pass: every field of the article except its quotes.</summary>
    internal sealed class ArticleStructure
    {
        public string? Headline { get; set; }

        public MappedText? Standfirst { get; set; }

        public List<string> Authors { get; } = new List<string>();

        public DateTime? Date { get; set; }

        public string? Place { get; set; }

        public string? Agency { get; set; }

        public List<(string Text, string? Credit)> Captions { get; set; } = new List<(string Text, string? Credit)>();

        public List<string> Crossheads { get; } = new List<string>();

        /// <summary>Body paragraphs, mapped to the source so quotes can be located.</summary>
        public List<MappedText> Paragraphs { get; } = new List<MappedText>();

        /// <summary>Where markup was found (first piece per line), for SEED006.</summary>
        public List<(int Start, int Length)> Markup { get; } = new List<(int Start, int Length)>();
    }
}
