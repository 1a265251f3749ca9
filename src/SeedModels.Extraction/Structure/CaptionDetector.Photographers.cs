using System;
using System.Collections.Generic;
using SeedModels.Extraction.Text;

namespace SeedModels.Extraction.Structure
{
    /// <summary>A photographer's credit naming the paper on the line under a caption (<c>Jane Roe for The Harbour Gazette</c>).</summary>
    internal static partial class CaptionDetector
    {
        /// <summary>
        /// A photographer's credit naming the paper on the line under a caption (<c>Jane Roe for The Harbour Gazette</c>): the
        /// line is the credit and the caption-shaped line over it the caption. Read past the header only, where such a line
        /// under a standfirst is the byline.
        /// </summary>
        public static void AttachPhotographersCredits(List<Unit> units, int headerEnd)
        {
            for (var i = headerEnd + 1; i < units.Count; i++)
            {
                var unit = units[i];
                var previous = units[i - 1];
                if (unit.Kind != UnitKind.Text || !unit.IsSingleLine || unit.HasMarkup || !IsPhotographerForPaper(unit.Text.Trim()))
                {
                    continue;
                }

                if (previous.Kind == UnitKind.Caption && previous.Credit == null)
                {
                    previous.Credit = unit.Text.Trim();
                }
                else if (previous.Kind == UnitKind.Text && previous.IsSingleLine && !previous.HasMarkup && previous.WordCount is >= MinCaptionWords and <= MaxPlainCaptionWords &&
                         previous.SentencesUpTo(2) == 1 && previous.Text.IndexOf('"') < 0 && previous.Text.IndexOf('\u201C') < 0 &&
                         HasTextAfter(units, i))
                {
                    MakeCaption(previous, previous.Text.Trim());
                    previous.Credit ??= unit.Text.Trim();
                }
                else
                {
                    continue;
                }

                unit.Kind = UnitKind.Credit;
                unit.Credit = unit.Text.Trim();
            }
        }

        /// <summary>Whether the story goes on after unit <paramref name="i"/>: a sign-off under the last paragraph credits no picture.</summary>
        private static bool HasTextAfter(List<Unit> units, int i)
        {
            for (var k = i + 1; k < units.Count; k++)
            {
                if (units[k].Kind == UnitKind.Text)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary><c>Jane Roe for The Harbour Gazette</c>: a person's name, <c>for</c>, then a name of capitalised words, no sentence.</summary>
        private static bool IsPhotographerForPaper(string text)
        {
            if (text.Length > 100 || BoilerplateDetector.EndsSentence(text) || text.IndexOf('"') >= 0 || text.IndexOf('\u201C') >= 0)
            {
                return false;
            }

            var words = Words.Split(text);
            var forAt = -1;
            for (var k = 2; k < words.Count && k <= 4; k++)
            {
                if (words[k].Is("for"))
                {
                    forAt = k;
                    break;
                }
            }

            if (forAt < 0 || words.Count - forAt - 1 < 1 || words.Count - forAt - 1 > 6 || !Names.IsPersonName(words, 0, forAt))
            {
                return false;
            }

            for (var k = forAt + 1; k < words.Count; k++)
            {
                if (!char.IsUpper(words[k].First) && !words[k].IsOneOfLower(CreditConnectors))
                {
                    return false;
                }
            }

            return char.IsUpper(words[forAt + 1].First);
        }
    }
}
