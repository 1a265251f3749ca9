using System.Text;

namespace SeedModels.Fuzz.Tests.Support
{
    /// <summary>
    /// Whether a file's bytes are UTF-8 text with content, the files the README promises a type: strict UTF-8 (a UTF-8 BOM
    /// allowed), no U+FFFD (the mark a lossy decoder left earlier), at least one letter or digit, and control characters
    /// (C0 other than tab, line feed, carriage return and form feed; DEL; C1) at most one per hundred letters and digits,
    /// well inside what the engine tolerates before calling a file binary. Such bytes must never get SEED008: a stray C1
    /// character in clean text is mojibake in a publisher's own UTF-8, not bytes that were never UTF-8 (issue 9, repro 2).
    /// </summary>
    internal readonly record struct Utf8TextCheck(bool IsText, bool HasC1)
    {
        private static readonly UTF8Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

        public static Utf8TextCheck Of(byte[] bytes)
        {
            string text;
            try
            {
                text = StrictUtf8.GetString(bytes);
            }
            catch (DecoderFallbackException)
            {
                return default;
            }

            long letters = 0;
            long controls = 0;
            var c1 = false;
            foreach (var c in text)
            {
                if (char.IsLetterOrDigit(c))
                {
                    letters++;
                }
                else if (c == '\uFFFD')
                {
                    return default;
                }
                else if (char.IsControl(c) && c != '\t' && c != '\n' && c != '\r' && c != '\f')
                {
                    controls++;
                    c1 |= RealArticleMutator.IsC1(c);
                }
            }

            return new Utf8TextCheck(letters > 0 && controls * 100 <= letters, c1);
        }
    }
}
