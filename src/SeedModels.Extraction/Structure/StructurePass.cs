using System.Collections.Generic;
using SeedModels.Extraction.Annotations;
using SeedModels.Extraction.Segmentation;
using SeedModels.Extraction.Text;

namespace SeedModels.Extraction.Structure
{
    /// <summary>
    /// Pass 3: decides what each part of the article is — headline, byline, dateline, captions, standfirst,
    /// crossheads, boilerplate — and leaves the rest as body paragraphs. Each decision lives in its detector.
    /// </summary>
    internal static class StructurePass
    {
        public static ArticleStructure Build(SegmentedText text, AnnotationSet annotations)
        {
            var result = new ArticleStructure();
            var blocks = text.BlocksFrom(annotations.FirstBodyLine);
            var units = UnitBuilder.Build(text, blocks, annotations.InlinePrefixEnd, result.Markup);

            result.Headline = HeadlineDetector.Detect(units, annotations.Get(AnnotationKeys.Headline));
            var headerEnd = ReadByline(units, result, annotations.Get(AnnotationKeys.Byline));
            CaptionDetector.AttachCredits(units, headerEnd);
            ReadDateline(units, result, annotations);

            var annotatedStandfirst = annotations.Find(AnnotationKeys.Standfirst);
            var standfirst = StandfirstDetector.Detect(units, annotatedStandfirst?.Value);
            result.Standfirst = annotatedStandfirst != null
                ? MappedText.Detached(annotatedStandfirst.Value, annotatedStandfirst.ValueStart)
                : standfirst?.Content;

            PhotoDescriptionDetector.Detect(units);
            CrossheadDetector.Detect(units);
            result.Captions = CaptionDetector.Collect(units);

            foreach (var unit in units)
            {
                if (unit.Kind == UnitKind.Crosshead)
                {
                    result.Crossheads.Add(unit.Text.Trim());
                }
                else if (unit.Kind == UnitKind.Text)
                {
                    result.Paragraphs.Add(unit.HasMarkup ? Cleaned(unit.Content) : unit.Content);
                }
            }

            return result;
        }

        /// <summary>Finds the authors near the top; returns where the header ends (the first body paragraph).</summary>
        private static int ReadByline(List<Unit> units, ArticleStructure result, string? annotated)
        {
            if (annotated != null)
            {
                result.Authors.AddRange(Names.SplitNameList(annotated) ?? new List<string> { annotated.Trim() });
            }

            var textSeen = 0;
            for (var i = 0; i < units.Count; i++)
            {
                var unit = units[i];
                if (unit.Kind == UnitKind.Byline)
                {
                    TakeAuthors(result, unit);
                    continue;
                }

                if (unit.Kind != UnitKind.Text || unit.HasMarkup)
                {
                    continue;
                }

                if (unit.IsSingleLine && textSeen <= 1 && BylineDetector.TryReadNameLine(unit.Text, out var names))
                {
                    unit.Kind = UnitKind.Byline;
                    unit.Authors = names;
                    TakeAuthors(result, unit);
                    continue;
                }

                if (textSeen++ == 1 || !IsStandfirstShaped(unit))
                {
                    return i;
                }
            }

            return units.Count;
        }

        private static bool IsStandfirstShaped(Unit unit) => Sentences.IsOne(unit.Text);

        private static void TakeAuthors(ArticleStructure result, Unit unit)
        {
            if (result.Authors.Count == 0 && unit.Authors != null)
            {
                result.Authors.AddRange(unit.Authors);
            }

            if (result.Agency == null)
            {
                result.Agency = unit.Agency;
            }
        }

        private static void ReadDateline(List<Unit> units, ArticleStructure result, AnnotationSet annotations)
        {
            foreach (var unit in units)
            {
                if (unit.Kind == UnitKind.Dateline && result.Date == null)
                {
                    result.Date = unit.Date;
                }
            }

            // A wire prefix opens the first paragraph under the headline and byline (or the one after a standfirst).
            var checkedUnits = 0;
            for (var i = 0; i < units.Count && checkedUnits < 2; i++)
            {
                if (units[i].Kind != UnitKind.Text)
                {
                    continue;
                }

                checkedUnits++;
                var cut = DatelineDetector.TryReadWirePrefix(units[i].Text, out var place, out var agency, out var month, out var day, out var year);
                if (cut > 0)
                {
                    units[i].Content = units[i].Content.Skip(cut);
                    units[i].HadWirePrefix = true;
                    result.Place = place;
                    result.Agency = agency ?? result.Agency;
                    if (result.Date == null && month > 0)
                    {
                        year = year > 0 ? year : result.Date?.Year ?? 0;
                        result.Date = year > 0 && Dates.IsValid(year, month, day) ? new System.DateTime(year, month, day) : (System.DateTime?)null;
                    }

                    break;
                }
            }

            // Annotations beat inference.
            var date = annotations.Get(AnnotationKeys.Date);
            if (date != null)
            {
                result.Date = Dates.TryParseIso(date, out var parsed) ? parsed : result.Date;
            }

            result.Place = annotations.Get(AnnotationKeys.Place) ?? result.Place;
            result.Agency = annotations.Get(AnnotationKeys.Agency) ?? result.Agency;
        }

        private static MappedText Cleaned(MappedText content)
        {
            return MappedText.Detached(Html.Clean(content.Text), content.SourceStart);
        }
    }
}
