using System.Text;

namespace SeedModels.Extraction.Text
{
    /// <summary>How an article's bytes became text, which decides whether the text can be trusted to be what was written.</summary>
    internal enum TextDecoding
    {
        /// <summary>Strict UTF-8 (no byte-order mark): every byte was valid, so the text is exactly the file's.</summary>
        StrictUtf8,

        /// <summary>A Unicode encoding chosen by a byte-order mark (UTF-8, UTF-16 LE/BE), or any lenient Unicode decoder:
        /// bad bytes, if any, became U+FFFD.</summary>
        Unicode,

        /// <summary>The bytes were not UTF-8 and were read with a single-byte fallback code page, as the compiler does
        /// (Latin-1 here; Windows-1252 on Windows machines).</summary>
        Fallback,
    }

    /// <summary>
    /// Decodes an article file's bytes the way the C# compiler decodes an additional file (Roslyn's EncodedStringText), so
    /// the runtime reader, the CLI, the build task and the generator agree on every file: a byte-order mark chooses UTF-8
    /// or UTF-16 (LE/BE); otherwise strict UTF-8; otherwise a single-byte fallback, which the compiler refuses outright
    /// (error CS2015) when the result holds two NUL characters in a row.
    /// </summary>
    internal static class ArticleDecoding
    {
        public const string NotUtf8 = "is not valid UTF-8 (it holds undecodable bytes)";

        public const string Binary = "looks binary (it is full of control characters)";

        private static readonly UTF8Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

        private static readonly UTF8Encoding LenientUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

        /// <summary>The text of <paramref name="bytes"/> (without a byte-order mark) and how it was decoded.</summary>
        public static string Decode(byte[] bytes, out TextDecoding decoding)
        {
            if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
            {
                decoding = TextDecoding.Unicode;
                return LenientUtf8.GetString(bytes, 3, bytes.Length - 3);
            }

            if (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
            {
                decoding = TextDecoding.Unicode;
                var utf16 = bytes[0] == 0xFF ? Encoding.Unicode : Encoding.BigEndianUnicode;
                return utf16.GetString(bytes, 2, bytes.Length - 2);
            }

            try
            {
                decoding = TextDecoding.StrictUtf8;
                return StrictUtf8.GetString(bytes);
            }
            catch (DecoderFallbackException)
            {
                decoding = TextDecoding.Fallback;
                return Latin1(bytes);
            }
        }

        /// <summary>How the compiler decoded a text it reports with <paramref name="encoding"/> (null: the host gave a string).</summary>
        public static TextDecoding FromEncoding(Encoding? encoding)
        {
            if (encoding == null || (encoding.CodePage == 65001 && encoding.DecoderFallback is DecoderExceptionFallback))
            {
                return TextDecoding.StrictUtf8;
            }

            // The compiler's fallback for bytes that are not UTF-8 is the machine's ANSI code page: Windows-1252 on Windows,
            // a lenient UTF-8 elsewhere (bad bytes become U+FFFD, as with a byte-order mark).
            var codePage = encoding.CodePage;
            return codePage == 65001 || codePage == 1200 || codePage == 1201 || codePage == 12000 || codePage == 12001
                ? TextDecoding.Unicode
                : TextDecoding.Fallback;
        }

        /// <summary>Whether the compiler would refuse the file as binary (CS2015): a fallback decoding holding two NULs in a row.</summary>
        public static bool CompilerRefusesAsBinary(string text, TextDecoding decoding) =>
            decoding == TextDecoding.Fallback && text.IndexOf("\0\0", System.StringComparison.Ordinal) >= 0;

        /// <summary>
        /// Why the decoding itself makes the text no article (null when it does not): bytes that were not UTF-8. A lenient
        /// Unicode decoding is trusted unless it left U+FFFD, the mark of a bad byte; a strict one is trusted whatever it holds,
        /// so a publisher's own stray characters (a C1 control, even a literal U+FFFD) never cost the article.
        /// </summary>
        public static string? WhyUndecodable(string text, TextDecoding decoding)
        {
            if (CompilerRefusesAsBinary(text, decoding))
            {
                return Binary;
            }

            if (decoding == TextDecoding.Fallback || (decoding == TextDecoding.Unicode && text.IndexOf('\uFFFD') >= 0))
            {
                return NotUtf8;
            }

            return null;
        }

        private static string Latin1(byte[] bytes)
        {
            var chars = new char[bytes.Length];
            for (var i = 0; i < bytes.Length; i++)
            {
                chars[i] = (char)bytes[i];
            }

            return new string(chars);
        }
    }
}
