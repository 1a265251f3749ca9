using System.Collections.Generic;
using SeedModels.Extraction;

namespace SeedModels
{
    /// <summary>The engine's article value as the public model: the one mapping, for <see cref="ArticleReader"/> and for the generated articles' data.</summary>
    internal static class ArticleMapping
    {
        public static Article ToArticle(ExtractedArticle a) => new Article
        {
            Id = a.Id,
            Headline = a.Headline,
            Standfirst = a.Standfirst,
            Byline = a.Byline is { } b ? new Byline { Authors = b.Authors } : null,
            Dateline = a.Dateline is { } d ? new Dateline { Date = d.Date, Place = d.Place, Agency = d.Agency } : null,
            Quotes = Map(a.Quotes, q => new Quote
            {
                Text = q.Text,
                Speaker = q.Speaker,
                Kind = q.IsDirect ? QuoteKind.Direct : QuoteKind.Partial,
                Paragraph = q.Paragraph,
                Line = q.Line,
                Column = q.Column,
            }),
            ImageCaptions = Map(a.ImageCaptions, c => new ImageCaption { Text = c.Text, Credit = c.Credit }),
            Crossheads = a.Crossheads,
            Paragraphs = a.Paragraphs,
            Source = a.Source,
            Url = a.Url,
            Tags = a.Tags,
            SourceFile = a.SourceFile,
        };

        private static List<TOut> Map<TIn, TOut>(EquatableArray<TIn> items, System.Func<TIn, TOut> map)
            where TIn : System.IEquatable<TIn>
        {
            var list = new List<TOut>(items.Count);
            foreach (var item in items)
            {
                list.Add(map(item));
            }

            return list;
        }
    }
}
