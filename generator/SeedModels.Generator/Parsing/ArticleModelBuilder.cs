using System.Collections.Generic;
using System.Globalization;
using System.Threading;
using SeedModels.Extraction;
using SeedModels.Extraction.Text;
using SeedModels.Generator.Model;

namespace SeedModels.Generator.Parsing
{
    /// <summary>Runs the extraction engine on one article file and keeps what the emitter needs.</summary>
    internal static class ArticleModelBuilder
    {
        /// <summary>The model of one article file; <paramref name="extract"/> replaces the engine in tests.</summary>
        public static ArticleModel Build(ArticleFile file, ProjectLocation location, ArticleExtraction? extract, CancellationToken cancellationToken)
        {
            var sourceFile = RelativePath(file.Text.Path, location.Directory);
            var text = file.Text.GetText(cancellationToken);
            cancellationToken.ThrowIfCancellationRequested();
            if (text == null)
            {
                return Unreadable(sourceFile);
            }

            var result = ArticleExtractor.ExtractGuarded(text.ToString(), sourceFile, ArticleDecoding.FromEncoding(text.Encoding), extract);
            return FromResult(result, sourceFile, file.IdOverride);
        }

        /// <summary>The model of an extraction result (the analyzer builds it too, to size what the generator embeds).</summary>
        public static ArticleModel FromResult(ExtractionResult r, string sourceFile, string idOverride)
        {
            if (!r.IsReadable)
            {
                return Unreadable(sourceFile);
            }

            var identifier = idOverride.Length > 0 && Extraction.Naming.Identifiers.IsValid(idOverride) ? idOverride : r.Identifier;
            var quotes = new List<QuoteModel>(r.Quotes.Count);
            foreach (var q in r.Quotes)
            {
                quotes.Add(new QuoteModel(q.Text, q.Speaker, q.IsDirect, q.Paragraph, q.Line, q.Column));
            }

            var captions = new List<CaptionModel>(r.Captions.Count);
            foreach (var (captionText, credit) in r.Captions)
            {
                captions.Add(new CaptionModel(captionText, credit));
            }

            return new ArticleModel(
                sourceFile,
                IsReadable: true,
                identifier,
                r.Headline,
                r.Standfirst,
                EquatableArray<string>.From(r.Authors),
                r.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                r.Place,
                r.Agency,
                EquatableArray<QuoteModel>.From(quotes),
                EquatableArray<CaptionModel>.From(captions),
                EquatableArray<string>.From(r.Crossheads),
                EquatableArray<string>.From(r.Paragraphs),
                r.Source,
                r.Url,
                EquatableArray<string>.From(r.Tags));
        }

        /// <summary>The file's path relative to the project folder, with forward slashes (<c>../</c> for files outside it).</summary>
        public static string RelativePath(string path, string projectDirectory)
        {
            var target = path.Replace('\\', '/').Split(new[] { '/' }, System.StringSplitOptions.RemoveEmptyEntries);
            var from = projectDirectory.Replace('\\', '/').Split(new[] { '/' }, System.StringSplitOptions.RemoveEmptyEntries);
            if (from.Length == 0 || target.Length == 0 || !string.Equals(target[0], from[0], System.StringComparison.OrdinalIgnoreCase))
            {
                return target.Length == 0 ? path : target[target.Length - 1];
            }

            var common = 0;
            while (common < from.Length && common < target.Length - 1 && string.Equals(from[common], target[common], System.StringComparison.Ordinal))
            {
                common++;
            }

            var parts = new List<string>();
            for (var i = common; i < from.Length; i++)
            {
                parts.Add("..");
            }

            for (var i = common; i < target.Length; i++)
            {
                parts.Add(target[i]);
            }

            return string.Join("/", parts);
        }

        private static ArticleModel Unreadable(string sourceFile) => new ArticleModel(
            sourceFile, IsReadable: false, string.Empty, string.Empty, null, EquatableArray<string>.Empty, null, null, null,
            EquatableArray<QuoteModel>.Empty, EquatableArray<CaptionModel>.Empty, EquatableArray<string>.Empty,
            EquatableArray<string>.Empty, null, null, EquatableArray<string>.Empty);
    }
}
