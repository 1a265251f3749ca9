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
            Byline = a.Byline is { } b ? new Byline { Authors = Texts(b.Authors) } : null,
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
            Crossheads = Texts(a.Crossheads),
            Paragraphs = Texts(a.Paragraphs),
            Source = a.Source,
            Url = a.Url,
            Tags = Texts(a.Tags),
            SourceFile = a.SourceFile,
        };

        // Each list is made once at its size and handed to the model as it is (a ValueList keeps it as it is), rather
        // than enumerated through an interface into a growing list and copied again.
        private static ValueList<TOut> Map<TIn, TOut>(EquatableArray<TIn> items, System.Func<TIn, TOut> map)
            where TIn : System.IEquatable<TIn>
        {
            var array = new TOut[items.Count];
            for (var i = 0; i < array.Length; i++)
            {
                array[i] = map(items[i]);
            }

            return ValueList<TOut>.Own(array);
        }

        private static ValueList<string> Texts(EquatableArray<string> items)
        {
            var array = new string[items.Count];
            for (var i = 0; i < array.Length; i++)
            {
                array[i] = items[i];
            }

            return ValueList<string>.Own(array);
        }
    }
}
