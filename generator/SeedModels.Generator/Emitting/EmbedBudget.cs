using System.Collections.Generic;
using SeedModels.Generator.Model;

namespace SeedModels.Generator.Emitting
{
    /// <summary>
    /// Keeps the text the generated code embeds within what an assembly can hold. String literals share one heap
    /// of 16 MB per assembly (UTF-16); past it the consumer's build fails (CS8103). So an article embeds at most
    /// <see cref="PerArticle"/> characters, all articles together at most <see cref="Total"/>, given out in source-path
    /// order; what does not fit is cut and the analyzer says so (SEED014). The runtime reader has no such limit.
    /// </summary>
    internal static class EmbedBudget
    {
        public const int PerArticle = 1_000_000;
        public const int Total = 6_000_000;

        /// <summary>How many characters of string literals an article's record would hold.</summary>
        public static long SizeOf(ArticleModel a)
        {
            long size = Len(a.Identifier) + Len(a.Headline) + Len(a.Standfirst) + Len(a.Place) + Len(a.Agency) + Len(a.Source) + Len(a.Url) + Len(a.SourceFile);
            size += Sum(a.Authors) + Sum(a.Crossheads) + Sum(a.Paragraphs) + Sum(a.Tags);
            foreach (var q in a.Quotes)
            {
                size += Len(q.Text) + Len(q.Speaker);
            }

            foreach (var c in a.Captions)
            {
                size += Len(c.Text) + Len(c.Credit);
            }

            return size;
        }

        /// <summary>The allowance of each article, given its size, in the order given (source-path order).</summary>
        public static int[] Allowances(IReadOnlyList<long> sizes)
        {
            var allowances = new int[sizes.Count];
            long remaining = Total;
            for (var i = 0; i < sizes.Count; i++)
            {
                allowances[i] = (int)System.Math.Min(PerArticle, remaining);
                remaining -= System.Math.Min(sizes[i], allowances[i]);
            }

            return allowances;
        }

        /// <summary>The article (of <paramref name="size"/>, its <see cref="SizeOf"/>) cut to <paramref name="allowance"/> characters: fields in declaration order, each list item by item.</summary>
        public static ArticleModel Fit(ArticleModel a, long size, int allowance)
        {
            if (size <= allowance)
            {
                return a;
            }

            var left = allowance;
            string Take(string value)
            {
                var kept = value.Length <= left ? value : value.Substring(0, System.Math.Max(0, left));
                if (kept.Length > 0 && char.IsHighSurrogate(kept[kept.Length - 1]))
                {
                    kept = kept.Substring(0, kept.Length - 1); // never split a surrogate pair
                }

                left -= kept.Length;
                return kept;
            }

            string? TakeNullable(string? value) => value == null ? null : Take(value);

            EquatableArray<string> TakeAll(EquatableArray<string> values)
            {
                var kept = new List<string>();
                foreach (var v in values)
                {
                    if (left <= 0)
                    {
                        break;
                    }

                    kept.Add(Take(v));
                }

                return EquatableArray<string>.From(kept);
            }

            var identifier = a.Identifier;
            left -= identifier.Length;
            var sourceFile = Take(a.SourceFile);
            var headline = Take(a.Headline);
            var standfirst = TakeNullable(a.Standfirst);
            var authors = TakeAll(a.Authors);
            var place = TakeNullable(a.Place);
            var agency = TakeNullable(a.Agency);
            var source = TakeNullable(a.Source);
            var url = TakeNullable(a.Url);
            var tags = TakeAll(a.Tags);
            var crossheads = TakeAll(a.Crossheads);
            var quotes = new List<QuoteModel>();
            foreach (var q in a.Quotes)
            {
                if (left <= 0)
                {
                    break;
                }

                quotes.Add(q with { Text = Take(q.Text), Speaker = TakeNullable(q.Speaker) });
            }

            var captions = new List<CaptionModel>();
            foreach (var c in a.Captions)
            {
                if (left <= 0)
                {
                    break;
                }

                captions.Add(new CaptionModel(Take(c.Text), TakeNullable(c.Credit)));
            }

            var paragraphs = TakeAll(a.Paragraphs);
            return a with
            {
                SourceFile = sourceFile, Headline = headline, Standfirst = standfirst, Authors = authors, Place = place, Agency = agency,
                Source = source, Url = url, Tags = tags, Crossheads = crossheads, Quotes = EquatableArray<QuoteModel>.From(quotes),
                Captions = EquatableArray<CaptionModel>.From(captions), Paragraphs = paragraphs,
            };
        }

        private static long Len(string? s) => s?.Length ?? 0;

        private static long Sum(EquatableArray<string> values)
        {
            long sum = 0;
            foreach (var v in values)
            {
                sum += v.Length;
            }

            return sum;
        }
    }
}
