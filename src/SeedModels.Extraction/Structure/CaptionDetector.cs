using System;
using System.Collections.Generic;
using SeedModels.Extraction.Text;

namespace SeedModels.Extraction.Structure
{
    /// <summary>
    /// Decides which lines are image captions and credits: <c>(Twitter/ Jane Roe)</c> and <c>(Image: Getty)</c>
    /// credit lines, <c>… Source: X</c>, <c>Photo: …</c>, <c>Picture: …</c>, a credit in parentheses closing a
    /// caption, HTML-escaped captions, alt text repeated as caption, and lone present-tense photo descriptions.
    /// </summary>
    internal static class CaptionDetector
    {
        /// <summary>How many captions back a repeat (alt text, caption) is looked for.</summary>
        private const int MergeWindow = 4;

        private static readonly Prefixes Labels = new Prefixes("Image:", "Images:", "Photo:", "Photos:", "Photograph:", "Picture:", "Pictures:", "Pic:", "Credit:", "Source:", "Video:");

        /// <summary>A line that is only a credit: <c>(Twitter/ Jane Roe)</c>, <c>(Image: Getty)</c>, <c>Photo: Jane Roe / Getty Images</c>.</summary>
        public static bool TryReadCreditLine(string line, out string? credit)
        {
            credit = null;
            var text = line.Trim();
            if (text.Length > 2 && text[0] == '(' && text[text.Length - 1] == ')' && text.IndexOf(')') == text.Length - 1)
            {
                var inner = text.Substring(1, text.Length - 2).Trim();
                if (IsCredit(inner, requireCue: false))
                {
                    credit = StripLabel(inner);
                    return credit.Length > 0;
                }

                return false;
            }

            var label = LabelAt(text, 0);
            if (label > 0)
            {
                var value = text.Substring(label).Trim();
                if (value.Length > 0 && Chars.CountWords(value) <= 8 && !value.EndsWith(".", StringComparison.Ordinal))
                {
                    credit = value;
                    return true;
                }
            }

            return false;
        }

        /// <summary>A caption line that carries its credit: <c>Text (Getty)</c>, <c>Text. Source: Twitter</c>, <c>Text. Photo: X</c>.</summary>
        public static bool TryReadCaptionLine(string line, out string captionText, out string? credit)
        {
            captionText = string.Empty;
            credit = null;
            var text = line.Trim();
            if (text.Length > 2 && text[text.Length - 1] == ')')
            {
                var open = text.LastIndexOf('(');
                if (open > 0)
                {
                    var inner = text.Substring(open + 1, text.Length - open - 2).Trim();
                    // A credit needs a cue ("/", "Photo:", "Getty") unless what it closes is a caption fragment, not a sentence.
                    var before = text.Substring(0, open).TrimEnd();
                    var fragment = before.Length > 0 && !Chars.IsSentenceEnd(before[before.Length - 1]) && Chars.CountWords(before) <= 30;
                    if (IsCredit(inner, requireCue: !fragment))
                    {
                        captionText = text.Substring(0, open).Trim();
                        credit = StripLabel(inner);
                        return captionText.Length > 0 && credit.Length > 0;
                    }
                }
            }

            for (var i = 1; i < text.Length; i++)
            {
                if (text[i - 1] != ' ' || !char.IsUpper(text[i]))
                {
                    continue;
                }

                // A label follows a sentence end, a bar or a dash: only then is it looked for.
                if (i < 2 || !(Chars.IsSentenceEnd(text[i - 2]) || text[i - 2] == '|' || Chars.IsDash(text[i - 2])))
                {
                    continue;
                }

                var label = LabelAt(text, i);
                if (label > 0)
                {
                    // Count at most nine words before copying anything: a line of thousands of labels stays linear.
                    if (Chars.CountWords(text, i + label, text.Length, limit: 9) is > 0 and <= 8)
                    {
                        var value = text.Substring(i + label).Trim();
                        captionText = text.Substring(0, i).Trim().TrimEnd('|', '-', '\u2013', '\u2014').Trim();
                        credit = value.TrimEnd('.');
                        return captionText.Length > 0;
                    }
                }
            }

            return false;
        }

