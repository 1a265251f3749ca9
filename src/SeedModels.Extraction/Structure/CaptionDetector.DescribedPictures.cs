using SeedModels.Extraction.Text;

namespace SeedModels.Extraction.Structure
{
    /// <summary>
    /// A picture's label over what the picture shows (<c>Pic: biker coming down the trail</c>, <c>Photo: One of the
    /// volunteers, carrying books upstairs</c>): after the same label a credit names someone, a description says what is seen.
    /// </summary>
    internal static partial class CaptionDetector
    {
        /// <summary>A description has at least this many words in lower case that are no particle (a credit has none or one: <c>Jane Roe on Flickr</c>).</summary>
        private const int MinDescribingWords = 3;

        /// <summary>
        /// Whether the line is a picture's label (<see cref="Lexicon.PictureWords"/> before a colon, not a credit's label
        /// nor a video's) over a description of the picture that ends no sentence, which <paramref name="description"/> gets.
        /// </summary>
        private static bool IsLabelledDescription(string text, out string description)
        {
            description = string.Empty;
            var label = LabelAt(text, 0);
            if (label == 0 || text[label - 1] != ':' || !Words.TryFirst(text, 0, label, out var labelWord) || !Lexicon.PictureWords.ContainsBare(labelWord) ||
                IsCreditLabelWord(text, label) || Lexicon.MediaLinkLabels.Match(text) != null)
            {
                return false;
            }

            // A sentence closed by a full stop after the label may be the story's ("Photo: The board paid for it itself."): it stays body.
            var value = text.Substring(label).Trim();
            if (value.IndexOf('/') >= 0 || BoilerplateDetector.EndsSentence(value) || !DescribesWhatIsSeen(value))
            {
                return false;
            }

            description = value;
            return true;
        }

        /// <summary>
        /// Words in lower case that no name holds (<c>burner</c>, <c>coming</c>, <c>trail</c>), past particles and articles,
        /// and no word of a credit (<c>by</c>, <c>via</c>, <c>courtesy</c>, <c>supplied</c>).
        /// </summary>
        private static bool DescribesWhatIsSeen(string value)
        {
            var describing = 0;
            foreach (var w in Words.Split(value))
            {
                if (Lexicon.PhotoProvisionWords.ContainsBare(w) || w.LowerIs("by") || w.LowerIs("via"))
                {
                    return false;
                }

                if (char.IsLower(w.First) && !Lexicon.NounPhraseLeaders.ContainsBare(w) && !Lexicon.NounPhraseOpeners.ContainsBare(w) && !Lexicon.AuxiliaryVerbs.ContainsBare(w))
                {
                    describing++;
                }
            }

            return describing >= MinDescribingWords;
        }
    }
}
