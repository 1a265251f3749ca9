using System;
using System.Collections.Generic;
using SeedModels.Extraction.Diagnostics;

namespace SeedModels.Extraction
{
    /// <summary>What the engine makes of one article file: every field, plus the diagnostics about it.</summary>
    internal sealed class ExtractionResult
    {
        /// <summary>The result for a file that gives no article: only <paramref name="why"/> (SEED008 or SEED015).</summary>
        public static ExtractionResult NoArticle(string sourceFile, ExtractedDiagnostic why)
        {
            var result = new ExtractionResult { IsReadable = false, Identifier = Naming.Identifiers.For(null, null, sourceFile) };
            result.Diagnostics.Add(why);
            return result;
        }

        /// <summary>False for an empty, binary or undecodable file, or one the engine failed on: no article, only a SEED008 or SEED015 diagnostic.</summary>
        public bool IsReadable { get; set; } = true;

        public string Identifier { get; set; } = string.Empty;

        public string Headline { get; set; } = string.Empty;

        public string? Standfirst { get; set; }

        public List<string> Authors { get; set; } = new List<string>();

        public DateTime? Date { get; set; }

        public string? Place { get; set; }

        public string? Agency { get; set; }

        public List<ExtractedQuote> Quotes { get; } = new List<ExtractedQuote>();

        public List<(string Text, string? Credit)> Captions { get; set; } = new List<(string Text, string? Credit)>();

        public List<string> Crossheads { get; set; } = new List<string>();

        public List<string> Paragraphs { get; } = new List<string>();

        public string? Source { get; set; }

        public string? Url { get; set; }

        public List<string> Tags { get; } = new List<string>();

        public List<ExtractedDiagnostic> Diagnostics { get; set; } = new List<ExtractedDiagnostic>();

        public bool HasDateline => Date != null || Place != null || Agency != null;
    }
}
