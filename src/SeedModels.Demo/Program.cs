using System;
using System.Globalization;
using SeedModels.Demo.Seeds;

namespace SeedModels.Demo
{
    /// <summary>Prints every article of the repository's seeds/ through the types the generator made from them.</summary>
    public static class Program
    {
        /// <summary>Entry point.</summary>
        public static void Main()
        {
            Console.WriteLine($"{SeedArticles.All.Count} articles generated from seeds/");
            foreach (var article in SeedArticles.All)
            {
                Console.WriteLine();
                Console.WriteLine($"{article.GetType().Name}  ({article.SourceFile})");
                Console.WriteLine($"  headline   {article.Headline}");
                if (article.Standfirst is { } standfirst)
                {
                    Console.WriteLine($"  standfirst {standfirst}");
                }

                Console.WriteLine($"  byline     {(article.Byline is { } byline ? string.Join(", ", byline.Authors) : "(none)")}");
                Console.WriteLine($"  date       {article.Dateline?.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "(none)"}");
                foreach (var quote in article.Quotes)
                {
                    Console.WriteLine($"  quote      {quote.Speaker ?? "(unattributed)"}: \u201C{quote.Text}\u201D [{quote.Kind}, line {quote.Line}]");
                }

                foreach (var caption in article.ImageCaptions)
                {
                    Console.WriteLine($"  caption    {caption.Text}{(caption.Credit is { } credit ? $" ({credit})" : string.Empty)}");
                }

                foreach (var crosshead in article.Crossheads)
                {
                    Console.WriteLine($"  crosshead  {crosshead}");
                }

                Console.WriteLine($"  paragraphs {article.Paragraphs.Count}");
            }
        }
    }
}
