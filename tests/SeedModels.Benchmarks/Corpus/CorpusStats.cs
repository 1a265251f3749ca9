using System;
using System.Collections.Generic;
using System.Linq;

namespace SeedModels.Benchmarks.Corpus
{
    /// <summary>
    /// What the synthetic corpus holds and what the engine makes of it: sizes, the embedded-text total the generator
    /// carries (every text field of <see cref="ArticleReader"/>'s output),
    /// how many articles show each convention, and the diagnostics.
    /// </summary>
    public static class CorpusStats
    {
        /// <summary>What the generator once embedded at most, all articles together, before it carried articles as metadata (SEED014, removed).</summary>
        public const long OldEmbedBudget = 6_000_000;

        public static void Print(int count, bool realLength = false)
        {
            var files = new SyntheticCorpus(realLength: realLength).Make(count);
            var sizes = files.Select(f => f.Bytes.Length).ToList();
            long embedded = 0;
            var found = new Dictionary<string, int>(StringComparer.Ordinal);
            var diagnostics = new Dictionary<string, int>(StringComparer.Ordinal);
            var ids = new HashSet<string>(StringComparer.Ordinal);
            int quotes = 0, attributed = 0, direct = 0;
            void Count(string what, bool yes) => found[what] = found.GetValueOrDefault(what) + (yes ? 1 : 0);

            foreach (var file in files)
            {
                var result = ArticleReader.Parse(file.Bytes, file.RelativePath);
                foreach (var d in result.Diagnostics)
                {
                    diagnostics[d.Id] = diagnostics.GetValueOrDefault(d.Id) + 1;
                }

                var a = result.Article;
                if (a == null)
                {
                    Count("unreadable", true);
                    continue;
                }

                embedded += EmbeddedSize(a);
                ids.Add(a.Id);
                Count("headline", a.Headline.Length > 0);
                Count("standfirst", a.Standfirst != null);
                Count("byline", a.Byline != null);
                Count("byline, 2+ authors", a.Byline?.Authors.Count > 1);
                Count("dateline", a.Dateline != null);
                Count("dateline with date", a.Dateline?.Date != null);
                Count("dateline with place", a.Dateline?.Place != null);
                Count("dateline with agency", a.Dateline?.Agency != null);
                Count("caption", a.ImageCaptions.Count > 0);
                Count("caption with credit", a.ImageCaptions.Any(c => c.Credit != null));
                Count("crosshead", a.Crossheads.Count > 0);
                Count("front-matter source/url", a.Source != null || a.Url != null);
                Count("tags", a.Tags.Count > 0);
                quotes += a.Quotes.Count;
                attributed += a.Quotes.Count(q => q.Speaker != null);
                direct += a.Quotes.Count(q => q.Kind == QuoteKind.Direct);
            }

            Console.WriteLine($"{count} synthetic articles (seed {SyntheticCorpus.DefaultSeed})");
            Console.WriteLine($"  bytes: total {sizes.Sum():N0}, mean {sizes.Average():F0}, min {sizes.Min()}, max {sizes.Max()}");
            Console.WriteLine($"  extracted text: total {embedded:N0} characters ({100.0 * embedded / OldEmbedBudget:F1}% of the {OldEmbedBudget:N0} the generator once embedded at most), mean {embedded / (double)count:F0} per article");
            Console.WriteLine($"  distinct ids: {ids.Count}");
            foreach (var (what, n) in found)
            {
                Console.WriteLine($"  {what}: {n} ({100.0 * n / count:F0}%)");
            }

            Console.WriteLine($"  quotes: {quotes} ({quotes / (double)count:F2} per article), with a speaker {attributed} ({100.0 * attributed / Math.Max(1, quotes):F0}%), direct {direct}");
            Console.WriteLine("  diagnostics: " + (diagnostics.Count == 0 ? "none" : string.Join(", ", diagnostics.OrderBy(d => d.Key, StringComparer.Ordinal).Select(d => d.Key + " x" + d.Value))));
        }

        /// <summary>The characters of extracted text an article holds (every text field).</summary>
        public static long EmbeddedSize(Article a)
        {
            long size = a.Id.Length + a.Headline.Length + Len(a.Standfirst) + Len(a.Dateline?.Place) + Len(a.Dateline?.Agency) + Len(a.Source) + Len(a.Url) + a.SourceFile.Length;
            size += (a.Byline?.Authors.Sum(s => (long)s.Length) ?? 0) + a.Crossheads.Sum(s => (long)s.Length) + a.Paragraphs.Sum(s => (long)s.Length) + a.Tags.Sum(s => (long)s.Length);
            size += a.Quotes.Sum(q => (long)q.Text.Length + Len(q.Speaker));
            size += a.ImageCaptions.Sum(c => (long)c.Text.Length + Len(c.Credit));
            return size;
        }

        private static long Len(string? s) => s?.Length ?? 0;
    }
}
