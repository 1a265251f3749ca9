using System.Collections.Generic;
using System.IO;

namespace SeedModels.Cli
{
    /// <summary>
    /// The readable report: one section per article, diagnostics in the compiler's <c>file(line,col)</c> form. Article text is
    /// printed through <see cref="Display.Safe"/>: a hostile article cannot send escape sequences to the terminal.
    /// </summary>
    internal static class TextReport
    {
        public static void Write(IReadOnlyList<InspectedArticle> articles, TextWriter o)
        {
            foreach (var inspected in articles)
            {
                var a = inspected.Result.Article;
                o.WriteLine(Display.Safe(inspected.SourceFile));
                if (a != null)
                {
                    o.WriteLine($"  type        {Display.Safe(inspected.TypeName)}");
                    o.WriteLine($"  headline    {(a.Headline.Length > 0 ? Display.Safe(a.Headline) : "(none)")}");
                    if (a.Standfirst != null)
                    {
                        o.WriteLine($"  standfirst  {Display.Safe(a.Standfirst)}");
                    }

                    o.WriteLine($"  byline      {(a.Byline == null ? "(none)" : Display.Safe(string.Join(", ", a.Byline.Authors)))}");
                    if (a.Dateline is { } d)
                    {
                        o.WriteLine($"  dateline    {d.Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "(no date)"}" +
                                    (d.Place != null ? $", {Display.Safe(d.Place)}" : string.Empty) + (d.Agency != null ? $" ({Display.Safe(d.Agency)})" : string.Empty));
                    }

                    foreach (var q in a.Quotes)
                    {
                        o.WriteLine($"  quote       ({q.Line},{q.Column}) {q.Kind.ToString().ToLowerInvariant()}, {(q.Speaker == null ? "no speaker" : Display.Safe(q.Speaker))}: \u201C{Display.Paragraphs(q.Text)}\u201D");
                    }

                    foreach (var c in a.ImageCaptions)
                    {
                        o.WriteLine($"  caption     {Display.Safe(c.Text)}" + (c.Credit != null ? $" [{Display.Safe(c.Credit)}]" : string.Empty));
                    }

                    foreach (var h in a.Crossheads)
                    {
                        o.WriteLine($"  crosshead   {Display.Safe(h)}");
                    }

                    o.WriteLine($"  paragraphs  {a.Paragraphs.Count}");
                }

                foreach (var d in inspected.Result.Diagnostics)
                {
                    o.WriteLine($"  {Display.Safe(inspected.SourceFile)}({d.Line},{d.Column}): {d.Severity.ToString().ToLowerInvariant()} {d.Id}: {Display.Safe(d.Message)}");
                }

                o.WriteLine();
            }
        }
    }
}
