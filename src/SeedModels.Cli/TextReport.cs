using System.Collections.Generic;
using System.IO;

namespace SeedModels.Cli
{
    /// <summary>The readable report: one section per article, diagnostics in the compiler's <c>file(line,col)</c> form.</summary>
    internal static class TextReport
    {
        public static void Write(IReadOnlyList<InspectedArticle> articles, TextWriter o)
        {
            foreach (var inspected in articles)
            {
                var a = inspected.Result.Article;
                o.WriteLine(inspected.SourceFile);
                if (a != null)
                {
                    o.WriteLine($"  type        {inspected.TypeName}");
                    o.WriteLine($"  headline    {(a.Headline.Length > 0 ? a.Headline : "(none)")}");
                    if (a.Standfirst != null)
                    {
                        o.WriteLine($"  standfirst  {a.Standfirst}");
                    }

                    o.WriteLine($"  byline      {(a.Byline == null ? "(none)" : string.Join(", ", a.Byline.Authors))}");
                    if (a.Dateline is { } d)
                    {
                        o.WriteLine($"  dateline    {d.Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "(no date)"}" +
                                    (d.Place != null ? $", {d.Place}" : string.Empty) + (d.Agency != null ? $" ({d.Agency})" : string.Empty));
                    }

                    foreach (var q in a.Quotes)
                    {
                        o.WriteLine($"  quote       ({q.Line},{q.Column}) {q.Kind.ToString().ToLowerInvariant()}, {q.Speaker ?? "no speaker"}: \u201C{q.Text}\u201D");
                    }

                    foreach (var c in a.ImageCaptions)
                    {
                        o.WriteLine($"  caption     {c.Text}" + (c.Credit != null ? $" [{c.Credit}]" : string.Empty));
                    }

                    foreach (var h in a.Crossheads)
                    {
                        o.WriteLine($"  crosshead   {h}");
                    }

                    o.WriteLine($"  paragraphs  {a.Paragraphs.Count}");
                }

                foreach (var d in inspected.Result.Diagnostics)
                {
                    o.WriteLine($"  {inspected.SourceFile}({d.Line},{d.Column}): {d.Severity.ToString().ToLowerInvariant()} {d.Id}: {d.Message}");
                }

                o.WriteLine();
            }
        }
    }
}