        /// <summary>
        /// Credit lines attach to the caption before them (making a lone short line before a credit a caption),
        /// and markup in the article's header is an image caption.
        /// </summary>
        public static void AttachCredits(List<Unit> units, int headerEnd)
        {
            for (var i = 0; i < units.Count; i++)
            {
                var unit = units[i];
                if (unit.Kind == UnitKind.Text && unit.HasMarkup && i < headerEnd)
                {
                    MakeCaption(unit, Html.Clean(unit.Text));
                }
                else if (unit.Kind == UnitKind.Credit)
                {
                    var previous = i > 0 ? units[i - 1] : null;
                    if (previous != null && previous.Kind == UnitKind.Caption)
                    {
                        previous.Credit ??= unit.Credit;
                    }
                    else if (previous != null && previous.Kind == UnitKind.Text && previous.IsSingleLine && Chars.CountWords(previous.Text) <= 60)
                    {
                        MakeCaption(previous, Html.Clean(previous.Text));
                        previous.Credit = unit.Credit;
                    }
                    else
                    {
                        // A credit with no caption before it still stands for an image.
                        unit.Kind = UnitKind.Caption;
                        unit.CaptionText = string.Empty;
                    }
                }
            }
        }

        /// <summary>The captions in reading order; a caption repeated as alt text (one text inside the other) is kept once, the longer.</summary>
        public static List<(string Text, string? Credit)> Collect(List<Unit> units)
        {
            var captions = new List<(string Text, string? Credit)>();
            foreach (var unit in units)
            {
                if (unit.Kind != UnitKind.Caption)
                {
                    continue;
                }

                var text = unit.CaptionText ?? string.Empty;
                var merged = false;
                for (var k = System.Math.Max(0, captions.Count - MergeWindow); k < captions.Count && !merged; k++)
                {
                    var (existing, credit) = captions[k];
                    if (Contains(existing, text) || Contains(text, existing))
                    {
                        captions[k] = (Key(text).Length > Key(existing).Length ? text : existing, credit ?? unit.Credit);
                        merged = true;
                    }
                }

                if (!merged)
                {
                    captions.Add((text, unit.Credit));
                }
            }

            return captions;
        }

        private static void MakeCaption(Unit unit, string cleaned)
        {
            unit.Kind = UnitKind.Caption;
            if (TryReadCaptionLine(cleaned, out var text, out var credit))
            {
                unit.CaptionText = text;
                unit.Credit = credit;
            }
            else
            {
                unit.CaptionText = cleaned;
            }
        }

        private static bool IsCredit(string inner, bool requireCue)
        {
            if (inner.Length == 0 || Chars.CountWords(inner) > 8 || inner.EndsWith(".", StringComparison.Ordinal))
            {
                return false;
            }

            if (inner.IndexOf('/') >= 0 || LabelAt(inner, 0) > 0)
            {
                return true;
            }

            foreach (var w in Words.Split(inner))
            {
                if (Lexicon.CreditWords.ContainsBare(w))
                {
                    return true;
                }
            }

            if (requireCue)
            {
                return false;
            }

            foreach (var w in Words.Split(inner))
            {
                if (!w.IsCapitalized)
                {
                    return false;
                }
            }

            return true;
        }

        private static string StripLabel(string inner)
        {
            var label = LabelAt(inner, 0);
            return (label > 0 ? inner.Substring(label) : inner).Trim();
        }

        /// <summary>The length of a caption label (<c>Photo:</c>) at <paramref name="index"/>, else 0.</summary>
        private static int LabelAt(string text, int index)
        {
            foreach (var label in Labels.For(text, index))
            {
                if (string.Compare(text, index, label, 0, label.Length, StringComparison.OrdinalIgnoreCase) == 0)
                {
                    return label.Length;
                }
            }

            return 0;
        }

        private static bool Contains(string longer, string shorter)
        {
            var a = Key(longer);
            var b = Key(shorter);
            return b.Length > 0 && a.IndexOf(b, StringComparison.Ordinal) >= 0;
        }

        private static string Key(string s) => Chars.CollapseSpaces(s).TrimEnd('.', ' ', ',', ';').ToLowerInvariant();
    }
}
