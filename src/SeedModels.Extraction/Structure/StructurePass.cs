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
            var start = HeadlineDetector.IndexOf(units) + 1;

            // Captions and furniture first, so the header is read among the lines that are neither.
            CaptionDetector.AttachCredits(units);
            BoilerplateDetector.DetectInContext(units);
            var annotatedStandfirst = annotations.Find(AnnotationKeys.Standfirst);
            var headerEnd = HeaderDetector.Read(units, start, annotatedStandfirst != null);
            CaptionDetector.MarkHeaderMarkup(units, headerEnd);
            CaptionDetector.AttachPhotographersCredits(units, headerEnd);
            BoilerplateDetector.MarkSignUpBoxes(units);
            BoilerplateDetector.MarkUnlabelledLinkLists(units, headerEnd);
            ReadByline(units, headerEnd, result, annotations.Get(AnnotationKeys.Byline));
            BoilerplateDetector.MarkAuthorNotes(units, result.Authors, headerEnd);
            FooterDetector.Detect(units);
            TailBylineDetector.Detect(units, result.Authors, headerEnd);
            ReadDateline(units, headerEnd, result, annotations);

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

        /// <summary>
        /// The authors: the first byline of the header that names a person, else the header's first byline (an agency, an
        /// organisation), else the first labelled byline further down (<c>Posted by …</c> under the story).
        /// </summary>
        private static void ReadByline(List<Unit> units, int headerEnd, ArticleStructure result, string? annotated)
        {
            if (annotated != null)
            {
                result.Authors.AddRange(Names.SplitNameList(annotated) ?? new List<string> { annotated.Trim() });
            }

            BylineReading? chosen = null;
            for (var i = 0; i < units.Count; i++)
            {
                var byline = units[i].Kind == UnitKind.Byline ? units[i].Byline : null;
                if (byline == null || byline.Authors.Count == 0)
                {
                    continue;
                }

                if (i < headerEnd)
                {
                    result.Agency ??= byline.Agency;
                    result.Place ??= byline.Place;
                    if (chosen == null || (!chosen.NamesPerson && byline.NamesPerson))
                    {
                        chosen = byline;
                    }
                }
                else if (chosen == null)
                {
                    chosen = byline;
                    result.Agency ??= byline.Agency;
                    break;
                }
            }

            // A review's critic signs with the label that elsewhere names a checker; with no byline in the header, a live blog's
            // editor, labelled as such there, is its author.
            chosen ??= StandInByline.Reviewer(units, headerEnd, result.Headline);
            if (chosen == null && annotated == null)
            {
                chosen = StandInByline.Editor(units, headerEnd);
            }

            if (result.Authors.Count == 0 && chosen != null)
            {
                result.Authors.AddRange(chosen.Authors);
            }
        }

        /// <summary>
        /// The date: the first the header prints (on a date line or the byline), else the first date line further down;
        /// the place and agency of a wire prefix opening the body.
        /// </summary>
        private static void ReadDateline(List<Unit> units, int headerEnd, ArticleStructure result, AnnotationSet annotations)
        {
            for (var i = 0; i < units.Count && result.Date == null; i++)
            {
                var unit = units[i];
                if (unit.Kind == UnitKind.Dateline)
                {
                    result.Date = unit.Date;
                }
                else if (unit.Kind == UnitKind.Byline && i < headerEnd && unit.Byline?.Date != null)
                {
                    result.Date = unit.Byline.Date;
                }
            }

            // A byline further down that dates the story (Written by Jane Roe on March 4, 2024, under it).
            for (var i = headerEnd; i < units.Count && result.Date == null; i++)
            {
                if (units[i].Kind == UnitKind.Byline && units[i].Byline?.Date != null)
                {
                    result.Date = units[i].Byline!.Date;
                }
            }

            // A wire prefix opens the first paragraph of the body (or the one after a standfirst).
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
                    // A wire line alone on its line ("PLACE, Nov. 27, 2026 /Wire/ --") leaves no paragraph behind.
                    units[i].Kind = cut >= units[i].Text.TrimEnd().Length ? UnitKind.Boilerplate : units[i].Kind;
                    units[i].Content = units[i].Content.Skip(cut);
                    units[i].HadWirePrefix = true;
                    result.Place = place;
                    result.Agency = agency ?? result.Agency;
                    if (result.Date == null && month > 0)
                    {
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
