using System.Collections.Generic;
using SeedModels.Extraction.Annotations;
using SeedModels.Extraction.Naming;
using SeedModels.Extraction.Quotes;
using SeedModels.Extraction.Segmentation;
using SeedModels.Extraction.Structure;
using SeedModels.Extraction.Text;

namespace SeedModels.Extraction.Diagnostics
{
    /// <summary>
    /// Pass 6: judges what the other passes found and locates each finding in the file — a value's finding at the
    /// value, a key's at the key, a block's or the file's at its first line — in file order.
    /// </summary>
    internal sealed class DiagnosticsPass
    {
        private readonly SegmentedText _text;
        private readonly List<ExtractedDiagnostic> _found = new List<ExtractedDiagnostic>();

        private DiagnosticsPass(SegmentedText text) => _text = text;

        public static List<ExtractedDiagnostic> Run(SegmentedText text, AnnotationSet annotations, ArticleStructure structure, List<MarkProblem> marks)
        {
            var pass = new DiagnosticsPass(text);
            pass.CheckAnnotations(annotations);
            if (structure.Headline == null)
            {
                pass.Add(DiagnosticRules.NoHeadline, FirstTextOffset(text), 0);
            }

            foreach (var (start, length) in structure.Markup)
            {
                pass.Add(DiagnosticRules.HtmlMarkup, start, length, text.Text.Substring(start, length));
            }

            foreach (var mark in marks)
            {
                if (mark.IsMismatch)
                {
                    pass.Add(DiagnosticRules.MismatchedQuote, mark.SourceOffset, 1, Describe(mark.Mark), Describe(mark.OtherMark!.Value));
                }
                else
                {
                    pass.Add(DiagnosticRules.UnbalancedQuote, mark.SourceOffset, 1, Describe(mark.Mark), mark.NeverClosed ? "closed" : "opened");
                }
            }

            pass._found.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : string.CompareOrdinal(a.Id, b.Id));
            return pass._found;
        }

        /// <summary>The SEED008 finding for a file that is not text.</summary>
        public static ExtractedDiagnostic Unreadable(string why) =>
            new ExtractedDiagnostic(DiagnosticRules.Unreadable, 0, 0, 1, 1, why);

        /// <summary>The SEED015 finding for an article the engine failed on: the exception's type and message, on one line.</summary>
        public static ExtractedDiagnostic InternalError(System.Exception e) =>
            new ExtractedDiagnostic(DiagnosticRules.InternalError, 0, 0, 1, 1, e.GetType().Name + ": " + OneLine(e.Message));

        private static string OneLine(string message) => message.Replace("\r\n", " ").Replace('\n', ' ').Replace('\r', ' ').Trim();

        private void CheckAnnotations(AnnotationSet annotations)
        {
            if (annotations.FrontMatterUnclosed)
            {
                Add(DiagnosticRules.UnclosedFrontMatter, _text.Lines[0].Start, 3);
            }

            // The keys seen so far, one bit per known key (its index in AnnotationKeys.All): only known keys are counted.
            var seen = 0;
            foreach (var entry in annotations.Entries)
            {
                var key = entry.NormalizedKey;
                var known = AnnotationKeys.IndexOf(key);
                if (known < 0)
                {
                    Add(DiagnosticRules.UnknownKey, entry.KeyStart, entry.Key.Length, entry.Key);
                    continue;
                }

                if ((seen & (1 << known)) != 0)
                {
                    Add(DiagnosticRules.DuplicateKey, entry.KeyStart, entry.Key.Length, entry.Key);
                    continue;
                }

                seen |= 1 << known;

                if (entry.Value.Length == 0)
                {
                    Add(DiagnosticRules.EmptyValue, entry.KeyStart, entry.Key.Length, entry.Key);
                }
                else if (key == AnnotationKeys.Date && !Dates.TryParseIso(entry.Value, out _))
                {
                    Add(DiagnosticRules.InvalidDate, entry.ValueStart, entry.Value.Length, entry.Value);
                }
                else if (key == AnnotationKeys.Id && !Identifiers.IsValid(entry.Value))
                {
                    Add(DiagnosticRules.InvalidId, entry.ValueStart, entry.Value.Length, entry.Value, Identifiers.FromText(entry.Value) is { Length: > 0 } fixedId ? fixedId : "(from the headline)");
                }
            }
        }

        private void Add(DiagnosticRule rule, int start, int length, params object[] args)
        {
            var (line, column) = _text.PositionOf(start);
            _found.Add(new ExtractedDiagnostic(rule, start, length, line, column, args));
        }

        private static int FirstTextOffset(SegmentedText text)
        {
            foreach (var line in text.Lines)
            {
                if (!line.IsBlank)
                {
                    return line.Start;
                }
            }

            return text.Lines.Count > 0 ? text.Lines[0].Start : 0;
        }

        private static string Describe(char mark) => mark switch
        {
            '"' => "'\"' (straight)",
            '\'' => "\"'\" (straight)",
            _ => "'" + mark + "' (curly)",
        };
    }
}
